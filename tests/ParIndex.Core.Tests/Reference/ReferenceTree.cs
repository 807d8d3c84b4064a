using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;

namespace ParIndex.Tests.Reference;

/// <summary>
/// The criteria tree as docs/criteria-format.md defines it, resolved from the text of a <see cref="RefSet"/>:
/// every node's maximum (given, shared out by weight, or the sum of its children), block, source and
/// not-applicable mode (inherited).
/// </summary>
internal sealed class ReferenceTree
{
    private ReferenceTree(List<RNode> areas, List<RNode> nodes)
    {
        Areas = areas;
        Nodes = nodes;
        Leaves = nodes.Where(n => n.IsLeaf).ToList();
        ByCode = nodes.ToDictionary(n => n.Code, StringComparer.Ordinal);
    }

    public List<RNode> Areas { get; }

    /// <summary>Every node in document order (pre-order).</summary>
    public List<RNode> Nodes { get; }

    public List<RNode> Leaves { get; }

    public Dictionary<string, RNode> ByCode { get; }

    public static ReferenceTree Build(RefSet set)
    {
        var nodes = new List<RNode>();
        var areas = new List<RNode>();
        foreach (var area in set.Areas)
        {
            areas.Add(Resolve(area, null, null, area.Block, false, RefNa.Forbidden, nodes));
        }

        return new ReferenceTree(areas, nodes);
    }

    /// <summary>The self-assessed leaves (not survey), in document order.</summary>
    public static IEnumerable<RNode> SelfLeaves(RefSet set) => Build(set).Leaves.Where(l => !l.Survey);

    /// <summary>
    /// Shares a total among weights: exact shares floored to a millionth, the ticks left over given one each to the
    /// largest remainders, earlier siblings first (docs/criteria-format.md, "How maxima fit together").
    /// </summary>
    public static List<Rational> ShareOut(Rational total, IReadOnlyList<Rational> weights)
    {
        var sum = weights.Aggregate(Rational.Zero, (a, b) => a + b);
        var tick = Rational.Pow10(-6);
        var floors = new List<Rational>();
        var remainders = new List<Rational>();
        foreach (var w in weights)
        {
            var exact = total * w / sum;
            var floor = Rational.Of((exact * Rational.Pow10(6)).Floor(), 1) * tick;
            floors.Add(floor);
            remainders.Add(exact - floor);
        }

        var left = (int)((total - floors.Aggregate(Rational.Zero, (a, b) => a + b)) * Rational.Pow10(6)).Floor();
        var order = Enumerable.Range(0, weights.Count).OrderByDescending(i => remainders[i]).ThenBy(i => i).Take(left);
        foreach (var i in order)
        {
            floors[i] += tick;
        }

        return floors;
    }

    private static RNode Resolve(RefNode def, RNode? parent, Rational? share, RefBlock block, bool survey, RefNa na, List<RNode> nodes)
    {
        var node = new RNode
        {
            Def = def,
            Parent = parent,
            Block = block,
            Survey = survey || def.Survey,
            NotApplicable = def.NotApplicable == RefNa.Inherit ? na : def.NotApplicable,
            Depth = parent is null ? 1 : parent.Depth + 1,
        };
        node.Area = parent?.Area ?? node;
        nodes.Add(node);
        Rational? max = def.Max is { } m ? Rational.Parse(m) : share;
        if (def.Children.Count > 0)
        {
            if (def.Children[0].Weight is not null)
            {
                var shares = ShareOut(max!.Value, def.Children.Select(c => Rational.Parse(c.Weight!)).ToList());
                for (var i = 0; i < def.Children.Count; i++)
                {
                    node.Children.Add(Resolve(def.Children[i], node, shares[i], block, node.Survey, node.NotApplicable, nodes));
                }
            }
            else
            {
                foreach (var child in def.Children)
                {
                    node.Children.Add(Resolve(child, node, null, block, node.Survey, node.NotApplicable, nodes));
                }

                max ??= node.Children.Aggregate(Rational.Zero, (a, c) => a + c.Max);
            }
        }

        node.Max = max!.Value;
        return node;
    }
}

/// <summary>A resolved node.</summary>
internal sealed class RNode
{
    public required RefNode Def { get; init; }

    public RNode? Parent { get; init; }

    public RNode Area { get; set; } = null!;

    public List<RNode> Children { get; } = new();

    /// <summary>The maximum as the set defines it: negative in a deduction block.</summary>
    public Rational Max { get; set; }

    public RefBlock Block { get; init; }

    public bool Survey { get; init; }

    /// <summary>The effective mode (never <see cref="RefNa.Inherit"/>).</summary>
    public RefNa NotApplicable { get; init; }

    public int Depth { get; init; }

    public string Code => Def.Code;

    public bool IsLeaf => Def.Rule is not null;

    public RefRule Rule => Def.Rule!;

    /// <summary>The maximum's magnitude (a deduction block's points are this with a minus sign).</summary>
    public Rational Magnitude => Max.Abs();

    public int Sign => Block == RefBlock.Deduction ? -1 : 1;

    public bool InBlock => Block != RefBlock.None;

    public override string ToString() => Code;
}

/// <summary>Ticks helpers for the generator (a millionth of a point is the resolution of every number in the files).</summary>
internal static class RationalTicks
{
    public static Rational FromTicks(BigInteger ticks) => Rational.Of(ticks, 1_000_000);

    public static BigInteger ToTicks(Rational r) => (r * Rational.Pow10(6)).Floor();
}
