using System.Globalization;
using System.IO;
using System.Linq;
using ParIndex.Cli.Commands;
using ParIndex.Scenarios;

namespace ParIndex.Cli.Rendering;

/// <summary>The table of <c>parindex compare</c>: the scenarios, index and rank side by side, agreement and the largest movers.</summary>
internal static class ComparisonTable
{
    internal static void Write(ScenarioComparison comparison, int movers, TextWriter writer)
    {
        var baseline = comparison.Baseline;
        var set = baseline.Sheet.CriteriaSet;
        var p = set.Precision;
        var n = comparison.Scenarios.Count;
        writer.WriteLine($"{set.Name} ({set.Id}) — {baseline.Units.Count} units; baseline and {n} scenario{(n == 1 ? "" : "s")}");
        writer.WriteLine();
        for (var i = 0; i < n; i++)
        {
            var s = comparison.Scenarios[i];
            writer.WriteLine($"S{i + 1}  {s.Scenario.Name}{(s.Scenario.Source is { } src ? $" ({src})" : "")}");
            if (s.Scenario.Description is { Length: > 0 } description)
            {
                writer.WriteLine($"    {description}");
            }

            writer.WriteLine($"    rebalance {Rebalance(s.Scenario)}; total max {set.MaxPoints} → {s.Result.CriteriaSet.MaxPoints}");
        }

        writer.WriteLine();
        var headers = new[] { "Rank", "Unit", "Name", "Index" }.Concat(Enumerable.Range(1, n).SelectMany(i => new[] { $"S{i} index", $"S{i} rank", $"S{i} shift" })).ToArray();
        var table = new TextTable(headers).AlignRight(new[] { 0, 3 }.Concat(Enumerable.Range(0, n * 3).Select(i => 4 + i)).ToArray());
        for (var u = 0; u < baseline.Units.Count; u++)
        {
            var b = baseline.Units[u];
            var cells = new[] { Int(b.Rank), b.Id, b.Score.Name, ScoreCommand.Fmt(b.Score.ReportedIndex, p) }
                .Concat(comparison.Scenarios.SelectMany(s => new[] { ScoreCommand.Fmt(s.Units[u].Index, p), Int(s.Units[u].Rank), Shift(s.Units[u].Shift) }));
            table.Add(cells.ToArray());
        }

        table.Write(writer);
        writer.WriteLine();
        writer.WriteLine("Agreement with the baseline ranking:");
        for (var i = 0; i < n; i++)
        {
            var s = comparison.Scenarios[i];
            writer.WriteLine($"  S{i + 1}  Spearman's rho {Corr(s.Spearman)}, Kendall's tau-b {Corr(s.KendallTauB)}");
        }

        if (movers > 0)
        {
            writer.WriteLine();
            writer.WriteLine("Largest movers (places gained; baseline rank → scenario rank):");
            for (var i = 0; i < n; i++)
            {
                var list = comparison.Scenarios[i].LargestMovers(movers);
                writer.WriteLine($"  S{i + 1}  " + (list.Count == 0 ? "no unit changes rank" : string.Join(", ", list.Select(m => $"{m.Unit.Id} {Shift(m.Shift)} ({Int(m.BaselineRank)} → {Int(m.Rank)})"))));
            }
        }

        writer.WriteLine();
        writer.WriteLine("Re-weighting rescales node scores; leaves are not re-scored (docs/scenarios.md). Ranks follow the official rules; ties share a rank.");
    }

    private static string Rebalance(Scenario s) => s.Rebalance == RebalanceMode.Proportional ? "proportional" : "none";

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Shift(int shift) => shift > 0 ? "+" + Int(shift) : Int(shift);

    private static string Corr(double value) => double.IsNaN(value) ? "n/a (a ranking is constant)" : value.ToString("F4", CultureInfo.InvariantCulture);
}
