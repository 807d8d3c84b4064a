using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ParIndex.Cli.Commands;
using ParIndex.Cli.Resources;
using ParIndex.Ranking;

namespace ParIndex.Cli.Rendering;

/// <summary>The ranking table's columns: the fixed ones, plus group rank, penalty and change when they apply.</summary>
internal sealed class RankingTable
{
    private readonly List<(string Header, bool Right, Func<RankedUnit, string> Cell)> columns = new();

    public static RankingTable Columns(RankingResult ranking)
    {
        var p = ranking.Sheet.CriteriaSet.Precision;
        var t = new RankingTable();
        t.Add(Strings.Col_Rank, true, u => Int(u.Rank));
        if (ShowsGroupRank(ranking))
        {
            t.Add(Strings.Col_GroupRank, true, u => u.GroupRank is { } g ? Int(g) : "");
        }

        t.Add(Strings.Col_Unit, false, u => u.Id);
        t.Add(Strings.Col_Name, false, u => u.Score.Name);
        t.Add(Strings.Col_Group, false, u => u.Group ?? "");
        t.Add(Strings.Col_Self, true, u => P(u.Score.SelfPoints, p));
        t.Add(Strings.Col_Points, true, u => P(u.Score.Points, p));
        t.Add(Strings.Col_Survey, true, u => P(u.Score.SurveyPoints, p));
        t.Add(Strings.Col_Max, true, u => P(u.Score.MaxPoints, p));
        if (ranking.Sheet.CriteriaSet.OverScoringPenalty is not null)
        {
            // Before and after the penalty, so the reader sees what the penalty did.
            t.Add(Strings.Col_Index, true, u => ScoreCommand.Fmt(u.Score.ReportedIndexBeforePenalty, p));
            t.Add(Strings.Col_Penalty, true, u => u.Penalty.IsZero ? "" : "-" + P(u.Penalty, p));
            t.Add(Strings.Col_RankedIndex, true, u => ScoreCommand.Fmt(u.Score.ReportedIndex, p));
        }
        else
        {
            t.Add(Strings.Col_Index, true, u => ScoreCommand.Fmt(u.Score.ReportedIndex, p));
        }

        t.Add(Strings.Col_Band, false, u => u.Band?.Name ?? "");
        if (ranking.Previous is not null)
        {
            t.Add(Strings.Col_Prev, true, u => u.Previous is null ? "" : Int(ranking.ByGroup && u.Previous.GroupRank is { } g ? g : u.Previous.Rank));
            t.Add(Strings.Col_Change, true, u => ChangeCell(ranking, u));
            t.Add(Strings.Col_IndexChange, true, u => u.IndexChange is { } d ? Signed(d, p) : "");
        }

        return t;
    }

    public TextTable Create() => new TextTable(columns.Select(c => c.Header).ToArray())
        .AlignRight(columns.Select((c, i) => (c, i)).Where(x => x.c.Right).Select(x => x.i).ToArray());

    public string[] Cells(RankedUnit unit) => columns.Select(c => c.Cell(unit)).ToArray();

    /// <summary>Lines under the table: tie-breakers, penalty, change legend, units not ranked this year; only about columns <paramref name="tables"/> show.</summary>
    public static void WriteNotes(RankingResult ranking, TextWriter writer, RankingNotes tables = RankingNotes.ScoreTable)
    {
        var set = ranking.Sheet.CriteriaSet;
        var p = set.Precision;
        var scoreTable = tables == RankingNotes.ScoreTable;
        if (scoreTable && ShowsGroupRank(ranking))
        {
            writer.WriteLine(Strings.Note_GroupRank);
        }

        if (ranking.TieBreakers.Count > 0)
        {
            writer.WriteLine(Strings.FormatNote_TieBreakers(string.Join(", ", ranking.TieBreakers)));
        }

        if (ranking.ExactComparison)
        {
            writer.WriteLine(Strings.Note_ExactComparison);
        }

        if (set.OverScoringPenalty is { } penalty)
        {
            writer.WriteLine(scoreTable
                ? Strings.FormatNote_Penalty(P(penalty.Deduction, p), P(penalty.Threshold, p))
                : Strings.FormatRank_NotePenalty(P(penalty.Deduction, p), P(penalty.Threshold, p)));
        }

        if (ranking.Previous is { } previous)
        {
            writer.WriteLine((scoreTable, ranking.ByGroup) switch
            {
                (true, true) => Strings.FormatNote_PreviousWithinGroup(previous.Source),
                (true, false) => Strings.FormatNote_Previous(previous.Source),
                (false, true) => Strings.FormatRank_NoteChangeWithinGroup(previous.Source),
                _ => Strings.FormatRank_NoteChange(previous.Source),
            });
            if (ranking.NotRankedThisYear.Count > 0)
            {
                writer.WriteLine();
                writer.WriteLine(Strings.Note_NotRankedThisYear);
                foreach (var u in ranking.NotRankedThisYear)
                {
                    writer.WriteLine("  " + Strings.FormatNote_NotRankedUnit(u.Id + (u.Name is null ? "" : " " + u.Name), Int(u.Rank), ScoreCommand.Fmt(u.Index, p)));
                }
            }
        }
    }

    /// <summary>Whether the score table has a group rank column: only when units are ranked in more than one group.</summary>
    internal static bool ShowsGroupRank(RankingResult ranking) => ranking.ByGroup && ranking.Groups.Count > 1;

    internal static string P(Points points, int p) => ScoreCommand.Fmt(points.Round(p), p);

    internal static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>"new" for a unit not in the previous results, "from GROUP" (or "from (no group)") for one that moved to another group, else the signed change.</summary>
    internal static string ChangeCell(RankingResult ranking, RankedUnit u) =>
        u.Previous is null ? Strings.Cell_New
        : ranking.ByGroup && u.PublishedRankChange is null && u.MovedGroup ? Strings.FormatCell_From(u.Previous.Group ?? Strings.Cell_NoGroup)
        : Change(u.PublishedRankChange);

    internal static string Change(int? change) => change switch
    {
        null => "",
        0 => "0",
        > 0 => "+" + Int(change.Value),
        _ => Int(change.Value),
    };

    internal static string Signed(decimal value, int p) => (value > 0 ? "+" : "") + ScoreCommand.Fmt(value, p);

    private void Add(string header, bool right, Func<RankedUnit, string> cell) => columns.Add((header, right, cell));
}

/// <summary>Which tables the ranking notes are written under, so that they describe only the columns shown.</summary>
internal enum RankingNotes
{
    /// <summary>The score table: rank and group rank, index before and after the penalty, previous rank and index change.</summary>
    ScoreTable,

    /// <summary>The published tables of <c>parindex rank</c>: one table per group, the index after the penalty, the change only.</summary>
    PublishedTables,
}
