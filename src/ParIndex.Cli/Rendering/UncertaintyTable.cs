using System.Globalization;
using System.IO;
using ParIndex.Cli.Commands;
using ParIndex.Cli.Resources;
using ParIndex.Scenarios;

namespace ParIndex.Cli.Rendering;

/// <summary>The table of <c>parindex uncertainty</c>: ranks over the runs per unit, then the sensitivity indices.</summary>
internal static class UncertaintyTable
{
    private static string Describe(UncertaintyResult r)
    {
        var what = r.Options.Samples is not null ? Strings.Unc_ExplicitSamples
            : r.Options.Perturbation is DirichletPerturbation d ? Strings.FormatUnc_Dirichlet(d.Concentration.ToString("0.###", CultureInfo.InvariantCulture))
            : r.Options.Perturbation is NoisePerturbation f ? Strings.FormatUnc_Noise(f.Factor.ToString("0.###", CultureInfo.InvariantCulture))
            : r.Options.Perturbation.ToString();
        var nodes = r.Nodes.Count;
        var weights = r.Options.Level switch
        {
            0 => Plural.Of(nodes, Strings.Unc_AreaWeights_One, Strings.Unc_AreaWeights_Other),
            1 => Plural.Of(nodes, Strings.Unc_CriterionWeights_One, Strings.Unc_CriterionWeights_Other),
            _ => string.Format(CultureInfo.InvariantCulture, nodes == 1 ? Strings.Unc_LevelWeights_One : Strings.Unc_LevelWeights_Other, nodes, r.Options.Level),
        };
        var seed = r.Options.Samples is not null ? "" : Strings.FormatUnc_Seed(r.Options.Seed.ToString(CultureInfo.InvariantCulture));
        return Strings.FormatUnc_Runs(Int(r.Runs), what, weights, seed);
    }

    internal static void Write(UncertaintyResult r, TextWriter writer)
    {
        var set = r.Sheet.CriteriaSet;
        var p = set.Precision;
        var k = r.Options.Top;
        writer.WriteLine(Strings.FormatUnc_Header(set.Name, set.Id, Plural.Units(r.Units.Count), Describe(r)));
        writer.WriteLine();
        var table = new TextTable(Strings.Col_Rank, Strings.Col_Unit, Strings.Col_Name, Strings.Col_Index, Strings.Col_Mean, Strings.Col_Median, "P5", "P95", Strings.Col_Band, Strings.Col_BandKept, Strings.FormatCol_TopK(Int(k))).AlignRight(0, 3, 4, 5, 6, 7, 9, 10);
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
        writer.WriteLine(Strings.Unc_NoteColumns);
        writer.WriteLine(Strings.FormatUnc_NoteTop(Int(k), Int(p)));
        if (r.Sensitivity is { } indices)
        {
            writer.WriteLine();
            writer.WriteLine(Strings.FormatUnc_Sensitivity(Int(r.Runs), r.TotalRuns.ToString("N0", CultureInfo.InvariantCulture)));
            var s = new TextTable(Strings.Col_Node, Strings.Col_Name, Strings.Col_Max, Strings.Col_FirstOrder, Strings.Col_TotalEffect).AlignRight(2, 3, 4);
            foreach (var node in indices)
            {
                s.Add(node.Node.Code, node.Node.Name, node.Node.MaxPoints.ToString(), Index(node.FirstOrder), Index(node.Total));
            }

            s.Write(writer);
            writer.WriteLine(Strings.Unc_NoteSensitivity);
        }
    }

    private static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Num(double value, int decimals) => value.ToString("F" + Int(decimals), CultureInfo.InvariantCulture);

    private static string Percent(double share) => (share * 100).ToString("F1", CultureInfo.InvariantCulture) + " %";

    private static string Index(double value) => double.IsNaN(value) ? Strings.Cell_NotAvailable : value.ToString("F3", CultureInfo.InvariantCulture);

}
