using System;
using System.Collections.Generic;
using System.Linq;
using ParIndex.Assessments;
using ParIndex.Criteria;

namespace ParIndex.Benchmarks.Shared;

/// <summary>One unit's values and appraisals as an app would hold them: dictionaries keyed by criterion code.</summary>
public sealed class NaiveUnit
{
    /// <summary>Creates a unit.</summary>
    public NaiveUnit(string id, string? group)
    {
        Id = id;
        Group = group;
    }

    /// <summary>The unit id.</summary>
    public string Id { get; }

    /// <summary>The group.</summary>
    public string? Group { get; }

    /// <summary>Self-assessed and survey values by leaf code.</summary>
    public Dictionary<string, SyntheticValue> Values { get; } = new(StringComparer.Ordinal);

    /// <summary>Appraisal adjustments by leaf code, in the order they apply.</summary>
    public Dictionary<string, List<SyntheticAdjustment>> Adjustments { get; } = new(StringComparer.Ordinal);
}

/// <summary>One unit's result from the naive scorer, in decimal points.</summary>
public sealed class NaiveResult
{
    /// <summary>Creates a result.</summary>
    public NaiveResult(string id, string? group, decimal points, decimal max, decimal self, decimal survey, Dictionary<string, decimal> areas)
    {
        Id = id;
        Group = group;
        Points = points;
        Max = max;
        Self = self;
        Survey = survey;
        Areas = areas;
    }

    /// <summary>The unit id.</summary>
    public string Id { get; }

    /// <summary>The group.</summary>
    public string? Group { get; }

    /// <summary>Final points.</summary>
    public decimal Points { get; }

    /// <summary>Applicable maximum.</summary>
    public decimal Max { get; }

    /// <summary>Self points before appraisal.</summary>
    public decimal Self { get; }

    /// <summary>Survey points.</summary>
    public decimal Survey { get; }

    /// <summary>Final points of each area by code.</summary>
    public Dictionary<string, decimal> Areas { get; }

    /// <summary>Index in %.</summary>
    public decimal Index => Max == 0 ? 0 : Points * 100m / Max;
}

/// <summary>
/// The straightforward scorer an app would write, kept as the benchmark baseline and as an
/// independent check of the library: walk the criteria tree per unit, look values up in
/// dictionaries by code, <see cref="decimal"/> everywhere, LINQ to sort.
/// </summary>
public static class NaiveScorer
{
    /// <summary>Turns a generated round into per-unit dictionaries (not timed by the benchmarks).</summary>
    public static List<NaiveUnit> Prepare(SyntheticRound round)
    {
        var units = new List<NaiveUnit>(round.UnitCount);
        for (var u = 0; u < round.UnitCount; u++)
        {
            var unit = new NaiveUnit(round.UnitIds[u], round.UnitGroups[u]);
            for (var j = 0; j < round.Leaves.Count; j++)
            {
                unit.Values[round.Leaves[j].Code] = round.Value(u, j);
            }

            units.Add(unit);
        }

        foreach (var adjustments in round.Rounds)
        {
            foreach (var a in adjustments)
            {
                var code = round.Leaves[a.Leaf].Code;
                var byCode = units[a.Unit].Adjustments;
                if (!byCode.TryGetValue(code, out var list))
                {
                    byCode[code] = list = new List<SyntheticAdjustment>();
                }

                list.Add(a);
            }
        }

        return units;
    }

    /// <summary>Scores every unit.</summary>
    public static List<NaiveResult> Score(CriteriaSet set, List<NaiveUnit> units)
    {
        var results = new List<NaiveResult>(units.Count);
        foreach (var unit in units)
        {
            decimal points = 0, max = 0, self = 0, survey = 0;
            var areas = new Dictionary<string, decimal>(StringComparer.Ordinal);
            foreach (var area in set.Areas)
            {
                var r = ScoreNode(area, unit, ref survey);
                points += r.Points;
                max += r.Max;
                self += r.Self;
                areas[area.Code] = r.Points;
            }

            results.Add(new NaiveResult(unit.Id, unit.Group, points, max, self, survey, areas));
        }

        return results;
    }

    /// <summary>Scores and ranks: best reported index first, ties share a rank (1, 2, 2, 4), ties listed by id.</summary>
    public static List<(NaiveResult Result, int Rank)> Rank(CriteriaSet set, List<NaiveResult> results)
    {
        var ordered = results
            .OrderByDescending(r => Math.Round(r.Index, set.Precision, MidpointRounding.AwayFromZero))
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
        var ranked = new List<(NaiveResult, int)>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var same = i > 0 && Math.Round(ordered[i].Index, set.Precision, MidpointRounding.AwayFromZero) == Math.Round(ordered[i - 1].Index, set.Precision, MidpointRounding.AwayFromZero);
            ranked.Add((ordered[i], same ? ranked[i - 1].Item2 : i + 1));
        }

        return ranked;
    }

    private static (decimal Points, decimal Max, decimal Self) ScoreNode(CriteriaNode node, NaiveUnit unit, ref decimal survey)
    {
        if (node.IsLeaf)
        {
            var leaf = ScoreLeaf(node, unit);
            if (node.Source == ValueSource.Survey)
            {
                survey += leaf.Points;
            }

            return leaf;
        }

        decimal points = 0, max = 0, self = 0;
        foreach (var child in node.Children)
        {
            var r = ScoreNode(child, unit, ref survey);
            points += r.Points;
            max += r.Max;
            self += r.Self;
        }

        if (node.Block != NodeBlock.None)
        {
            var limit = node.MaxPoints.ToDecimal();
            var low = Math.Min(0, limit);
            var high = Math.Max(0, limit);
            points = Math.Min(high, Math.Max(low, points));
            self = Math.Min(high, Math.Max(low, self));
        }

        return (points, max, self);
    }

    private static (decimal Points, decimal Max, decimal Self) ScoreLeaf(CriteriaNode node, NaiveUnit unit)
    {
        var value = unit.Values.TryGetValue(node.Code, out var v) ? v : new SyntheticValue(true, 0, null, "");
        var (points, max) = ScoreValue(node, value);
        var self = node.Source == ValueSource.Survey ? 0 : points;
        if (unit.Adjustments.TryGetValue(node.Code, out var adjustments))
        {
            foreach (var a in adjustments)
            {
                switch (a.Kind)
                {
                    case AdjustmentKind.Value:
                        (points, max) = ScoreValue(node, a.Value);
                        break;
                    case AdjustmentKind.Points:
                        points = a.Amount;
                        max = node.Block == NodeBlock.None ? Math.Abs(node.MaxPoints.ToDecimal()) : 0;
                        break;
                    default:
                        points += a.Amount;
                        break;
                }
            }
        }

        return (points, max, self);
    }

    private static (decimal Points, decimal Max) ScoreValue(CriteriaNode node, SyntheticValue value)
    {
        var magnitude = Math.Abs(node.MaxPoints.ToDecimal());
        var sign = node.Block == NodeBlock.Deduction ? -1m : 1m;
        var inBlock = node.Block != NodeBlock.None;
        if (value.IsNotApplicable)
        {
            // docs/criteria-format.md: in a deduction or bonus block "not applicable" means nothing happened: 0 points, whatever the mode.
            var full = node.NotApplicable == NotApplicablePolicy.FullPoints && !inBlock;
            return (full ? sign * magnitude : 0, full ? magnitude : 0);
        }

        decimal points;
        switch (node.Rule)
        {
            case YesNoRule:
                points = value.Number != 0 ? magnitude : 0;
                break;
            case ChoiceRule choice:
                points = choice.Options.First(o => o.Name == value.Option).Points.ToDecimal();
                break;
            case TiersRule tiers:
                points = tiers.Tiers.First(t => t.Contains(value.Number)).Points.ToDecimal();
                break;
            case RatioRule ratio:
                points = value.Number <= 0 ? 0 : value.Number >= ratio.Target ? magnitude : Math.Round(magnitude * value.Number / ratio.Target, 6, MidpointRounding.AwayFromZero);
                break;
            case PointsRule:
                points = value.Number;
                break;
            case CountRule count:
                points = Math.Min(magnitude, value.Number * count.PerOccurrence.ToDecimal());
                break;
            default:
                throw new InvalidOperationException("unknown rule " + node.Rule);
        }

        return (sign * points, inBlock ? 0 : magnitude);
    }
}
