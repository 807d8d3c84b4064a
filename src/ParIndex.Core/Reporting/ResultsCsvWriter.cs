using System;
using System.Globalization;
using System.IO;
using System.Linq;
using CsvHelper;
using ParIndex.Internal;
using ParIndex.Ranking;

namespace ParIndex.Reporting;

/// <summary>
/// Writes a ranking as CSV (UTF-8, comma, invariant numbers rounded to the set's precision): one row
/// per unit, best first, with points and index per area. Text from users that starts like a
/// spreadsheet formula (=, +, -, @) is prefixed with an apostrophe so a spreadsheet shows it as text.
/// After the area columns come the ranking columns: <c>group_rank</c>, <c>penalty</c>, <c>adjusted_points</c>,
/// <c>adjusted_index</c> (what the unit is ranked on), <c>appraised_points</c>, <c>self_minus_appraised</c>,
/// <c>previous_rank</c>, <c>rank_change</c>, <c>group_rank_change</c>, <c>index_change</c>, <c>next_rank_unit_id</c>,
/// <c>points_to_next_rank</c>, <c>next_band</c>, <c>points_to_next_band</c> (points needed, rounded up),
/// <c>areas_led</c> and <c>area_CODE_rank</c> per ordinary area; a cell is empty when it does not apply.
/// The rows of a large ranking are formatted on several threads and written in order (the same bytes either way).
/// </summary>
public static class ResultsCsvWriter
{
    /// <summary>Writes the ranking as UTF-8 with a byte order mark (for Excel); the stream is left open.</summary>
    /// <param name="ranking">The ranking.</param>
    /// <param name="stream">Where to write.</param>
    public static void Write(RankingResult ranking, Stream stream) => TextOutput.ToStream(ranking, nameof(ranking), stream, Write);

    /// <summary>Writes the ranking.</summary>
    /// <param name="ranking">The ranking.</param>
    /// <param name="writer">Where to write.</param>
    public static void Write(RankingResult ranking, TextWriter writer)
    {
        TextOutput.NotNull(ranking, nameof(ranking));
        TextOutput.NotNull(writer, nameof(writer));

        var set = ranking.Sheet.CriteriaSet;
        var p = set.Precision;
        using var csv = CsvCells.Create(writer);
        csv.WriteField("rank");
        csv.WriteField("unit_id");
        csv.WriteField("unit_name");
        csv.WriteField("group");
        csv.WriteField("self_points");
        csv.WriteField("points");
        csv.WriteField("survey_points");
        csv.WriteField("max_points");
        var penalty = set.OverScoringPenalty is not null;
        if (penalty)
        {
            csv.WriteField("over_scoring_penalty");
        }

        csv.WriteField("index");
        csv.WriteField("band");
        foreach (var area in set.Areas)
        {
            csv.WriteField($"area_{area.Code}_points");
            csv.WriteField($"area_{area.Code}_index");
        }

        RankingColumns.WriteHeader(csv, set);
        csv.EndRecord();
        var areaNodes = set.Compiled.Areas;

        // Rows are formatted on every core and written in ranking order: the same bytes as a loop (CsvHelper's
        // ParallelWrite), each row reading only the finished ranking.
        csv.ParallelWrite(ranking.Units, (row, unit) =>
        {
            var s = unit.Score;
            row.WriteField(unit.Rank, default);
            row.WriteField(s.Id);
            row.WriteField(s.Name);
            row.WriteField(s.Group ?? "");
            CsvCells.Number(row, s.SelfPoints, p);
            CsvCells.Number(row, s.Points, p);
            CsvCells.Number(row, s.SurveyPoints, p);
            CsvCells.Number(row, s.MaxPoints, p);
            if (penalty)
            {
                CsvCells.Number(row, s.OverScoringPenalty, p);
            }

            CsvCells.Index(row, s.Points.Ticks, s.MaxPoints.Ticks, p);
            row.WriteField(unit.Band?.Name ?? "");

            // As s.Areas gives them, read from the sheet's columns without making each unit's list.
            foreach (var area in areaNodes)
            {
                var points = s.Sheet.FinalTicks(area, s.Ordinal);
                CsvCells.Number(row, Points.FromTicks(points), p);
                CsvCells.Index(row, points, s.Sheet.MaxTicks(area, s.Ordinal), p);
            }

            RankingColumns.Write(row, unit);
            row.EndRecord();
        }, -1);

        csv.Flush();
    }

    /// <summary>The ranking columns appended after the area columns.</summary>
    private static class RankingColumns
    {
        public static void WriteHeader(CsvWriter csv, Criteria.CriteriaSet set)
        {
            foreach (var name in new[] { "group_rank", "appraised_points", "self_minus_appraised", "previous_rank", "rank_change", "group_rank_change", "index_change", "next_rank_unit_id", "points_to_next_rank", "next_band", "points_to_next_band", "areas_led" })
            {
                csv.WriteField(name);
            }

            foreach (var area in set.Areas.Where(a => a.Block == Criteria.NodeBlock.None))
            {
                csv.WriteField($"area_{area.Code}_rank");
            }
        }

        public static void Write(CsvWriter csv, RankedUnit unit)
        {
            var p = unit.Score.Sheet.CriteriaSet.Precision;
            var s = unit.Score;
            CsvCells.Int(csv, unit.GroupRank);
            CsvCells.Number(csv, s.AppraisedPoints, p);
            CsvCells.Number(csv, (s.SelfPoints - s.AppraisedPoints), p);
            CsvCells.Int(csv, unit.Previous?.Rank);
            CsvCells.Int(csv, unit.RankChange);
            CsvCells.Int(csv, unit.GroupRankChange);
            CsvCells.Number(csv, unit.IndexChange, p);
            csv.WriteField(unit.NextUp?.Id ?? "");
            CsvCells.Number(csv, unit.ReportedPointsToNextRank, p);
            csv.WriteField(unit.NextBand?.Name ?? "");
            CsvCells.Number(csv, unit.ReportedPointsToNextBand, p);
            csv.WriteField(unit.AreasLed, default);
            foreach (var area in unit.AreaRanks)
            {
                CsvCells.Int(csv, area.Rank);
            }
        }
    }
}
