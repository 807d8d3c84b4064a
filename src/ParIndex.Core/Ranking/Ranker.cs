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

        var units = sheet.Units.Select(s => Prepare(s, set, exact, p)).ToArray();
        var compareIndex = exact
            ? (Comparison<RankedUnit>)((a, b) => RankMath.CompareExact(b.PointsTicks, b.MaxTicks, a.PointsTicks, a.MaxTicks))
            : (a, b) => b.Score.ReportedIndex.CompareTo(a.Score.ReportedIndex);
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

        foreach (var area in set.Areas.Where(a => a.Block == NodeBlock.None))
        {
            foreach (var group in groups)
            {
                components.Add(RankArea(area, group, p));
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

    private static RankedUnit Prepare(UnitScore score, CriteriaSet set, bool exact, int p) =>
        new(score) { Band = RankMath.Classify(set.BandsFor(score.Group), score.Points.Ticks, score.MaxPoints.Ticks, exact, p) };

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
    private static ComponentRanking RankArea(CriteriaNode area, RankingGroup group, int p)
    {
        var scored = group.Units
            .Select(u => (Unit: u, Index: u.Score.Node(area.Code).ReportedIndex))
            .ToArray();
        var ordered = scored.Where(s => s.Index is not null)
            .OrderByDescending(s => s.Index!.Value).ThenBy(s => s.Unit.Id, StringComparer.Ordinal).ToArray();
        var ranks = new Dictionary<RankedUnit, int>();
        for (var i = 0; i < ordered.Length; i++)
        {
            ranks[ordered[i].Unit] = i > 0 && ordered[i].Index == ordered[i - 1].Index ? ranks[ordered[i - 1].Unit] : i + 1;
        }

        foreach (var (unit, index) in scored)
        {
            var rank = ranks.TryGetValue(unit, out var r) ? r : (int?)null;
            unit.AreaRanks = unit.AreaRanks.Concat(new[] { new AreaRank(area, rank, index) }).ToArray();
        }

        var leaders = ordered.Where(s => ranks[s.Unit] == 1).Select(s => s.Unit).ToArray();
        return new ComponentRanking(area, group.Name, leaders, ordered.Length > 0 ? ordered[0].Index : null);
    }

    /// <summary>A comparison where the unit that should rank higher compares lower (sorts first).</summary>
    private static Comparison<RankedUnit> TieBreaker(string name, bool exact, int p)
    {
        long Seen(Points points) => exact ? points.Ticks : Points.FromDecimal(points.Round(p)).Ticks;
        switch (name)
        {
            case "survey":
                return (a, b) => Seen(b.Score.SurveyPoints).CompareTo(Seen(a.Score.SurveyPoints));
            case "self_accuracy":
                return (a, b) => Seen((a.Score.SelfPoints - a.Score.AppraisedPoints).Abs()).CompareTo(Seen((b.Score.SelfPoints - b.Score.AppraisedPoints).Abs()));
            case "unit_id":
                return (a, b) => string.CompareOrdinal(a.Id, b.Id);
            default:
                var code = name.Substring("node:".Length);
                return (a, b) => Seen(b.Score.Node(code).Points).CompareTo(Seen(a.Score.Node(code).Points));
        }
    }

    private static IReadOnlyList<string> ValidateTieBreakers(CriteriaSet set, IReadOnlyList<string> names)
    {
        var problems = new List<Diagnostic>();
        var result = new List<string>();
        foreach (var raw in names)
        {
            var name = (raw ?? "").Trim();
            if (name is "survey" or "self_accuracy" or "unit_id")
            {
                result.Add(name);
            }
            else if (name.StartsWith("node:", StringComparison.Ordinal))
            {
                var code = name.Substring("node:".Length).Trim();
                if (set.TryGetNode(code, out _))
                {
                    result.Add("node:" + code);
                }
                else
                {
                    problems.Add(new Diagnostic(null, $"tie-breaker '{name}' names no criterion in criteria set '{set.Id}'"));
                }
            }
            else
            {
                problems.Add(new Diagnostic(null, $"unknown tie-breaker '{name}'; use 'survey', 'self_accuracy', 'node:CODE' or 'unit_id'"));
            }
        }

        if (problems.Count > 0)
        {
            throw new ParIndexException(problems);
        }

        return result;
    }
}
