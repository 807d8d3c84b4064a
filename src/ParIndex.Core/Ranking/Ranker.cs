using System;
using System.Collections.Generic;
using System.Linq;
using ParIndex.Scoring;

namespace ParIndex.Ranking;

/// <summary>Ranks the units of a score sheet by index, best first, with exact decimal comparisons.</summary>
public static class Ranker
{
    /// <summary>Ranks every unit.</summary>
    /// <param name="sheet">The scores.</param>
    /// <param name="options">How to rank; <see cref="RankingOptions.Default"/> when omitted.</param>
    public static RankingResult Rank(ScoreSheet sheet, RankingOptions? options = null)
    {
        if (sheet is null)
        {
            throw new ArgumentNullException(nameof(sheet));
        }

        options ??= RankingOptions.Default;
        var set = sheet.CriteriaSet;
        Func<UnitScore, decimal> key = options.ExactComparison ? u => u.Index : u => u.ReportedIndex;
        var ordered = sheet.Units.OrderByDescending(key).ThenBy(u => u.Id, StringComparer.Ordinal).ToArray();
        var ranked = new List<RankedUnit>(ordered.Length);
        for (var i = 0; i < ordered.Length; i++)
        {
            var rank = i > 0 && key(ordered[i]) == key(ordered[i - 1]) ? ranked[i - 1].Rank : i + 1;
            var unit = ordered[i];
            ranked.Add(new RankedUnit(unit, rank, set.BandsFor(unit.Group).Classify(unit.ReportedIndex)));
        }

        return new RankingResult(sheet, ranked);
    }
}
