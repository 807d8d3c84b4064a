using System;
using System.Globalization;
using System.IO;
using System.Linq;
using CsvHelper;
using ParIndex.Ranking;

namespace ParIndex.Cli.Rendering;

/// <summary>
/// <c>parindex rank --format csv</c> and <c>--criteria-out</c>: the published ranking with each unit's
/// self-assessment accuracy (one row per unit), and the per-criterion accuracy (one row per self-assessed
/// criterion). UTF-8, comma, invariant numbers rounded to the set's precision, a fixed set of columns
/// (a cell is empty when it does not apply), text that starts like a formula escaped.
/// </summary>
internal static class RankCsv
{
    /// <summary>The per-unit columns, in order.</summary>
    public static readonly string[] UnitColumns =
    {
        "group", "rank", "overall_rank", "unit_id", "unit_name", "index", "band",
        "previous_rank", "rank_change", "index_change",
        "next_rank_unit_id", "points_to_next_rank", "next_band", "points_to_next_band", "areas_led", "areas_ranked",
        "self_points", "appraised_points", "self_minus_appraised", "self_to_appraised_percent", "criteria_marked_down", "penalty",
    };

    /// <summary>The per-criterion columns, in order.</summary>
    public static readonly string[] CriterionColumns =
    {
        "code", "criterion", "area", "max_points", "units_marked_down", "total_mark_down", "average_mark_down", "units_marked_up",
    };

    /// <summary>
    /// One row per unit in published order (group by group as ranked, then by published rank): <c>rank</c> is the
    /// rank the unit is published with (within its group when ranked by group), <c>overall_rank</c> among every unit.
    /// </summary>
    public static void WriteUnits(RankingResult ranking, TextWriter writer)
    {
        var p = ranking.Sheet.CriteriaSet.Precision;
        var format = Format(p);
        var accuracy = ranking.Accuracy.Units.ToDictionary(a => a.Unit.Id, StringComparer.Ordinal);
        using var csv = Create(writer);
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
            csv.WriteField(s.ReportedIndex, format.AsSpan());
            csv.WriteField(unit.Band?.Name ?? "");
            Int(csv, unit.Previous is { } before ? (ranking.ByGroup && before.GroupRank is { } g ? g : before.Rank) : null);
            Int(csv, unit.PublishedRankChange);
            Number(csv, unit.IndexChange, format);
            csv.WriteField(unit.NextUp?.Id ?? "");
            Number(csv, unit.ReportedPointsToNextRank, format);
            csv.WriteField(unit.NextBand?.Name ?? "");
            Number(csv, unit.ReportedPointsToNextBand, format);
            csv.WriteField(unit.AreasLed, default);
            csv.WriteField(unit.AreaRanks.Count(r => r.Rank is not null), default);
            csv.WriteField(a.SelfPoints.Round(p), format.AsSpan());
            csv.WriteField(a.AppraisedPoints.Round(p), format.AsSpan());
            csv.WriteField(a.Difference.Round(p), format.AsSpan());
            Number(csv, a.SelfToAppraisedPercent is { } r ? decimal.Round(r, p, MidpointRounding.AwayFromZero) : null, format);
            csv.WriteField(a.CriteriaMarkedDown, default);
            csv.WriteField(a.Penalty.Round(p), format.AsSpan());
            csv.EndRecord();
        }

        csv.Flush();
    }

    /// <summary>One row per self-assessed criterion (leaf) in criteria-set order, survey criteria excluded; the average is over the units marked down.</summary>
    public static void WriteCriteria(RankingResult ranking, TextWriter writer)
    {
        var p = ranking.Sheet.CriteriaSet.Precision;
        var format = Format(p);
        using var csv = Create(writer);
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
            csv.WriteField(c.Leaf.MaxPoints.Round(p), format.AsSpan());
            csv.WriteField(c.UnitsMarkedDown, default);
            csv.WriteField(c.TotalMarkDown.Round(p), format.AsSpan());
            Number(csv, c.AverageMarkDown is { } avg ? decimal.Round(avg, p, MidpointRounding.AwayFromZero) : null, format);
            csv.WriteField(c.UnitsMarkedUp, default);
            csv.EndRecord();
        }

        csv.Flush();
    }

    private static CsvWriter Create(TextWriter writer) =>
        CsvWriter.Create(writer, new CsvWriterOptions { Injection = CsvInjection.Escape, FormatProvider = CultureInfo.InvariantCulture, NewLine = "\n" }, leaveOpen: true);

    private static string Format(int precision) => "F" + precision.ToString(CultureInfo.InvariantCulture);

    private static void Int(CsvWriter csv, int? value)
    {
        if (value is { } v)
        {
            csv.WriteField(v, default);
        }
        else
        {
            csv.WriteField("");
        }
    }

    private static void Number(CsvWriter csv, decimal? value, string format)
    {
        if (value is { } v)
        {
            csv.WriteField(v, format.AsSpan());
        }
        else
        {
            csv.WriteField("");
        }
    }
}
