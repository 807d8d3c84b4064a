using System.Collections.Generic;
using System.Linq;
using ParIndex.Criteria;
using ParIndex.Scoring;

namespace ParIndex.Ranking;

/// <summary>
/// What it would take for a unit to move up: the points to overtake the next unit up and to reach the next
/// band, and the criteria where it lost points, cheapest fix first.
/// </summary>
public sealed class RankGap
{
    private RankGap(RankedUnit unit, IReadOnlyList<RecoverablePoints> criteria)
    {
        Unit = unit;
        Criteria = criteria;
    }

    /// <summary>The unit.</summary>
    public RankedUnit Unit { get; }

    /// <summary>The unit to overtake (the nearest one ranked above), or <see langword="null"/> for a leader.</summary>
    public RankedUnit? NextUp => Unit.NextUp;

    /// <summary>The fewest points that overtake <see cref="NextUp"/> (see <see cref="RankedUnit.PointsToNextRank"/>).</summary>
    public Points? PointsToNextRank => Unit.PointsToNextRank;

    /// <summary>The next band up, or <see langword="null"/>.</summary>
    public Band? NextBand => Unit.NextBand;

    /// <summary>The fewest points that reach <see cref="NextBand"/>.</summary>
    public Points? PointsToNextBand => Unit.PointsToNextBand;

    /// <summary>
    /// The leaves where recovering the lost points would raise the unit's points (see <see cref="RecoverablePoints.Recoverable"/>).
    /// First those whose recovery alone would close the nearer gap (next rank, else next band), smallest first — the
    /// cheapest fix; then the rest, most recoverable first. Ties keep criteria-set order.
    /// </summary>
    public IReadOnlyList<RecoverablePoints> Criteria { get; }

    /// <summary>The gap the criteria are measured against: points to the next rank, else to the next band, else <see langword="null"/>.</summary>
    public Points? TargetGap => PointsToNextRank ?? PointsToNextBand;

    /// <summary><see cref="TargetGap"/> rounded up to the set's precision, as printed.</summary>
    public decimal? ReportedTargetGap => Unit.ReportedPointsToNextRank ?? Unit.ReportedPointsToNextBand;

    internal static RankGap For(RankedUnit unit)
    {
        var gap = unit.PointsToNextRank ?? unit.PointsToNextBand;
        var leaves = unit.Score.Scorecard().Leaves;

        // A deduction block deducts at most its cap: when its leaves together deduct more, removing one deduction
        // regains only what it takes the block's total below the cap.
        var excess = new Dictionary<CriteriaNode, Points>();
        foreach (var area in unit.Score.Sheet.CriteriaSet.Areas.Where(a => a.Block == NodeBlock.Deduction))
        {
            var deducted = leaves.Where(l => l.Leaf.Area == area).Aggregate(Points.Zero, (sum, l) => sum + l.Lost);
            var applied = -unit.Score.Node(area.Code).Points;
            if (deducted > applied)
            {
                excess[area] = deducted - applied;
            }
        }

        var losses = leaves.Where(l => l.Lost > Points.Zero)
            .Select(l =>
            {
                var recoverable = excess.TryGetValue(l.Leaf.Area, out var over) ? (l.Lost > over ? l.Lost - over : Points.Zero) : l.Lost;
                return new RecoverablePoints(l, recoverable, gap is { } g && recoverable >= g);
            })
            .Where(l => l.Recoverable > Points.Zero)
            .ToArray();
        var ordered = losses.Where(l => l.ClosesGap).OrderBy(l => l.Recoverable)
            .Concat(losses.Where(l => !l.ClosesGap).OrderByDescending(l => l.Recoverable))
            .ToArray();
        return new RankGap(unit, ordered);
    }
}

/// <summary>Points a unit lost on one leaf.</summary>
public sealed class RecoverablePoints
{
    internal RecoverablePoints(LeafResult leaf, Points recoverable, bool closesGap)
    {
        Leaf = leaf;
        Recoverable = recoverable;
        ClosesGap = closesGap;
    }

    /// <summary>The leaf's result.</summary>
    public LeafResult Leaf { get; }

    /// <summary>Points lost on the leaf.</summary>
    public Points Lost => Leaf.Lost;

    /// <summary>
    /// Points the unit's total would regain if the leaf were recovered fully, everything else unchanged: <see cref="Lost"/>,
    /// except in a deduction block whose leaves together deduct more than the block's cap, where it is only what the
    /// leaf's deduction exceeds that surplus by (possibly less than <see cref="Lost"/>).
    /// </summary>
    public Points Recoverable { get; }

    /// <summary>Whether recovering these points alone would close <see cref="RankGap.TargetGap"/>.</summary>
    public bool ClosesGap { get; }
}
