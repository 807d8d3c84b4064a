using System;
using System.Collections.Generic;
using System.Linq;
using ParIndex.Scoring;

namespace ParIndex.Ranking;

/// <summary>A ranking of every unit of a score sheet, best first.</summary>
public sealed class RankingResult
{
    private readonly Dictionary<string, RankedUnit> byId;

    internal RankingResult(ScoreSheet sheet, IReadOnlyList<RankedUnit> units)
    {
        Sheet = sheet;
        Units = units;
        byId = units.ToDictionary(u => u.Id, StringComparer.Ordinal);
    }

    /// <summary>The scores ranked.</summary>
    public ScoreSheet Sheet { get; }

    /// <summary>The units, best first; tied units in unit-id order.</summary>
    public IReadOnlyList<RankedUnit> Units { get; }

    /// <summary>A unit's place, by id.</summary>
    /// <param name="unitId">The unit's id.</param>
    /// <exception cref="KeyNotFoundException">No unit has that id.</exception>
    public RankedUnit this[string unitId] => byId.TryGetValue(unitId, out var unit) ? unit : throw new KeyNotFoundException($"No unit has id '{unitId}'.");
}
