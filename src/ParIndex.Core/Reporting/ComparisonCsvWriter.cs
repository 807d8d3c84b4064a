using System;
using System.Collections.Generic;
using System.IO;
using ParIndex.Internal;
using ParIndex.Scenarios;

namespace ParIndex.Reporting;

/// <summary>
/// Writes a scenario comparison (<c>parindex compare --format csv</c>) as CSV: one row per scenario and unit, with
/// the unit's baseline index, rank and band beside its index, rank, shift (+ = places gained) and band under the
/// scenario. UTF-8, comma, invariant numbers at the set's precision, formula-like text escaped.
/// </summary>
public static class ComparisonCsvWriter
{
    /// <summary>The columns, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } = new[]
    {
        "scenario", "unit_id", "unit_name", "group", "baseline_index", "baseline_rank", "baseline_band", "index", "rank", "shift", "band",
    };

    /// <summary>Writes the comparison as UTF-8 with a byte order mark (for Excel); the stream is left open.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="stream">Where to write.</param>
    public static void Write(ScenarioComparison comparison, Stream stream) => TextOutput.ToStream(comparison, nameof(comparison), stream, Write);

    /// <summary>Writes the comparison.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="writer">Where to write.</param>
    public static void Write(ScenarioComparison comparison, TextWriter writer)
    {
        TextOutput.NotNull(comparison, nameof(comparison));
        TextOutput.NotNull(writer, nameof(writer));

        var p = comparison.Baseline.Sheet.CriteriaSet.Precision;
        using var csv = CsvCells.Create(writer);
        foreach (var h in Columns)
        {
            csv.WriteField(h);
        }

        csv.EndRecord();
        foreach (var s in comparison.Scenarios)
        {
            foreach (var u in s.Units)
            {
                csv.WriteField(s.Scenario.Name);
                csv.WriteField(u.Unit.Id);
                csv.WriteField(u.Unit.Name);
                csv.WriteField(u.Unit.Group ?? "");
                CsvCells.Number(csv, u.BaselineIndex, p);
                csv.WriteField(u.BaselineRank, default);
                csv.WriteField(u.BaselineBand?.Name ?? "");
                CsvCells.Number(csv, u.Index, p);
                csv.WriteField(u.Rank, default);
                csv.WriteField(u.Shift, default);
                csv.WriteField(u.Band?.Name ?? "");
                csv.EndRecord();
            }
        }

        csv.Flush();
    }
}
