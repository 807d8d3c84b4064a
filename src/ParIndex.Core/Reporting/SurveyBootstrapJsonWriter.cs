using System;
using System.IO;
using ParIndex.Internal;
using ParIndex.Survey;
using static ParIndex.Reporting.JsonOutput;

namespace ParIndex.Reporting;

/// <summary>
/// Writes the survey bootstrap as JSON (<c>parindex uncertainty --survey-bootstrap --format json</c>;
/// <c>"kind": "survey-bootstrap"</c>): the settings, the group samples borrowed from other units, and per unit its
/// nominal rank, index interval and rank statistics from survey sampling alone and combined with the weights. Shape in
/// docs/output-format.md.
/// </summary>
public static class SurveyBootstrapJsonWriter
{
    /// <summary>Writes the bootstrap as indented UTF-8 JSON (no byte order mark); the stream is left open.</summary>
    /// <param name="result">The bootstrap.</param>
    /// <param name="stream">Where to write.</param>
    public static void Write(SurveyBootstrapResult result, Stream stream)
    {
        TextOutput.NotNull(result, nameof(result));

        var set = result.Sheet.CriteriaSet;
        var p = set.Precision;
        using var json = Create(stream);
        Start(json, "survey-bootstrap", set);
        json.WriteNumber("unit_count", result.Units.Count);
        json.WriteNumber("runs", result.Runs);
        json.WriteNumber("seed", result.Options.Seed);
        StringOrNull(json, "perturbation", result.Options.Weights?.Perturbation.ToString());
        Strings(json, "borrowed_samples", result.BorrowedSamples);
        json.WriteStartArray("units");
        foreach (var u in result.Units)
        {
            json.WriteStartObject();
            json.WriteString("unit_id", u.Score.Id);
            json.WriteString("unit_name", u.Score.Name);
            StringOrNull(json, "group", u.Score.Group);
            Fixed(json, "index", u.Score.ReportedIndex, p);
            json.WriteNumber("nominal_rank", u.NominalRank);
            Fixed(json, "index_p05", u.IndexPercentile5, p);
            Fixed(json, "index_p95", u.IndexPercentile95, p);
            Ranks(json, "survey", u.Survey);
            Ranks(json, "combined", u.Combined);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Ranks(System.Text.Json.Utf8JsonWriter json, string name, RankSummary? ranks)
    {
        if (ranks is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        Statistic(json, "mean_rank", ranks.Mean);
        Statistic(json, "median_rank", ranks.Median);
        Statistic(json, "p05_rank", ranks.Percentile5);
        Statistic(json, "p95_rank", ranks.Percentile95);
        json.WriteEndObject();
    }
}
