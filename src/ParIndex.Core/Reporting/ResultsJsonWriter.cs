using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using ParIndex.Internal;
using ParIndex.Ranking;
using static ParIndex.Reporting.JsonOutput;

namespace ParIndex.Reporting;

/// <summary>
/// Writes a ranking as JSON (<c>parindex score</c> and <c>rank --format json</c>; <c>"kind": "results"</c>): the
/// criteria set, the ranking settings, one object per unit (points, index, band, ranking figures, areas), the
/// component-index leaders, the self-assessment accuracy and the units not ranked this year. The shape, with every
/// field, is in docs/output-format.md; names are snake_case and stable (new ones may be added).
/// </summary>
public static class ResultsJsonWriter
{
    /// <summary>Writes the ranking as indented UTF-8 JSON (no byte order mark); the stream is left open.</summary>
    /// <param name="ranking">The ranking.</param>
    /// <param name="stream">Where to write.</param>
    public static void Write(RankingResult ranking, Stream stream)
    {
        TextOutput.NotNull(ranking, nameof(ranking));

        var set = ranking.Sheet.CriteriaSet;
        var p = set.Precision;
        using var json = Create(stream);
        Start(json, "results", set);
        json.WriteStartObject("ranking");
        json.WriteBoolean("exact_comparison", ranking.ExactComparison);
        json.WriteBoolean("by_group", ranking.ByGroup);
        Strings(json, "tie_breakers", ranking.TieBreakers);
        json.WriteEndObject();
        json.WriteStartArray("units");
        foreach (var unit in ranking.Units)
        {
            WriteUnit(json, unit, p);
        }

        json.WriteEndArray();
        WriteComponentLeaders(json, ranking, p);
        WriteAccuracy(json, ranking.Accuracy, p);
        json.WriteStartArray("not_ranked_this_year");
        foreach (var u in ranking.NotRankedThisYear)
        {
            json.WriteStartObject();
            json.WriteString("unit_id", u.Id);
            StringOrNull(json, "unit_name", u.Name);
            StringOrNull(json, "group", u.Group);
            json.WriteNumber("previous_rank", u.Rank);
            Fixed(json, "previous_index", u.Index, p);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteUnit(Utf8JsonWriter json, RankedUnit unit, int p)
    {
        var s = unit.Score;
        json.WriteStartObject();
        json.WriteString("unit_id", s.Id);
        json.WriteString("unit_name", s.Name);
        StringOrNull(json, "group", s.Group);
        json.WriteNumber("rank", unit.Rank);
        Fixed(json, "self_points", s.SelfPoints, p);
        Fixed(json, "points", s.Points, p);
        Fixed(json, "survey_points", s.SurveyPoints, p);
        Fixed(json, "max_points", s.MaxPoints, p);
        if (s.Sheet.CriteriaSet.OverScoringPenalty is not null)
        {
            Fixed(json, "over_scoring_penalty", s.OverScoringPenalty, p);
        }

        Fixed(json, "index", s.ReportedIndex, p);
        StringOrNull(json, "band", unit.Band?.Name);
        IntOrNull(json, "group_rank", unit.GroupRank);
        Fixed(json, "appraised_points", s.AppraisedPoints, p);
        Fixed(json, "self_minus_appraised", s.SelfPoints - s.AppraisedPoints, p);
        IntOrNull(json, "previous_rank", unit.Previous?.Rank);
        FixedOrNull(json, "previous_index", unit.Previous?.Index, p);
        IntOrNull(json, "rank_change", unit.RankChange);
        IntOrNull(json, "group_rank_change", unit.GroupRankChange);
        FixedOrNull(json, "index_change", unit.IndexChange, p);
        StringOrNull(json, "next_rank_unit_id", unit.NextUp?.Id);
        FixedOrNull(json, "points_to_next_rank", unit.ReportedPointsToNextRank, p);
        StringOrNull(json, "next_band", unit.NextBand?.Name);
        FixedOrNull(json, "points_to_next_band", unit.ReportedPointsToNextBand, p);
        json.WriteNumber("areas_led", unit.AreasLed);
        json.WriteStartArray("areas");
        foreach (var area in s.Areas)
        {
            json.WriteStartObject();
            json.WriteString("code", area.Node.Code);
            json.WriteString("name", area.Node.Name);
            Fixed(json, "points", area.Points, p);
            Fixed(json, "max_points", area.MaxPoints, p);
            FixedOrNull(json, "index", area.ReportedIndex, p);
            IntOrNull(json, "rank", unit.AreaRanks.FirstOrDefault(r => r.Area == area.Node)?.Rank);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteComponentLeaders(Utf8JsonWriter json, RankingResult ranking, int p)
    {
        json.WriteStartArray("component_leaders");
        foreach (var c in ranking.ComponentRankings)
        {
            json.WriteStartObject();
            json.WriteString("area", c.Area.Code);
            StringOrNull(json, "group", c.Group);
            FixedOrNull(json, "index", c.LeadingIndex, p);
            Strings(json, "unit_ids", c.Leaders.Select(u => u.Id));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteAccuracy(Utf8JsonWriter json, AccuracyReport accuracy, int p)
    {
        json.WriteStartObject("accuracy");
        json.WriteStartArray("groups");
        foreach (var g in new[] { accuracy.Overall }.Concat(accuracy.Groups))
        {
            json.WriteStartObject();
            json.WriteBoolean("all_units", ReferenceEquals(g, accuracy.Overall));
            StringOrNull(json, "group", g.Group);
            json.WriteNumber("units", g.UnitCount);
            Fixed(json, "average_self_points", g.AverageSelfPoints, p);
            Fixed(json, "average_appraised_points", g.AverageAppraisedPoints, p);
            json.WriteNumber("units_over_scored", g.UnitsOverScored);
            json.WriteNumber("units_penalised", g.UnitsPenalised);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("units");
        foreach (var a in accuracy.Units)
        {
            json.WriteStartObject();
            json.WriteString("unit_id", a.Unit.Id);
            Fixed(json, "self_points", a.SelfPoints, p);
            Fixed(json, "appraised_points", a.AppraisedPoints, p);
            Fixed(json, "difference", a.Difference, p);
            FixedOrNull(json, "self_to_appraised_percent", a.SelfToAppraisedPercent, p);
            json.WriteNumber("criteria_marked_down", a.CriteriaMarkedDown);
            Fixed(json, "penalty", a.Penalty, p);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("criteria");
        foreach (var c in accuracy.Criteria)
        {
            json.WriteStartObject();
            json.WriteString("code", c.Leaf.Code);
            json.WriteNumber("units_marked_down", c.UnitsMarkedDown);
            Fixed(json, "total_mark_down", c.TotalMarkDown, p);
            FixedOrNull(json, "average_mark_down", c.AverageMarkDown, p);
            json.WriteNumber("units_marked_up", c.UnitsMarkedUp);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
