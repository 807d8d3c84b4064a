using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using ParIndex.Criteria;
using ParIndex.IO;
using ParIndex.Internal;
using ParIndex.Internal.Yaml;
using YamlDotNet.RepresentationModel;

namespace ParIndex.Survey;

/// <summary>
/// Loads survey definitions from YAML (docs/survey.md) and from the definitions shipped inside the library.
/// Every problem is reported at once, each as <c>file:line:column: message</c>, in one
/// <see cref="ParIndexException"/>. Given the criteria set, the definition is also checked against it: every
/// question must feed a survey criterion of the set, and every survey criterion must have a question.
/// </summary>
public static class SurveyDefinitionLoader
{
    /// <summary>The newest survey definition format version this library reads.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>The largest definition file read, in bytes (4 MiB, as for criteria sets).</summary>
    public const long MaxFileBytes = 4 * 1024 * 1024;

    private const int MaxYamlEvents = 1_000_000;
    private const string ResourcePrefix = "ParIndex.Survey.Shipped.";

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

    /// <summary>The ids of the survey definitions shipped inside the library, sorted (each named after its criteria set).</summary>
    public static IReadOnlyList<string> ShippedIds { get; } = typeof(SurveyDefinitionLoader).Assembly
        .GetManifestResourceNames()
        .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal))
        .Select(n => n.Substring(ResourcePrefix.Length, n.Length - ResourcePrefix.Length - ".yaml".Length))
        .OrderBy(n => n, StringComparer.Ordinal)
        .ToArray();

    /// <summary>Loads a definition from a YAML file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="criteriaSet">When given, the definition is also checked against this set.</param>
    /// <exception cref="ParIndexException">The file cannot be read or has problems; all are listed.</exception>
    public static SurveyDefinition Load(string path, CriteriaSet? criteriaSet = null)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        return Build(YamlInput.Load(path, MaxFileBytes, MaxYamlEvents, YamlInput.DefaultMaxNesting, "SurveyDefinitionLoader.MaxFileBytes", InputKind.SurveyDefinition), criteriaSet);
    }

    /// <summary>Reads a definition from a stream of UTF-8 YAML (an upload, say).</summary>
    /// <param name="stream">The YAML bytes; read to the end, not closed.</param>
    /// <param name="sourceName">The name used in diagnostics in place of a file path.</param>
    /// <param name="criteriaSet">When given, the definition is also checked against this set.</param>
    /// <exception cref="ParIndexException">The stream is too large or has problems; all are listed.</exception>
    public static SurveyDefinition Load(Stream stream, string sourceName, CriteriaSet? criteriaSet = null)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        if (sourceName is null)
        {
            throw new ArgumentNullException(nameof(sourceName));
        }

        return Parse(ReadText(stream, sourceName), sourceName, criteriaSet);
    }

    /// <summary>Parses a definition from YAML text.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="sourceName">The name used in diagnostics in place of a file path.</param>
    /// <param name="criteriaSet">When given, the definition is also checked against this set.</param>
    /// <exception cref="ParIndexException">The text has problems; all are listed.</exception>
    public static SurveyDefinition Parse(string yaml, string sourceName = "<survey>", CriteriaSet? criteriaSet = null)
    {
        if (yaml is null)
        {
            throw new ArgumentNullException(nameof(yaml));
        }

        return Build(YamlInput.Parse(yaml, sourceName ?? throw new ArgumentNullException(nameof(sourceName)), MaxFileBytes, MaxYamlEvents, YamlInput.DefaultMaxNesting, InputKind.SurveyDefinition), criteriaSet);
    }

    /// <summary>Loads a definition shipped inside the library.</summary>
    /// <param name="id">The id; see <see cref="ShippedIds"/>.</param>
    /// <param name="criteriaSet">When given, the definition is also checked against this set.</param>
    /// <exception cref="ParIndexException">No shipped definition has that id.</exception>
    public static SurveyDefinition LoadShipped(string id, CriteriaSet? criteriaSet = null)
    {
        if (id is null)
        {
            throw new ArgumentNullException(nameof(id));
        }

        using var stream = typeof(SurveyDefinitionLoader).Assembly.GetManifestResourceStream(ResourcePrefix + id + ".yaml")
            ?? throw new ParIndexException(null, SurveyMessage.Of(nameof(SurveyText.DefinitionNotShipped), id, string.Join(", ", ShippedIds)));
        return Load(stream, "shipped:" + id, criteriaSet);
    }

    /// <summary>Loads a file when <paramref name="pathOrId"/> names one, otherwise the shipped definition with that id.</summary>
    /// <param name="pathOrId">A file path or a shipped id.</param>
    /// <param name="criteriaSet">When given, the definition is also checked against this set.</param>
    public static SurveyDefinition LoadFileOrShipped(string pathOrId, CriteriaSet? criteriaSet = null)
    {
        if (pathOrId is null)
        {
            throw new ArgumentNullException(nameof(pathOrId));
        }

        return File.Exists(pathOrId) || !ShippedIds.Contains(pathOrId, StringComparer.Ordinal) ? Load(pathOrId, criteriaSet) : LoadShipped(pathOrId, criteriaSet);
    }

    private static string ReadText(Stream stream, string sourceName)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > MaxFileBytes)
            {
                throw new ParIndexException(new SourceLocation(sourceName, 1, 1), SurveyMessage.Of(nameof(SurveyText.StreamTooLarge), YamlInput.Count(MaxFileBytes)));
            }

            buffer.Write(chunk, 0, read);
        }

        try
        {
            return new UTF8Encoding(false, true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw new ParIndexException(new SourceLocation(sourceName, 1, 1), SurveyMessage.Of(nameof(SurveyText.NotUtf8Yaml)));
        }
    }

    private static SurveyDefinition Build(YamlInput doc, CriteriaSet? set)
    {
        if (doc.Root is null)
        {
            throw new ParIndexException(doc.Diagnostics);
        }

        var definition = new Reader(doc, set).Read(doc.Root);
        if (doc.HasErrors || definition is null)
        {
            throw new ParIndexException(doc.Diagnostics.OrderBy(d => d.Location?.Line ?? 0).ThenBy(d => d.Location?.Column ?? 0));
        }

        return definition;
    }

    private static string Show(decimal value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    private sealed class Reader
    {
        private readonly YamlInput doc;
        private readonly CriteriaSet? set;

        public Reader(YamlInput doc, CriteriaSet? set)
        {
            this.doc = doc;
            this.set = set;
        }

        public SurveyDefinition? Read(YamlNode root)
        {
            if (doc.AsMapping(root, SurveyText.WhatDefinition) is not { } top)
            {
                return null;
            }

            var e = doc.Entries(top, SurveyText.WhatDefinition, Keys);
            if (!e.TryGetValue("format", out var format))
            {
                doc.Error(top, SurveyText.FormatMissing);
                return null;
            }

            if (doc.Integer(format.Value, "'format'") is not { } version)
            {
                return null;
            }

            if (version != CurrentFormatVersion)
            {
                doc.Error(format.Value, SurveyText.FormatFormatUnsupported(version, CurrentFormatVersion));
                return null;
            }

            var id = doc.RequiredText(e, "id", top, SurveyText.WhatDefinition);
            if (id is not null && !IdPattern.IsMatch(id))
            {
                doc.Error(e["id"].Value, SurveyText.FormatBadId(id));
            }

            var name = e.TryGetValue("name", out var nameEntry) ? doc.Text(nameEntry.Value, "'name'")?.Trim().Normalize(NormalizationForm.FormC) : null;
            var criteria = doc.RequiredText(e, "criteria", top, SurveyText.WhatDefinition);
            if (criteria is not null && set is not null && !string.Equals(criteria, set.Id, StringComparison.Ordinal))
            {
                doc.Error(e["criteria"].Value, SurveyText.FormatWrongCriteriaSet(criteria, set.Id));
            }

            var precision = 2;
            if (e.TryGetValue("precision", out var p) && doc.Integer(p.Value, "'precision'") is { } given)
            {
                if (given is < 0 or > Points.Decimals)
                {
                    doc.Error(p.Value, SurveyText.FormatBadPrecision(given));
                }
                else
                {
                    precision = given;
                }
            }

            var blank = e.TryGetValue("blank", out var b) ? doc.Enum(b.Value, "'blank'", Treatments) ?? AnswerTreatment.Exclude : AnswerTreatment.Exclude;
            var dontKnow = e.TryGetValue("dont_know", out var dk) ? doc.Enum(dk.Value, "'dont_know'", Treatments) ?? AnswerTreatment.Exclude : AnswerTreatment.Exclude;
            var margin = 0.05m;
            if (e.TryGetValue("margin_of_error", out var m) && doc.Number(m.Value, "'margin_of_error'") is { } percent)
            {
                if (percent <= 0 || percent >= 100)
                {
                    doc.Error(m.Value, SurveyText.FormatBadMargin(Show(percent)));
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
                        doc.Error(qs.Key, SurveyText.FormatLeafWithoutQuestion(leaf.Code, set.Id));
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
            doc.Error(owner, SurveyText.FormatKeyMissing(key));
            return new List<T>();
        }

        private List<RespondentGroup> ReadGroups(YamlNode node)
        {
            var result = new List<RespondentGroup>();
            if (doc.AsSequence(node, "'groups'") is not { } list)
            {
                return result;
            }

            if (list.Children.Count == 0)
            {
                doc.Error(list, SurveyText.NoGroups);
            }

            // Responses name a group by id or by name, compared as typed text (case, spaces, composition ignored).
            var keys = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var item in list.Children)
            {
                if (doc.AsMapping(item, SurveyText.WhatGroup) is not { } map)
                {
                    continue;
                }

                var ge = doc.Entries(map, SurveyText.WhatGroup, GroupKeys);
                var id = doc.RequiredText(ge, "id", map, SurveyText.WhatGroup);
                var name = ge.TryGetValue("name", out var n) ? doc.Text(n.Value, "'name'")?.Trim().Normalize(NormalizationForm.FormC) : null;
                if (id is null)
                {
                    continue;
                }

                if (!IdPattern.IsMatch(id))
                {
                    doc.Error(ge["id"].Value, SurveyText.FormatBadGroupId(id));
                    continue;
                }

                var clash = false;
                foreach (var text in new[] { id, name }.Where(t => !string.IsNullOrEmpty(t)).Distinct())
                {
                    var key = TextKey.Of(text!);
                    if (keys.TryGetValue(key, out var other))
                    {
                        doc.Error(item, SurveyText.FormatGroupClash(text!, other));
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
            if (doc.AsMapping(node, "'scales'") is not { } map)
            {
                return result;
            }

            foreach (var pair in map.Children)
            {
                if (doc.Text(pair.Key, SurveyText.WhatScaleName)?.Trim() is not { Length: > 0 } name)
                {
                    continue;
                }

                if (result.ContainsKey(name))
                {
                    doc.Error(pair.Key, SurveyText.FormatScaleTwice(name));
                    continue;
                }

                result[name] = ReadOptions(pair.Value, SurveyText.FormatWhatScale(name));
            }

            return result;
        }

        private List<AnswerOption> ReadOptions(YamlNode node, string what)
        {
            var result = new List<AnswerOption>();
            if (doc.AsSequence(node, what) is not { } list)
            {
                return result;
            }

            if (list.Children.Count == 0)
            {
                doc.Error(list, SurveyText.FormatNoOptions(what));
            }

            var keys = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var item in list.Children)
            {
                if (doc.AsMapping(item, SurveyText.WhatOption) is not { } map)
                {
                    continue;
                }

                var oe = doc.Entries(map, SurveyText.WhatOption, OptionKeys);
                var answer = doc.RequiredText(oe, "answer", map, SurveyText.WhatOption)?.Normalize(NormalizationForm.FormC);
                var label = oe.TryGetValue("label", out var l) ? doc.Text(l.Value, "'label'")?.Trim().Normalize(NormalizationForm.FormC) : null;
                var dontKnow = oe.TryGetValue("dont_know", out var d) && doc.Enum(d.Value, "'dont_know'", Booleans) == true;
                decimal? weight = null;
                if (oe.TryGetValue("weight", out var w))
                {
                    weight = doc.Number(w.Value, "'weight'");
                    if (weight is { } v && (v < 0 || v > 100 || !FixedMath.TryToTicks(v, out _)))
                    {
                        doc.Error(w.Value, SurveyText.FormatBadOptionWeight(Show(v)));
                        weight = null;
                    }
                    else if (weight is not null && dontKnow)
                    {
                        doc.Error(w.Value, SurveyText.WeightAndDontKnow);
                    }
                }
                else if (!dontKnow)
                {
                    doc.Error(map, SurveyText.OptionNeedsWeight);
                }

                if (answer is null)
                {
                    continue;
                }

                if (ValueText.IsNotApplicable(answer) || (label is not null && label.Length == 0))
                {
                    doc.Error(oe["answer"].Value, SurveyText.FormatReservedAnswer(answer));
                    continue;
                }

                foreach (var text in new[] { answer, label }.Where(t => !string.IsNullOrEmpty(t)).Distinct())
                {
                    var key = TextKey.Of(text!);
                    if (keys.TryGetValue(key, out var other))
                    {
                        doc.Error(item, SurveyText.FormatOptionClash(text!, other));
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

        private List<SurveyQuestion> ReadQuestions(YamlNode node, List<RespondentGroup> groups, Dictionary<string, List<AnswerOption>> scales)
        {
            var result = new List<SurveyQuestion>();
            if (doc.AsSequence(node, "'questions'") is not { } list)
            {
                return result;
            }

            if (list.Children.Count == 0)
            {
                doc.Error(list, SurveyText.NoQuestions);
            }

            var ids = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var item in list.Children)
            {
                if (doc.AsMapping(item, SurveyText.WhatQuestion) is not { } map)
                {
                    continue;
                }

                var qe = doc.Entries(map, SurveyText.WhatQuestion, QuestionKeys);
                var id = doc.RequiredText(qe, "id", map, SurveyText.WhatQuestion)?.Normalize(NormalizationForm.FormC);
                var text = qe.TryGetValue("text", out var t) ? doc.Text(t.Value, "'text'")?.Trim().Normalize(NormalizationForm.FormC) : null;
                var leaf = doc.RequiredText(qe, "criterion", map, SurveyText.WhatQuestion);
                var ok = id is not null && leaf is not null;
                if (id is not null)
                {
                    var at = doc.At(qe["id"].Value);
                    if (ids.TryGetValue(id, out var line))
                    {
                        doc.Error(at, SurveyText.FormatQuestionTwice(id, line));
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
                        doc.Error(qe["criterion"].Value, SurveyText.FormatUnknownLeaf(leaf, set.Id));
                        ok = false;
                    }
                    else if (!criterion.IsLeaf || criterion.Source != ValueSource.Survey)
                    {
                        doc.Error(qe["criterion"].Value, criterion.IsLeaf ? SurveyText.FormatNotSurveyLeaf(leaf) : SurveyText.FormatNotALeaf(leaf));
                        ok = false;
                    }
                }

                var weight = 1m;
                if (qe.TryGetValue("weight", out var w) && doc.Number(w.Value, "'weight'") is { } given)
                {
                    if (given <= 0 || given > 1_000_000 || !FixedMath.TryToTicks(given, out _))
                    {
                        doc.Error(w.Value, SurveyText.FormatBadQuestionWeight(Show(given)));
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
                    doc.Error(map, hasScale ? SurveyText.ScaleAndOptions : SurveyText.NoScaleOrOptions);
                    ok = false;
                }
                else if (hasScale)
                {
                    var scaleName = doc.Text(sc.Value, "'scale'")?.Trim();
                    if (scaleName is not null && !scales.TryGetValue(scaleName, out options))
                    {
                        var known = scales.Count == 0 ? "—" : string.Join(", ", scales.Keys);
                        doc.Error(sc.Value, SurveyText.FormatUnknownScale(scaleName, known));
                        ok = false;
                    }
                }
                else
                {
                    options = ReadOptions(op.Value, "'options'");
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
                    doc.Error(map, SurveyText.OnlyDontKnow);
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
                var id = doc.Text(key, SurveyText.WhatGroupId)?.Trim();
                if (id is null)
                {
                    return;
                }

                var group = groups.FirstOrDefault(g => g.Id == id);
                if (group is null)
                {
                    doc.Error(key, SurveyText.FormatUnknownGroup(id, string.Join(", ", groups.Select(g => g.Id))));
                }
                else if (asked.Contains(group))
                {
                    doc.Error(key, SurveyText.FormatGroupTwice(id));
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
                    doc.Error(list, SurveyText.NoQuestionGroups);
                }

                return (GroupCombination.Pooled, asked, weights);
            }

            if (node is YamlMappingNode map)
            {
                foreach (var pair in map.Children)
                {
                    if (doc.Number(pair.Value, SurveyText.WhatGroupWeight) is not { } weight)
                    {
                        continue;
                    }

                    if (weight <= 0 || weight > 1_000_000 || !FixedMath.TryToTicks(weight, out _))
                    {
                        doc.Error(pair.Value, SurveyText.FormatBadGroupWeight(Show(weight)));
                        continue;
                    }

                    Add(pair.Key, weight);
                }

                if (map.Children.Count == 0)
                {
                    doc.Error(map, SurveyText.NoQuestionGroups);
                }

                return (GroupCombination.Weighted, asked, weights);
            }

            doc.Error(node, SurveyText.GroupsShape);
            return (GroupCombination.Pooled, asked, weights);
        }
    }
}
