using System;
using System.Collections.Generic;
using System.Linq;

namespace ParIndex.Tests.Reference;

/// <summary>
/// Ranks reference scores by docs/ranking.md: competition ranking on the reported or exact index, tie-breakers,
/// groups, bands and group bands, what it would take, component ranks, accuracy and changes since the previous round.
/// </summary>
internal static class ReferenceRanker
{
    public static ReferenceRanking Rank(ReferenceCase c, ReferenceScores scores)
    {
        var set = c.Set;
        var p = set.EffectivePrecision;
        var exact = c.ExactOverride ?? set.Ranking == "exact";
        var tree = scores.Tree;
        var ranked = scores.Units.Select(s => new RankedRef { S = s }).ToList();

        Rational Seen(Rational x) => exact ? x : x.RoundHalfAwayFromZero(p);

        // Negative when a should be ranked above b.
        int Compare(RankedRef a, RankedRef b)
        {
            var r = Seen(b.S.Index).CompareTo(Seen(a.S.Index));
            foreach (var t in set.TieBreakers)
            {
                if (r != 0)
                {
                    break;
                }

                r = t switch
                {
                    "survey" => Seen(b.S.SurveyPoints).CompareTo(Seen(a.S.SurveyPoints)),
                    "self_accuracy" => Seen((a.S.SelfPoints - a.S.AppraisedPoints).Abs()).CompareTo(Seen((b.S.SelfPoints - b.S.AppraisedPoints).Abs())),
                    "unit_id" => Math.Sign(string.CompareOrdinal(a.Id, b.Id)),
                    _ => Seen(b.S.NodePoints[tree.ByCode[t.Substring(5)]]).CompareTo(Seen(a.S.NodePoints[tree.ByCode[t.Substring(5)]])),
                };
            }

            return r;
        }

        foreach (var u in ranked)
        {
            u.Rank = 1 + ranked.Count(v => Compare(v, u) < 0);
        }

        var byGroup = c.GroupBy && ranked.Any(u => u.Group is not null);
        var groups = new List<(string? Name, List<RankedRef> Units)>();
        if (byGroup)
        {
            foreach (var name in ranked.Select(u => u.Group).Distinct().OrderBy(g => g is null ? 1 : 0).ThenBy(g => g, StringComparer.Ordinal))
            {
                var members = ranked.Where(u => u.Group == name).ToList();
                foreach (var u in members)
                {
                    u.GroupRank = 1 + members.Count(v => Compare(v, u) < 0);
                }

                groups.Add((name, members.OrderBy(u => u.GroupRank).ThenBy(u => u.Id, StringComparer.Ordinal).ToList()));
            }
        }
        else
        {
            groups.Add((null, ranked.OrderBy(u => u.Rank).ThenBy(u => u.Id, StringComparer.Ordinal).ToList()));
        }

        foreach (var u in ranked)
        {
            var bands = BandsFor(set, u.Group);
            u.Band = bands.FirstOrDefault(b => ReachesBand(u.S.Index, Rational.Parse(b.Min), exact, p));
            u.NextBand = u.Band is null ? bands.LastOrDefault() : bands.TakeWhile(b => b != u.Band).LastOrDefault();
            if (u.NextBand is { } next)
            {
                u.ToNextBand = TicksToReach(u.S, Rational.Parse(next.Min), exact, p);
            }
        }

        var areas = tree.Areas.Where(a => a.Block == RefBlock.None).ToList();
        var leaders = new List<(RNode Area, string? Group, List<RankedRef> Leaders, Rational? Index)>();
        foreach (var (_, members) in groups)
        {
            foreach (var u in members)
            {
                var rank = u.GroupRank ?? u.Rank;
                var above = members.Where(v => (v.GroupRank ?? v.Rank) < rank).ToList();
                if (above.Count > 0)
                {
                    var nearest = above.Max(v => v.GroupRank ?? v.Rank);
                    var target = above.Where(v => (v.GroupRank ?? v.Rank) == nearest).OrderBy(v => v.Id, StringComparer.Ordinal).Last();
                    u.NextUp = target;
                    u.ToNextRank = TicksToOvertake(u.S, target.S, exact, p);
                }
            }
        }

        foreach (var area in areas)
        {
            foreach (var (name, members) in groups)
            {
                Rational? Reported(RankedRef u) => u.S.NodeMax[area].IsZero ? null : (u.S.NodePoints[area] * Rational.Hundred / u.S.NodeMax[area]).RoundHalfAwayFromZero(p);
                foreach (var u in members)
                {
                    var mine = Reported(u);
                    int? rank = mine is { } m ? 1 + members.Count(v => Reported(v) is { } x && x > m) : null;
                    u.AreaRanks[area] = (mine, rank);
                }

                var top = members.Where(u => u.AreaRanks[area].Rank == 1).OrderBy(u => u.Id, StringComparer.Ordinal).ToList();
                leaders.Add((area, name, top, top.Count > 0 ? top[0].AreaRanks[area].Index : null));
            }
        }

        foreach (var u in ranked)
        {
            u.AreasLed = u.AreaRanks.Values.Count(r => r.Rank == 1);
        }

        var notRanked = new List<RefPreviousRow>();
        if (c.Previous is { } prev)
        {
            foreach (var u in ranked)
            {
                u.Previous = prev.Rows.FirstOrDefault(r => r.UnitId == u.Id);
                if (u.Previous is { } before)
                {
                    u.PreviousIndex = Rational.Parse(CaseFiles.PreviousIndexText(before, prev.Style));
                }
            }

            notRanked = prev.Rows.Where(r => ranked.All(u => u.Id != r.UnitId)).OrderBy(r => r.Rank).ThenBy(r => r.UnitId, StringComparer.Ordinal).ToList();
        }

        return new ReferenceRanking(c, scores, exact, byGroup, ranked.OrderBy(u => u.Rank).ThenBy(u => u.Id, StringComparer.Ordinal).ToList(), groups, leaders, notRanked);
    }

    /// <summary>The unit's bands, highest minimum first: its group's bands when the set lists that group, else the set's.</summary>
    public static List<RefBand> BandsFor(RefSet set, string? group)
    {
        var bands = group is not null && set.GroupBands.FirstOrDefault(g => g.Key == group).Value is { } gb ? gb : set.Bands;
        return bands.OrderByDescending(b => Rational.Parse(b.Min)).ToList();
    }

    /// <summary>Whether an index reaches a band's minimum: the reported index ≥ min, or the exact index ≥ min.</summary>
    public static bool ReachesBand(Rational index, Rational min, bool exact, int p) => (exact ? index : index.RoundHalfAwayFromZero(p)) >= min;

    /// <summary>Fewest points (a whole number of millionths) that make the unit's ranked index strictly greater than the target's.</summary>
    private static Rational TicksToOvertake(ReferenceUnitScore unit, ReferenceUnitScore target, bool exact, int p)
    {
        if (exact)
        {
            // (P + n) / M > Pt / Mt  ⟺  n > Pt × M / Mt − P.
            return Rational.Max(Rational.Zero, SmallestTick(target.Index * unit.Max / Rational.Hundred - unit.Points, strict: true));
        }

        // reported > R  ⟺  reported ≥ R + one unit of the last printed digit.
        return NeededForReported(unit, target.Index.RoundHalfAwayFromZero(p) + Rational.Pow10(-p), p);
    }

    private static Rational TicksToReach(ReferenceUnitScore unit, Rational min, bool exact, int p)
    {
        if (exact)
        {
            return Rational.Max(Rational.Zero, SmallestTick(min * unit.Max / Rational.Hundred - unit.Points, strict: false));
        }

        // The smallest printable index ≥ min.
        return NeededForReported(unit, min.CeilingTo(p), p);
    }

    /// <summary>Fewest points for which the index rounded half away from zero to p places is ≥ k (k on the p-place grid).</summary>
    private static Rational NeededForReported(ReferenceUnitScore unit, Rational k, int p)
    {
        // round(x) ≥ k ⟺ x ≥ k − ½·10^−p when that is positive (the midpoint rounds up), x > k − ½·10^−p when negative.
        var threshold = k - (Rational.Pow10(-p) / Rational.Of(2));
        var needed = threshold * unit.Max / Rational.Hundred - unit.Points;
        return Rational.Max(Rational.Zero, SmallestTick(needed, strict: threshold.Sign < 0));
    }

    /// <summary>The smallest multiple of 0.000001 that is ≥ x (or &gt; x when strict).</summary>
    private static Rational SmallestTick(Rational x, bool strict)
    {
        var scaled = x * Rational.Pow10(6);
        var n = strict ? scaled.Floor() + 1 : scaled.Ceiling();
        return Rational.Of(n, 1_000_000);
    }
}

internal sealed class RankedRef
{
    public required ReferenceUnitScore S { get; init; }

    public string Id => S.Id;

    public string? Group => S.Group;

    public int Rank { get; set; }

    public int? GroupRank { get; set; }

    public int PublishedRank => GroupRank ?? Rank;

    public RefBand? Band { get; set; }

    public RefBand? NextBand { get; set; }

    public Rational? ToNextBand { get; set; }

    public RankedRef? NextUp { get; set; }

    public Rational? ToNextRank { get; set; }

    /// <summary>Reported area index and rank (null when the area has no applicable maximum for the unit), per ordinary area.</summary>
    public Dictionary<RNode, (Rational? Index, int? Rank)> AreaRanks { get; } = new();

    public int AreasLed { get; set; }

    public RefPreviousRow? Previous { get; set; }

    public Rational? PreviousIndex { get; set; }

    public int? RankChange => Previous is { } p ? p.Rank - Rank : null;

    /// <summary>Whether the unit is in another group than last round: joining or leaving a group is a move too.</summary>
    public bool MovedGroup => Previous is { } p && !string.Equals(p.Group, Group, StringComparison.Ordinal);

    public int? GroupRankChange => Previous?.GroupRank is { } before && GroupRank is { } now && !MovedGroup ? before - now : null;

    public int? PublishedRankChange => GroupRank is not null && Previous?.GroupRank is not null ? GroupRankChange : RankChange;
}

internal sealed record ReferenceRanking(
    ReferenceCase Case,
    ReferenceScores Scores,
    bool Exact,
    bool ByGroup,
    List<RankedRef> Units,
    List<(string? Name, List<RankedRef> Units)> Groups,
    List<(RNode Area, string? Group, List<RankedRef> Leaders, Rational? Index)> Leaders,
    List<RefPreviousRow> NotRanked);
