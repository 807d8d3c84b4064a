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
/// The checks of sums and weights (docs/criteria-format.md, "How maxima fit together"): weight shares by the largest
/// remainder, parents equal to the sum of their children, areas equal to the set's max; then the nodes are built,
/// each leaf with its rule (<see cref="RuleReader"/>).
/// </summary>
internal sealed class MaximaResolver
{
    private readonly YamlInput doc;
    private readonly RuleReader rules;

    public MaximaResolver(YamlInput doc)
    {
        this.doc = doc;
        rules = new RuleReader(doc);
    }

    public IReadOnlyList<CriteriaNode> ResolveAreas(List<NodeDraft> areas, Points setMax, YamlNode setMaxNode)
    {
        var ordinary = areas.Where(a => a.Block == NodeBlock.None).ToList();
        var shares = ShareOut(ordinary, setMax, LocalizedText.Of(nameof(Messages.What_TheCriteriaSet)));
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
            doc.Error(setMaxNode, nameof(Messages.Max_AreasSum), sum.ToString(), setMax.ToString());
        }

        return result;
    }

    /// <summary>Shares a parent's points among weighted siblings (largest remainder), or checks that siblings do not mix max and weight.</summary>
    private Dictionary<NodeDraft, Points?> ShareOut(List<NodeDraft> siblings, Points? parentMax, LocalizedText parentLabel)
    {
        var shares = new Dictionary<NodeDraft, Points?>();
        var weighted = siblings.Where(s => s.Weight is not null).ToList();
        if (weighted.Count == 0)
        {
            return shares;
        }

        if (weighted.Count != siblings.Count)
        {
            var odd = siblings.First(s => s.Weight is null);
            doc.Error(odd.Node, nameof(Messages.Max_MixedSiblings), parentLabel);
            return shares;
        }

        if (parentMax is not { } total)
        {
            doc.Error(weighted[0].Node, nameof(Messages.Max_WeightsWithoutMax), parentLabel);
            return shares;
        }

        var ticks = Internal.LargestRemainder.Share(total.Ticks, weighted.Select(s => s.Weight!.Value).ToArray());
        for (var i = 0; i < weighted.Count; i++)
        {
            shares[weighted[i]] = Points.FromTicks(ticks[i]);
            if (ticks[i] == 0)
            {
                // Points are kept to 0.000001: a share below half of that would be a criterion worth nothing, by accident.
                var entry = (weighted[i].Node as YamlMappingNode)?.Children.FirstOrDefault(p => p.Key is YamlScalarNode { Value: "weight" }).Value ?? weighted[i].Node;
                doc.Error(entry, nameof(Messages.Max_ShareRoundsToZero), $"'{weighted[i].Code}'", parentLabel, total.ToString());
            }
        }

        return shares;
    }

    private CriteriaNode? Resolve(NodeDraft draft, Points? assigned) => Resolve(draft, assigned, out _);

    /// <summary>Builds the node; <paramref name="resolvedMax"/> is known even when a problem below prevents building it, so sums are still checked.</summary>
    private CriteriaNode? Resolve(NodeDraft draft, Points? assigned, out Points? resolvedMax)
    {
        var label = LocalizedText.Quoted(draft.Code);
        var max = draft.Max ?? assigned;
        resolvedMax = max;
        CriteriaNode? node;
        if (draft.RuleNode is not null)
        {
            if (max is null)
            {
                return null;
            }

            var rule = rules.Read(draft, max.Value.Abs(), label);
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
                    doc.Error(draft.MaxNode ?? draft.Node, nameof(Messages.Max_ChildrenSum), label, sum.ToString(), max.Value.ToString());
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
}
