using System.Globalization;
using System.IO;
using System.Linq;
using ParIndex.Cli.Commands;
using ParIndex.Cli.Resources;
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
        writer.WriteLine(Strings.FormatCompare_Header(set.Name, set.Id, Plural.Units(baseline.Units.Count), Plural.Of(n, Strings.Scenarios_One, Strings.Scenarios_Other)));
        writer.WriteLine();
        for (var i = 0; i < n; i++)
        {
            var s = comparison.Scenarios[i];
            writer.WriteLine($"S{i + 1}  {s.Scenario.Name}{(s.Scenario.Source is { } src ? $" ({src})" : "")}");
            if (s.Scenario.Description is { Length: > 0 } description)
            {
                writer.WriteLine($"    {description}");
            }

            var before = set.MaxPoints.ToString();
            var after = s.Result.CriteriaSet.MaxPoints.ToString();
            writer.WriteLine("    " + (s.Scenario.Rebalance == RebalanceMode.Proportional
                ? Strings.FormatCompare_RebalanceProportional(before, after)
                : Strings.FormatCompare_RebalanceNone(before, after)));
        }

        writer.WriteLine();
        var headers = new[] { Strings.Col_Rank, Strings.Col_Unit, Strings.Col_Name, Strings.Col_Index }
            .Concat(Enumerable.Range(1, n).SelectMany(i => new[] { Strings.FormatCol_ScenarioIndex(i), Strings.FormatCol_ScenarioRank(i), Strings.FormatCol_ScenarioShift(i) })).ToArray();
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
        writer.WriteLine(Strings.Compare_Agreement);
        for (var i = 0; i < n; i++)
        {
            var s = comparison.Scenarios[i];
            writer.WriteLine($"  S{Int(i + 1)}  " + Strings.FormatCompare_Correlation(Corr(s.Spearman), Corr(s.KendallTauB)));
        }

        if (movers > 0)
        {
            writer.WriteLine();
            writer.WriteLine(Strings.Compare_Movers);
            for (var i = 0; i < n; i++)
            {
                var list = comparison.Scenarios[i].LargestMovers(movers);
                writer.WriteLine($"  S{Int(i + 1)}  " + (list.Count == 0 ? Strings.Compare_NoMover : string.Join(", ", list.Select(m => $"{m.Unit.Id} {Shift(m.Shift)} ({Int(m.BaselineRank)} → {Int(m.Rank)})"))));
            }
        }

        writer.WriteLine();
        writer.WriteLine(Strings.Compare_Note);
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Shift(int shift) => shift > 0 ? "+" + Int(shift) : Int(shift);

    private static string Corr(double value) => double.IsNaN(value) ? Strings.Compare_ConstantRanking : value.ToString("F4", CultureInfo.InvariantCulture);
}
