using System.Collections.Generic;
using System.Linq;
using ParIndex.Reports.Charts;
using ParIndex.Reports.Text;
using ParIndex.Scenarios;

namespace ParIndex.Reports.Html;

/// <summary>The body of the comparison report: summary, then per scenario a slope chart, the movers and every unit's ranks.</summary>
internal sealed class ComparisonReportWriter
{
    /// <summary>Up to this many units the slope chart shows every unit; beyond, only the largest movers (a chart of hundreds of crossing lines says nothing).</summary>
    public const int MaxSlopeUnits = 60;

    private readonly ScenarioComparison comparison;
    private readonly ReportOptions options;
    private readonly Labels l;
    private readonly NumberText n;

    public ComparisonReportWriter(ScenarioComparison comparison, ReportOptions options)
    {
        this.comparison = comparison;
        this.options = options;
        l = new Labels(options.Culture);
        n = new NumberText(options.DecimalComma, comparison.Baseline.Sheet.CriteriaSet.Precision);
    }

    public Labels Labels => l;

    public string Title => l.Format("ComparisonTitle", comparison.Baseline.Sheet.CriteriaSet.Name);

    public void Write(HtmlWriter w)
    {
        var set = comparison.Baseline.Sheet.CriteriaSet;
        w.Element("h1", Title);
        w.Element("h2", l["Summary"]);
        var items = ReportParts.SetFacts(set, l, n).ToList();
        items.Add((l["Units"], n.Int(comparison.Baseline.Units.Count)));
        items.Add((l["Scenarios"], string.Join("; ", comparison.Scenarios.Select(s => s.Scenario.Name))));
        items.Add((l["Date"], l.Date(options.DateOrToday)));
        ReportParts.Summary(w, l, items);
        w.Element("p", l["ComparisonExplained"], "note");
        foreach (var s in comparison.Scenarios)
        {
            WriteScenario(w, s);
        }
    }

    private void WriteScenario(HtmlWriter w, ScenarioComparisonEntry s)
    {
        w.Open("section", "scenario");
        w.Element("h2", l.Format("ScenarioHeading", s.Scenario.Name));
        var facts = new List<(string, string)>();
        if (s.Scenario.Description is { Length: > 0 } description)
        {
            facts.Add((l["Description"], description));
        }

        if (s.Scenario.Source is { } source)
        {
            facts.Add((l["File"], source));
        }

        facts.Add((l["Rebalance"], s.Scenario.Rebalance == RebalanceMode.Proportional ? l["RebalanceProportional"] : l["RebalanceNone"]));
        facts.Add((l["MaxPoints"], $"{n.Points(comparison.Baseline.Sheet.CriteriaSet.MaxPoints)} → {n.Points(s.Result.CriteriaSet.MaxPoints)}"));
        facts.Add((l["Agreement"], l.Format("AgreementValues", n.Double(s.Spearman, 4), n.Double(s.KendallTauB, 4))));
        ReportParts.Summary(w, l, facts);

        var shown = s.Units.Count <= MaxSlopeUnits ? s.Units : s.LargestMovers(System.Math.Max(options.Movers, 1));
        var slopeTitle = l.Format("SlopeTitle", s.Scenario.Name);
        var desc = s.Units.Count <= MaxSlopeUnits ? l["SlopeDesc"] : l.Format("SlopeDescMovers", n.Int(shown.Count), n.Int(s.Units.Count));
        w.Open("figure");
        new SlopeChart(w.NewId(), slopeTitle, desc, l["Baseline"], s.Scenario.Name, shown.Select(u => new SlopeRow(u.Unit.Name, u.BaselineRank, u.Rank)).ToArray()).Write(w.Buffer);
        w.Element("figcaption", desc);
        w.Close("figure");

        var movers = s.LargestMovers(options.Movers);
        if (movers.Count == 0)
        {
            w.Element("p", l["NoMovers"]);
        }
        else
        {
            w.Table(
                new[] { l["UnitId"], l["Unit"], l["BaselineRank"], l["ScenarioRank"], l["Shift"], l["BaselineIndex"], l["ScenarioIndex"], l["Band"] },
                movers.Select(m => (IReadOnlyList<string>)new[] { m.Unit.Id, m.Unit.Name, n.Int(m.BaselineRank), n.Int(m.Rank), n.Signed(m.Shift), n.Decimal(m.BaselineIndex), n.Decimal(m.Index), BandChange(m) }),
                new HashSet<int> { 2, 3, 4, 5, 6 },
                caption: l.Format("LargestMovers", n.Int(movers.Count)));
        }

        w.Table(
            new[] { l["BaselineRank"], l["UnitId"], l["Unit"], l["BaselineIndex"], l["ScenarioIndex"], l["ScenarioRank"], l["Shift"], l["Band"] },
            s.Units.Select(m => (IReadOnlyList<string>)new[] { n.Int(m.BaselineRank), m.Unit.Id, m.Unit.Name, n.Decimal(m.BaselineIndex), n.Decimal(m.Index), n.Int(m.Rank), n.Signed(m.Shift), BandChange(m) }),
            new HashSet<int> { 0, 3, 4, 5, 6 },
            caption: l["EveryUnit"]);
        w.Close("section");
    }

    private static string BandChange(UnitShift u) => u.BaselineBand?.Name == u.Band?.Name ? u.Band?.Name ?? "" : $"{u.BaselineBand?.Name ?? "–"} → {u.Band?.Name ?? "–"}";
}
