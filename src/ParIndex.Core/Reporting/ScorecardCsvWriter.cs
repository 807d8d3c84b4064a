using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ParIndex.Internal;
using ParIndex.Scoring;

namespace ParIndex.Reporting;

/// <summary>
/// Writes a unit's scorecard (phiếu chấm điểm; <c>parindex explain --format csv</c>) as CSV: one row per node of the
/// criteria set in order, with its maximum, the self-assessed value and points, every appraisal, the final points and
/// the points lost. UTF-8, comma, invariant numbers at the set's precision, formula-like text escaped.
/// </summary>
public static class ScorecardCsvWriter
{
    /// <summary>The columns, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } = new[]
    {
        "unit_id", "code", "name", "depth", "block", "source", "max_points", "self_value", "self_not_applicable", "self_points",
        "appraisals", "points", "lost", "evidence", "note",
    };

    /// <summary>Writes the scorecard as UTF-8 with a byte order mark (for Excel); the stream is left open.</summary>
    /// <param name="scorecard">The unit's scorecard.</param>
    /// <param name="stream">Where to write.</param>
    public static void Write(Scorecard scorecard, Stream stream) => TextOutput.ToStream(scorecard, nameof(scorecard), stream, Write);

    /// <summary>
    /// Writes the scorecard. <c>appraisals</c> lists each round's change to a leaf as
    /// <c>ROUND: KIND VALUE → POINTS (REASON)</c> (KIND = value, points or delta), separated by <c>"; "</c>;
    /// the leaf-only cells (self value, appraisals, evidence, note) are empty on areas and criteria with children.
    /// </summary>
    /// <param name="scorecard">The unit's scorecard.</param>
    /// <param name="writer">Where to write.</param>
    public static void Write(Scorecard scorecard, TextWriter writer)
    {
        TextOutput.NotNull(scorecard, nameof(scorecard));
        TextOutput.NotNull(writer, nameof(writer));

        var p = scorecard.Unit.Sheet.CriteriaSet.Precision;
        using var csv = CsvCells.Create(writer);
        foreach (var h in Columns)
        {
            csv.WriteField(h);
        }

        csv.EndRecord();
        foreach (var row in ScorecardRows.Of(scorecard))
        {
            var leaf = row.Leaf;
            csv.WriteField(scorecard.Unit.Id);
            csv.WriteField(row.Node.Code);
            csv.WriteField(row.Node.Name);
            csv.WriteField(row.Node.Depth, default);
            csv.WriteField(ScorecardRows.Block(row.Node.Block));
            csv.WriteField(ScorecardRows.Source(row.Node));
            CsvCells.Number(csv, row.MaxPoints, p);
            csv.WriteField(leaf?.SelfValue ?? "");
            csv.WriteField(leaf is null ? "" : leaf.SelfNotApplicable ? "true" : "false");
            CsvCells.Number(csv, row.SelfPoints, p);
            csv.WriteField(leaf is null ? "" : string.Join("; ", leaf.Appraisals.Select(a =>
                $"{a.Round}: {ScorecardRows.Kind(a.Adjustment.Kind)} {a.Adjustment.DisplayValue} → {Figures.Format(a.PointsAfter, p)} ({a.Adjustment.Reason})")));
            CsvCells.Number(csv, row.Points, p);
            CsvCells.Number(csv, row.Lost, p);
            csv.WriteField(leaf?.Evidence ?? "");
            csv.WriteField(leaf?.Note ?? "");
            csv.EndRecord();
        }

        csv.Flush();
    }
}
