using System.Collections.Generic;
using System.Linq;
using ParIndex.Ranking;
using ParIndex.Reports.Scorecards;
using ParIndex.Reports.Text;

namespace ParIndex.Reports.Html;

/// <summary>The body of a scorecards-only document: a short header, then one scorecard per unit.</summary>
internal sealed class ScorecardsReportWriter
{
    private readonly RankingResult ranking;
    private readonly IReadOnlyList<RankedUnit> units;
    private readonly ReportOptions options;
    private readonly Labels l;
    private readonly NumberText n;

    public ScorecardsReportWriter(RankingResult ranking, IEnumerable<string>? unitIds, ReportOptions options)
    {
        this.ranking = ranking;
        this.options = options;
        units = unitIds is null ? ranking.Units : RankingReportWriter.SelectedUnits(ranking, unitIds);
        l = new Labels(options.Culture);
        n = new NumberText(options.DecimalComma, ranking.Sheet.CriteriaSet.Precision);
    }

    public Labels Labels => l;

    public string Title => units.Count == 1 ? ScorecardText.Build(ranking, units[0], l, n, 0).Heading : l.Format("ScorecardsTitle", ranking.Sheet.CriteriaSet.Name);

    public void Write(HtmlWriter w)
    {
        var set = ranking.Sheet.CriteriaSet;
        w.Element("h1", l.Format("ScorecardsTitle", set.Name));
        ReportParts.Summary(w, l, ReportParts.SetFacts(set, l, n).Concat(new[] { (l["Date"], l.Date(options.DateOrToday)) }));
        foreach (var unit in units)
        {
            ScorecardHtml.Write(w, ScorecardText.Build(ranking, unit, l, n, options.TopCriteria), l);
        }
    }
}
