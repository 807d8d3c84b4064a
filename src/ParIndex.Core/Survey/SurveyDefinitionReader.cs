using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using ParIndex.Criteria;
using ParIndex.Internal;
using ParIndex.Internal.Yaml;
using YamlDotNet.RepresentationModel;

namespace ParIndex.Survey;

/// <summary>Reads a survey definition's YAML (docs/survey.md): settings, groups, answer scales and questions, each checked against the criteria set when one is given. Problems go to the document.</summary>
internal sealed partial class SurveyDefinitionReader
{
    private static readonly string[] Keys = { "format", "id", "name", "criteria", "precision", "blank", "dont_know", "margin_of_error", "groups", "scales", "questions" };
    private static readonly string[] GroupKeys = { "id", "name" };
    private static readonly string[] OptionKeys = { "answer", "label", "weight", "dont_know" };
    private static readonly string[] QuestionKeys = { "id", "text", "criterion", "weight", "scale", "options", "groups" };
    private static readonly Regex IdPattern = new("^[A-Za-z0-9][A-Za-z0-9._-]*$", RegexOptions.CultureInvariant);

    private static readonly Dictionary<string, AnswerTreatment> Treatments = new(StringComparer.Ordinal)
    {
        ["exclude"] = AnswerTreatment.Exclude,
        ["zero"] = AnswerTreatment.Zero,
    };

    private static readonly Dictionary<string, bool> Booleans = new(StringComparer.Ordinal)
    {
        ["true"] = true,
        ["false"] = false,
    };

    private readonly YamlInput doc;
    private readonly CriteriaSet? set;

    public SurveyDefinitionReader(YamlInput doc, CriteriaSet? set)
    {
        this.doc = doc;
        this.set = set;
    }

    public SurveyDefinition? Read(YamlNode root)
    {
        if (doc.AsMapping(root, SurveyMessage.Of(nameof(SurveyText.WhatDefinition))) is not { } top)
        {
            return null;
        }

        var e = doc.Entries(top, SurveyMessage.Of(nameof(SurveyText.WhatDefinition)), Keys);
        if (!e.TryGetValue("format", out var format))
        {
            doc.Error(top, SurveyMessage.Of(nameof(SurveyText.FormatMissing)));
            return null;
        }

        if (doc.Integer(format.Value, LocalizedText.Quoted("format")) is not { } version)
        {
            return null;
        }

        if (version != SurveyDefinitionLoader.CurrentFormatVersion)
        {
            doc.Error(format.Value, SurveyMessage.Of(nameof(SurveyText.FormatUnsupported), version, SurveyDefinitionLoader.CurrentFormatVersion));
            return null;
        }

        var id = doc.RequiredText(e, "id", top, SurveyMessage.Of(nameof(SurveyText.WhatDefinition)));
        if (id is not null && !IdPattern.IsMatch(id))
        {
            doc.Error(e["id"].Value, SurveyMessage.Of(nameof(SurveyText.BadId), id));
        }

        var name = e.TryGetValue("name", out var nameEntry) ? doc.Text(nameEntry.Value, LocalizedText.Quoted("name"))?.Trim().Normalize(NormalizationForm.FormC) : null;
        var criteria = doc.RequiredText(e, "criteria", top, SurveyMessage.Of(nameof(SurveyText.WhatDefinition)));
        if (criteria is not null && set is not null && !string.Equals(criteria, set.Id, StringComparison.Ordinal))
        {
            doc.Error(e["criteria"].Value, SurveyMessage.Of(nameof(SurveyText.WrongCriteriaSet), criteria, set.Id));
        }

        var precision = 2;
        if (e.TryGetValue("precision", out var p) && doc.Integer(p.Value, LocalizedText.Quoted("precision")) is { } given)
        {
            if (given is < 0 or > Points.Decimals)
            {
                doc.Error(p.Value, SurveyMessage.Of(nameof(SurveyText.BadPrecision), given));
            }
            else
            {
                precision = given;
            }
        }

        var blank = e.TryGetValue("blank", out var b) ? doc.Enum(b.Value, LocalizedText.Quoted("blank"), Treatments) ?? AnswerTreatment.Exclude : AnswerTreatment.Exclude;
        var dontKnow = e.TryGetValue("dont_know", out var dk) ? doc.Enum(dk.Value, LocalizedText.Quoted("dont_know"), Treatments) ?? AnswerTreatment.Exclude : AnswerTreatment.Exclude;
        var margin = 0.05m;
        if (e.TryGetValue("margin_of_error", out var m) && doc.Number(m.Value, LocalizedText.Quoted("margin_of_error")) is { } percent)
        {
            if (percent <= 0 || percent >= 100)
            {
                doc.Error(m.Value, SurveyMessage.Of(nameof(SurveyText.BadMargin), Show(percent)));
            }
            else
            {
                margin = percent / 100m;
            }
        }

        var groups = e.TryGetValue("groups", out var g) ? ReadGroups(g.Value) : Missing<RespondentGroup>(top, "groups");
        var scales = e.TryGetValue("scales", out var s) ? ReadScales(s.Value) : new Dictionary<string, List<AnswerOption>>(StringComparer.Ordinal);
        var questions = e.TryGetValue("questions", out var q) ? ReadQuestions(q.Value, groups, scales) : Missing<SurveyQuestion>(top, "questions");
        if (set is not null && e.TryGetValue("questions", out var qs))
        {
            foreach (var leaf in set.Leaves.Where(l => l.Source == ValueSource.Survey))
            {
                if (!questions.Any(x => x.LeafCode == leaf.Code))
                {
                    doc.Error(qs.Key, SurveyMessage.Of(nameof(SurveyText.LeafWithoutQuestion), leaf.Code, set.Id));
                }
            }
        }

        if (id is null || criteria is null || doc.HasErrors)
        {
            return null;
        }

        return new SurveyDefinition(id, name ?? id, criteria, precision, blank, dontKnow, margin, groups, questions);
    }

    private List<T> Missing<T>(YamlNode owner, string key)
    {
        doc.Error(owner, SurveyMessage.Of(nameof(SurveyText.KeyMissing), key));
        return new List<T>();
    }

    private List<RespondentGroup> ReadGroups(YamlNode node)
    {
        var result = new List<RespondentGroup>();
        if (doc.AsSequence(node, LocalizedText.Quoted("groups")) is not { } list)
        {
            return result;
        }

        if (list.Children.Count == 0)
        {
            doc.Error(list, SurveyMessage.Of(nameof(SurveyText.NoGroups)));
        }

        // Responses name a group by id or by name, compared as typed text (case, spaces, composition ignored).
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in list.Children)
        {
            if (doc.AsMapping(item, SurveyMessage.Of(nameof(SurveyText.WhatGroup))) is not { } map)
            {
                continue;
            }

            var ge = doc.Entries(map, SurveyMessage.Of(nameof(SurveyText.WhatGroup)), GroupKeys);
            var id = doc.RequiredText(ge, "id", map, SurveyMessage.Of(nameof(SurveyText.WhatGroup)));
            var name = ge.TryGetValue("name", out var n) ? doc.Text(n.Value, LocalizedText.Quoted("name"))?.Trim().Normalize(NormalizationForm.FormC) : null;
            if (id is null)
            {
                continue;
            }

            if (!IdPattern.IsMatch(id))
            {
                doc.Error(ge["id"].Value, SurveyMessage.Of(nameof(SurveyText.BadGroupId), id));
                continue;
            }

            var clash = false;
            foreach (var text in new[] { id, name }.Where(t => !string.IsNullOrEmpty(t)).Distinct())
            {
                var key = TextKey.Of(text!);
                if (keys.TryGetValue(key, out var other))
                {
                    doc.Error(item, SurveyMessage.Of(nameof(SurveyText.GroupClash), text!, other));
                    clash = true;
                }
            }

            if (clash)
            {
                continue;
            }

            keys[TextKey.Of(id)] = id;
            if (!string.IsNullOrEmpty(name))
            {
                keys[TextKey.Of(name!)] = id;
            }

            result.Add(new RespondentGroup(id, string.IsNullOrEmpty(name) ? id : name!, result.Count));
        }

        return result;
    }

    private Dictionary<string, List<AnswerOption>> ReadScales(YamlNode node)
    {
        var result = new Dictionary<string, List<AnswerOption>>(StringComparer.Ordinal);
        if (doc.AsMapping(node, LocalizedText.Quoted("scales")) is not { } map)
        {
            return result;
        }

        foreach (var pair in map.Children)
        {
            if (doc.Text(pair.Key, SurveyMessage.Of(nameof(SurveyText.WhatScaleName)))?.Trim() is not { Length: > 0 } name)
            {
                continue;
            }

            if (result.ContainsKey(name))
            {
                doc.Error(pair.Key, SurveyMessage.Of(nameof(SurveyText.ScaleTwice), name));
                continue;
            }

            result[name] = ReadOptions(pair.Value, SurveyMessage.Of(nameof(SurveyText.WhatScale), name));
        }

        return result;
    }

    private List<AnswerOption> ReadOptions(YamlNode node, LocalizedText what)
    {
        var result = new List<AnswerOption>();
        if (doc.AsSequence(node, what) is not { } list)
        {
            return result;
        }

        if (list.Children.Count == 0)
        {
            doc.Error(list, SurveyMessage.Of(nameof(SurveyText.NoOptions), what));
        }

        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in list.Children)
        {
            if (doc.AsMapping(item, SurveyMessage.Of(nameof(SurveyText.WhatOption))) is not { } map)
            {
                continue;
            }

            var oe = doc.Entries(map, SurveyMessage.Of(nameof(SurveyText.WhatOption)), OptionKeys);
            var answer = doc.RequiredText(oe, "answer", map, SurveyMessage.Of(nameof(SurveyText.WhatOption)))?.Normalize(NormalizationForm.FormC);
            var label = oe.TryGetValue("label", out var l) ? doc.Text(l.Value, LocalizedText.Quoted("label"))?.Trim().Normalize(NormalizationForm.FormC) : null;
            var dontKnow = oe.TryGetValue("dont_know", out var d) && doc.Enum(d.Value, LocalizedText.Quoted("dont_know"), Booleans) == true;
            decimal? weight = null;
            if (oe.TryGetValue("weight", out var w))
            {
                weight = doc.Number(w.Value, LocalizedText.Quoted("weight"));
                if (weight is { } v && (v < 0 || v > 100 || !FixedMath.TryToTicks(v, out _)))
                {
                    doc.Error(w.Value, SurveyMessage.Of(nameof(SurveyText.BadOptionWeight), Show(v)));
                    weight = null;
                }
                else if (weight is not null && dontKnow)
                {
                    doc.Error(w.Value, SurveyMessage.Of(nameof(SurveyText.WeightAndDontKnow)));
                }
            }
            else if (!dontKnow)
            {
                doc.Error(map, SurveyMessage.Of(nameof(SurveyText.OptionNeedsWeight)));
            }

            if (answer is null)
            {
                continue;
            }

            if (ValueText.IsNotApplicable(answer) || (label is not null && label.Length == 0))
            {
                doc.Error(oe["answer"].Value, SurveyMessage.Of(nameof(SurveyText.ReservedAnswer), answer));
                continue;
            }

            foreach (var text in new[] { answer, label }.Where(t => !string.IsNullOrEmpty(t)).Distinct())
            {
                var key = TextKey.Of(text!);
                if (keys.TryGetValue(key, out var other))
                {
                    doc.Error(item, SurveyMessage.Of(nameof(SurveyText.OptionClash), text!, other));
                }
                else
                {
                    keys[key] = answer;
                }
            }

            if (weight is not null || dontKnow)
            {
                result.Add(new AnswerOption(answer, label, dontKnow ? null : weight));
            }
        }

        return result;
    }

    private static string Show(decimal value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
