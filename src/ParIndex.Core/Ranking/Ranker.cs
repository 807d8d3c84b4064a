using System;
using System.Collections.Generic;
using System.Linq;
using ParIndex.Criteria;
using ParIndex.Internal;
using ParIndex.Scoring;

namespace ParIndex.Ranking;

/// <summary>
/// Ranks the units of a score sheet (on their points after any over-scoring penalty): overall and group ranks, bands, component
/// ranks, year-over-year changes and points to the next rank and band. Indices are compared as reported
/// (rounded to the set's precision) or exactly (points ÷ max by cross-multiplication), never in floating point.
/// </summary>
public static class Ranker
{
    /// <summary>The tie-breakers a set or <see cref="RankingOptions.TieBreakers"/> may name (plus <c>node:CODE</c>).</summary>
    public static IReadOnlyList<string> TieBreakerNames { get; } = new[] { "survey", "self_accuracy", "node:CODE", "unit_id" };

    /// <summary>Ranks every unit.</summary>
    /// <param name="sheet">The scores.</param>
    /// <param name="options">How to rank; <see cref="RankingOptions.Default"/> when omitted.</param>
    /// <exception cref="ParIndexException">A tie-breaker in <paramref name="options"/> is unknown or names no criterion.</exception>
    public static RankingResult Rank(ScoreSheet sheet, RankingOptions? options = null)
    {
        if (sheet is null)
        {
            throw new ArgumentNullException(nameof(sheet));
        }

        options ??= RankingOptions.Default;
        var set = sheet.CriteriaSet;
        var p = set.Precision;
        var exact = options.ExactComparison ?? set.ExactRanking;
        var tieBreakers = ValidateTieBreakers(set, options.TieBreakers ?? set.TieBreakers);

        var units = new RankedUnit[sheet.Units.Count];
        var keyed = !exact;
        for (var u = 0; u < units.Length; u++)
        {
            units[u] = Prepare(sheet.Units[u], set, exact, p);
            keyed &= RankMath.TryReportedKey(units[u].PointsTicks, units[u].MaxTicks, p, out units[u].IndexKey);
        }

        // The reported index is computed once per unit, not twice per comparison: as an integer (× 10^precision)
        // where that is exact, as a rounded decimal otherwise.
        if (!exact && !keyed)
        {
            foreach (var unit in units)
            {
                unit.IndexKey = 0;
                unit.ReportedIndexKey = unit.Score.ReportedIndex;
            }
        }

        var compareIndex = exact
            ? (Comparison<RankedUnit>)((a, b) => CompareExact(b.PointsTicks, b.MaxTicks, a.PointsTicks, a.MaxTicks))
            : keyed ? (a, b) => b.IndexKey.CompareTo(a.IndexKey) : (a, b) => b.ReportedIndexKey.CompareTo(a.ReportedIndexKey);
        var breakers = tieBreakers.Select(t => TieBreaker(t, exact, p)).ToArray();
        int Compare(RankedUnit a, RankedUnit b)
        {
            var c = compareIndex(a, b);
            for (var i = 0; c == 0 && i < breakers.Length; i++)
            {
                c = breakers[i](a, b);
            }

            return c;
        }

        var overall = Order(units, Compare, (u, r) => u.Rank = r);
        var byGroup = options.RankWithinGroups && units.Any(u => u.Group is not null);
        IReadOnlyList<RankingGroup> groups;
        if (byGroup)
        {
            groups = units.GroupBy(u => u.Group)
                .OrderBy(g => g.Key is null ? 1 : 0).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new RankingGroup(g.Key, Order(g.ToArray(), Compare, (u, r) => u.GroupRank = r)))
                .ToArray();
        }
        else
        {
            groups = new[] { new RankingGroup(null, overall) };
        }

        var components = new List<ComponentRanking>();
        foreach (var group in groups)
        {
            Gaps(group.Units, set, exact, p);
        }

        var ordinaryAreas = set.Areas.Where(a => a.Block == NodeBlock.None).ToArray();
        var idOrders = groups.Select(g => new UnitIdOrder(g.Units.Select(u => u.Id).ToArray())).ToArray();
        for (var a = 0; a < ordinaryAreas.Length; a++)
        {
            for (var g = 0; g < groups.Count; g++)
            {
                components.Add(RankArea(ordinaryAreas[a], a, ordinaryAreas.Length, groups[g], idOrders[g], p));
            }
        }

        foreach (var unit in units)
        {
            unit.AreasLed = unit.AreaRanks.Count(r => r.Leads);
        }

        var notRanked = Array.Empty<PreviousUnit>() as IReadOnlyList<PreviousUnit>;
        if (options.Previous is { } previous)
        {
            var current = new HashSet<string>(units.Select(u => u.Id), StringComparer.Ordinal);
            foreach (var unit in units)
            {
                unit.Previous = previous.TryGetUnit(unit.Id, out var before) ? before : null;
            }

            notRanked = previous.Units.Where(u => !current.Contains(u.Id)).ToArray();
        }

        return new RankingResult(sheet, overall, groups, byGroup, exact, tieBreakers, components, options.Previous, notRanked);
    }

    /// <summary>
    /// Each unit's place under the set's tie-breakers alone (0 best; units the tie-breakers cannot tell apart
    /// share a place), compared as the official ranking compares them: for ranking runs whose indices differ from
    /// the official ones (rank uncertainty) by the same rule and tie-breakers.
    /// </summary>
    internal static int[] TieBreakClasses(ScoreSheet sheet, bool exact, out int classes)
    {
        var set = sheet.CriteriaSet;
        var tieBreakers = ValidateTieBreakers(set, set.TieBreakers);
        var units = sheet.Units.Select(s => new RankedUnit(s)).ToArray();
        var result = new int[units.Length];
        classes = units.Length == 0 ? 0 : 1;
        if (tieBreakers.Count == 0 || units.Length == 0)
        {
            return result;
        }

        var breakers = tieBreakers.Select(t => TieBreaker(t, exact, set.Precision)).ToArray();
        int Compare(RankedUnit a, RankedUnit b)
        {
            var c = 0;
            for (var i = 0; c == 0 && i < breakers.Length; i++)
            {
                c = breakers[i](a, b);
            }

            return c;
        }

        var ordered = units.ToArray();
        Array.Sort(ordered, (a, b) => Compare(a, b) is var c && c != 0 ? c : string.CompareOrdinal(a.Id, b.Id));
        var place = 0;
        for (var i = 0; i < ordered.Length; i++)
        {
            if (i > 0 && Compare(ordered[i - 1], ordered[i]) != 0)
            {
                place++;
            }

            result[ordered[i].Score.Ordinal] = place;
        }

        classes = place + 1;
        return result;
    }

    private static RankedUnit Prepare(UnitScore score, CriteriaSet set, bool exact, int p) =>
        new(score)
        {
            Band = RankMath.Classify(set.BandsFor(score.Group), score.Points.Ticks, score.MaxPoints.Ticks, exact, p),
        };

    /// <summary><see cref="RankMath.CompareExact"/> without big integers where 128-bit arithmetic is available.</summary>
    private static int CompareExact(long p1, long m1, long p2, long m2)
    {
#if NET
        return ((Int128)p1 * m2).CompareTo((Int128)p2 * m1);
#else
        return RankMath.CompareExact(p1, m1, p2, m2);
#endif
    }

    /// <summary>Sorts best first (ties by unit id) and assigns competition ranks: equal units share the lowest rank.</summary>
    private static RankedUnit[] Order(RankedUnit[] units, Comparison<RankedUnit> compare, Action<RankedUnit, int> assign)
    {
        var ordered = units.ToArray();
        Array.Sort(ordered, (a, b) => compare(a, b) is var c && c != 0 ? c : string.CompareOrdinal(a.Id, b.Id));
        var rank = 0;
        for (var i = 0; i < ordered.Length; i++)
        {
            if (i == 0 || compare(ordered[i - 1], ordered[i]) != 0)
            {
                rank = i + 1;
            }

            assign(ordered[i], rank);
        }

        return ordered;
    }

    /// <summary>For each unit of one published ranking: the unit to overtake and the points needed, and the next band.</summary>
    private static void Gaps(IReadOnlyList<RankedUnit> ordered, CriteriaSet set, bool exact, int p)
    {
        var firstOfRank = 0;
        for (var i = 0; i < ordered.Count; i++)
        {
            var unit = ordered[i];
            if (i > 0 && ordered[i - 1].PublishedRank != unit.PublishedRank)
            {
                firstOfRank = i;
            }

            if (firstOfRank > 0)
            {
                var target = ordered[firstOfRank - 1];
                unit.NextUp = target;
                var needed = RankMath.TicksToOvertake(unit.MaxTicks, target.PointsTicks, target.MaxTicks, exact, p);
                unit.PointsToNextRank = Points.FromTicks(Math.Max(0, needed - unit.PointsTicks));
            }

            var bands = set.BandsFor(unit.Group);
            if (RankMath.NextBand(bands, unit.PointsTicks, unit.MaxTicks, exact, p) is { } next)
            {
                unit.NextBand = next;
                var needed = RankMath.TicksToReach(unit.MaxTicks, next.MinIndex, exact, p);
                unit.PointsToNextBand = Points.FromTicks(needed - unit.PointsTicks);
            }
        }
    }

    /// <summary>Ranks one published ranking's units on an area's reported index (competition rule, no tie-breakers).</summary>
    private static ComponentRanking RankArea(CriteriaNode area, int areaPosition, int areaCount, RankingGroup group, UnitIdOrder idOrder, int p)
    {
        var units = group.Units;
        var sheet = units.Count > 0 ? units[0].Score.Sheet : null;
        var node = sheet is not null && sheet.CriteriaSet.Compiled.TryGetNode(area.Code, out var n) ? n : -1;
        var pointsOf = new long[units.Count];
        var maxOf = new long[units.Count];
        var keys = new long[units.Count];
        var keyed = true;
        var order = new int[units.Count];
        var count = 0;
        for (var i = 0; i < units.Count; i++)
        {
            // As NodeScore.ReportedIndex, from the sheet's columns without building node results.
            var ordinal = units[i].Score.Ordinal;
            maxOf[i] = sheet!.MaxTicks(node, ordinal);
            pointsOf[i] = sheet.FinalTicks(node, ordinal);
            if (maxOf[i] != 0)
            {
                keyed &= RankMath.TryReportedKey(pointsOf[i], maxOf[i], p, out keys[i]);
                order[count++] = i;
            }
        }

        // The decimal indices only where an integer key is not exact for some unit.
        var indices = keyed ? null : new decimal?[units.Count];
        for (var k = 0; indices is not null && k < count; k++)
        {
            indices[order[k]] = RankMath.Reported(pointsOf[order[k]], maxOf[order[k]], p);
        }

        // Best index first, ties by unit id (a total order, so the sort need not be stable); on integer keys where
        // they are exact (every reported index × 10^precision), as one number per unit where key and id place fit in one.
        if (!keyed || !idOrder.TrySortByKeyThenId(order, count, keys))
        {
            Array.Sort(order, 0, count, keyed
                ? Comparer<int>.Create((a, b) => keys[b].CompareTo(keys[a]) is var c && c != 0 ? c : string.CompareOrdinal(units[a].Id, units[b].Id))
                : Comparer<int>.Create((a, b) => indices![b]!.Value.CompareTo(indices[a]!.Value) is var c && c != 0 ? c : string.CompareOrdinal(units[a].Id, units[b].Id)));
        }

        var ranks = new int?[units.Count];
        var leaders = new List<RankedUnit>();
        for (var k = 0; k < count; k++)
        {
            var i = order[k];
            var tied = k > 0 && (keyed ? keys[i] == keys[order[k - 1]] : indices![i] == indices[order[k - 1]]);
            ranks[i] = tied ? ranks[order[k - 1]] : k + 1;
            if (ranks[i] == 1)
            {
                leaders.Add(units[i]);
            }
        }

        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            if (unit.AreaRanks is not AreaRank[] list || list.Length != areaCount)
            {
                unit.AreaRanks = list = new AreaRank[areaCount];
            }

            list[areaPosition] = new AreaRank(area, ranks[i], pointsOf[i], maxOf[i], p);
        }

        return new ComponentRanking(area, group.Name, leaders.ToArray(), count > 0 ? RankMath.Reported(pointsOf[order[0]], maxOf[order[0]], p) : null);
    }

    /// <summary>A comparison where the unit that should rank higher compares lower (sorts first).</summary>
    private static Comparison<RankedUnit> TieBreaker(string name, bool exact, int p)
    {
        long Seen(Points points) => exact ? points.Ticks : Points.FromDecimal(points.Round(p)).Ticks;
        var tieBreaker = Criteria.TieBreaker.FromName(name);
        switch (tieBreaker.Kind)
        {
            case TieBreakerKind.Survey:
                return (a, b) => Seen(b.Score.SurveyPoints).CompareTo(Seen(a.Score.SurveyPoints));
            case TieBreakerKind.SelfAccuracy:
                return (a, b) => Seen((a.Score.SelfPoints - a.Score.AppraisedPoints).Abs()).CompareTo(Seen((b.Score.SelfPoints - b.Score.AppraisedPoints).Abs()));
            case TieBreakerKind.UnitId:
                return (a, b) => string.CompareOrdinal(a.Id, b.Id);
            default:
                var code = tieBreaker.Code!;
                return (a, b) => Seen(b.Score.Node(code).Points).CompareTo(Seen(a.Score.Node(code).Points));
        }
    }

    private static IReadOnlyList<string> ValidateTieBreakers(CriteriaSet set, IReadOnlyList<string> names)
    {
        var problems = new List<Diagnostic>();
        var result = new List<string>();
        foreach (var raw in names)
        {
            if (Criteria.TieBreaker.TryParse(raw, code => set.TryGetNode(code, out _), set.Nodes.Select(x => x.Code), set.Id, out var tieBreaker, out var problem))
            {
                result.Add(tieBreaker.Name);
            }
            else
            {
                problems.Add(new Diagnostic(null, problem!));
            }
        }

        if (problems.Count > 0)
        {
            throw new ParIndexException(problems);
        }

        return result;
    }
}
