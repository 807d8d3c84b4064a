using System;
using System.Collections.Generic;
using System.Linq;
using ParIndex.Reports.Charts;
using ParIndex.Reports.Text;
using ParIndex.Scenarios;

namespace ParIndex.Reports.Html;

/// <summary>The body of the uncertainty report: summary, rank intervals (nominal, median, 5–95 %) and sensitivity bars.</summary>
internal sealed class UncertaintyReportWriter
{
    private readonly UncertaintyResult result;
    private readonly ReportOptions options;
    private readonly Labels l;
    private readonly NumberText n;

    public UncertaintyReportWriter(UncertaintyResult result, ReportOptions options)
    {
        this.result = result;
        this.options = options;
        l = new Labels(options.Culture);
        n = new NumberText(options.DecimalComma, result.Sheet.CriteriaSet.Precision);
    }

    public Labels Labels => l;

    public string Title => l.Format("UncertaintyTitle", result.Sheet.CriteriaSet.Name);

    public void Write(HtmlWriter w)
    {
        var set = result.Sheet.CriteriaSet;
        var o = result.Options;
        w.Element("h1", Title);
        w.Element("h2", l["Summary"]);
        var items = ReportParts.SetFacts(set, l, n).ToList();
        items.Add((l["Units"], n.Int(result.Units.Count)));
        items.Add((l["Perturbed"], string.Join("; ", result.Nodes.Select(x => $"{x.Code} {x.Name}"))));
        items.Add((l["Method"], o.Samples is not null ? l["MethodSamples"] : o.Perturbation is DirichletPerturbation d ? l.Format("MethodDirichlet", n.Double(d.Concentration, 2)) : o.Perturbation is NoisePerturbation p ? l.Format("MethodNoise", n.Double(p.Factor, 2)) : o.Perturbation.ToString()!));
        items.Add((l["Runs"], l.Format("RunsValue", n.Int(result.Runs), result.TotalRuns.ToString(System.Globalization.CultureInfo.InvariantCulture), o.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        items.Add((l["Date"], l.Date(options.DateOrToday)));
        ReportParts.Summary(w, l, items);

        w.Open("section", null, "intervals");
        w.Element("h2", l["RankIntervals"]);
        w.Element("p", l["IntervalsExplained"], "note");
        w.Open("div", "pair");
        var legend = new[] { l["NominalRank"], l["MedianRank"], l["Interval"] };
        ReportParts.Charts(w, result.Units, l["IntervalTitle"], l, (id, title, units) =>
        {
            var rows = units.Select(u => new IntervalRow(
                $"{n.Int(u.NominalRank)}. {u.Score.Name}",
                u.NominalRank,
                u.MedianRank,
                u.Percentile5Rank,
                u.Percentile95Rank,
                l.Format("IntervalTooltip", u.Score.Name, n.Int(u.NominalRank), n.Double(u.MedianRank, 1), n.Double(u.Percentile5Rank, 1), n.Double(u.Percentile95Rank, 1)))).ToArray();
            new IntervalChart(id, title, l["IntervalDesc"], rows, result.Units.Count, legend).Write(w.Buffer);
        });
        var headers = new List<string> { l["NominalRank"], l["UnitId"], l["Unit"], l["Index"], l["Band"], l["MedianRank"], l["P5"], l["P95"], l["MeanRank"] };
        var bands = result.Units.Any(u => u.BandKept is not null);
        if (bands)
        {
            headers.Add(l["BandKept"]);
        }

        headers.Add(l.Format("TopK", n.Int(o.Top)));
        w.Table(headers, result.Units.Select(u =>
        {
            var cells = new List<string> { n.Int(u.NominalRank), u.Score.Id, u.Score.Name, n.Decimal(u.Score.ReportedIndex), u.NominalBand?.Name ?? "", n.Double(u.MedianRank, 1), n.Double(u.Percentile5Rank, 1), n.Double(u.Percentile95Rank, 1), n.Double(u.MeanRank, 2) };
            if (bands)
            {
                cells.Add(u.BandKept is { } kept ? n.Percent(kept) : "");
            }

            cells.Add(n.Percent(u.TopProbability));
            return (IReadOnlyList<string>)cells;
        }), new HashSet<int>(new[] { 0, 3, 5, 6, 7, 8 }.Concat(bands ? new[] { 9, 10 } : new[] { 9 })));
        w.Close("div");
        w.Close("section");

        if (result.Sensitivity is { } sensitivity)
        {
            w.Open("section", null, "sensitivity");
            w.Element("h2", l["Sensitivity"]);
            w.Element("p", l["SensitivityExplained"], "note");
            var values = sensitivity.SelectMany(s => new[] { s.FirstOrder, s.Total }).Where(v => !double.IsNaN(v)).ToArray();
            var min = Math.Min(0, values.Length == 0 ? 0 : Math.Floor(values.Min() * 10) / 10);
            var max = Math.Max(1, values.Length == 0 ? 1 : Math.Ceiling(values.Max() * 10) / 10);
            w.Open("div", "pair");
            ReportParts.Charts(w, sensitivity, l["SensitivityTitle"], l, (id, title, nodes) =>
            {
                var rows = nodes.Select(s => new BarRow(
                    $"{s.Node.Code} {s.Node.Name}",
                    new[] { new Bar(double.IsNaN(s.FirstOrder) ? 0 : s.FirstOrder, n.Double(s.FirstOrder, 3), "s0"), new Bar(double.IsNaN(s.Total) ? 0 : s.Total, n.Double(s.Total, 3), "s1") })).ToArray();
                new BarChart(id, title, l["SensitivityDesc"], rows, min, max, BarChart.NiceStep(max - min), v => n.Double(v, 1))
                {
                    Legend = new[] { new LegendEntry(l["FirstOrder"], "s0"), new LegendEntry(l["TotalEffect"], "s1") },
                }.Write(w.Buffer);
            });
            w.Table(
                new[] { l["Code"], l["Criterion"], l["Max"], l["FirstOrder"], l["TotalEffect"] },
                sensitivity.Select(s => (IReadOnlyList<string>)new[] { s.Node.Code, s.Node.Name, n.Points(s.Node.MaxPoints), n.Double(s.FirstOrder, 3), n.Double(s.Total, 3) }),
                new HashSet<int> { 2, 3, 4 });
            w.Close("div");
            w.Close("section");
        }
    }
}
