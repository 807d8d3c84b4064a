using System;
using System.Collections.Generic;
using ParIndex.Assessments;
using ParIndex.Criteria;
using ParIndex.Internal;
using ParIndex.Resources;

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
        // Every element is written below (leaf columns by ScoreColumn, inner columns by SumTree), so the
        // arrays need not be zeroed first.
        var final = TreeSums.NewColumns(nodes * units);
        var cells = input.Cells;

        // The applicable maximum is stored only for nodes where it can differ between units; a leaf
        // whose maximum is the same for all is scored into a scratch column.
        var layout = c.MaxLayout;
        var max = TreeSums.NewColumns(layout.SlotCount * units);
        var scratch = System.Buffers.ArrayPool<long>.Shared.Rent(units);

        // Self points (before appraisal) are only needed here for the per-unit totals. In an area with
        // no deduction or bonus block (no caps) an area's self points are the sum of its self-assessed
        // leaves' points before appraisal, i.e. its final points, less its survey leaves' points, less
        // what the appraisals changed: that change is accumulated per unit as the adjustments are
        // applied, so those areas need no second scoring pass. Areas with a block are rescored exactly.
        var areaOf = AreaOf(c, out var capped);
        var appraised = new long[units];
        var packed = input.Appraisals;

        // Appraisals are applied column by column, right after each column is scored and while it is
        // still in cache; within a cell they keep their order (rounds in order, rows in order).
        var problems = new List<(int Order, Diagnostic Diagnostic)>();
        for (var leaf = 0; leaf < c.LeafCount; leaf++)
        {
            var node = c.LeafNode[leaf];
            var offset = node * units;
            var slot = layout.Slot[node];
            var maxColumn = slot >= 0 ? max : scratch;
            var maxOffset = slot >= 0 ? slot * units : 0;
            LeafColumns.Score(c, leaf, cells.AsSpan(leaf * units, units), final.AsSpan(offset, units), maxColumn.AsSpan(maxOffset, units));
            if (packed.Start[leaf] != packed.Start[leaf + 1])
            {
                var area = areaOf[node];
                var track = area >= 0 && !capped[area] && !c.IsSurvey[leaf];
                AppraisalSteps.ApplyAll(input, packed, leaf, final, offset, maxColumn, maxOffset, track ? appraised : null, problems);
            }
        }

        System.Buffers.ArrayPool<long>.Shared.Return(scratch);

        if (problems.Count > 0)
        {
            problems.Sort((a, b) => a.Order.CompareTo(b.Order));
            throw new ParIndexException(problems.ConvertAll(p => p.Diagnostic));
        }

        TreeSums.SumPoints(c, final, units, true, null);
        TreeSums.SumMax(c, layout, max, units);
        var selfPoints = SelfPoints.Totals(input, final, areaOf, capped, appraised);
        return Assemble(input, final, max, layout, null, selfPoints, u => LocalizedText.Of(nameof(Messages.Score_NoApplicableCriteria), input.Units[u].Id));
    }

    /// <summary>
    /// Every node's area (its ancestor, or itself, among <see cref="CompiledCriteria.Areas"/>; -1 for none),
    /// and for every area node whether its subtree has a deduction or bonus block (caps).
    /// </summary>
    private static int[] AreaOf(CompiledCriteria c, out bool[] capped)
    {
        var areaOf = new int[c.NodeCount];
        capped = new bool[c.NodeCount];
        areaOf.AsSpan().Fill(-1);
        foreach (var area in c.Areas)
        {
            areaOf[area] = area;
        }

        for (var node = 0; node < c.NodeCount; node++)
        {
            var n = node;
            while (n >= 0 && areaOf[n] < 0)
            {
                n = c.Parent[n];
            }

            var area = n >= 0 ? areaOf[n] : -1;
            areaOf[node] = area;
            if (area >= 0 && c.NodeBlock[node] != NodeBlock.None)
            {
                capped[area] = true;
            }
        }

        return areaOf;
    }

    /// <summary>
    /// Totals from summed node columns (areas' points, maxima and self points, and the survey leaves),
    /// the over-scoring penalty, and the score sheet. Shared by scoring and by scenarios, which rescale the columns.
    /// </summary>
    internal static ScoreSheet Assemble(AssessmentInput input, long[] final, long[] max, long[] self, Func<int, LocalizedText> noMaximumMessage)
    {
        var units = input.Units.Count;
        var selfPoints = new long[units];
        foreach (var area in input.Compiled.Areas)
        {
            TreeSums.AddColumn(selfPoints, self.AsSpan(area * units, units));
        }

        return Assemble(input, final, max, null, self, selfPoints, noMaximumMessage);
    }

    /// <summary>As above, with every unit's self points already summed; <paramref name="self"/> may be null, and the sheet then recomputes the self columns on demand.</summary>
    private static ScoreSheet Assemble(AssessmentInput input, long[] final, long[] max, MaxLayout? layout, long[]? self, long[] selfPoints, Func<int, LocalizedText> noMaximumMessage)
    {
        var c = input.Compiled;
        var units = input.Units.Count;
        var points = new long[units];
        var maxPoints = new long[units];
        var survey = new long[units];
        foreach (var area in c.Areas)
        {
            TreeSums.AddColumn(points, final.AsSpan(area * units, units));
            if (layout is null)
            {
                TreeSums.AddColumn(maxPoints, max.AsSpan(area * units, units));
            }
            else if (layout.Slot[area] >= 0)
            {
                TreeSums.AddColumn(maxPoints, max.AsSpan(layout.Slot[area] * units, units));
            }
            else
            {
                TreeSums.AddConstant(maxPoints, layout.Constant[area]);
            }
        }

        for (var leaf = 0; leaf < c.LeafCount; leaf++)
        {
            if (c.IsSurvey[leaf])
            {
                TreeSums.AddColumn(survey, final.AsSpan(c.LeafNode[leaf] * units, units));
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

        return new ScoreSheet(input, final, max, layout, self, totals);
    }

}
