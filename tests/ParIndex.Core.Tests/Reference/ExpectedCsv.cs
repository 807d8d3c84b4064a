using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ParIndex.Tests.Reference;

/// <summary>
/// The CSV files the tool should write for a case, cell by cell, from the reference ranking: <c>score --format csv</c>,
/// <c>rank --format csv</c> and <c>rank --criteria-out</c> (docs/input-format.md, "Output").
/// </summary>
internal static class ExpectedCsv
{
    public static List<List<KeyValuePair<string, string>>> Score(ReferenceRanking r)
    {
        var set = r.Case.Set;
        var p = set.EffectivePrecision;
        var tree = r.Scores.Tree;
        var rows = new List<List<KeyValuePair<string, string>>>();
        foreach (var u in r.Units)
        {
            var s = u.S;
            var row = new List<KeyValuePair<string, string>>();
            void Add(string name, string value) => row.Add(new(name, value));
            Add("rank", Int(u.Rank));
            Add("unit_id", u.Id);
            Add("unit_name", s.Unit.Name);
            Add("group", u.Group ?? "");
            Add("self_points", s.SelfPoints.Format(p));
            Add("points", s.Points.Format(p));
            Add("survey_points", s.SurveyPoints.Format(p));
            Add("max_points", s.Max.Format(p));
            if (set.Penalty is not null)
            {
                Add("over_scoring_penalty", s.Penalty.Format(p));
            }

            Add("index", s.Index.Format(p));
            Add("band", u.Band?.Name ?? "");
            foreach (var area in tree.Areas)
            {
                Add($"area_{area.Code}_points", s.NodePoints[area].Format(p));
                Add($"area_{area.Code}_index", AreaIndex(s, area) is { } x ? x.Format(p) : "");
            }

            Add("group_rank", Int(u.GroupRank));
            Add("appraised_points", s.AppraisedPoints.Format(p));
            Add("self_minus_appraised", (s.SelfPoints - s.AppraisedPoints).Format(p));
            Add("previous_rank", Int(u.Previous?.Rank));
            Add("rank_change", Int(u.RankChange));
            Add("group_rank_change", Int(u.GroupRankChange));
            Add("index_change", IndexChange(u, p));
            Add("next_rank_unit_id", u.NextUp?.Id ?? "");
            Add("points_to_next_rank", Up(u.ToNextRank, p));
            Add("next_band", u.NextBand?.Name ?? "");
            Add("points_to_next_band", Up(u.ToNextBand, p));
            Add("areas_led", Int(u.AreasLed));
            foreach (var area in tree.Areas.Where(a => a.Block == RefBlock.None))
            {
                Add($"area_{area.Code}_rank", Int(u.AreaRanks[area].Rank));
            }

            rows.Add(row);
        }

        return rows;
    }

    public static List<List<KeyValuePair<string, string>>> Rank(ReferenceRanking r)
    {
        var p = r.Case.Set.EffectivePrecision;
        var rows = new List<List<KeyValuePair<string, string>>>();
        foreach (var (_, members) in r.Groups)
        {
            foreach (var u in members)
            {
                var s = u.S;
                var row = new List<KeyValuePair<string, string>>();
                void Add(string name, string value) => row.Add(new(name, value));
                Add("group", u.Group ?? "");
                Add("rank", Int(u.PublishedRank));
                Add("overall_rank", Int(u.Rank));
                Add("unit_id", u.Id);
                Add("unit_name", s.Unit.Name);
                Add("index", s.Index.Format(p));
                Add("band", u.Band?.Name ?? "");
                Add("previous_rank", Int(u.Previous is { } before ? (r.ByGroup && before.GroupRank is { } g ? g : before.Rank) : null));
                Add("rank_change", Int(u.PublishedRankChange));
                Add("index_change", IndexChange(u, p));
                Add("next_rank_unit_id", u.NextUp?.Id ?? "");
                Add("points_to_next_rank", Up(u.ToNextRank, p));
                Add("next_band", u.NextBand?.Name ?? "");
                Add("points_to_next_band", Up(u.ToNextBand, p));
                Add("areas_led", Int(u.AreasLed));
                Add("areas_ranked", Int(u.AreaRanks.Values.Count(a => a.Rank is not null)));
                Add("self_points", s.SelfPoints.Format(p));
                Add("appraised_points", s.AppraisedPoints.Format(p));
                Add("self_minus_appraised", (s.SelfPoints - s.AppraisedPoints).Format(p));
                Add("self_to_appraised_percent", s.AppraisedPoints.IsZero ? "" : (s.SelfPoints * Rational.Hundred / s.AppraisedPoints).Format(p));
                Add("criteria_marked_down", Int(MarkedDown(r, s)));
                Add("penalty", s.Penalty.Format(p));
                rows.Add(row);
            }
        }

        return rows;
    }

    public static List<List<KeyValuePair<string, string>>> Criteria(ReferenceRanking r)
    {
        var p = r.Case.Set.EffectivePrecision;
        var rows = new List<List<KeyValuePair<string, string>>>();
        foreach (var c in CriterionAccuracy(r))
        {
            rows.Add(new List<KeyValuePair<string, string>>
            {
                new("code", c.Leaf.Code),
                new("criterion", c.Leaf.Def.Name),
                new("area", c.Leaf.Area.Code),
                new("max_points", c.Leaf.Max.Format(p)),
                new("units_marked_down", Int(c.Down)),
                new("total_mark_down", c.Total.Format(p)),
                new("average_mark_down", c.Down == 0 ? "" : (c.Total / Rational.Of(c.Down)).Format(p)),
                new("units_marked_up", Int(c.Up)),
            });
        }

        return rows;
    }

    /// <summary>Per self-assessed leaf: units the appraisal gave fewer points than they gave themselves, the points taken off, units given more.</summary>
    public static IEnumerable<(RNode Leaf, int Down, Rational Total, int Up)> CriterionAccuracy(ReferenceRanking r)
    {
        foreach (var leaf in r.Scores.Tree.Leaves.Where(l => !l.Survey))
        {
            int down = 0, up = 0;
            var total = Rational.Zero;
            foreach (var s in r.Scores.Units)
            {
                var diff = s.SelfLeaves[leaf] - s.FinalLeaves[leaf];
                if (diff.Sign > 0)
                {
                    down++;
                    total += diff;
                }
                else if (diff.Sign < 0)
                {
                    up++;
                }
            }

            yield return (leaf, down, total, up);
        }
    }

    public static int MarkedDown(ReferenceRanking r, ReferenceUnitScore s) =>
        r.Scores.Tree.Leaves.Count(l => !l.Survey && s.FinalLeaves[l] < s.SelfLeaves[l]);

    public static Rational? AreaIndex(ReferenceUnitScore s, RNode area) =>
        s.NodeMax[area].IsZero ? null : s.NodePoints[area] * Rational.Hundred / s.NodeMax[area];

    /// <summary>The reported index less the previous index, rounded once.</summary>
    public static string IndexChange(RankedRef u, int p) =>
        u.PreviousIndex is { } before ? (u.S.Index.RoundHalfAwayFromZero(p) - before).Format(p) : "";

    /// <summary>Points needed, rounded up so that the printed figure suffices.</summary>
    public static string Up(Rational? points, int p) => points is { } x ? x.CeilingTo(p).Format(p) : "";

    public static string Int(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
