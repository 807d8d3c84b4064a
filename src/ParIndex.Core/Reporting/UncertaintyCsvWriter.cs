using System;
using System.Globalization;
using System.IO;
using CsvHelper;
using ParIndex.Internal;
using ParIndex.Scenarios;

namespace ParIndex.Reporting;

/// <summary>
/// Writes rank uncertainty as CSV (<c>parindex uncertainty --format csv</c> and <c>--sensitivity-out</c>): one row per
/// unit with its nominal and simulated ranks, and the sensitivity indices one row per perturbed node. UTF-8, comma,
/// invariant numbers (indices at the set's precision, rank statistics and shares to 4 decimals, sensitivity indices to
/// 6), formula-like text escaped; a cell is empty when a value is undefined.
/// </summary>
public static class UncertaintyCsvWriter
{
    /// <summary>Writes one row per unit as UTF-8 with a byte order mark (for Excel); the stream is left open.</summary>
    /// <param name="result">The analysis.</param>
    /// <param name="stream">Where to write.</param>
    public static void WriteUnits(UncertaintyResult result, Stream stream) => TextOutput.ToStream(result, nameof(result), stream, WriteUnits);

    /// <summary>
    /// One row per unit in nominal rank order: <c>unit_id, unit_name, group, index, nominal_rank, mean_rank,
    /// median_rank, p05_rank, p95_rank, band, band_kept, top_K</c> (K = <see cref="UncertaintyOptions.Top"/>).
    /// </summary>
    /// <param name="result">The analysis.</param>
    /// <param name="writer">Where to write.</param>
    public static void WriteUnits(UncertaintyResult result, TextWriter writer)
    {
        TextOutput.NotNull(result, nameof(result));
        TextOutput.NotNull(writer, nameof(writer));

        var p = result.Sheet.CriteriaSet.Precision;
        using var csv = CsvCells.Create(writer);
        foreach (var h in new[] { "unit_id", "unit_name", "group", "index", "nominal_rank", "mean_rank", "median_rank", "p05_rank", "p95_rank", "band", "band_kept", "top_" + result.Options.Top.ToString(CultureInfo.InvariantCulture) })
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
            CsvCells.Statistic(csv, u.MeanRank, "F4");
            CsvCells.Statistic(csv, u.MedianRank, "F4");
            CsvCells.Statistic(csv, u.Percentile5Rank, "F4");
            CsvCells.Statistic(csv, u.Percentile95Rank, "F4");
            csv.WriteField(u.NominalBand?.Name ?? "");
            CsvCells.Statistic(csv, u.BandKept, "F4");
            CsvCells.Statistic(csv, u.TopProbability, "F4");
            csv.EndRecord();
        }

        csv.Flush();
    }

    /// <summary>Writes the sensitivity indices as UTF-8 with a byte order mark (for Excel); the stream is left open.</summary>
    /// <param name="result">The analysis, run with <see cref="UncertaintyOptions.Sensitivity"/>.</param>
    /// <param name="stream">Where to write.</param>
    public static void WriteSensitivity(UncertaintyResult result, Stream stream) => TextOutput.ToStream(result, nameof(result), stream, WriteSensitivity);

    /// <summary>
    /// One row per perturbed node: <c>code, name, max_points, first_order, total</c> (indices to 6 decimals; empty when
    /// undefined). Only the header when the analysis ran without sensitivity.
    /// </summary>
    /// <param name="result">The analysis, run with <see cref="UncertaintyOptions.Sensitivity"/>.</param>
    /// <param name="writer">Where to write.</param>
    public static void WriteSensitivity(UncertaintyResult result, TextWriter writer)
    {
        TextOutput.NotNull(result, nameof(result));
        TextOutput.NotNull(writer, nameof(writer));

        var set = result.Sheet.CriteriaSet;
        using var csv = CsvCells.Create(writer);
        foreach (var h in new[] { "code", "name", "max_points", "first_order", "total" })
        {
            csv.WriteField(h);
        }

        csv.EndRecord();
        foreach (var s in result.Sensitivity ?? Array.Empty<NodeSensitivity>())
        {
            csv.WriteField(s.Node.Code);
            csv.WriteField(s.Node.Name);
            CsvCells.Number(csv, s.Node.MaxPoints, set.Precision);
            CsvCells.Statistic(csv, s.FirstOrder, "F6");
            CsvCells.Statistic(csv, s.Total, "F6");
            csv.EndRecord();
        }

        csv.Flush();
    }
}
