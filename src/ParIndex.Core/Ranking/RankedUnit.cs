using ParIndex.Criteria;
using ParIndex.Scoring;

namespace ParIndex.Ranking;

/// <summary>One unit's place in a ranking.</summary>
public sealed class RankedUnit
{
    internal RankedUnit(UnitScore score, int rank, Band? band)
    {
        Score = score;
        Rank = rank;
        Band = band;
    }

    /// <summary>The unit's score.</summary>
    public UnitScore Score { get; }

    /// <summary>The unit's id.</summary>
    public string Id => Score.Id;

    /// <summary>The overall rank: 1 is best; units that tie share the lowest number (1, 2, 2, 4).</summary>
    public int Rank { get; internal set; }

    /// <summary>The band (xếp loại) the unit's reported index falls in, or <see langword="null"/> when the set defines none.</summary>
    public Band? Band { get; internal set; }
}
