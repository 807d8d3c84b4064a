using System;
using System.Collections.Generic;
#if NET
using System.Numerics;
#endif
using ParIndex.Assessments;
using ParIndex.Criteria;
using ParIndex.Internal;

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
        var final = NewColumns(nodes * units);
        var cells = input.Cells;

        // The applicable maximum is stored only for nodes where it can differ between units; a leaf
        // whose maximum is the same for all is scored into a scratch column.
        var layout = c.MaxLayout;
        var max = NewColumns(layout.SlotCount * units);
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
            ScoreColumn(c, leaf, cells.AsSpan(leaf * units, units), final.AsSpan(offset, units), maxColumn.AsSpan(maxOffset, units));
            if (packed.Start[leaf] != packed.Start[leaf + 1])
            {
                var area = areaOf[node];
                var track = area >= 0 && !capped[area] && !c.IsSurvey[leaf];
                ApplyAppraisals(input, packed, leaf, final, offset, maxColumn, maxOffset, track ? appraised : null, problems);
            }
        }

        System.Buffers.ArrayPool<long>.Shared.Return(scratch);

        if (problems.Count > 0)
        {
            problems.Sort((a, b) => a.Order.CompareTo(b.Order));
            throw new ParIndexException(problems.ConvertAll(p => p.Diagnostic));
        }

        SumTree(c, final, units, true, null);
        SumMax(c, layout, max, units);
        var selfPoints = SelfTotals(input, final, areaOf, capped, appraised);
        return Assemble(input, final, max, layout, null, selfPoints, u => $"unit '{input.Units[u].Id}' has no applicable criteria: every criterion is marked not applicable");
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
    /// Per-unit self points (the sum over areas of the self columns <see cref="SelfColumns(AssessmentInput, long[])"/>
    /// would compute), from the final columns and the appraisals' changes for areas without caps, and
    /// rescored exactly for areas with a block.
    /// </summary>
    private static long[] SelfTotals(AssessmentInput input, long[] final, int[] areaOf, bool[] capped, long[] appraised)
    {
        var c = input.Compiled;
        var units = input.Units.Count;
        var self = appraised;
        for (var u = 0; u < units; u++)
        {
            self[u] = -self[u];
        }

        var anyCapped = false;
        foreach (var area in c.Areas)
        {
            anyCapped |= capped[area];
            if (!capped[area])
            {
                AddColumn(self, final.AsSpan(area * units, units));
            }
        }

        for (var leaf = 0; leaf < c.LeafCount; leaf++)
        {
            var area = areaOf[c.LeafNode[leaf]];
            if (c.IsSurvey[leaf] && area >= 0 && !capped[area])
            {
                SubtractColumn(self, final.AsSpan(c.LeafNode[leaf] * units, units));
            }
        }

        if (!anyCapped)
        {
            return self;
        }

        // Areas with caps: their leaves' self columns and their inner nodes summed with the caps, in pooled memory.
        var pool = System.Buffers.ArrayPool<long>.Shared;
        var columns = pool.Rent(c.NodeCount * units);
        var scratch = pool.Rent(units);
        try
        {
            var include = new bool[c.NodeCount];
            for (var node = 0; node < c.NodeCount; node++)
            {
                include[node] = areaOf[node] >= 0 && capped[areaOf[node]];
            }

            for (var leaf = 0; leaf < c.LeafCount; leaf++)
            {
                var node = c.LeafNode[leaf];
                if (!include[node])
                {
                    continue;
                }

                var column = columns.AsSpan(node * units, units);
                if (c.IsSurvey[leaf])
                {
                    column.Clear();
                }
                else
                {
                    ScoreColumn(c, leaf, input.Cells.AsSpan(leaf * units, units), column, scratch.AsSpan(0, units));
                }
            }

            SumTree(c, columns, units, true, include);
            foreach (var area in c.Areas)
            {
                if (capped[area])
                {
                    AddColumn(self, columns.AsSpan(area * units, units));
                }
            }
        }
        finally
        {
            pool.Return(scratch);
            pool.Return(columns);
        }

        return self;
    }

    /// <summary>
    /// Every node's self points for every unit (node-major) into <paramref name="self"/>: each leaf scored
    /// from the self-assessed cells alone (survey leaves are zero), then the tree summed with the caps.
    /// </summary>
    internal static void SelfColumns(AssessmentInput input, long[] self)
    {
        var c = input.Compiled;
        var units = input.Units.Count;
        var cells = input.Cells;
        var scratch = units <= 1024 ? stackalloc long[units] : new long[units];
        for (var leaf = 0; leaf < c.LeafCount; leaf++)
        {
            var column = self.AsSpan(c.LeafNode[leaf] * units, units);
            if (c.IsSurvey[leaf])
            {
                column.Clear();
            }
            else
            {
                ScoreColumn(c, leaf, cells.AsSpan(leaf * units, units), column, scratch);
            }
        }

        SumTree(c, self, units, true, null);
    }

    /// <summary>A score sheet's self columns, computed when first asked for.</summary>
    internal static long[] SelfColumns(AssessmentInput input)
    {
        var self = NewColumns(input.Compiled.NodeCount * input.Units.Count);
        SelfColumns(input, self);
        return self;
    }

    /// <summary>
    /// Totals from summed node columns (areas' points, maxima and self points, and the survey leaves),
    /// the over-scoring penalty, and the score sheet. Shared by scoring and by scenarios, which rescale the columns.
    /// </summary>
    internal static ScoreSheet Assemble(AssessmentInput input, long[] final, long[] max, long[] self, Func<int, string> noMaximumMessage)
    {
        var units = input.Units.Count;
        var selfPoints = new long[units];
        foreach (var area in input.Compiled.Areas)
        {
            AddColumn(selfPoints, self.AsSpan(area * units, units));
        }

        return Assemble(input, final, max, null, self, selfPoints, noMaximumMessage);
    }

    /// <summary>As above, with every unit's self points already summed; <paramref name="self"/> may be null, and the sheet then recomputes the self columns on demand.</summary>
    private static ScoreSheet Assemble(AssessmentInput input, long[] final, long[] max, MaxLayout? layout, long[]? self, long[] selfPoints, Func<int, string> noMaximumMessage)
    {
        var c = input.Compiled;
        var units = input.Units.Count;
        var points = new long[units];
        var maxPoints = new long[units];
        var survey = new long[units];
        foreach (var area in c.Areas)
        {
            AddColumn(points, final.AsSpan(area * units, units));
            if (layout is null)
            {
                AddColumn(maxPoints, max.AsSpan(area * units, units));
            }
            else if (layout.Slot[area] >= 0)
            {
                AddColumn(maxPoints, max.AsSpan(layout.Slot[area] * units, units));
            }
            else
            {
                AddConstant(maxPoints, layout.Constant[area]);
            }
        }

        for (var leaf = 0; leaf < c.LeafCount; leaf++)
        {
            if (c.IsSurvey[leaf])
            {
                AddColumn(survey, final.AsSpan(c.LeafNode[leaf] * units, units));
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

    /// <summary>Scores one leaf for every unit: one rule kind per loop, no look-ups or allocations per cell.</summary>
    internal static void ScoreColumn(CompiledCriteria c, int leaf, ReadOnlySpan<long> cells, Span<long> points, Span<long> applicable)
    {
        var magnitude = c.Magnitude[leaf];
        var sign = c.Sign[leaf];
        var inBlock = c.NodeBlock[c.LeafNode[leaf]] != NodeBlock.None;
        var fullMax = inBlock ? 0 : magnitude;
        var naPoints = c.NotApplicablePoints(leaf);
        var naMax = c.NotApplicableMax(leaf);
        applicable.Fill(fullMax);

        const long NotApplicableCell = CompiledCriteria.NotApplicableCell;
        var n = Math.Min(cells.Length, points.Length);
        var hasNotApplicable = false;
        switch (c.Kind[leaf])
        {
            case RuleKind.YesNo:
            {
                // Branch-free: yes/no answers are unpredictable, so select with masks instead of jumps.
                var full = sign * magnitude;
                for (var u = 0; u < n; u++)
                {
                    var cell = cells[u];
                    var na = -(long)(cell == NotApplicableCell ? 1 : 0);
                    var yes = -(long)((ulong)(cell | -cell) >> 63);
                    hasNotApplicable |= na != 0;
                    points[u] = (naPoints & na) | (full & yes & ~na);
                }

                break;
            }

            case RuleKind.Points:
                for (var u = 0; u < n; u++)
                {
                    var cell = cells[u];
                    var na = cell == NotApplicableCell;
                    hasNotApplicable |= na;
                    points[u] = na ? naPoints : sign * cell;
                }

                break;
            case RuleKind.Choice:
                var options = c.OptionPoints.AsSpan(c.TierStart[leaf], c.TierCount[leaf]);
                for (var u = 0; u < n; u++)
                {
                    var cell = cells[u];
                    if (cell == NotApplicableCell)
                    {
                        hasNotApplicable = true;
                        points[u] = naPoints;
                        continue;
                    }

                    points[u] = sign * options[(int)cell];
                }

                break;
            case RuleKind.Tiers:
            {
                var upper = c.TierMax.AsSpan(c.TierStart[leaf], c.TierCount[leaf]);
                var tierPoints = c.TierPoints.AsSpan(c.TierStart[leaf], c.TierCount[leaf]);
                var last = upper.Length - 1;
                var ascending = true;
                for (var t = 1; t < last; t++)
                {
                    ascending &= upper[t - 1] < upper[t];
                }

                for (var u = 0; u < n; u++)
                {
                    var cell = cells[u];
                    if (cell == NotApplicableCell)
                    {
                        hasNotApplicable = true;
                        points[u] = naPoints;
                        continue;
                    }

                    var t = 0;
                    if (ascending)
                    {
                        // With ascending bounds the first tier whose upper bound is ≥ the value is the
                        // number of bounds below it: counted without unpredictable jumps.
                        for (var k = 0; k < last; k++)
                        {
                            t += cell > upper[k] ? 1 : 0;
                        }
                    }
                    else
                    {
                        while (t < last && cell > upper[t])
                        {
                            t++;
                        }
                    }

                    points[u] = sign * tierPoints[t];
                }

                break;
            }

            case RuleKind.Ratio:
            {
                // round(magnitude × cell ÷ target) for 0 < cell < target. When magnitude × target fits
                // in a long, so does every product, and long division gives the exact same result as
                // FixedMath.MulDivRound (half away from zero) without 128-bit arithmetic.
                var target = c.Param[leaf];
                var full = sign * magnitude;
                var narrow = target > 0 && magnitude <= long.MaxValue / target;
                for (var u = 0; u < n; u++)
                {
                    var cell = cells[u];
                    if (cell == NotApplicableCell)
                    {
                        hasNotApplicable = true;
                        points[u] = naPoints;
                    }
                    else if (cell <= 0)
                    {
                        points[u] = 0;
                    }
                    else if (cell >= target)
                    {
                        points[u] = full;
                    }
                    else if (narrow)
                    {
                        var product = magnitude * cell;
                        var q = product / target;
                        var r = product - (q * target);
                        points[u] = sign * (r >= target - r ? q + 1 : q);
                    }
                    else
                    {
                        points[u] = sign * FixedMath.MulDivRound(magnitude, cell, target);
                    }
                }

                break;
            }

            case RuleKind.Count:
            {
                // Counts at or above ⌈magnitude ÷ per⌉ earn the cap; compared before multiplying so a huge count cannot overflow.
                var per = c.Param[leaf];
                var cap = (magnitude + per - 1) / per;
                var full = sign * magnitude;
                var signedPer = sign * per;
                for (var u = 0; u < n; u++)
                {
                    var cell = cells[u];
                    var na = cell == NotApplicableCell;
                    hasNotApplicable |= na;
                    points[u] = na ? naPoints : cell >= cap ? full : cell * signedPer;
                }

                break;
            }

            default:
                for (var u = 0; u < n; u++)
                {
                    var cell = cells[u];
                    var na = cell == NotApplicableCell;
                    hasNotApplicable |= na;
                    points[u] = na ? naPoints : sign * c.ScoreValue(leaf, cell);
                }

                break;
        }

        if (hasNotApplicable && c.NotApplicable[leaf] != NotApplicablePolicy.Forbidden)
        {
            for (var u = 0; u < n; u++)
            {
                if (cells[u] == NotApplicableCell)
                {
                    applicable[u] = naMax;
                }
            }
        }
    }

    /// <summary>
    /// Applies one leaf's appraisal adjustments in order (a later adjustment of the same cell replaces the
    /// earlier result); when <paramref name="appraised"/> is given, adds each cell's change in points to it.
    /// </summary>
    private static void ApplyAppraisals(AssessmentInput input, PackedAppraisals packed, int leaf, long[] final, int offset, long[] max, int maxOffset, long[]? appraised, List<(int Order, Diagnostic Diagnostic)> problems)
    {
        var c = input.Compiled;
        var items = packed.Items;
        for (var k = packed.Start[leaf]; k < packed.Start[leaf + 1]; k++)
        {
            var a = items[k];
            var index = offset + a.Unit;
            var maxIndex = maxOffset + a.Unit;
            var before = final[index];
            if (a.Delta < 0)
            {
                // Value and points adjustments: computed when the input was built.
                final[index] = a.Points;
                max[maxIndex] = a.Max;
            }
            else
            {
                var adjustment = packed.Deltas[a.Delta];
                if (!TryAdjust(c, adjustment, before, max[maxIndex], out var points, out var applicable, out var error))
                {
                    problems.Add((a.Delta, new Diagnostic(adjustment.Location, $"unit '{input.Units[adjustment.UnitOrdinal].Id}': {error}")));
                    continue;
                }

                final[index] = points;
                max[maxIndex] = applicable;
            }

            if (appraised is not null)
            {
                appraised[a.Unit] += final[index] - before;
            }
        }
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
    private static void SumTree(CompiledCriteria c, long[] values, int units, bool cap, bool[]? include)
    {
        foreach (var node in c.InnerPostOrder)
        {
            if (include is not null && !include[node])
            {
                continue;
            }

            var target = values.AsSpan(node * units, units);
            var children = c.Children[node];
            values.AsSpan(children[0] * units, units).CopyTo(target);
            for (var k = 1; k < children.Length; k++)
            {
                AddColumn(target, values.AsSpan(children[k] * units, units));
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

    /// <summary>
    /// Sums the stored maximum columns bottom-up: a node with a column starts from the sum of its
    /// children's constant maxima and adds the columns of the children that have one (no caps).
    /// </summary>
    private static void SumMax(CompiledCriteria c, MaxLayout layout, long[] max, int units)
    {
        foreach (var node in c.InnerPostOrder)
        {
            var slot = layout.Slot[node];
            if (slot < 0)
            {
                continue;
            }

            var target = max.AsSpan(slot * units, units);
            long constant = 0;
            var first = -1;
            foreach (var child in c.Children[node])
            {
                var childSlot = layout.Slot[child];
                if (childSlot < 0)
                {
                    constant += layout.Constant[child];
                }
                else if (first < 0)
                {
                    first = childSlot;
                }
            }

            max.AsSpan(first * units, units).CopyTo(target);
            if (constant != 0)
            {
                AddConstant(target, constant);
            }

            foreach (var child in c.Children[node])
            {
                var childSlot = layout.Slot[child];
                if (childSlot >= 0 && childSlot != first)
                {
                    AddColumn(target, max.AsSpan(childSlot * units, units));
                }
            }
        }
    }

    /// <summary>target[u] += value for every unit.</summary>
    private static void AddConstant(Span<long> target, long value)
    {
        var u = 0;
#if NET
        if (Vector.IsHardwareAccelerated)
        {
            var width = Vector<long>.Count;
            var add = new Vector<long>(value);
            for (; u <= target.Length - width; u += width)
            {
                (new Vector<long>(target.Slice(u)) + add).CopyTo(target.Slice(u));
            }
        }
#endif
        for (; u < target.Length; u++)
        {
            target[u] += value;
        }
    }

    /// <summary>target[u] += source[u] for every unit; vectorised where the runtime supports it.</summary>
    private static void AddColumn(Span<long> target, ReadOnlySpan<long> source)
    {
        var u = 0;
#if NET
        if (Vector.IsHardwareAccelerated)
        {
            var width = Vector<long>.Count;
            for (; u <= target.Length - width; u += width)
            {
                (new Vector<long>(target.Slice(u)) + new Vector<long>(source.Slice(u))).CopyTo(target.Slice(u));
            }
        }
#endif
        for (; u < target.Length; u++)
        {
            target[u] += source[u];
        }
    }

    /// <summary>target[u] -= source[u] for every unit; vectorised where the runtime supports it.</summary>
    private static void SubtractColumn(Span<long> target, ReadOnlySpan<long> source)
    {
        var u = 0;
#if NET
        if (Vector.IsHardwareAccelerated)
        {
            var width = Vector<long>.Count;
            for (; u <= target.Length - width; u += width)
            {
                (new Vector<long>(target.Slice(u)) - new Vector<long>(source.Slice(u))).CopyTo(target.Slice(u));
            }
        }
#endif
        for (; u < target.Length; u++)
        {
            target[u] -= source[u];
        }
    }

    /// <summary>A result array whose every element the scorer writes, so it is not zeroed first where the runtime allows.</summary>
    private static long[] NewColumns(int length)
    {
#if NET
        return GC.AllocateUninitializedArray<long>(length);
#else
        return new long[length];
#endif
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
