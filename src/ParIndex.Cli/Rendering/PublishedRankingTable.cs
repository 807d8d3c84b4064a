using System;
using System.IO;
using System.Linq;
using ParIndex.Cli.Commands;
using ParIndex.Cli.Resources;
using ParIndex.Ranking;
using static ParIndex.Cli.Rendering.RankingTable;

namespace ParIndex.Cli.Rendering;

/// <summary>The tables of <c>parindex rank</c>: the published ranking per group, component-index leaders and the self-assessment accuracy report.</summary>
internal static class PublishedRankingTable
{
    internal static void Write(RankingResult ranking, int top, TextWriter o)
    {
        var sheet = ranking.Sheet;
        var set = sheet.CriteriaSet;
        var p = set.Precision;
        o.WriteLine(Strings.FormatRank_Header(set.Name, set.Id, Plural.Units(sheet.Units.Count)));
        var tieBreakers = string.Join(", ", ranking.TieBreakers);
        o.WriteLine((ranking.ExactComparison, ranking.TieBreakers.Count == 0) switch
        {
            (false, true) => Strings.Rank_OrderReportedShared,
            (false, false) => Strings.FormatRank_OrderReportedBroken(tieBreakers),
            (true, true) => Strings.Rank_OrderExactShared,
            _ => Strings.FormatRank_OrderExactBroken(tieBreakers),
        });
        foreach (var group in ranking.Groups)
        {
            o.WriteLine();
            o.WriteLine(ranking.ByGroup
                ? Strings.FormatRank_Group(group.Name ?? Strings.Cell_NoGroup, Plural.Units(group.Units.Count))
                : Strings.FormatRank_AllUnits(Int(group.Units.Count)));
            var headers = new[] { Strings.Col_Rank, Strings.Col_Unit, Strings.Col_Name, Strings.Col_Index, Strings.Col_Band }
                .Concat(ranking.Previous is null ? Array.Empty<string>() : new[] { Strings.Col_Change })
                .Concat(new[] { Strings.Col_ToNextRank, Strings.Col_Overtakes, Strings.Col_ToNextBand, Strings.Col_Leads }).ToArray();
            var right = new[] { Strings.Col_Change, Strings.Col_ToNextRank, Strings.Col_ToNextBand, Strings.Col_Leads };
            var table = new TextTable(headers).AlignRight(0, 3);
            table.AlignRight(headers.Select((h, i) => (h, i)).Where(x => right.Contains(x.h)).Select(x => x.i).ToArray());
            foreach (var u in group.Units)
            {
                var cells = new[] { Int(u.PublishedRank), u.Id, u.Score.Name, ScoreCommand.Fmt(u.Score.ReportedIndex, p), u.Band?.Name ?? "" }
                    .Concat(ranking.Previous is null ? Array.Empty<string>() : new[] { RankingTable.ChangeCell(ranking, u) })
                    .Concat(new[]
                    {
                        u.ReportedPointsToNextRank is { } r ? ScoreCommand.Fmt(r, p) : "",
                        u.NextUp?.Id ?? "",
                        u.ReportedPointsToNextBand is { } b ? $"{ScoreCommand.Fmt(b, p)} → {u.NextBand!.Name}" : "",
                        $"{Int(u.AreasLed)}/{Int(u.AreaRanks.Count)}",
                    }).ToArray();
                table.Add(cells);
            }

            table.Write(o);
        }

        o.WriteLine();
        o.WriteLine(Strings.Rank_NoteToNext);
        WriteNotes(ranking, o, RankingNotes.PublishedTables);

        o.WriteLine();
        o.WriteLine(Strings.Rank_Leaders);
        var leaders = new TextTable(Strings.Col_Area, Strings.Col_Name, Strings.Col_Group, Strings.Col_Leader, Strings.Col_Index).AlignRight(4);
        foreach (var c in ranking.ComponentRankings)
        {
            leaders.Add(c.Area.Code, c.Area.Name, c.Group ?? "", string.Join(", ", c.Leaders.Select(l => l.Id)), c.LeadingIndex is { } i ? ScoreCommand.Fmt(i, p) : "");
        }

        leaders.Write(o);

        o.WriteLine();
        if (sheet.Input.AppraisalRounds.Count == 0)
        {
            // Without an appraisal every "appraised" figure would be the self figure: zeros that look like a perfect self-assessment.
            o.WriteLine(Strings.Rank_AccuracyNoAppraisal);
            return;
        }

        WriteAccuracy(ranking, top, o);
    }

    private static void WriteAccuracy(RankingResult ranking, int top, TextWriter o)
    {
        var p = ranking.Sheet.CriteriaSet.Precision;
        var accuracy = ranking.Accuracy;
        o.WriteLine(Strings.Rank_Accuracy);
        var summary = new TextTable(Strings.Col_Units, Strings.Col_Count, Strings.Col_AvgSelf, Strings.Col_AvgAppraised, Strings.Col_AvgDifference, Strings.Col_OverScored, Strings.Col_Penalised).AlignRight(1, 2, 3, 4, 5, 6);
        foreach (var g in new[] { accuracy.Overall }.Concat(accuracy.Groups))
        {
            summary.Add(
                ReferenceEquals(g, accuracy.Overall) ? Strings.Cell_All : g.Group ?? Strings.Cell_NoGroup,
                Int(g.UnitCount),
                D(g.AverageSelfPoints, p),
                D(g.AverageAppraisedPoints, p),
                D(g.AverageSelfPoints - g.AverageAppraisedPoints, p),
                Int(g.UnitsOverScored),
                Int(g.UnitsPenalised));
        }

        summary.Write(o);
        o.WriteLine();
        o.WriteLine(Strings.FormatRank_Furthest(Int(Math.Min(top, accuracy.Units.Count))));
        var units = new TextTable(Strings.Col_Unit, Strings.Col_Name, Strings.Col_Self, Strings.Col_Appraised, Strings.Col_Difference, Strings.Col_SelfToAppraised, Strings.Col_MarkedDown, Strings.Col_Penalty).AlignRight(2, 3, 4, 5, 6, 7);
        foreach (var a in accuracy.Units.Take(top))
        {
            units.Add(a.Unit.Id, a.Unit.Score.Name, P(a.SelfPoints, p), P(a.AppraisedPoints, p), Signed(a.Difference.Round(p), p), a.SelfToAppraisedPercent is { } r ? D(r, p) : "", Int(a.CriteriaMarkedDown), a.Penalty.IsZero ? "" : P(a.Penalty, p));
        }

        units.Write(o);
        o.WriteLine();
        o.WriteLine(Strings.Rank_NoteAccuracy);
        o.WriteLine(Strings.FormatNote_RoundingParts(p));
        var marked = accuracy.Criteria.Where(c => c.UnitsMarkedDown > 0)
            .OrderByDescending(c => c.UnitsMarkedDown).ThenByDescending(c => c.TotalMarkDown).Take(top).ToArray();
        o.WriteLine();
        if (marked.Length == 0)
        {
            o.WriteLine(Strings.Rank_NoMarkDown);
            return;
        }

        o.WriteLine(Strings.FormatRank_MostMarkedDown(Int(marked.Length)));
        var criteria = new TextTable(Strings.Col_Code, Strings.Col_Criterion, Strings.Col_UnitsMarkedDown, Strings.Col_AvgMarkDown, Strings.Col_MarkedUp).AlignRight(2, 3, 4);
        foreach (var c in marked)
        {
            criteria.Add(c.Leaf.Code, c.Leaf.Name, Int(c.UnitsMarkedDown), D(c.AverageMarkDown!.Value, p), c.UnitsMarkedUp == 0 ? "" : Int(c.UnitsMarkedUp));
        }

        criteria.Write(o);
    }

    private static string D(decimal value, int p) => ScoreCommand.Fmt(decimal.Round(value, p, MidpointRounding.AwayFromZero), p);
}
