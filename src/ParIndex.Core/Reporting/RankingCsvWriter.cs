using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CsvHelper;
using ParIndex.Internal;
using ParIndex.Ranking;

namespace ParIndex.Reporting;

/// <summary>
/// Writes a ranking as a province publishes it (<c>parindex rank --format csv</c> and <c>--criteria-out</c>):
/// the published ranking with each unit's self-assessment accuracy (one row per unit), and the per-criterion accuracy (one row per self-assessed
/// criterion). UTF-8, comma, invariant numbers rounded to the set's precision, a fixed set of columns
/// (a cell is empty when it does not apply), text that starts like a formula escaped.
/// </summary>
public static class RankingCsvWriter
{
    /// <summary>The per-unit columns, in order.</summary>
    public static IReadOnlyList<string> UnitColumns { get; } = new[]
    {
        "group", "rank", "overall_rank", "unit_id", "unit_name", "index", "band",
        "previous_rank", "rank_change", "index_change",
        "next_rank_unit_id", "points_to_next_rank", "next_band", "points_to_next_band", "areas_led", "areas_ranked",
        "self_points", "appraised_points", "self_minus_appraised", "self_to_appraised_percent", "criteria_marked_down", "penalty",
    };

    /// <summary>The per-criterion columns, in order.</summary>
    public static IReadOnlyList<string> CriterionColumns { get; } = new[]
    {
        "code", "criterion", "area", "max_points", "units_marked_down", "total_mark_down", "average_mark_down", "units_marked_up",
    };

    /// <summary>As <see cref="WriteUnits(RankingResult, TextWriter)"/>, as UTF-8 with a byte order mark (for Excel); the stream is left open.</summary>
    /// <param name="ranking">The ranking.</param>
    /// <param name="stream">Where to write.</param>
    public static void WriteUnits(RankingResult ranking, Stream stream) => TextOutput.ToStream(ranking, nameof(ranking), stream, WriteUnits);

    /// <summary>
    /// One row per unit in published order (group by group as ranked, then by published rank): <c>rank</c> is the
    /// rank the unit is published with (within its group when ranked by group), <c>overall_rank</c> among every unit.
    /// </summary>
    /// <param name="ranking">The ranking.</param>
    /// <param name="writer">Where to write.</param>
    public static void WriteUnits(RankingResult ranking, TextWriter writer)
    {
        TextOutput.NotNull(ranking, nameof(ranking));
        TextOutput.NotNull(writer, nameof(writer));

        var p = ranking.Sheet.CriteriaSet.Precision;
        var accuracy = ranking.Accuracy.Units.ToDictionary(a => a.Unit.Id, StringComparer.Ordinal);
        using var csv = CsvCells.Create(writer);
        foreach (var name in UnitColumns)
        {
            csv.WriteField(name);
        }

        csv.EndRecord();
        foreach (var unit in ranking.Groups.SelectMany(g => g.Units))
        {
            var s = unit.Score;
            var a = accuracy[unit.Id];
            csv.WriteField(s.Group ?? "");
            csv.WriteField(unit.PublishedRank, default);
            csv.WriteField(unit.Rank, default);
            csv.WriteField(s.Id);
            csv.WriteField(s.Name);
            CsvCells.Number(csv, s.ReportedIndex, p);
            csv.WriteField(unit.Band?.Name ?? "");
            CsvCells.Int(csv, unit.Previous is { } before ? (ranking.ByGroup && before.GroupRank is { } g ? g : before.Rank) : null);
            CsvCells.Int(csv, unit.PublishedRankChange);
            CsvCells.Number(csv, unit.IndexChange, p);
            csv.WriteField(unit.NextUp?.Id ?? "");
            CsvCells.Number(csv, unit.ReportedPointsToNextRank, p);
            csv.WriteField(unit.NextBand?.Name ?? "");
            CsvCells.Number(csv, unit.ReportedPointsToNextBand, p);
            csv.WriteField(unit.AreasLed, default);
            csv.WriteField(unit.AreaRanks.Count(r => r.Rank is not null), default);
            CsvCells.Number(csv, a.SelfPoints, p);
            CsvCells.Number(csv, a.AppraisedPoints, p);
            CsvCells.Number(csv, a.Difference, p);
            CsvCells.Number(csv, a.SelfToAppraisedPercent, p);
            csv.WriteField(a.CriteriaMarkedDown, default);
            CsvCells.Number(csv, a.Penalty, p);
            csv.EndRecord();
        }

        csv.Flush();
    }

    /// <summary>As <see cref="WriteCriteria(RankingResult, TextWriter)"/>, as UTF-8 with a byte order mark (for Excel); the stream is left open.</summary>
    /// <param name="ranking">The ranking.</param>
    /// <param name="stream">Where to write.</param>
    public static void WriteCriteria(RankingResult ranking, Stream stream) => TextOutput.ToStream(ranking, nameof(ranking), stream, WriteCriteria);

    /// <summary>One row per self-assessed criterion (leaf) in criteria-set order, survey criteria excluded; the average is over the units marked down.</summary>
    /// <param name="ranking">The ranking.</param>
    /// <param name="writer">Where to write.</param>
    public static void WriteCriteria(RankingResult ranking, TextWriter writer)
    {
        TextOutput.NotNull(ranking, nameof(ranking));
        TextOutput.NotNull(writer, nameof(writer));

        var p = ranking.Sheet.CriteriaSet.Precision;
        using var csv = CsvCells.Create(writer);
        foreach (var name in CriterionColumns)
        {
            csv.WriteField(name);
        }

        csv.EndRecord();
        foreach (var c in ranking.Accuracy.Criteria)
        {
            csv.WriteField(c.Leaf.Code);
            csv.WriteField(c.Leaf.Name);
            csv.WriteField(c.Leaf.Area.Code);
            CsvCells.Number(csv, c.Leaf.MaxPoints, p);
            csv.WriteField(c.UnitsMarkedDown, default);
            CsvCells.Number(csv, c.TotalMarkDown, p);
            CsvCells.Number(csv, c.AverageMarkDown, p);
            csv.WriteField(c.UnitsMarkedUp, default);
            csv.EndRecord();
        }

        csv.Flush();
    }
}
