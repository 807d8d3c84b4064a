using System.Collections.Generic;
using ParIndex.Criteria;
using ParIndex.Scoring;

namespace ParIndex.Ranking;

/// <summary>One unit's place in a ranking: ranks, band, any over-scoring penalty, the change since a previous round and the gap to the next rank and band.</summary>
public sealed class RankedUnit
{
    internal RankedUnit(UnitScore score)
    {
        Score = score;
        AreaRanks = System.Array.Empty<AreaRank>();
    }

    /// <summary>The unit's score; its points and index are what the unit is ranked on.</summary>
    public UnitScore Score { get; }

    /// <summary>The unit's id.</summary>
    public string Id => Score.Id;

    /// <summary>The unit's group, or <see langword="null"/>.</summary>
    public string? Group => Score.Group;

    /// <summary>The overall rank among every unit: 1 is best; units that tie share the lowest number (1, 2, 2, 4).</summary>
    public int Rank { get; internal set; }

    /// <summary>The rank within the unit's group, or <see langword="null"/> when the ranking is not by group.</summary>
    public int? GroupRank { get; internal set; }

    /// <summary>The rank the unit is published with: <see cref="GroupRank"/> when ranked by group, else <see cref="Rank"/>.</summary>
    public int PublishedRank => GroupRank ?? Rank;

    /// <summary>The band (xếp loại) of the unit's group that its ranked index falls in, or <see langword="null"/> when below every band or the set defines none.</summary>
    public Band? Band { get; internal set; }

    /// <summary>Points deducted for over-scoring in the self-assessment (see <see cref="UnitScore.OverScoringPenalty"/>); already taken out of <see cref="UnitScore.Points"/>.</summary>
    public Points Penalty => Score.OverScoringPenalty;

    /// <summary>The unit's rank in each ordinary area (component index), in criteria-set order, among the units it is ranked with.</summary>
    public IReadOnlyList<AreaRank> AreaRanks { get; internal set; }

    /// <summary>How many component indices the unit leads (rank 1, ties included).</summary>
    public int AreasLed { get; internal set; }

    /// <summary>The unit's place in the previous results, or <see langword="null"/> when it was not ranked then or none were given.</summary>
    public PreviousUnit? Previous { get; internal set; }

    /// <summary>Previous overall rank − this rank: positive means the unit moved up; <see langword="null"/> without a previous place.</summary>
    public int? RankChange => Previous is null ? null : Previous.Rank - Rank;

    /// <summary>
    /// Previous group rank − this group rank, when both exist and the unit is in the same group as before;
    /// <see langword="null"/> for a unit that moved to another group (ranks in different groups are not comparable).
    /// </summary>
    public int? GroupRankChange => Previous?.GroupRank is { } before && GroupRank is { } now && !MovedGroup ? before - now : null;

    /// <summary>
    /// The change of the published rank: <see cref="GroupRankChange"/> when ranked by group and the previous results
    /// give a group rank (<see langword="null"/> when the unit moved to another group), else <see cref="RankChange"/>.
    /// </summary>
    public int? PublishedRankChange => GroupRank is not null && Previous?.GroupRank is not null ? GroupRankChange : RankChange;

    /// <summary>
    /// Whether the previous results put the unit in a different group (ordinal comparison) from this one. Joining a
    /// group (no group before, when the previous results were ranked by group) or leaving one is a move too: the group
    /// ranks are not comparable, so <see cref="GroupRankChange"/> is <see langword="null"/>.
    /// </summary>
    public bool MovedGroup => Previous is { } before && (before.GroupRank is not null || before.Group is not null) && !string.Equals(before.Group, Group, System.StringComparison.Ordinal);

    /// <summary>the reported index − the previous index, in index points; <see langword="null"/> without a previous place.</summary>
    public decimal? IndexChange => Previous is null ? null : Score.ReportedIndex - Previous.Index;

    /// <summary>The nearest unit ranked above this one among the units it is ranked with (the one to overtake), or <see langword="null"/> for a leader.</summary>
    public RankedUnit? NextUp { get; internal set; }

    /// <summary>
    /// The fewest points (at the points resolution, 0.000001) that, added to the unit's points with the
    /// maximum unchanged, make this unit's ranked index strictly greater than <see cref="NextUp"/>'s, so that it
    /// overtakes it whatever the tie-breakers; <see langword="null"/> for a leader.
    /// </summary>
    public Points? PointsToNextRank { get; internal set; }

    /// <summary>The next band above the unit's, or <see langword="null"/> when it is in the top band or the set has no bands.</summary>
    public Band? NextBand { get; internal set; }

    /// <summary>The fewest points (at the points resolution) that, added to the unit's points, put the unit in <see cref="NextBand"/>.</summary>
    public Points? PointsToNextBand { get; internal set; }

    /// <summary><see cref="PointsToNextRank"/> rounded up to the set's precision, so that the figure printed always suffices.</summary>
    public decimal? ReportedPointsToNextRank => PointsToNextRank is { } x ? RankMath.RoundUp(x, Score.Sheet.CriteriaSet.Precision) : null;

    /// <summary><see cref="PointsToNextBand"/> rounded up to the set's precision, so that the figure printed always suffices.</summary>
    public decimal? ReportedPointsToNextBand => PointsToNextBand is { } x ? RankMath.RoundUp(x, Score.Sheet.CriteriaSet.Precision) : null;

    /// <inheritdoc/>
    public override string ToString() => $"{PublishedRank}. {Id} {Score.ReportedIndex}";

    // Set while ranking: the partition position, and comparison inputs.
    internal long PointsTicks => Score.Points.Ticks;

    internal long MaxTicks => Score.MaxPoints.Ticks;

    /// <summary><see cref="UnitScore.ReportedIndex"/>, computed once for sorting when the integer <see cref="IndexKey"/> is not exact for every unit (zero otherwise).</summary>
    internal decimal ReportedIndexKey { get; set; }

    /// <summary>The reported index × 10^precision (<see cref="RankMath.TryReportedKey"/>) for sorting, when exact for every unit.</summary>
    internal long IndexKey;
}

/// <summary>A unit's rank in one area (component index).</summary>
public sealed class AreaRank
{
    // The index is kept as the points and maximum it comes from and rounded when asked for: a ranking of
    // 10,000 units has tens of thousands of area ranks, whose decimal indices a results table never reads.
    private readonly long points;
    private readonly long max;
    private readonly int precision;

    internal AreaRank(CriteriaNode area, int? rank, long points, long max, int precision)
    {
        Area = area;
        Rank = rank;
        this.points = points;
        this.max = max;
        this.precision = precision;
    }

    /// <summary>The area.</summary>
    public CriteriaNode Area { get; }

    /// <summary>The rank on the area's index (competition rule, no tie-breakers), or <see langword="null"/> when the area does not apply to the unit.</summary>
    public int? Rank { get; }

    /// <summary>The area's index as reported, or <see langword="null"/> when the area's applicable maximum is zero.</summary>
    public decimal? ReportedIndex => max == 0 ? null : RankMath.Reported(points, max, precision);

    /// <summary>Whether the unit leads this component index (rank 1, ties included).</summary>
    public bool Leads => Rank == 1;
}
