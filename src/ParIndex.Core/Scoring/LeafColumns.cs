using System;
using ParIndex.Criteria;
using ParIndex.Internal;

namespace ParIndex.Scoring;

/// <summary>
/// The column form of the leaf scorer <see cref="CompiledCriteria.Score"/>: one leaf scored for every unit at once,
/// one rule kind per loop, no look-ups or allocations per cell. Tests check that it gives what the leaf scorer
/// gives for every rule kind on generated cells (tests/ParIndex.Core.Tests/Scoring/LeafColumnsTests.cs).
/// </summary>
internal static class LeafColumns
{
    /// <summary>Scores one leaf for every unit: one rule kind per loop, no look-ups or allocations per cell.</summary>
    internal static void Score(CompiledCriteria c, int leaf, ReadOnlySpan<long> cells, Span<long> points, Span<long> applicable)
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
}
