using System;
using System.IO;
using CsvHelper;
using ParIndex.Internal;
using ParIndex.Survey;

namespace ParIndex.Reporting;

/// <summary>
/// Writes the survey bootstrap as CSV (<c>parindex uncertainty --survey-bootstrap --format csv</c>): one row per unit in
/// nominal rank order with its index interval and rank statistics from survey sampling alone and combined with the
/// weights. UTF-8, comma, invariant numbers (indices at the set's precision, rank statistics to 4 decimals), formula-like
/// text escaped; the combined cells are empty when the weights were not perturbed.
/// </summary>
public static class SurveyBootstrapCsvWriter
{
    private static readonly string[] Header =
    {
        "unit_id", "unit_name", "group", "index", "nominal_rank", "index_p05", "index_p95",
        "survey_mean_rank", "survey_median_rank", "survey_p05_rank", "survey_p95_rank",
        "combined_mean_rank", "combined_median_rank", "combined_p05_rank", "combined_p95_rank",
    };

    /// <summary>Writes one row per unit as UTF-8 with a byte order mark (for Excel); the stream is left open.</summary>
    /// <param name="result">The bootstrap.</param>
    /// <param name="stream">Where to write.</param>
    public static void Write(SurveyBootstrapResult result, Stream stream) => TextOutput.ToStream(result, nameof(result), stream, Write);

    /// <summary>
    /// One row per unit: <c>unit_id, unit_name, group, index, nominal_rank, index_p05, index_p95</c>, then mean, median,
    /// 5th and 95th percentile rank from survey sampling (<c>survey_…</c>) and combined with the weights (<c>combined_…</c>).
    /// </summary>
    /// <param name="result">The bootstrap.</param>
    /// <param name="writer">Where to write.</param>
    public static void Write(SurveyBootstrapResult result, TextWriter writer)
    {
        TextOutput.NotNull(result, nameof(result));
        TextOutput.NotNull(writer, nameof(writer));

        var p = result.Sheet.CriteriaSet.Precision;
        using var csv = CsvCells.Create(writer);
        foreach (var h in Header)
        {
            csv.WriteField(h);
        }

        csv.EndRecord();
        foreach (var u in result.Units)
        {
            csv.WriteField(u.Score.Id);
            csv.WriteField(u.Score.Name);
            csv.WriteField(u.Score.Group ?? "");
            CsvCells.Number(csv, u.Score.ReportedIndex, p);
            csv.WriteField(u.NominalRank, default);
            CsvCells.Number(csv, u.IndexPercentile5, p);
            CsvCells.Number(csv, u.IndexPercentile95, p);
            Ranks(csv, u.Survey);
            Ranks(csv, u.Combined);
            csv.EndRecord();
        }

        csv.Flush();
    }

    private static void Ranks(CsvWriter csv, RankSummary? ranks)
    {
        CsvCells.Statistic(csv, ranks?.Mean, "F4");
        CsvCells.Statistic(csv, ranks?.Median, "F4");
        CsvCells.Statistic(csv, ranks?.Percentile5, "F4");
        CsvCells.Statistic(csv, ranks?.Percentile95, "F4");
    }
}
