using System;
using System.Globalization;
using System.IO;
using CsvHelper;
using ParIndex.Ranking;

namespace ParIndex.Reporting;

/// <summary>
/// Writes a ranking as CSV (UTF-8, comma, invariant numbers rounded to the set's precision): one row
/// per unit, best first, with points and index per area. Text from users that starts like a
/// spreadsheet formula (=, +, -, @) is prefixed with an apostrophe so a spreadsheet shows it as text.
/// </summary>
public static class ResultsCsvWriter
{
    /// <summary>Writes the ranking.</summary>
    /// <param name="ranking">The ranking.</param>
    /// <param name="writer">Where to write.</param>
    public static void Write(RankingResult ranking, TextWriter writer)
    {
        if (ranking is null)
        {
            throw new ArgumentNullException(nameof(ranking));
        }

        var set = ranking.Sheet.CriteriaSet;
        var p = set.Precision;
        var format = "F" + p.ToString(CultureInfo.InvariantCulture);
        using var csv = CsvWriter.Create(writer, new CsvWriterOptions { Injection = CsvInjection.Escape, FormatProvider = CultureInfo.InvariantCulture, NewLine = "\n" }, leaveOpen: true);
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

        csv.EndRecord();
        foreach (var unit in ranking.Units)
        {
            var s = unit.Score;
            csv.WriteField(unit.Rank, default);
            csv.WriteField(s.Id);
            csv.WriteField(s.Name);
            csv.WriteField(s.Group ?? "");
            csv.WriteField(s.SelfPoints.Round(p), format.AsSpan());
            csv.WriteField(s.Points.Round(p), format.AsSpan());
            csv.WriteField(s.SurveyPoints.Round(p), format.AsSpan());
            csv.WriteField(s.MaxPoints.Round(p), format.AsSpan());
            if (penalty)
            {
                csv.WriteField(s.OverScoringPenalty.Round(p), format.AsSpan());
            }

            csv.WriteField(s.ReportedIndex, format.AsSpan());
            csv.WriteField(unit.Band?.Name ?? "");
            foreach (var area in s.Areas)
            {
                csv.WriteField(area.Points.Round(p), format.AsSpan());
                if (area.ReportedIndex is { } index)
                {
                    csv.WriteField(index, format.AsSpan());
                }
                else
                {
                    csv.WriteField("");
                }
            }

            csv.EndRecord();
        }

        csv.Flush();
    }
}
