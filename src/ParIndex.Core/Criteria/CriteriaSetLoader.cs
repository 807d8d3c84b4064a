using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using ParIndex.IO;
using ParIndex.Internal.Yaml;
using YamlDotNet.RepresentationModel;

namespace ParIndex.Criteria;

/// <summary>
/// Loads criteria sets from YAML (see docs/criteria-format.md) and from the sets shipped inside the
/// library. Every problem in a file is reported at once, each as <c>file:line:column: message</c>,
/// in a single <see cref="ParIndexException"/>; nothing else is thrown for bad input.
/// </summary>
public static class CriteriaSetLoader
{
    // A property, not a public const: a const (or a default parameter value) would be compiled into
    // applications, which would keep loading the old default after a library update changed it.
    private const string DefaultId = "district-hatinh-52-2019";

    private const string ResourcePrefix = "ParIndex.Criteria.Shipped.";
    private const int MaxYamlEvents = 1_000_000;
    private const long MaxWeightOrTarget = 1_000_000_000;

    private static readonly string[] SetKeys = { "format", "id", "name", "decision", "level", "year", "max", "precision", "bands", "group_bands", "tie_breakers", "over_scoring_penalty", "ranking", "areas" };
    private static readonly string[] NodeKeys = { "code", "name", "description", "max", "weight", "block", "source", "not_applicable", "children", "rule" };
    private static readonly string[] PenaltyKeys = { "threshold", "deduct" };
    private static readonly string[] TierKeys = { "ge", "gt", "le", "lt", "points" };
    private static readonly Regex IdPattern = new("^[A-Za-z0-9][A-Za-z0-9._-]*$", RegexOptions.CultureInvariant);
    private static readonly Regex CodePattern = new("^[A-Za-z0-9]+(\\.[A-Za-z0-9]+)*$", RegexOptions.CultureInvariant);

    private static readonly Dictionary<string, CriteriaLevel> Levels = new(StringComparer.Ordinal)
    {
        ["ministry"] = CriteriaLevel.Ministry,
        ["province"] = CriteriaLevel.Province,
        ["department"] = CriteriaLevel.Department,
        ["district"] = CriteriaLevel.District,
        ["commune"] = CriteriaLevel.Commune,
    };

    private static readonly Dictionary<string, NodeBlock> Blocks = new(StringComparer.Ordinal)
    {
        ["deduction"] = NodeBlock.Deduction,
        ["bonus"] = NodeBlock.Bonus,
    };

    private static readonly Dictionary<string, ValueSource> Sources = new(StringComparer.Ordinal)
    {
        ["self"] = ValueSource.Self,
        ["survey"] = ValueSource.Survey,
    };

    private static readonly Dictionary<string, NotApplicablePolicy> NotApplicablePolicies = new(StringComparer.Ordinal)
    {
        ["forbidden"] = NotApplicablePolicy.Forbidden,
        ["full"] = NotApplicablePolicy.FullPoints,
        ["exclude"] = NotApplicablePolicy.Exclude,
    };

    private static readonly Dictionary<string, RuleKind> RuleKinds = new(StringComparer.Ordinal)
    {
        ["yes_no"] = RuleKind.YesNo,
        ["choice"] = RuleKind.Choice,
        ["tiers"] = RuleKind.Tiers,
        ["ratio"] = RuleKind.Ratio,
        ["points"] = RuleKind.Points,
        ["count"] = RuleKind.Count,
    };

    /// <summary>The ids of the criteria sets shipped inside the library, sorted.</summary>
    public static IReadOnlyList<string> ShippedIds { get; } = typeof(CriteriaSetLoader).Assembly
        .GetManifestResourceNames()
        .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal))
        .Select(n => n.Substring(ResourcePrefix.Length, n.Length - ResourcePrefix.Length - ".yaml".Length))
        .OrderBy(n => n, StringComparer.Ordinal)
        .ToArray();

    /// <summary>Loads a criteria set from a YAML file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Limits; <see cref="CriteriaLoadOptions.Default"/> when omitted.</param>
    /// <exception cref="ParIndexException">The file cannot be read or has problems; all are listed.</exception>
    public static CriteriaSet Load(string path, CriteriaLoadOptions? options = null)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        options ??= CriteriaLoadOptions.Default;
        return Build(YamlInput.Load(path, options.MaxFileBytes, MaxYamlEvents, MaxNesting(options), "CriteriaLoadOptions.MaxFileBytes", InputKind.Criteria), options);
    }

    /// <summary>Parses a criteria set from YAML text.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="sourceName">The name used in diagnostics in place of a file path.</param>
    /// <param name="options">Limits; <see cref="CriteriaLoadOptions.Default"/> when omitted.</param>
    /// <exception cref="ParIndexException">The text has problems; all are listed.</exception>
    public static CriteriaSet Parse(string yaml, string sourceName = "<criteria>", CriteriaLoadOptions? options = null)
    {
        if (yaml is null)
        {
            throw new ArgumentNullException(nameof(yaml));
        }

        options ??= CriteriaLoadOptions.Default;
        return Build(YamlInput.Parse(yaml, sourceName, options.MaxFileBytes, MaxYamlEvents, MaxNesting(options), InputKind.Criteria), options);
    }

    /// <summary>The id of the shipped set used when none is given.</summary>
    public static string DefaultShippedId => DefaultId;

    /// <summary>Loads the default shipped criteria set (<see cref="DefaultShippedId"/>).</summary>
    public static CriteriaSet LoadShipped() => LoadShipped(DefaultId);

    /// <summary>Loads one of the criteria sets shipped inside the library.</summary>
    /// <param name="id">The set's id; see <see cref="ShippedIds"/>.</param>
    /// <exception cref="ParIndexException">No shipped set has that id.</exception>
    public static CriteriaSet LoadShipped(string id)
    {
        if (id is null)
        {
            throw new ArgumentNullException(nameof(id));
        }

        using var stream = typeof(CriteriaSetLoader).Assembly.GetManifestResourceStream(ResourcePrefix + id + ".yaml")
            ?? throw new ParIndexException(null, $"no shipped criteria set has id '{id}'; shipped sets: {string.Join(", ", ShippedIds)}");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd(), "shipped:" + id);
    }

    /// <summary>Loads a file when <paramref name="pathOrId"/> names one, otherwise the shipped set with that id.</summary>
    /// <param name="pathOrId">A file path, a shipped id, or <see langword="null"/> for the default shipped set.</param>
    public static CriteriaSet LoadFileOrShipped(string? pathOrId) => LoadFileOrShipped(pathOrId, null);

    /// <summary>Loads a file (with the given limits) when <paramref name="pathOrId"/> names one, otherwise the shipped set with that id.</summary>
    /// <param name="pathOrId">A file path, a shipped id, or <see langword="null"/> for the default shipped set.</param>
    /// <param name="options">Limits for a file; <see cref="CriteriaLoadOptions.Default"/> when <see langword="null"/>.</param>
    public static CriteriaSet LoadFileOrShipped(string? pathOrId, CriteriaLoadOptions? options)
    {
        if (pathOrId is null)
        {
            return LoadShipped();
        }

        if (File.Exists(pathOrId) || !ShippedIds.Contains(pathOrId, StringComparer.Ordinal))
        {
            return Load(pathOrId, options);
        }

        return LoadShipped(pathOrId);
    }

    /// <summary>
    /// The YAML nesting allowed: each tree level takes two (a node's mapping and its 'children' list), plus room
    /// for the set, a rule and its tiers, so that a tree too deep is reported as such; capped to keep the stack safe.
    /// </summary>
    private static int MaxNesting(CriteriaLoadOptions options) => (int)Math.Min(1000, Math.Max(YamlInput.DefaultMaxNesting, (2L * options.MaxDepth) + 16));

    private static CriteriaSet Build(YamlInput doc, CriteriaLoadOptions options)
    {
        if (doc.Root is null)
        {
            throw new ParIndexException(doc.Diagnostics);
        }

        var builder = new Builder(doc, options);
        var set = builder.Build(doc.Root);
        if (doc.HasErrors || set is null)
        {
            throw new ParIndexException(doc.Diagnostics.OrderBy(d => d.Location?.Line ?? 0).ThenBy(d => d.Location?.Column ?? 0));
        }

        return set;
    }

    private static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string RuleName(RuleKind kind) => RuleKinds.First(k => k.Value == kind).Key;

    /// <summary>A node as read, before maxima are resolved and rules are built.</summary>
    private sealed class Draft
    {
        public string Code { get; init; } = "";

        public string Name { get; init; } = "";

        public string? Description { get; init; }

        public Points? Max { get; init; }

        public YamlNode? MaxNode { get; init; }

        public decimal? Weight { get; init; }

        public NodeBlock Block { get; init; }

        public ValueSource Source { get; init; }

        public NotApplicablePolicy NotApplicable { get; init; }

        public YamlNode? RuleNode { get; init; }

        public List<Draft> Children { get; } = new();

        public YamlNode Node { get; init; } = null!;

        public int Depth { get; init; }
    }

    private sealed class Builder
    {
        private readonly YamlInput doc;
        private readonly CriteriaLoadOptions options;
        private readonly Dictionary<string, SourceLocation> codes = new(StringComparer.Ordinal);
        private int nodeCount;
        private bool tooMany;

        public Builder(YamlInput doc, CriteriaLoadOptions options)
        {
            this.doc = doc;
            this.options = options;
        }

        public CriteriaSet? Build(YamlNode root)
        {
            var mapping = doc.AsMapping(root, "a criteria set");
            if (mapping is null)
            {
                return null;
            }

            var e = doc.Entries(mapping, "the criteria set", SetKeys);
            var settings = new CriteriaSetSettings { Source = doc.Source };

            if (!e.TryGetValue("format", out var format))
            {
                doc.Error(mapping, "the criteria set is missing required key 'format' (write 'format: 1')");
            }
            else if (doc.Integer(format.Value, "'format'") is { } version)
            {
                if (version < 1 || version > CriteriaSet.CurrentFormatVersion)
                {
                    doc.Error(format.Value, $"format version {version} is not supported; this version of ParIndex reads format 1 to {CriteriaSet.CurrentFormatVersion}");
                    return null;
                }

                settings.FormatVersion = version;
            }

            if (doc.RequiredText(e, "id", mapping, "the criteria set") is { } id)
            {
                if (IdPattern.IsMatch(id))
                {
                    settings.Id = id;
                }
                else
                {
                    doc.Error(e["id"].Value, $"id '{id}' may contain only letters, digits, '.', '-' and '_'");
                }
            }

            settings.Name = Nfc(doc.RequiredText(e, "name", mapping, "the criteria set")) ?? "";
            if (e.TryGetValue("decision", out var decision))
            {
                settings.Decision = Nfc(doc.Text(decision.Value, "'decision'"));
            }

            if (!e.TryGetValue("level", out var level))
            {
                doc.Error(mapping, "the criteria set is missing required key 'level'");
            }
            else if (doc.Enum(level.Value, "'level'", Levels) is { } lv)
            {
                settings.Level = lv;
            }

            if (e.TryGetValue("year", out var year) && doc.Integer(year.Value, "'year'") is { } y)
            {
                if (y < 1990 || y > 2100)
                {
                    doc.Error(year.Value, $"'year' {y} is not a plausible assessment year");
                }

                settings.Year = y;
            }

            if (e.TryGetValue("precision", out var precision) && doc.Integer(precision.Value, "'precision'") is { } p)
            {
                if (p < 0 || p > Points.Decimals)
                {
                    doc.Error(precision.Value, $"'precision' must be between 0 and {Points.Decimals}, not {p}");
                }
                else
                {
                    settings.Precision = p;
                }
            }

            if (e.TryGetValue("bands", out var bands))
            {
                settings.Bands = BandReader.ReadBands(doc, bands.Value, "'bands'") ?? BandScheme.None;
            }

            if (e.TryGetValue("group_bands", out var groupBands) && BandReader.ReadGroupBands(doc, groupBands.Value) is { } map)
            {
                settings.GroupBands = map;
            }

            if (e.TryGetValue("over_scoring_penalty", out var penalty) && doc.AsMapping(penalty.Value, "'over_scoring_penalty'") is { } pm)
            {
                var pe = doc.Entries(pm, "'over_scoring_penalty'", PenaltyKeys);
                var threshold = Required(pe, "threshold", pm, "'over_scoring_penalty'");
                var deduct = Required(pe, "deduct", pm, "'over_scoring_penalty'");
                if (threshold is { } t && deduct is { } d)
                {
                    if (t <= Points.Zero || d <= Points.Zero)
                    {
                        doc.Error(pm, "'over_scoring_penalty' threshold and deduct must be positive");
                    }
                    else
                    {
                        settings.OverScoringPenalty = new OverScoringPenalty(t, d);
                    }
                }
            }

            Points? setMax = null;
            if (!e.TryGetValue("max", out var maxEntry))
            {
                doc.Error(mapping, "the criteria set is missing required key 'max'");
            }
            else
            {
                setMax = doc.PointsValue(maxEntry.Value, "'max'");
                if (setMax is { } m && m <= Points.Zero)
                {
                    doc.Error(maxEntry.Value, "'max' of the criteria set must be positive");
                    setMax = null;
                }
            }

            var areaDrafts = new List<Draft>();
            if (!e.TryGetValue("areas", out var areas))
            {
                doc.Error(mapping, "the criteria set is missing required key 'areas'");
            }
            else if (doc.AsSequence(areas.Value, "'areas'") is { } list)
            {
                if (list.Children.Count == 0)
                {
                    doc.Error(list, "'areas' must list at least one area");
                }

                foreach (var item in list.Children)
                {
                    if (ReadNode(item, 0, null, ValueSource.Self, NotApplicablePolicy.Forbidden) is { } draft)
                    {
                        areaDrafts.Add(draft);
                    }
                }
            }

            if (e.TryGetValue("ranking", out var ranking) && doc.Text(ranking.Value, "'ranking'")?.Trim() is { } compare)
            {
                if (compare is not ("reported" or "exact"))
                {
                    doc.Error(ranking.Value, $"'ranking' must be 'reported' or 'exact', not '{compare}'");
                }

                settings.ExactRanking = compare == "exact";
            }

            if (e.TryGetValue("tie_breakers", out var tieBreakers))
            {
                settings.TieBreakers = ReadTieBreakers(tieBreakers.Value);
            }

            if (doc.HasErrors)
            {
                return null;
            }

            var areaNodes = ResolveAreas(areaDrafts, setMax!.Value, maxEntry.Value);
            if (doc.HasErrors)
            {
                return null;
            }

            return new CriteriaSet(settings, areaNodes);
        }

        private IReadOnlyList<string> ReadTieBreakers(YamlNode node)
        {
            var result = new List<string>();
            if (doc.AsSequence(node, "'tie_breakers'") is not { } list)
            {
                return result;
            }

            foreach (var item in list.Children)
            {
                var text = doc.Text(item, "a tie-breaker")?.Trim();
                if (text is null)
                {
                    continue;
                }

                if (text is "survey" or "self_accuracy" or "unit_id")
                {
                    result.Add(text);
                }
                else if (text.StartsWith("node:", StringComparison.Ordinal))
                {
                    var code = text.Substring("node:".Length).Trim();
                    if (!codes.ContainsKey(code))
                    {
                        doc.Error(item, $"tie-breaker '{text}' names no criterion in this set");
                    }
                    else
                    {
                        result.Add("node:" + code);
                    }
                }
                else
                {
                    doc.Error(item, $"unknown tie-breaker '{text}'; expected survey, self_accuracy, unit_id or node:CODE");
                }
            }

            return result;
        }

        private Points? Required(Dictionary<string, (YamlScalarNode Key, YamlNode Value)> entries, string key, YamlNode owner, string what)
        {
            if (!entries.TryGetValue(key, out var entry))
            {
                doc.Error(owner, $"{what} is missing required key '{key}'");
                return null;
            }

            return doc.PointsValue(entry.Value, $"'{key}'");
        }

        private Draft? ReadNode(YamlNode node, int depth, Draft? parent, ValueSource inheritedSource, NotApplicablePolicy inheritedNa)
        {
            if (doc.AsMapping(node, depth == 0 ? "an area" : "a criterion") is not { } m)
            {
                return null;
            }

            if (depth >= options.MaxDepth)
            {
                doc.Error(m, $"the tree is deeper than the limit of {options.MaxDepth} levels");
                return null;
            }

            if (++nodeCount > options.MaxNodes)
            {
                if (!tooMany)
                {
                    doc.Error(m, $"the tree has more than the limit of {YamlInput.Count(options.MaxNodes)} nodes");
                    tooMany = true;
                }

                return null;
            }

            var e = doc.Entries(m, CodeOf(m) is { } written ? $"'{written}'" : depth == 0 ? "an area" : "a criterion", NodeKeys);
            var code = doc.RequiredText(e, "code", m, depth == 0 ? "an area" : "a criterion");
            var label = code is null ? "a criterion" : $"'{code}'";
            if (code is not null)
            {
                if (!CodePattern.IsMatch(code))
                {
                    doc.Error(e["code"].Value, $"code '{code}' must be letters and digits separated by dots, e.g. 1.2.3");
                }
                else if (codes.TryGetValue(code, out var first))
                {
                    doc.Error(e["code"].Value, $"duplicate code '{code}'; first defined at line {first.Line}");
                }
                else
                {
                    codes[code] = doc.At(e["code"].Value);
                }
            }

            var name = Nfc(doc.RequiredText(e, "name", m, label));
            string? description = e.TryGetValue("description", out var d) ? Nfc(doc.Text(d.Value, "'description'")) : null;

            var block = parent?.Block ?? NodeBlock.None;
            if (e.TryGetValue("block", out var blockEntry))
            {
                if (depth != 0)
                {
                    doc.Error(blockEntry.Key, $"'block' is allowed on areas only, not on {label}");
                }
                else if (doc.Enum(blockEntry.Value, "'block'", Blocks) is { } b)
                {
                    block = b;
                }
            }

            Points? max = null;
            YamlNode? maxNode = null;
            if (e.TryGetValue("max", out var maxEntry))
            {
                maxNode = maxEntry.Value;
                max = doc.PointsValue(maxEntry.Value, $"'max' of {label}");
                if (max is { } mx)
                {
                    if (block == NodeBlock.Deduction && mx >= Points.Zero)
                    {
                        doc.Error(maxEntry.Value, $"max of {label} must be negative inside a deduction block (e.g. -2 for 'deduct at most 2 points')");
                    }
                    else if (block != NodeBlock.Deduction && mx < Points.Zero)
                    {
                        doc.Error(maxEntry.Value, $"max of {label} is negative; only nodes in a deduction block may have a negative max");
                    }
                }
            }

            decimal? weight = null;
            if (e.TryGetValue("weight", out var weightEntry))
            {
                if (max is not null)
                {
                    doc.Error(weightEntry.Key, $"{label} gives both 'max' and 'weight'; give one");
                }

                weight = doc.Number(weightEntry.Value, $"'weight' of {label}");
                if (weight is { } w && w <= 0)
                {
                    doc.Error(weightEntry.Value, $"'weight' of {label} must be positive");
                }
                else if (weight > MaxWeightOrTarget)
                {
                    // Larger weights would overflow the exact share arithmetic; weights are relative, so none is needed.
                    doc.Error(weightEntry.Value, $"'weight' of {label} must be at most {YamlInput.Count(MaxWeightOrTarget)}");
                }

                if (depth == 0 && block != NodeBlock.None)
                {
                    doc.Error(weightEntry.Key, $"deduction and bonus blocks must give 'max', not 'weight'");
                }
            }

            var source = inheritedSource;
            if (e.TryGetValue("source", out var sourceEntry) && doc.Enum(sourceEntry.Value, "'source'", Sources) is { } s)
            {
                source = s;
            }

            var na = inheritedNa;
            if (e.TryGetValue("not_applicable", out var naEntry) && doc.Enum(naEntry.Value, "'not_applicable'", NotApplicablePolicies) is { } n)
            {
                na = n;
            }

            var draft = new Draft
            {
                Code = code ?? "",
                Name = name ?? "",
                Description = description,
                Max = max,
                MaxNode = maxNode,
                Weight = weight,
                Block = block,
                Source = source,
                NotApplicable = na,
                RuleNode = e.TryGetValue("rule", out var rule) ? rule.Value : null,
                Node = m,
                Depth = depth,
            };

            var hasChildren = e.TryGetValue("children", out var children);
            if (hasChildren && draft.RuleNode is not null)
            {
                doc.Error(m, $"{label} has both 'children' and 'rule'; a node is either a parent or a leaf");
            }
            else if (!hasChildren && draft.RuleNode is null)
            {
                doc.Error(m, $"{label} has neither 'children' nor 'rule'");
            }

            if (hasChildren && doc.AsSequence(children.Value, $"'children' of {label}") is { } list)
            {
                if (list.Children.Count == 0)
                {
                    doc.Error(list, $"'children' of {label} is empty; give a 'rule' instead for a leaf");
                }

                foreach (var item in list.Children)
                {
                    if (ReadNode(item, depth + 1, draft, source, na) is { } child)
                    {
                        draft.Children.Add(child);
                    }
                }
            }

            // A 'max' or 'weight' that is present but wrong has been reported already.
            if (maxEntry.Value is null && weightEntry.Value is null && draft.RuleNode is not null)
            {
                doc.Error(m, $"leaf {label} needs 'max' or 'weight'");
            }

            if (maxEntry.Value is null && weightEntry.Value is null && depth == 0 && block != NodeBlock.None)
            {
                doc.Error(m, $"block {label} needs 'max': the cap on its points");
            }

            return draft;
        }

        private IReadOnlyList<CriteriaNode> ResolveAreas(List<Draft> areas, Points setMax, YamlNode setMaxNode)
        {
            var ordinary = areas.Where(a => a.Block == NodeBlock.None).ToList();
            var shares = ShareOut(ordinary, setMax, "the criteria set");
            var result = new List<CriteriaNode>();
            var sum = Points.Zero;
            foreach (var area in areas)
            {
                var node = Resolve(area, area.Block == NodeBlock.None ? (shares.TryGetValue(area, out var s_area) ? s_area : null) : null);
                if (node is null)
                {
                    continue;
                }

                result.Add(node);
                if (area.Block == NodeBlock.None)
                {
                    sum += node.MaxPoints;
                }
            }

            if (!doc.HasErrors && sum != setMax)
            {
                doc.Error(setMaxNode, $"the areas add up to {sum} but the criteria set's max is {setMax}");
            }

            return result;
        }

        /// <summary>Shares a parent's points among weighted siblings (largest remainder), or checks that siblings do not mix max and weight.</summary>
        private Dictionary<Draft, Points?> ShareOut(List<Draft> siblings, Points? parentMax, string parentLabel)
        {
            var shares = new Dictionary<Draft, Points?>();
            var weighted = siblings.Where(s => s.Weight is not null).ToList();
            if (weighted.Count == 0)
            {
                return shares;
            }

            if (weighted.Count != siblings.Count)
            {
                var odd = siblings.First(s => s.Weight is null);
                doc.Error(odd.Node, $"siblings under {parentLabel} mix 'max' and 'weight'; give all of them 'max' or all of them 'weight'");
                return shares;
            }

            if (parentMax is not { } total)
            {
                doc.Error(weighted[0].Node, $"the children of {parentLabel} give weights, but {parentLabel} has no max to share out");
                return shares;
            }

            var ticks = Internal.LargestRemainder.Share(total.Ticks, weighted.Select(s => s.Weight!.Value).ToArray());
            for (var i = 0; i < weighted.Count; i++)
            {
                shares[weighted[i]] = Points.FromTicks(ticks[i]);
            }

            return shares;
        }

        private CriteriaNode? Resolve(Draft draft, Points? assigned) => Resolve(draft, assigned, out _);

        /// <summary>Builds the node; <paramref name="resolvedMax"/> is known even when a problem below prevents building it, so sums are still checked.</summary>
        private CriteriaNode? Resolve(Draft draft, Points? assigned, out Points? resolvedMax)
        {
            var label = $"'{draft.Code}'";
            var max = draft.Max ?? assigned;
            resolvedMax = max;
            CriteriaNode? node;
            if (draft.RuleNode is not null)
            {
                if (max is null)
                {
                    return null;
                }

                var rule = ReadRule(draft, max.Value.Abs(), label);
                node = new CriteriaNode(draft.Code, draft.Name, draft.Description, max.Value, draft.Weight, draft.Block, rule, draft.Source, draft.NotApplicable, draft.Depth, doc.At(draft.Node));
                return rule is null ? null : node;
            }

            List<CriteriaNode> children = new();
            var usesWeights = draft.Children.Count > 0 && draft.Children.Any(c => c.Weight is not null);
            if (usesWeights)
            {
                var shares = ShareOut(draft.Children, max, label);
                foreach (var child in draft.Children)
                {
                    if (Resolve(child, (shares.TryGetValue(child, out var s_child) ? s_child : null)) is { } c)
                    {
                        children.Add(c);
                    }
                }
            }
            else
            {
                var sum = Points.Zero;
                var allKnown = true;
                foreach (var child in draft.Children)
                {
                    if (Resolve(child, null, out var childMax) is { } c)
                    {
                        children.Add(c);
                    }

                    if (childMax is { } cm)
                    {
                        sum += cm;
                    }
                    else
                    {
                        allKnown = false;
                    }
                }

                if (allKnown)
                {
                    if (max is null)
                    {
                        max = sum;
                    }
                    else if (sum != max.Value && draft.Block == NodeBlock.None)
                    {
                        doc.Error(draft.MaxNode ?? draft.Node, $"children of {label} add up to {sum} but its max is {max.Value}");
                    }
                }
            }

            resolvedMax = max;
            if (max is null || children.Count != draft.Children.Count)
            {
                return null;
            }

            node = new CriteriaNode(draft.Code, draft.Name, draft.Description, max.Value, draft.Weight, draft.Block, null, draft.Source, draft.NotApplicable, draft.Depth, doc.At(draft.Node));
            node.SetChildren(children);
            return node;
        }

        private ScoringRule? ReadRule(Draft draft, Points magnitude, string label)
        {
            var node = draft.RuleNode!;
            Dictionary<string, (YamlScalarNode Key, YamlNode Value)> e;
            RuleKind kind;
            if (node is YamlScalarNode scalar)
            {
                if (doc.Enum(scalar, $"'rule' of {label}", RuleKinds) is not { } k)
                {
                    return null;
                }

                if (k is not (RuleKind.YesNo or RuleKind.Ratio or RuleKind.Points))
                {
                    doc.Error(scalar, $"rule '{scalar.Value}' of {label} needs settings; write it as a mapping with 'kind: {scalar.Value}'");
                    return null;
                }

                return k switch
                {
                    RuleKind.Ratio => new RatioRule(magnitude, 100),
                    RuleKind.Points => new PointsRule(magnitude, null),
                    _ => new YesNoRule(magnitude),
                };
            }

            if (doc.AsMapping(node, $"'rule' of {label}") is not { } m)
            {
                return null;
            }

            var kindNode = m.Children.FirstOrDefault(p => p.Key is YamlScalarNode { Value: "kind" }).Value;
            if (kindNode is null)
            {
                doc.Error(m, $"'rule' of {label} is missing required key 'kind'");
                return null;
            }

            if (doc.Enum(kindNode, $"'kind' of {label}", RuleKinds) is not { } parsedKind)
            {
                return null;
            }

            kind = parsedKind;
            var allowed = kind switch
            {
                RuleKind.Choice => new[] { "kind", "options" },
                RuleKind.Tiers => new[] { "kind", "range", "tiers" },
                RuleKind.Ratio => new[] { "kind", "target" },
                RuleKind.Points => new[] { "kind", "step" },
                RuleKind.Count => new[] { "kind", "per" },
                _ => new[] { "kind" },
            };
            e = doc.Entries(m, $"the {RuleName(kind)} rule of {label}", allowed);
            return kind switch
            {
                RuleKind.YesNo => new YesNoRule(magnitude),
                RuleKind.Choice => ReadChoice(e, m, magnitude, label),
                RuleKind.Tiers => ReadTiers(e, m, magnitude, label),
                RuleKind.Ratio => ReadRatio(e, magnitude, label),
                RuleKind.Points => ReadPoints(e, magnitude, label),
                _ => ReadCount(e, m, magnitude, label),
            };
        }

        private ChoiceRule? ReadChoice(Dictionary<string, (YamlScalarNode Key, YamlNode Value)> e, YamlMappingNode rule, Points magnitude, string label)
        {
            if (!e.TryGetValue("options", out var optionsEntry))
            {
                doc.Error(rule, $"choice rule of {label} has no options");
                return null;
            }

            if (doc.AsMapping(optionsEntry.Value, $"'options' of {label}") is not { } m)
            {
                return null;
            }

            if (m.Children.Count == 0)
            {
                doc.Error(m, $"choice rule of {label} has no options");
                return null;
            }

            var options = new List<ChoiceOption>();
            var keys = new HashSet<string>(StringComparer.Ordinal);
            var ok = true;
            foreach (var pair in m.Children)
            {
                var name = Nfc(doc.Text(pair.Key, "an option name"))?.Trim();
                var points = doc.PointsValue(pair.Value, name is null ? "option points" : $"points of option '{name}'");
                if (name is null || points is null)
                {
                    ok = false;
                    continue;
                }

                if (name.Length == 0)
                {
                    doc.Error(pair.Key, $"an option of {label} has an empty name");
                    ok = false;
                }
                else if (!keys.Add(Internal.TextKey.Of(name)))
                {
                    doc.Error(pair.Key, $"option '{name}' of {label} is listed twice");
                    ok = false;
                }
                else if (points.Value < Points.Zero || points.Value > magnitude)
                {
                    doc.Error(pair.Value, $"option '{name}' of {label} gives {points.Value} points; options must give 0 to {magnitude}");
                    ok = false;
                }
                else if (IsReservedValue(name))
                {
                    doc.Error(pair.Key, $"option '{name}' of {label} is reserved for 'not applicable'; choose another name");
                    ok = false;
                }
                else
                {
                    options.Add(new ChoiceOption(name, points.Value));
                }
            }

            return ok ? new ChoiceRule(options) : null;
        }

        private TiersRule? ReadTiers(Dictionary<string, (YamlScalarNode Key, YamlNode Value)> e, YamlMappingNode rule, Points magnitude, string label)
        {
            decimal lo = 0, hi = 100;
            if (e.TryGetValue("range", out var range))
            {
                if (doc.AsSequence(range.Value, $"'range' of {label}") is not { } r)
                {
                    return null;
                }

                if (r.Children.Count != 2)
                {
                    doc.Error(r, $"'range' of {label} must be [min, max]");
                    return null;
                }

                var a = doc.Number(r.Children[0], "'range' min");
                var b = doc.Number(r.Children[1], "'range' max");
                if (a is null || b is null)
                {
                    return null;
                }

                if (a.Value >= b.Value)
                {
                    doc.Error(r, $"'range' of {label} must have min below max");
                    return null;
                }

                lo = a.Value;
                hi = b.Value;
            }

            if (!e.TryGetValue("tiers", out var tiersEntry))
            {
                doc.Error(rule, $"tiers rule of {label} has no tiers");
                return null;
            }

            if (doc.AsSequence(tiersEntry.Value, $"'tiers' of {label}") is not { } list)
            {
                return null;
            }

            if (list.Children.Count == 0)
            {
                doc.Error(list, $"tiers rule of {label} has no tiers");
                return null;
            }

            var tiers = new List<(Tier Tier, YamlNode Node)>();
            var ok = true;
            foreach (var item in list.Children)
            {
                var tierLabel = $"a tier of {label}";
                if (doc.AsMapping(item, tierLabel) is not { } tm)
                {
                    ok = false;
                    continue;
                }

                var te = doc.Entries(tm, tierLabel, TierKeys);
                if (te.ContainsKey("ge") && te.ContainsKey("gt"))
                {
                    doc.Error(tm, $"{tierLabel} gives both 'ge' and 'gt'; give one");
                    ok = false;
                    continue;
                }

                if (te.ContainsKey("le") && te.ContainsKey("lt"))
                {
                    doc.Error(tm, $"{tierLabel} gives both 'le' and 'lt'; give one");
                    ok = false;
                    continue;
                }

                decimal? lower = null, upper = null;
                var lowerInclusive = false;
                var upperInclusive = false;
                if (te.TryGetValue("ge", out var ge))
                {
                    lower = doc.Number(ge.Value, $"'ge' of {tierLabel}");
                    lowerInclusive = true;
                    ok &= lower is not null;
                }
                else if (te.TryGetValue("gt", out var gt))
                {
                    lower = doc.Number(gt.Value, $"'gt' of {tierLabel}");
                    ok &= lower is not null;
                }

                if (te.TryGetValue("le", out var le))
                {
                    upper = doc.Number(le.Value, $"'le' of {tierLabel}");
                    upperInclusive = true;
                    ok &= upper is not null;
                }
                else if (te.TryGetValue("lt", out var lt))
                {
                    upper = doc.Number(lt.Value, $"'lt' of {tierLabel}");
                    ok &= upper is not null;
                }

                Points? points = null;
                if (!te.TryGetValue("points", out var pe))
                {
                    doc.Error(tm, $"{tierLabel} is missing required key 'points'");
                    ok = false;
                }
                else
                {
                    points = doc.PointsValue(pe.Value, $"'points' of {tierLabel}");
                    if (points is { } pv && (pv < Points.Zero || pv > magnitude))
                    {
                        doc.Error(pe.Value, $"a tier of {label} gives {pv} points; tiers must give 0 to {magnitude}");
                        ok = false;
                    }
                }

                if (!ok || points is null)
                {
                    ok = false;
                    continue;
                }

                // An open bound is the range's edge, inclusive.
                var tier = new Tier(lower ?? lo, lower is null || lowerInclusive, upper ?? hi, upper is null || upperInclusive, points.Value);
                if (tier.Lower > tier.Upper || (tier.Lower == tier.Upper && !(tier.LowerInclusive && tier.UpperInclusive)))
                {
                    doc.Error(tm, $"a tier of {label} is empty: {tier}");
                    ok = false;
                    continue;
                }

                tiers.Add((tier, tm));
            }

            if (!ok)
            {
                return null;
            }

            var ordered = tiers.OrderBy(t => t.Tier.Lower).ThenBy(t => t.Tier.LowerInclusive ? 0 : 1).ToList();
            var first = ordered[0].Tier;
            if (first.Lower > lo || (first.Lower == lo && !first.LowerInclusive))
            {
                doc.Error(ordered[0].Node, $"tiers of {label} leave values from {Format(lo)} to {Format(first.Lower!.Value)} without points");
                ok = false;
            }

            for (var i = 1; i < ordered.Count; i++)
            {
                var prev = ordered[i - 1].Tier;
                var cur = ordered[i].Tier;
                var p = prev.Upper!.Value;
                var c = cur.Lower!.Value;
                if (c < p || (c == p && prev.UpperInclusive && cur.LowerInclusive))
                {
                    doc.Error(ordered[i].Node, $"tiers of {label} overlap: {prev} and {cur}");
                    ok = false;
                }
                else if (c > p || (c == p && !prev.UpperInclusive && !cur.LowerInclusive))
                {
                    doc.Error(ordered[i].Node, $"tiers of {label} leave a gap between {prev} and {cur}");
                    ok = false;
                }
            }

            var last = ordered[ordered.Count - 1];
            if (last.Tier.Upper < hi || (last.Tier.Upper == hi && !last.Tier.UpperInclusive))
            {
                doc.Error(last.Node, $"tiers of {label} leave values from {Format(last.Tier.Upper!.Value)} to {Format(hi)} without points");
                ok = false;
            }

            if (ordered.Any(t => t.Tier.Lower < lo || t.Tier.Upper > hi))
            {
                doc.Error(list, $"tiers of {label} reach outside the range [{Format(lo)}, {Format(hi)}]");
                ok = false;
            }

            return ok ? new TiersRule(ordered.Select(t => t.Tier).ToArray(), lo, hi) : null;
        }

        private RatioRule? ReadRatio(Dictionary<string, (YamlScalarNode Key, YamlNode Value)> e, Points magnitude, string label)
        {
            decimal target = 100;
            if (e.TryGetValue("target", out var t))
            {
                if (doc.Number(t.Value, $"'target' of {label}") is not { } v)
                {
                    return null;
                }

                if (v <= 0)
                {
                    doc.Error(t.Value, $"'target' of {label} must be positive");
                    return null;
                }

                if (v > MaxWeightOrTarget)
                {
                    // Keeps max × value in RatioRule.Score far from decimal overflow.
                    doc.Error(t.Value, $"'target' of {label} must be at most {YamlInput.Count(MaxWeightOrTarget)}");
                    return null;
                }

                target = v;
            }

            return new RatioRule(magnitude, target);
        }

        private PointsRule? ReadPoints(Dictionary<string, (YamlScalarNode Key, YamlNode Value)> e, Points magnitude, string label)
        {
            Points? step = null;
            if (e.TryGetValue("step", out var s))
            {
                step = doc.PointsValue(s.Value, $"'step' of {label}");
                if (step is null)
                {
                    return null;
                }

                if (step.Value <= Points.Zero)
                {
                    doc.Error(s.Value, $"'step' of {label} must be positive");
                    return null;
                }

                if (magnitude.Ticks % step.Value.Ticks != 0)
                {
                    doc.Error(s.Value, $"'step' {step.Value} of {label} does not divide its max {magnitude}");
                    return null;
                }
            }

            return new PointsRule(magnitude, step);
        }

        private CountRule? ReadCount(Dictionary<string, (YamlScalarNode Key, YamlNode Value)> e, YamlMappingNode rule, Points magnitude, string label)
        {
            if (!e.TryGetValue("per", out var per))
            {
                doc.Error(rule, $"count rule of {label} is missing required key 'per'");
                return null;
            }

            if (doc.PointsValue(per.Value, $"'per' of {label}") is not { } p)
            {
                return null;
            }

            if (p <= Points.Zero)
            {
                doc.Error(per.Value, $"'per' of {label} must be positive");
                return null;
            }

            return new CountRule(magnitude, p);
        }

        /// <summary>The trimmed code a node mapping gives, if it gives one as text, so that problems found before it is read can name it.</summary>
        private static string? CodeOf(YamlMappingNode node) =>
            node.Children.FirstOrDefault(p => p.Key is YamlScalarNode { Value: "code" }).Value is YamlScalarNode { Value: { } code } && code.Trim().Length > 0 ? code.Trim() : null;

        private static bool IsReservedValue(string name) => Internal.ValueText.IsNotApplicable(name);
    }

    private static string? Nfc(string? text) => text?.Normalize(NormalizationForm.FormC);
}
