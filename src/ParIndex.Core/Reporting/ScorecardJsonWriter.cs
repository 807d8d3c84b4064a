using System;
using System.IO;
using System.Text.Json;
using ParIndex.Internal;
using ParIndex.Scoring;
using static ParIndex.Reporting.JsonOutput;

namespace ParIndex.Reporting;

/// <summary>
/// Writes a unit's scorecard (phiếu chấm điểm; <c>parindex explain --format json</c>; <c>"kind": "scorecard"</c>): the
/// unit's totals, every node of the criteria set with its maximum, self-assessed value and points, each appraisal with
/// its reason, final points and points lost, the capped deduction blocks and where the unit lost points, most first.
/// Shape in docs/output-format.md.
/// </summary>
public static class ScorecardJsonWriter
{
    /// <summary>Writes the scorecard as indented UTF-8 JSON (no byte order mark); the stream is left open.</summary>
    /// <param name="scorecard">The unit's scorecard.</param>
    /// <param name="stream">Where to write.</param>
    public static void Write(Scorecard scorecard, Stream stream)
    {
        TextOutput.NotNull(scorecard, nameof(scorecard));

        var unit = scorecard.Unit;
        var set = unit.Sheet.CriteriaSet;
        var p = set.Precision;
        using var json = Create(stream);
        Start(json, "scorecard", set);
        json.WriteStartObject("unit");
        json.WriteString("unit_id", unit.Id);
        json.WriteString("unit_name", unit.Name);
        StringOrNull(json, "group", unit.Group);
        Fixed(json, "self_points", unit.SelfPoints, p);
        Fixed(json, "points", unit.Points, p);
        Fixed(json, "survey_points", unit.SurveyPoints, p);
        Fixed(json, "max_points", unit.MaxPoints, p);
        if (set.OverScoringPenalty is not null)
        {
            Fixed(json, "over_scoring_penalty", unit.OverScoringPenalty, p);
        }

        Fixed(json, "index", unit.ReportedIndex, p);
        json.WriteEndObject();
        json.WriteStartArray("nodes");
        foreach (var row in ScorecardRows.Of(scorecard))
        {
            WriteNode(json, row, p);
        }

        json.WriteEndArray();
        json.WriteStartArray("largest_losses");
        foreach (var loss in scorecard.LargestLosses)
        {
            json.WriteStartObject();
            json.WriteString("code", loss.Node.Code);
            json.WriteString("name", loss.Node.Name);
            Fixed(json, "points", loss.Points, p);
            Fixed(json, "lost", loss.Lost, p);
            FixedOrNull(json, "deducted_before_cap", loss.DeductedBeforeCap, p);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteNode(Utf8JsonWriter json, ScorecardRows.Row row, int p)
    {
        var leaf = row.Leaf;
        json.WriteStartObject();
        json.WriteString("code", row.Node.Code);
        json.WriteString("name", row.Node.Name);
        json.WriteNumber("depth", row.Node.Depth);
        json.WriteBoolean("leaf", row.Node.IsLeaf);
        json.WriteString("block", ScorecardRows.Block(row.Node.Block));
        json.WriteString("source", ScorecardRows.Source(row.Node));
        Fixed(json, "max_points", row.MaxPoints, p);
        StringOrNull(json, "self_value", leaf?.SelfValue);
        if (leaf is null)
        {
            json.WriteNull("self_not_applicable");
        }
        else
        {
            json.WriteBoolean("self_not_applicable", leaf.SelfNotApplicable);
        }

        Fixed(json, "self_points", row.SelfPoints, p);
        json.WriteStartArray("appraisals");
        foreach (var a in leaf?.Appraisals ?? Array.Empty<AppraisalStep>())
        {
            json.WriteStartObject();
            json.WriteString("round", a.Round);
            json.WriteString("kind", ScorecardRows.Kind(a.Adjustment.Kind));
            json.WriteString("value", a.Adjustment.DisplayValue);
            json.WriteString("reason", a.Adjustment.Reason);
            Fixed(json, "points_after", a.PointsAfter, p);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Fixed(json, "points", row.Points, p);
        Fixed(json, "lost", row.Lost, p);
        StringOrNull(json, "evidence", leaf?.Evidence);
        StringOrNull(json, "note", leaf?.Note);
        json.WriteEndObject();
    }
}
