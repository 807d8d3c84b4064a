using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using ParIndex.Internal;
using ParIndex.Internal.Yaml;
using ParIndex.Resources;
using YamlDotNet.RepresentationModel;

namespace ParIndex.Criteria;

/// <summary>
/// Reads a criteria set's tree (docs/criteria-format.md, "Nodes"): codes, names, max or weight, blocks, sources
/// and not-applicable modes, inherited down the tree, within the size and depth limits. Maxima are resolved and
/// rules built afterwards (<see cref="MaximaResolver"/>, <see cref="RuleReader"/>).
/// </summary>
internal sealed class NodeTreeReader
{
    private const long MaxWeight = 1_000_000_000;

    private static readonly string[] NodeKeys = { "code", "name", "description", "max", "weight", "block", "source", "not_applicable", "children", "rule" };
    private static readonly Regex CodePattern = new("^[A-Za-z0-9]+(\\.[A-Za-z0-9]+)*$", RegexOptions.CultureInvariant);

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

    private readonly YamlInput doc;
    private readonly CriteriaLoadOptions options;
    private readonly Dictionary<string, SourceLocation> codes = new(StringComparer.Ordinal);
    private int nodeCount;
    private bool tooMany;

    public NodeTreeReader(YamlInput doc, CriteriaLoadOptions options)
    {
        this.doc = doc;
        this.options = options;
    }

    /// <summary>Every code read so far, with where it was defined.</summary>
    public IReadOnlyDictionary<string, SourceLocation> Codes => codes;

    /// <summary>Reads the 'areas' list.</summary>
    public List<NodeDraft> ReadAreas(YamlMappingNode mapping, Dictionary<string, (YamlScalarNode Key, YamlNode Value)> e)
    {
        var areaDrafts = new List<NodeDraft>();
        if (!e.TryGetValue("areas", out var areas))
        {
            doc.Error(mapping, LocalizedText.Of(nameof(Messages.Tree_MissingAreas)));
        }
        else if (doc.AsSequence(areas.Value, LocalizedText.Quoted("areas")) is { } list)
        {
            if (list.Children.Count == 0)
            {
                doc.Error(list, LocalizedText.Of(nameof(Messages.Tree_NoArea)));
            }

            foreach (var item in list.Children)
            {
                if (Read(item, 0, null, ValueSource.Self, NotApplicablePolicy.Forbidden) is { } draft)
                {
                    areaDrafts.Add(draft);
                }
            }
        }

        return areaDrafts;
    }

    private NodeDraft? Read(YamlNode node, int depth, NodeDraft? parent, ValueSource inheritedSource, NotApplicablePolicy inheritedNa)
    {
        if (doc.AsMapping(node, depth == 0 ? LocalizedText.Of(nameof(Messages.What_AnArea)) : LocalizedText.Of(nameof(Messages.What_ACriterion))) is not { } m)
        {
            return null;
        }

        if (depth >= options.MaxDepth)
        {
            doc.Error(m, nameof(Messages.Tree_TooDeep), options.MaxDepth);
            return null;
        }

        if (++nodeCount > options.MaxNodes)
        {
            if (!tooMany)
            {
                doc.Error(m, nameof(Messages.Tree_TooManyNodes), YamlInput.Count(options.MaxNodes));
                tooMany = true;
            }

            return null;
        }

        var e = doc.Entries(m, CodeOf(m) is { } written ? LocalizedText.Quoted(written) : depth == 0 ? LocalizedText.Of(nameof(Messages.What_AnArea)) : LocalizedText.Of(nameof(Messages.What_ACriterion)), NodeKeys);
        var code = doc.RequiredText(e, "code", m, depth == 0 ? LocalizedText.Of(nameof(Messages.What_AnArea)) : LocalizedText.Of(nameof(Messages.What_ACriterion)));
        var label = code is null ? LocalizedText.Of(nameof(Messages.What_ACriterion)) : LocalizedText.Quoted(code);
        if (code is not null)
        {
            if (!CodePattern.IsMatch(code))
            {
                doc.Error(e["code"].Value, nameof(Messages.Tree_BadCode), code);
            }
            else if (codes.TryGetValue(code, out var first))
            {
                doc.Error(e["code"].Value, nameof(Messages.Tree_DuplicateCode), code, first.Line);
            }
            else
            {
                codes[code] = doc.At(e["code"].Value);
            }
        }

        var name = CriteriaSetLoader.Nfc(doc.RequiredText(e, "name", m, label));
        string? description = e.TryGetValue("description", out var d) ? CriteriaSetLoader.Nfc(doc.Text(d.Value, LocalizedText.Quoted("description"))) : null;

        var block = parent?.Block ?? NodeBlock.None;
        if (e.TryGetValue("block", out var blockEntry))
        {
            if (depth != 0)
            {
                doc.Error(blockEntry.Key, nameof(Messages.Tree_BlockOnAreasOnly), label);
            }
            else if (doc.Enum(blockEntry.Value, LocalizedText.Quoted("block"), Blocks) is { } b)
            {
                block = b;
            }
        }

        Points? max = null;
        YamlNode? maxNode = null;
        if (e.TryGetValue("max", out var maxEntry))
        {
            maxNode = maxEntry.Value;
            max = doc.PointsValue(maxEntry.Value, LocalizedText.Of(nameof(Messages.What_KeyOf), "max", label));
            if (max is { } mx)
            {
                if (block == NodeBlock.Deduction && mx >= Points.Zero)
                {
                    doc.Error(maxEntry.Value, nameof(Messages.Tree_DeductionMaxNegative), label);
                }
                else if (block != NodeBlock.Deduction && mx < Points.Zero)
                {
                    doc.Error(maxEntry.Value, nameof(Messages.Tree_NegativeMaxOutsideDeduction), label);
                }
            }
        }

        decimal? weight = null;
        if (e.TryGetValue("weight", out var weightEntry))
        {
            if (max is not null)
            {
                doc.Error(weightEntry.Key, nameof(Messages.Tree_MaxAndWeight), label);
            }

            weight = doc.Number(weightEntry.Value, LocalizedText.Of(nameof(Messages.What_KeyOf), "weight", label));
            if (weight is { } w && w <= 0)
            {
                doc.Error(weightEntry.Value, nameof(Messages.Tree_WeightPositive), label);
            }
            else if (weight > MaxWeight)
            {
                // Larger weights would overflow the exact share arithmetic; weights are relative, so none is needed.
                doc.Error(weightEntry.Value, nameof(Messages.Tree_WeightTooLarge), label, YamlInput.Count(MaxWeight));
            }

            if (depth == 0 && block != NodeBlock.None)
            {
                doc.Error(weightEntry.Key, LocalizedText.Of(nameof(Messages.Tree_BlockNeedsMaxNotWeight)));
            }
        }

        var source = inheritedSource;
        if (e.TryGetValue("source", out var sourceEntry) && doc.Enum(sourceEntry.Value, LocalizedText.Quoted("source"), Sources) is { } s)
        {
            source = s;
        }

        var na = inheritedNa;
        if (e.TryGetValue("not_applicable", out var naEntry) && doc.Enum(naEntry.Value, LocalizedText.Quoted("not_applicable"), NotApplicablePolicies) is { } n)
        {
            na = n;
        }

        var draft = new NodeDraft
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
            doc.Error(m, nameof(Messages.Tree_ChildrenAndRule), label);
        }
        else if (!hasChildren && draft.RuleNode is null)
        {
            doc.Error(m, nameof(Messages.Tree_NeitherChildrenNorRule), label);
        }

        if (hasChildren && doc.AsSequence(children.Value, LocalizedText.Of(nameof(Messages.What_KeyOf), "children", label)) is { } list)
        {
            if (list.Children.Count == 0)
            {
                doc.Error(list, nameof(Messages.Tree_EmptyChildren), label);
            }

            foreach (var item in list.Children)
            {
                if (Read(item, depth + 1, draft, source, na) is { } child)
                {
                    draft.Children.Add(child);
                }
            }
        }

        // A 'max' or 'weight' that is present but wrong has been reported already.
        if (maxEntry.Value is null && weightEntry.Value is null && draft.RuleNode is not null)
        {
            doc.Error(m, nameof(Messages.Tree_LeafNeedsMax), label);
        }

        if (maxEntry.Value is null && weightEntry.Value is null && depth == 0 && block != NodeBlock.None)
        {
            doc.Error(m, nameof(Messages.Tree_BlockNeedsMax), label);
        }

        return draft;
    }

    /// <summary>The trimmed code a node mapping gives, if it gives one as text, so that problems found before it is read can name it.</summary>
    private static string? CodeOf(YamlMappingNode node) =>
        node.Children.FirstOrDefault(p => p.Key is YamlScalarNode { Value: "code" }).Value is YamlScalarNode { Value: { } code } && code.Trim().Length > 0 ? code.Trim() : null;
}

/// <summary>A node as read, before maxima are resolved and rules are built.</summary>
internal sealed class NodeDraft
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

    public List<NodeDraft> Children { get; } = new();

    public YamlNode Node { get; init; } = null!;

    public int Depth { get; init; }
}
