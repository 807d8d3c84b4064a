using System.IO;
using System.Linq;
using ParIndex.Cli.Commands;
using ParIndex.Cli.Resources;
using ParIndex.Ranking;
using static ParIndex.Cli.Rendering.RankingTable;

namespace ParIndex.Cli.Rendering;

/// <summary>The "what it would take" section of <c>parindex explain</c>.</summary>
internal static class WhatItWouldTake
{
    public static void Write(RankGap gap, int top, TextWriter o)
    {
        var unit = gap.Unit;
        var p = unit.Score.Sheet.CriteriaSet.Precision;
        var size = unit.Score.Sheet.Units.Count(u => u.Group == unit.Group || unit.GroupRank is null);
        o.WriteLine();
        o.WriteLine(Strings.Take_Header);
        var index = ScoreCommand.Fmt(unit.Score.ReportedIndex, p);
        var rank = unit.GroupRank is null
            ? Strings.FormatTake_Rank(Int(unit.PublishedRank), Int(size), index)
            : Strings.FormatTake_RankInGroup(Int(unit.PublishedRank), Int(size), unit.Group, Int(unit.Rank), index);
        o.WriteLine("  " + rank + (unit.Band is null ? "" : Strings.FormatTake_Band(unit.Band.Name)) + ".");
        if (!unit.Penalty.IsZero)
        {
            o.WriteLine("  " + Strings.FormatTake_Penalty(P(unit.Penalty, p), P(unit.Score.SelfPoints, p), P(unit.Score.AppraisedPoints, p)));
        }

        if (gap.NextUp is { } next)
        {
            o.WriteLine("  " + Strings.FormatTake_Overtake(ScoreCommand.Fmt(unit.ReportedPointsToNextRank!.Value, p), next.Id, next.Score.Name, Int(next.PublishedRank), ScoreCommand.Fmt(next.Score.ReportedIndex, p)));
        }
        else
        {
            o.WriteLine("  " + Strings.Take_First);
        }

        if (gap.NextBand is { } band)
        {
            o.WriteLine("  " + Strings.FormatTake_NextBand(ScoreCommand.Fmt(unit.ReportedPointsToNextBand!.Value, p), band.Name, band.MinIndex.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        var criteria = gap.Criteria.Take(top).ToArray();
        if (criteria.Length == 0)
        {
            o.WriteLine("  " + Strings.Explain_NoPointsLost);
            return;
        }

        // "Regains" only when a capped deduction block makes a leaf worth less than its loss.
        var regains = criteria.Any(c => c.Recoverable != c.Lost);
        var largest = regains ? Strings.Take_MostRegained : Strings.Take_LargestLoss;
        o.WriteLine(gap.ReportedTargetGap is { } target
            ? "  " + Strings.FormatTake_RecoverGap(ScoreCommand.Fmt(target, p), largest)
            : "  " + Strings.FormatTake_Recover(largest));
        var table = regains
            ? new TextTable(Strings.Col_Code, Strings.Col_Criterion, Strings.Col_Max, Strings.Col_Final, Strings.Col_Lost, Strings.Col_Regains, Strings.Col_ClosesGap).AlignRight(2, 3, 4, 5)
            : new TextTable(Strings.Col_Code, Strings.Col_Criterion, Strings.Col_Max, Strings.Col_Final, Strings.Col_Lost, Strings.Col_ClosesGap).AlignRight(2, 3, 4);
        foreach (var c in criteria)
        {
            var cells = new[] { c.Leaf.Leaf.Code, c.Leaf.Leaf.Name, P(c.Leaf.Leaf.MaxPoints, p), P(c.Leaf.Points, p), P(c.Lost, p) }
                .Concat(regains ? new[] { P(c.Recoverable, p) } : System.Array.Empty<string>())
                .Concat(new[] { c.ClosesGap ? Strings.Cell_Yes : "" })
                .ToArray();
            table.Add(cells);
        }

        table.Write(o);
        if (regains)
        {
            o.WriteLine("  " + Strings.Take_RegainsNote);
        }
    }
}
