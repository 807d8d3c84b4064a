using System.Collections.Generic;

namespace ParIndex.Ranking;

/// <summary>How units are ranked. The defaults follow the criteria set.</summary>
public sealed class RankingOptions
{
    /// <summary>New default options (a fresh instance each time, since options are mutable): the set's comparison and tie-breakers, ranked within groups when units have groups.</summary>
    public static RankingOptions Default => new();

    /// <summary>
    /// <see langword="true"/> to compare exact indices, <see langword="false"/> to compare indices rounded to
    /// the set's precision (two units printed with the same index share a rank, as officials read the table),
    /// <see langword="null"/> (the default) to follow the set's <c>ranking:</c> setting.
    /// </summary>
    public bool? ExactComparison { get; set; }

    /// <summary>Tie-breakers that replace the set's (see docs/criteria-format.md); <see langword="null"/> keeps the set's.</summary>
    public IReadOnlyList<string>? TieBreakers { get; set; }

    /// <summary>
    /// Whether each group (the units' <c>group</c>) is also ranked on its own (default <see langword="true"/>);
    /// it has effect only when at least one unit has a group.
    /// </summary>
    public bool RankWithinGroups { get; set; } = true;

    /// <summary>A previous round's results, for rank and index changes; <see langword="null"/> for none.</summary>
    public PreviousResults? Previous { get; set; }
}
