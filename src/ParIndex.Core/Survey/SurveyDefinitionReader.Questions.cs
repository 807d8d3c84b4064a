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

/// <summary>The questions of a survey definition: each with its criterion, weight, scale or options, and respondent groups.</summary>
internal sealed partial class SurveyDefinitionReader
{
    private List<SurveyQuestion> ReadQuestions(YamlNode node, List<RespondentGroup> groups, Dictionary<string, List<AnswerOption>> scales)
    {
        var result = new List<SurveyQuestion>();
        if (doc.AsSequence(node, LocalizedText.Quoted("questions")) is not { } list)
        {
            return result;
        }

        if (list.Children.Count == 0)
        {
            doc.Error(list, SurveyMessage.Of(nameof(SurveyText.NoQuestions)));
        }

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in list.Children)
        {
            if (doc.AsMapping(item, SurveyMessage.Of(nameof(SurveyText.WhatQuestion))) is not { } map)
            {
                continue;
            }

            var qe = doc.Entries(map, SurveyMessage.Of(nameof(SurveyText.WhatQuestion)), QuestionKeys);
            var id = doc.RequiredText(qe, "id", map, SurveyMessage.Of(nameof(SurveyText.WhatQuestion)))?.Normalize(NormalizationForm.FormC);
            var text = qe.TryGetValue("text", out var t) ? doc.Text(t.Value, LocalizedText.Quoted("text"))?.Trim().Normalize(NormalizationForm.FormC) : null;
            var leaf = doc.RequiredText(qe, "criterion", map, SurveyMessage.Of(nameof(SurveyText.WhatQuestion)));
            var ok = id is not null && leaf is not null;
            if (id is not null)
            {
                var at = doc.At(qe["id"].Value);
                if (ids.TryGetValue(id, out var line))
                {
                    doc.Error(at, SurveyMessage.Of(nameof(SurveyText.QuestionTwice), id, line));
                    ok = false;
                }
                else
                {
                    ids[id] = at.Line;
                }
            }

            if (leaf is not null && set is not null)
            {
                if (!set.TryGetNode(leaf, out var criterion))
                {
                    doc.Error(qe["criterion"].Value, SurveyMessage.Of(nameof(SurveyText.UnknownLeaf), leaf, set.Id));
                    ok = false;
                }
                else if (!criterion.IsLeaf || criterion.Source != ValueSource.Survey)
                {
                    doc.Error(qe["criterion"].Value, criterion.IsLeaf ? SurveyMessage.Of(nameof(SurveyText.NotSurveyLeaf), leaf) : SurveyMessage.Of(nameof(SurveyText.NotALeaf), leaf));
                    ok = false;
                }
            }

            var weight = 1m;
            if (qe.TryGetValue("weight", out var w) && doc.Number(w.Value, LocalizedText.Quoted("weight")) is { } given)
            {
                if (given <= 0 || given > 1_000_000 || !FixedMath.TryToTicks(given, out _))
                {
                    doc.Error(w.Value, SurveyMessage.Of(nameof(SurveyText.BadQuestionWeight), Show(given)));
                    ok = false;
                }
                else
                {
                    weight = given;
                }
            }

            List<AnswerOption>? options = null;
            var hasScale = qe.TryGetValue("scale", out var sc);
            var hasOptions = qe.TryGetValue("options", out var op);
            if (hasScale == hasOptions)
            {
                doc.Error(map, hasScale ? SurveyMessage.Of(nameof(SurveyText.ScaleAndOptions)) : SurveyMessage.Of(nameof(SurveyText.NoScaleOrOptions)));
                ok = false;
            }
            else if (hasScale)
            {
                var scaleName = doc.Text(sc.Value, LocalizedText.Quoted("scale"))?.Trim();
                if (scaleName is not null && !scales.TryGetValue(scaleName, out options))
                {
                    var known = scales.Count == 0 ? "—" : string.Join(", ", scales.Keys);
                    doc.Error(sc.Value, SurveyMessage.Of(nameof(SurveyText.UnknownScale), scaleName, known));
                    ok = false;
                }
            }
            else
            {
                options = ReadOptions(op.Value, LocalizedText.Quoted("options"));
            }

            var (combination, asked, weights) = qe.TryGetValue("groups", out var gr)
                ? ReadQuestionGroups(gr.Value, groups)
                : (GroupCombination.Pooled, groups, groups.Select(_ => 1m).ToList());
            if (asked.Count == 0)
            {
                ok = false;
            }

            if (ok && options is { Count: > 0 } && options.Any(o => !o.IsDontKnow))
            {
                result.Add(new SurveyQuestion(id!, text, leaf!, weight, options, combination, asked, weights, result.Count));
            }
            else if (ok && options is { Count: > 0 })
            {
                doc.Error(map, SurveyMessage.Of(nameof(SurveyText.OnlyDontKnow)));
            }
        }

        return result;
    }

    private (GroupCombination, List<RespondentGroup>, List<decimal>) ReadQuestionGroups(YamlNode node, List<RespondentGroup> groups)
    {
        var asked = new List<RespondentGroup>();
        var weights = new List<decimal>();
        void Add(YamlNode key, decimal weight)
        {
            var id = doc.Text(key, SurveyMessage.Of(nameof(SurveyText.WhatGroupId)))?.Trim();
            if (id is null)
            {
                return;
            }

            var group = groups.FirstOrDefault(g => g.Id == id);
            if (group is null)
            {
                doc.Error(key, SurveyMessage.Of(nameof(SurveyText.UnknownGroup), id, string.Join(", ", groups.Select(g => g.Id))));
            }
            else if (asked.Contains(group))
            {
                doc.Error(key, SurveyMessage.Of(nameof(SurveyText.GroupTwice), id));
            }
            else
            {
                asked.Add(group);
                weights.Add(weight);
            }
        }

        if (node is YamlSequenceNode list)
        {
            foreach (var item in list.Children)
            {
                Add(item, 1m);
            }

            if (list.Children.Count == 0)
            {
                doc.Error(list, SurveyMessage.Of(nameof(SurveyText.NoQuestionGroups)));
            }

            return (GroupCombination.Pooled, asked, weights);
        }

        if (node is YamlMappingNode map)
        {
            foreach (var pair in map.Children)
            {
                if (doc.Number(pair.Value, SurveyMessage.Of(nameof(SurveyText.WhatGroupWeight))) is not { } weight)
                {
                    continue;
                }

                if (weight <= 0 || weight > 1_000_000 || !FixedMath.TryToTicks(weight, out _))
                {
                    doc.Error(pair.Value, SurveyMessage.Of(nameof(SurveyText.BadGroupWeight), Show(weight)));
                    continue;
                }

                Add(pair.Key, weight);
            }

            if (map.Children.Count == 0)
            {
                doc.Error(map, SurveyMessage.Of(nameof(SurveyText.NoQuestionGroups)));
            }

            return (GroupCombination.Weighted, asked, weights);
        }

        doc.Error(node, SurveyMessage.Of(nameof(SurveyText.GroupsShape)));
        return (GroupCombination.Pooled, asked, weights);
    }
}
