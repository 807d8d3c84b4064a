using System;
using System.Collections.Generic;
using System.Linq;

namespace ParIndex.Tests.Reference;

/// <summary>
/// Scores a <see cref="ReferenceCase"/> from the documentation alone (docs/criteria-format.md, docs/input-format.md,
/// docs/ranking.md), in exact rationals: leaf rules, not applicable, appraisal rounds, survey, tree sums with the caps
/// of deduction and bonus blocks, applicable maxima, the over-scoring penalty and the index.
/// </summary>
internal static class ReferenceScorer
{
    public static ReferenceScores Score(ReferenceCase c)
    {
        var tree = ReferenceTree.Build(c.Set);
        var units = new List<ReferenceUnitScore>();
        foreach (var unit in c.Units)
        {
            var self = new Dictionary<RNode, LeafState>();
            var final = new Dictionary<RNode, LeafState>();
            foreach (var leaf in tree.Leaves)
            {
                if (leaf.Survey)
                {
                    var value = c.Survey.Single(s => s.UnitId == unit.Id && s.Code == leaf.Code).Value;
                    self[leaf] = new LeafState(Rational.Zero, leaf.Magnitude, false);
                    final[leaf] = ScoreValue(leaf, value);
                    continue;
                }

                var state = ScoreValue(leaf, SelfValue(c, unit, leaf));
                self[leaf] = state;
                final[leaf] = state;
            }

            foreach (var round in c.Rounds)
            {
                foreach (var a in round.Where(a => a.UnitId == unit.Id))
                {
                    var leaf = tree.ByCode[a.Code];
                    final[leaf] = Adjust(leaf, final[leaf], a);
                }
            }

            units.Add(Totals(c.Set, tree, unit, self, final));
        }

        return new ReferenceScores(tree, units);
    }

    /// <summary>The self-assessed text of a leaf: an omitted cell is empty (wide form) and an omitted row not applicable (long form).</summary>
    public static string SelfValue(ReferenceCase c, RefUnit unit, RNode leaf) =>
        unit.Values.TryGetValue(leaf.Code, out var v) ? v : c.LongForm || c.OmittedColumns.Contains(leaf.Code) ? "NA" : "";

    /// <summary>A leaf's points (signed) and applicable maximum for a value read by its rule.</summary>
    public static LeafState ScoreValue(RNode leaf, string text)
    {
        var m = leaf.Magnitude;
        var applicable = leaf.InBlock ? Rational.Zero : m;
        var notApplicable = ReferenceValues.IsNotApplicable(text) || (text.Trim().Length == 0 && leaf.Rule.Kind != RefRuleKind.YesNo);
        if (notApplicable)
        {
            if (leaf.NotApplicable == RefNa.Forbidden)
            {
                throw new InvalidOperationException($"generator bug: not applicable given for '{leaf.Code}', which forbids it");
            }

            // In a deduction or bonus block "did not occur" means nothing to deduct or add, whatever the mode.
            var full = leaf.NotApplicable == RefNa.Full && !leaf.InBlock;
            return new LeafState(full ? m : Rational.Zero, full ? m : Rational.Zero, true);
        }

        return new LeafState(Rational.Of(leaf.Sign) * Raw(leaf, text), applicable, false);
    }

    /// <summary>The unsigned points a rule gives a value.</summary>
    public static Rational Raw(RNode leaf, string text)
    {
        var rule = leaf.Rule;
        var m = leaf.Magnitude;
        switch (rule.Kind)
        {
            case RefRuleKind.YesNo:
                return ReferenceValues.ParseYesNo(text) ? m : Rational.Zero;
            case RefRuleKind.Choice:
                return Rational.Parse(rule.Options.Single(o => ReferenceValues.SameOption(o.Key, text)).Value);
            case RefRuleKind.Tiers:
            {
                var x = ReferenceValues.ParseNumber(text);
                var min = rule.Range is { } r ? Rational.Parse(r.Min) : Rational.Zero;
                var max = rule.Range is { } r2 ? Rational.Parse(r2.Max) : Rational.Hundred;
                var tier = rule.Tiers.Single(t =>
                    (t.Ge is { } ge ? x >= Rational.Parse(ge) : t.Gt is { } gt ? x > Rational.Parse(gt) : x >= min) &&
                    (t.Le is { } le ? x <= Rational.Parse(le) : t.Lt is { } lt ? x < Rational.Parse(lt) : x <= max));
                return Rational.Parse(tier.Points);
            }

            case RefRuleKind.Ratio:
            {
                var x = ReferenceValues.ParseNumber(text);
                var target = rule.Target is { } t ? Rational.Parse(t) : Rational.Hundred;
                return x <= Rational.Zero ? Rational.Zero : x >= target ? m : (m * x / target).RoundHalfAwayFromZero(6);
            }

            case RefRuleKind.Points:
                return ReferenceValues.ParseNumber(text);
            default:
                return Rational.Min(m, Rational.Parse(rule.Per!) * ReferenceValues.ParseNumber(text));
        }
    }

    /// <summary>One appraisal row applied to a leaf's state after the previous rows and rounds.</summary>
    public static LeafState Adjust(RNode leaf, LeafState current, RefAdjustment a)
    {
        switch (a.Kind)
        {
            case RefAdjustmentKind.Value:
                return ScoreValue(leaf, a.Text);
            case RefAdjustmentKind.Points:
                return new LeafState(ReferenceValues.ParseNumber(a.Text), leaf.InBlock ? Rational.Zero : leaf.Magnitude, false);
            default:
                return new LeafState(current.Points + ReferenceValues.ParseNumber(a.Text), current.Applicable, current.NotApplicable);
        }
    }

    private static ReferenceUnitScore Totals(RefSet set, ReferenceTree tree, RefUnit unit, Dictionary<RNode, LeafState> self, Dictionary<RNode, LeafState> final)
    {
        var selfNodes = new Dictionary<RNode, Rational>();
        var finalNodes = new Dictionary<RNode, Rational>();
        var maxNodes = new Dictionary<RNode, Rational>();
        foreach (var area in tree.Areas)
        {
            Sum(area, self, selfNodes, s => s.Points);
            Sum(area, final, finalNodes, s => s.Points);
            SumMax(area, final, maxNodes);
        }

        var selfPoints = tree.Areas.Aggregate(Rational.Zero, (s, a) => s + selfNodes[a]);
        var finalPoints = tree.Areas.Aggregate(Rational.Zero, (s, a) => s + finalNodes[a]);
        var survey = tree.Leaves.Where(l => l.Survey).Aggregate(Rational.Zero, (s, l) => s + final[l].Points);
        var max = tree.Areas.Aggregate(Rational.Zero, (s, a) => s + maxNodes[a]);
        var appraised = finalPoints - survey;
        var penalty = Rational.Zero;
        if (set.Penalty is { } p && selfPoints - appraised >= Rational.Parse(p.Threshold))
        {
            penalty = Rational.Parse(p.Deduct);
        }

        var points = finalPoints - penalty;
        if (max.IsZero)
        {
            throw new InvalidOperationException($"generator bug: unit '{unit.Id}' has no applicable criteria");
        }

        return new ReferenceUnitScore
        {
            Unit = unit,
            SelfPoints = selfPoints,
            AppraisedPoints = appraised,
            SurveyPoints = survey,
            Penalty = penalty,
            Points = points,
            Max = max,
            Index = points * Rational.Hundred / max,
            NodePoints = finalNodes,
            NodeMax = maxNodes,
            SelfLeaves = self.ToDictionary(kv => kv.Key, kv => kv.Value.Points),
            FinalLeaves = final.ToDictionary(kv => kv.Key, kv => kv.Value.Points),
        };
    }

    /// <summary>Sums a node's children; every node of a deduction or bonus block is capped at its maximum.</summary>
    private static Rational Sum(RNode node, Dictionary<RNode, LeafState> leaves, Dictionary<RNode, Rational> into, Func<LeafState, Rational> pick)
    {
        var value = node.IsLeaf ? pick(leaves[node]) : node.Children.Aggregate(Rational.Zero, (s, c) => s + Sum(c, leaves, into, pick));
        if (node.InBlock && !node.IsLeaf)
        {
            value = Rational.Max(Rational.Min(value, Rational.Max(Rational.Zero, node.Max)), Rational.Min(Rational.Zero, node.Max));
        }

        into[node] = value;
        return value;
    }

    private static Rational SumMax(RNode node, Dictionary<RNode, LeafState> leaves, Dictionary<RNode, Rational> into)
    {
        var value = node.IsLeaf ? leaves[node].Applicable : node.Children.Aggregate(Rational.Zero, (s, c) => s + SumMax(c, leaves, into));
        into[node] = value;
        return value;
    }
}

/// <summary>A leaf's points (signed), applicable maximum and whether it is currently not applicable.</summary>
internal readonly record struct LeafState(Rational Points, Rational Applicable, bool NotApplicable);

internal sealed record ReferenceScores(ReferenceTree Tree, List<ReferenceUnitScore> Units);

internal sealed class ReferenceUnitScore
{
    public required RefUnit Unit { get; init; }

    public string Id => Unit.Id;

    public string? Group => Unit.Group;

    /// <summary>Points the unit gave itself on the self-assessed criteria (caps applied).</summary>
    public Rational SelfPoints { get; init; }

    /// <summary>Final points less survey points, before any penalty.</summary>
    public Rational AppraisedPoints { get; init; }

    public Rational SurveyPoints { get; init; }

    public Rational Penalty { get; init; }

    /// <summary>Final points after the penalty: what the unit is ranked on.</summary>
    public Rational Points { get; init; }

    public Rational Max { get; init; }

    public Rational Index { get; init; }

    public required Dictionary<RNode, Rational> NodePoints { get; init; }

    public required Dictionary<RNode, Rational> NodeMax { get; init; }

    public required Dictionary<RNode, Rational> SelfLeaves { get; init; }

    public required Dictionary<RNode, Rational> FinalLeaves { get; init; }
}
