using System.Collections.Generic;

namespace ParIndex.Ranking;

/// <summary>How units are ranked. The defaults follow the criteria set.</summary>
public sealed class RankingOptions
{
    /// <summary>The default options: compare reported indices, the set's tie-breakers.</summary>
    public static readonly RankingOptions Default = new();

    /// <summary>
    /// Compare exact indices instead of indices rounded to the set's precision. By default two units
    /// printed with the same index share a rank, as officials read the table.
    /// </summary>
    public bool ExactComparison { get; init; }

    /// <summary>Tie-breakers that replace the set's (see docs/criteria-format.md); <see langword="null"/> keeps the set's.</summary>
    public IReadOnlyList<string>? TieBreakers { get; init; }
}
