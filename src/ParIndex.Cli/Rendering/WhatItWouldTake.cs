using System.IO;
using System.Linq;
using ParIndex.Cli.Commands;
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
        o.WriteLine("What it would take:");
        o.WriteLine($"  Rank {Int(unit.PublishedRank)} of {Int(size)}{(unit.GroupRank is null ? "" : $" in group {unit.Group} (overall {Int(unit.Rank)})")}, index {ScoreCommand.Fmt(unit.Score.ReportedIndex, p)}{(unit.Band is null ? "" : $", band {unit.Band.Name}")}.");
        if (!unit.Penalty.IsZero)
        {
            o.WriteLine($"  Includes an over-scoring penalty of {P(unit.Penalty, p)} points (self {P(unit.Score.SelfPoints, p)} vs appraised {P(unit.Score.AppraisedPoints, p)}).");
        }

        if (gap.NextUp is { } next)
        {
            o.WriteLine($"  {ScoreCommand.Fmt(unit.ReportedPointsToNextRank!.Value, p)} points to overtake {next.Id} {next.Score.Name} (rank {Int(next.PublishedRank)}, index {ScoreCommand.Fmt(next.Score.ReportedIndex, p)}).");
        }
        else
        {
            o.WriteLine("  Ranked first.");
        }

        if (gap.NextBand is { } band)
        {
            o.WriteLine($"  {ScoreCommand.Fmt(unit.ReportedPointsToNextBand!.Value, p)} points to reach band {band.Name} (index ≥ {band.MinIndex.ToString(System.Globalization.CultureInfo.InvariantCulture)}).");
        }

        var criteria = gap.Criteria.Take(top).ToArray();
        if (criteria.Length == 0)
        {
            o.WriteLine("  No points were lost.");
            return;
        }

        // "Regains" only when a capped deduction block makes a leaf worth less than its loss.
        var regains = criteria.Any(c => c.Recoverable != c.Lost);
        var largest = regains ? "most regained" : "largest loss";
        o.WriteLine(gap.ReportedTargetGap is { } target
            ? $"  Criteria to recover (those that alone close the {ScoreCommand.Fmt(target, p)}-point gap first, cheapest first; then {largest} first):"
            : $"  Criteria where points were lost ({largest} first):");
        var table = regains
            ? new TextTable("Code", "Criterion", "Max", "Final", "Lost", "Regains", "Closes gap alone").AlignRight(2, 3, 4, 5)
            : new TextTable("Code", "Criterion", "Max", "Final", "Lost", "Closes gap alone").AlignRight(2, 3, 4);
        foreach (var c in criteria)
        {
            var cells = new[] { c.Leaf.Leaf.Code, c.Leaf.Leaf.Name, P(c.Leaf.Leaf.MaxPoints, p), P(c.Leaf.Points, p), P(c.Lost, p) }
                .Concat(regains ? new[] { P(c.Recoverable, p) } : System.Array.Empty<string>())
                .Concat(new[] { c.ClosesGap ? "yes" : "" })
                .ToArray();
            table.Add(cells);
        }

        table.Write(o);
        if (regains)
        {
            o.WriteLine("  Regains = what the total would gain: where a deduction block's criteria deduct more than its cap, removing one deduction");
            o.WriteLine("  regains only the part of it that takes the block below the cap.");
        }
    }
}
