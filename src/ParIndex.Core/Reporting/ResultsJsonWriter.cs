using System;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using ParIndex.Ranking;

namespace ParIndex.Reporting;

/// <summary>
/// Writes a ranking as JSON. The names below are stable (new ones may be added):
/// <c>{ "criteriaSet": {"id", "maxPoints"}, "units": [ { "id", "name", "group", "rank", "selfPoints",
/// "points", "maxPoints", "index", "band", "areas": [ {"code", "points", "maxPoints", "index"} ] } ] }</c>.
/// Numbers are already rounded half away from zero to the set's precision and printed with exactly
/// that many decimals (<c>93.10</c>); <c>maxPoints</c> of a unit is its applicable maximum; an area without a
/// maximum (a deduction or bonus block) has <c>"index": null</c>.
/// </summary>
public static class ResultsJsonWriter
{
    /// <summary>Writes the ranking as indented UTF-8 JSON.</summary>
    /// <param name="ranking">The ranking.</param>
    /// <param name="stream">Where to write.</param>
    public static void Write(RankingResult ranking, Stream stream)
    {
        if (ranking is null)
        {
            throw new ArgumentNullException(nameof(ranking));
        }

        var set = ranking.Sheet.CriteriaSet;
        var p = set.Precision;
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteStartObject("criteriaSet");
        json.WriteString("id", set.Id);
        json.WriteString("name", set.Name);
        json.WriteNumber("maxPoints", Fixed(set.MaxPoints, p));
        json.WriteNumber("precision", p);
        json.WriteEndObject();
        json.WriteStartArray("units");
        foreach (var unit in ranking.Units)
        {
            var score = unit.Score;
            json.WriteStartObject();
            json.WriteString("id", score.Id);
            json.WriteString("name", score.Name);
            WriteNullableString(json, "group", score.Group);
            json.WriteNumber("rank", unit.Rank);
            json.WriteNumber("selfPoints", Fixed(score.SelfPoints, p));
            json.WriteNumber("points", Fixed(score.Points, p));
            json.WriteNumber("surveyPoints", Fixed(score.SurveyPoints, p));
            json.WriteNumber("maxPoints", Fixed(score.MaxPoints, p));
            if (set.OverScoringPenalty is not null)
            {
                json.WriteNumber("overScoringPenalty", Fixed(score.OverScoringPenalty, p));
            }

            json.WriteNumber("index", Fixed(score.ReportedIndex, p));
            WriteNullableString(json, "band", unit.Band?.Name);
            json.WriteStartArray("areas");
            foreach (var area in score.Areas)
            {
                json.WriteStartObject();
                json.WriteString("code", area.Node.Code);
                json.WriteString("name", area.Node.Name);
                json.WriteNumber("points", Fixed(area.Points, p));
                json.WriteNumber("maxPoints", Fixed(area.MaxPoints, p));
                if (area.ReportedIndex is { } index)
                {
                    json.WriteNumber("index", Fixed(index, p));
                }
                else
                {
                    json.WriteNull("index");
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static decimal Fixed(Points points, int precision) => Fixed(points.Round(precision), precision);

    /// <summary>The value with exactly <paramref name="precision"/> decimal places (93.1 → 93.10), so every number prints alike.</summary>
    private static decimal Fixed(decimal rounded, int precision) => rounded + new decimal(0, 0, 0, false, (byte)precision);

    private static void WriteNullableString(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
