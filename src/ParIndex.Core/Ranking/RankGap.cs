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
    /// The leaves where the unit lost points (maximum − final; for a deduction, the points deducted). First those
    /// whose recovery alone would close the nearer gap (next rank, else next band), smallest first — the cheapest
    /// fix; then the rest, largest loss first. Ties keep criteria-set order.
    /// </summary>
    public IReadOnlyList<RecoverablePoints> Criteria { get; }

    /// <summary>The gap the criteria are measured against: points to the next rank, else to the next band, else <see langword="null"/>.</summary>
    public Points? TargetGap => PointsToNextRank ?? PointsToNextBand;

    /// <summary><see cref="TargetGap"/> rounded up to the set's precision, as printed.</summary>
    public decimal? ReportedTargetGap => Unit.ReportedPointsToNextRank ?? Unit.ReportedPointsToNextBand;

    internal static RankGap For(RankedUnit unit)
    {
        var gap = unit.PointsToNextRank ?? unit.PointsToNextBand;
        var losses = unit.Score.Explain().Leaves.Where(l => l.Lost > Points.Zero)
            .Select(l => new RecoverablePoints(l, gap is { } g && l.Lost >= g))
            .ToArray();
        var ordered = losses.Where(l => l.ClosesGap).OrderBy(l => l.Lost)
            .Concat(losses.Where(l => !l.ClosesGap).OrderByDescending(l => l.Lost))
            .ToArray();
        return new RankGap(unit, ordered);
    }
}

/// <summary>Points a unit lost on one leaf.</summary>
public sealed class RecoverablePoints
{
    internal RecoverablePoints(LeafResult leaf, bool closesGap)
    {
        Leaf = leaf;
        ClosesGap = closesGap;
    }

    /// <summary>The leaf's result.</summary>
    public LeafResult Leaf { get; }

    /// <summary>Points lost on the leaf.</summary>
    public Points Lost => Leaf.Lost;

    /// <summary>Whether recovering these points alone would close <see cref="RankGap.TargetGap"/>.</summary>
    public bool ClosesGap { get; }
}
