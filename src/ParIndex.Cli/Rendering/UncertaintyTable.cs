using System.Globalization;
using System.IO;
using ParIndex.Cli.Commands;
using ParIndex.Scenarios;

namespace ParIndex.Cli.Rendering;

/// <summary>The table of <c>parindex uncertainty</c>: ranks over the runs per unit, then the sensitivity indices.</summary>
internal static class UncertaintyTable
{
    private static string Describe(UncertaintyResult r)
    {
        var what = r.Options.Samples is not null ? "explicit weight samples" : r.Options.Perturbation.ToString();
        var nodes = r.Nodes.Count;
        var level = r.Options.Level switch { 0 => "area", 1 => "criterion", _ => $"level-{r.Options.Level} node" };
        var seed = r.Options.Samples is not null ? "" : $", seed {r.Options.Seed.ToString(CultureInfo.InvariantCulture)}";
        return $"{Int(r.Runs)} runs ({what} on {nodes} {level} weight{(nodes == 1 ? "" : "s")}{seed})";
    }

    internal static void Write(UncertaintyResult r, TextWriter writer)
    {
        var set = r.Sheet.CriteriaSet;
        var p = set.Precision;
        var k = r.Options.Top;
        writer.WriteLine($"{set.Name} ({set.Id}) — {r.Units.Count} units; {Describe(r)}");
        writer.WriteLine();
        var table = new TextTable("Rank", "Unit", "Name", "Index", "Mean", "Median", "P5", "P95", "Band", "Band kept", $"Top {Int(k)}").AlignRight(0, 3, 4, 5, 6, 7, 9, 10);
        foreach (var u in r.Units)
        {
            table.Add(
                Int(u.NominalRank),
                u.Score.Id,
                u.Score.Name,
                ScoreCommand.Fmt(u.Score.ReportedIndex, p),
                Num(u.MeanRank, 2),
                Num(u.MedianRank, 1),
                Num(u.Percentile5Rank, 1),
                Num(u.Percentile95Rank, 1),
                u.NominalBand?.Name ?? "",
                u.BandKept is { } kept ? Percent(kept) : "",
                Percent(u.TopProbability));
        }

        table.Write(writer);
        writer.WriteLine();
        writer.WriteLine($"Rank = nominal rank; Mean, Median, P5, P95 = rank over the runs (percentiles as R's type 7); Band kept = share of runs in the nominal band;");
        writer.WriteLine($"Top {Int(k)} = share of runs ranked {Int(k)} or better. Each run ranks the index rounded to {Int(p)} decimals; ties share a rank.");
        if (r.Sensitivity is { } indices)
        {
            writer.WriteLine();
            writer.WriteLine($"Sensitivity of the mean absolute rank shift to each weight ({Int(r.Runs)} base samples, {r.TotalRuns.ToString("N0", CultureInfo.InvariantCulture)} runs):");
            var s = new TextTable("Node", "Name", "Max", "First-order", "Total").AlignRight(2, 3, 4);
            foreach (var node in indices)
            {
                s.Add(node.Node.Code, node.Node.Name, node.Node.MaxPoints.ToString(), Index(node.FirstOrder), Index(node.Total));
            }

            s.Write(writer);
            writer.WriteLine("First-order: Saltelli (2010) estimator; Total: Jansen estimator. Small negative values are sampling noise around 0.");
        }
    }

    private static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Num(double value, int decimals) => value.ToString("F" + Int(decimals), CultureInfo.InvariantCulture);

    private static string Percent(double share) => (share * 100).ToString("F1", CultureInfo.InvariantCulture) + " %";

    private static string Index(double value) => double.IsNaN(value) ? "n/a" : value.ToString("F3", CultureInfo.InvariantCulture);

}
