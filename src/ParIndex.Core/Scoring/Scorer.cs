using System;
using System.Collections.Generic;
using ParIndex.Assessments;
using ParIndex.Criteria;

namespace ParIndex.Scoring;

/// <summary>
/// Scores a round: self-assessments, then every appraisal round in order, plus survey results, then
/// sums the tree with deduction and bonus caps. All arithmetic is on exact ticks (millionths of a
/// point); nothing depends on culture, thread count or the order criteria were added in.
/// </summary>
public static class Scorer
{
    /// <summary>Scores every unit of an input.</summary>
    /// <param name="input">The checked input.</param>
    /// <returns>Points, maxima and indices of every unit and node.</returns>
    /// <exception cref="ParIndexException">An appraisal delta leaves a criterion outside its range, or a unit has no applicable criteria.</exception>
    public static ScoreSheet Score(AssessmentInput input)
    {
        if (input is null)
        {
            throw new ArgumentNullException(nameof(input));
        }

        var c = input.Compiled;
        var units = input.Units.Count;
        var nodes = c.NodeCount;
        var final = new long[nodes * units];
        var max = new long[nodes * units];
        var self = new long[nodes * units];
        var cells = input.Cells;

        for (var leaf = 0; leaf < c.LeafCount; leaf++)
        {
            var offset = c.LeafNode[leaf] * units;
            ScoreColumn(c, leaf, cells.AsSpan(leaf * units, units), final.AsSpan(offset, units), max.AsSpan(offset, units));
            if (!c.IsSurvey[leaf])
            {
                Array.Copy(final, offset, self, offset, units);
            }
        }

        var problems = ApplyAppraisals(input, final, max);
        if (problems.Count > 0)
        {
            throw new ParIndexException(problems);
        }

        SumTree(c, final, units, true);
        SumTree(c, max, units, false);
        SumTree(c, self, units, true);

        return Assemble(input, final, max, self, u => $"unit '{input.Units[u].Id}' has no applicable criteria: every criterion is marked not applicable");
    }

    /// <summary>
    /// Totals from summed node columns (areas' points, maxima and self points, and the survey leaves),
    /// the over-scoring penalty, and the score sheet. Shared by scoring and by scenarios, which rescale the columns.
    /// </summary>
    internal static ScoreSheet Assemble(AssessmentInput input, long[] final, long[] max, long[] self, Func<int, string> noMaximumMessage)
    {
        var c = input.Compiled;
        var units = input.Units.Count;
        var points = new long[units];
        var maxPoints = new long[units];
        var selfPoints = new long[units];
        var survey = new long[units];
        foreach (var area in c.Areas)
        {
            AddColumn(final, area, units, points);
            AddColumn(max, area, units, maxPoints);
            AddColumn(self, area, units, selfPoints);
        }

        for (var leaf = 0; leaf < c.LeafCount; leaf++)
        {
            if (c.IsSurvey[leaf])
            {
                AddColumn(final, c.LeafNode[leaf], units, survey);
            }
        }

        var penalty = c.Set.OverScoringPenalty;
        var totals = new UnitTotals[units];
        var empty = new List<Diagnostic>();
        for (var u = 0; u < units; u++)
        {
            if (maxPoints[u] <= 0)
            {
                empty.Add(new Diagnostic(null, noMaximumMessage(u)));
            }

            // Over-scoring penalty: self points above the appraised points (survey excluded) by at least the threshold.
            var deducted = penalty is not null && selfPoints[u] - (points[u] - survey[u]) >= penalty.Threshold.Ticks ? penalty.Deduction.Ticks : 0;
            totals[u] = new UnitTotals(selfPoints[u], points[u] - deducted, survey[u], maxPoints[u], deducted);
        }

        if (empty.Count > 0)
        {
            throw new ParIndexException(empty);
        }

        return new ScoreSheet(input, final, max, self, totals);
    }

    private static void AddColumn(long[] values, int node, int units, long[] totals)
    {
        var column = values.AsSpan(node * units, units);
        for (var u = 0; u < units; u++)
        {
            totals[u] += column[u];
        }
    }

    /// <summary>Scores one leaf for every unit: one rule kind per loop, no look-ups or allocations per cell.</summary>
    internal static void ScoreColumn(CompiledCriteria c, int leaf, ReadOnlySpan<long> cells, Span<long> points, Span<long> applicable)
    {
        var magnitude = c.Magnitude[leaf];
        var sign = c.Sign[leaf];
        var inBlock = c.NodeBlock[c.LeafNode[leaf]] != NodeBlock.None;
        var fullMax = inBlock ? 0 : magnitude;
        var naFull = c.NotApplicable[leaf] == NotApplicablePolicy.FullPoints;
        var naPoints = naFull ? sign * magnitude : 0;
        var naMax = naFull ? fullMax : 0;
        applicable.Fill(fullMax);

        switch (c.Kind[leaf])
        {
            case RuleKind.YesNo:
                for (var u = 0; u < cells.Length; u++)
                {
                    var cell = cells[u];
                    points[u] = cell == CompiledCriteria.NotApplicableCell ? naPoints : cell != 0 ? sign * magnitude : 0;
                }

                break;
            case RuleKind.Points:
                for (var u = 0; u < cells.Length; u++)
                {
                    var cell = cells[u];
                    points[u] = cell == CompiledCriteria.NotApplicableCell ? naPoints : sign * cell;
                }

                break;
            case RuleKind.Choice:
                var options = c.OptionPoints.AsSpan(c.TierStart[leaf], c.TierCount[leaf]);
                for (var u = 0; u < cells.Length; u++)
                {
                    var cell = cells[u];
                    points[u] = cell == CompiledCriteria.NotApplicableCell ? naPoints : sign * options[(int)cell];
                }

                break;
            case RuleKind.Tiers:
                var upper = c.TierMax.AsSpan(c.TierStart[leaf], c.TierCount[leaf]);
                var tierPoints = c.TierPoints.AsSpan(c.TierStart[leaf], c.TierCount[leaf]);
                var last = upper.Length - 1;
                for (var u = 0; u < cells.Length; u++)
                {
                    var cell = cells[u];
                    if (cell == CompiledCriteria.NotApplicableCell)
                    {
                        points[u] = naPoints;
                        continue;
                    }

                    var t = 0;
                    while (t < last && cell > upper[t])
                    {
                        t++;
                    }

                    points[u] = sign * tierPoints[t];
                }

                break;
            default:
                for (var u = 0; u < cells.Length; u++)
                {
                    var cell = cells[u];
                    points[u] = cell == CompiledCriteria.NotApplicableCell ? naPoints : sign * c.ScoreValue(leaf, cell);
                }

                break;
        }

        if (c.NotApplicable[leaf] != NotApplicablePolicy.Forbidden)
        {
            for (var u = 0; u < cells.Length; u++)
            {
                if (cells[u] == CompiledCriteria.NotApplicableCell)
                {
                    applicable[u] = naMax;
                }
            }
        }
    }

    /// <summary>Applies the rounds in order; a later adjustment of the same cell replaces the earlier result.</summary>
    private static List<Diagnostic> ApplyAppraisals(AssessmentInput input, long[] final, long[] max)
    {
        var c = input.Compiled;
        var units = input.Units.Count;
        var problems = new List<Diagnostic>();
        foreach (var round in input.AppraisalRounds)
        {
            foreach (var adjustment in round.Adjustments)
            {
                var leaf = adjustment.LeafOrdinal;
                var index = (c.LeafNode[leaf] * units) + adjustment.UnitOrdinal;
                if (!TryAdjust(c, adjustment, final[index], max[index], out var points, out var applicable, out var error))
                {
                    problems.Add(new Diagnostic(adjustment.Location, $"unit '{input.Units[adjustment.UnitOrdinal].Id}': {error}"));
                    continue;
                }

                final[index] = points;
                max[index] = applicable;
            }
        }

        return problems;
    }

    internal static bool TryAdjust(CompiledCriteria c, Adjustment adjustment, long currentPoints, long currentMax, out long points, out long applicable, out string? error)
    {
        var leaf = adjustment.LeafOrdinal;
        var inBlock = c.NodeBlock[c.LeafNode[leaf]] != NodeBlock.None;
        error = null;
        switch (adjustment.Kind)
        {
            case AdjustmentKind.Value:
                c.Score(leaf, adjustment.Cell, out points, out applicable);
                return true;
            case AdjustmentKind.Points:
                points = adjustment.Cell;
                applicable = inBlock ? 0 : c.Magnitude[leaf];
                return true;
            default:
                points = currentPoints + adjustment.Cell;
                applicable = currentMax;
                var magnitude = c.Magnitude[leaf];
                var code = c.LeafDefinition(leaf).Code;
                if (!inBlock && currentMax == 0)
                {
                    error = $"'{code}' is not applicable for this unit, so a delta cannot be applied; give a value or points instead";
                    return false;
                }

                var low = c.Sign[leaf] < 0 ? -magnitude : 0;
                var high = c.Sign[leaf] < 0 ? 0 : magnitude;
                if (points < low || points > high)
                {
                    error = $"delta {adjustment.DisplayValue} takes '{code}' from {Points.FromTicks(currentPoints)} to {Points.FromTicks(points)}, outside {Points.FromTicks(low)}–{Points.FromTicks(high)}";
                    return false;
                }

                return true;
        }
    }

    /// <summary>Sums children into parents bottom-up, column by column; block nodes are capped at their max (points only).</summary>
    private static void SumTree(CompiledCriteria c, long[] values, int units, bool cap)
    {
        foreach (var node in c.InnerPostOrder)
        {
            var target = values.AsSpan(node * units, units);
            foreach (var child in c.Children[node])
            {
                var source = values.AsSpan(child * units, units);
                for (var u = 0; u < units; u++)
                {
                    target[u] += source[u];
                }
            }

            if (cap && c.NodeBlock[node] != NodeBlock.None)
            {
                var limit = c.NodeMax[node];
                var low = Math.Min(0, limit);
                var high = Math.Max(0, limit);
                for (var u = 0; u < units; u++)
                {
                    target[u] = Math.Min(high, Math.Max(low, target[u]));
                }
            }
        }
    }
}

/// <summary>Per-unit totals in ticks.</summary>
internal readonly struct UnitTotals
{
    public UnitTotals(long self, long points, long survey, long max, long penalty)
    {
        Self = self;
        Points = points;
        Survey = survey;
        Max = max;
        Penalty = penalty;
    }

    public long Self { get; }

    public long Points { get; }

    public long Survey { get; }

    public long Max { get; }

    /// <summary>The over-scoring penalty deducted from <see cref="Points"/> (zero or positive).</summary>
    public long Penalty { get; }
}
