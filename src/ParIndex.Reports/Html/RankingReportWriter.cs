using System;
using System.Collections.Generic;
using System.Linq;
using ParIndex.Criteria;
using ParIndex.Ranking;
using ParIndex.Reports.Charts;
using ParIndex.Reports.Scorecards;
using ParIndex.Reports.Text;

namespace ParIndex.Reports.Html;

/// <summary>The body of the ranking report: summary, ranking per group, component indices, self vs appraised, accuracy, scorecards.</summary>
internal sealed class RankingReportWriter
{
    private static readonly HashSet<int> None = new();
    private readonly RankingResult ranking;
    private readonly ReportOptions options;
    private readonly Labels l;
    private readonly NumberText n;
    private readonly CriteriaSet set;

    public RankingReportWriter(RankingResult ranking, ReportOptions options)
    {
        this.ranking = ranking;
        this.options = options;
        set = ranking.Sheet.CriteriaSet;
        l = new Labels(options.Culture);
        n = new NumberText(options.DecimalComma, set.Precision);
    }

    public Labels Labels => l;

    public string Title => l.Format("RankingTitle", set.Name);

    public void Write(HtmlWriter w)
    {
        w.Element("h1", Title);
        WriteSummary(w);
        WriteRanking(w);
        WriteComponents(w);
        WriteAccuracy(w);
        WriteScorecards(w);
    }

    private void WriteSummary(HtmlWriter w)
    {
        var sheet = ranking.Sheet;
        var items = ReportParts.SetFacts(set, l, n).ToList();
        var rounds = sheet.Input.AppraisalRounds;
        items.Add((l["AppraisalRounds"], rounds.Count == 0 ? l["NoneGiven"] : string.Join("; ", rounds.Select(r => r.Name))));
        items.Add((l["Units"], n.Int(sheet.Units.Count)));
        if (ranking.ByGroup)
        {
            items.Add((l["Groups"], string.Join("; ", ranking.Groups.Select(g => $"{g.Name ?? l["NoGroup"]} ({n.Int(g.Units.Count)})"))));
        }

        items.Add((l["RankingRule"], (ranking.ExactComparison ? l["RankedExact"] : l["RankedReported"]) + " " +
            (ranking.TieBreakers.Count == 0 ? l["TiesShare"] : l.Format("TiesBroken", string.Join(", ", ranking.TieBreakers)))));
        if (ranking.Previous is not null)
        {
            items.Add((l["PreviousResults"], l["PreviousCompared"]));
        }

        items.Add((l["Date"], l.Date(options.DateOrToday)));
        if (ScorecardsLeftOut)
        {
            items.Add((l["Scorecards"], l.Format("ScorecardsLeftOut", n.Int(ranking.Units.Count), n.Int(options.ScorecardLimit))));
        }

        w.Element("h2", l["Summary"]);
        ReportParts.Summary(w, l, items);
    }

    private void WriteRanking(HtmlWriter w)
    {
        w.Open("section", null, "ranking");
        w.Element("h2", l["Ranking"]);
        w.Element("p", l["RankingExplained"], "note");
        foreach (var group in ranking.Groups)
        {
            var scheme = set.BandsFor(group.Name);
            var name = ReportParts.GroupName(group.Name, ranking.ByGroup, l);
            w.Element("h3", l.Format("GroupUnits", name, n.Int(group.Units.Count)));
            var (min, max) = BarChart.IndexAxis(group.Units.Select(u => (double)u.Score.ReportedIndex));
            var legend = ReportParts.BandLegend(scheme, group.Units.Any(u => u.Band is null), l, n);
            var thresholds = scheme.Bands.Where(b => (double)b.MinIndex > min && (double)b.MinIndex <= max).Select(b => new Threshold((double)b.MinIndex, b.Name)).ToArray();
            w.Open("div", "pair");
            ReportParts.Charts(w, group.Units, l.Format("RankingChartTitle", name), l, (id, title, units) =>
            {
                var rows = units.Select(u => new BarRow(
                    $"{n.Int(u.PublishedRank)}. {u.Score.Name}",
                    new[] { new Bar((double)u.Score.ReportedIndex, u.Band is null ? n.Decimal(u.Score.ReportedIndex) : $"{n.Decimal(u.Score.ReportedIndex)} {u.Band.Name}", Palette.Band(ReportParts.BandPosition(scheme, u.Band))) },
                    $"{n.Int(u.PublishedRank)}. {u.Score.Name} ({u.Id})")).ToArray();
                new BarChart(id, title, l["RankingChartDesc"], rows, min, max, 10, ReportParts.Ticks(n)) { Thresholds = thresholds, Legend = legend }.Write(w.Buffer);
            });
            var headers = new List<string> { l["Rank"], l["UnitId"], l["Unit"], l["SelfPoints"], l["Points"], l["Max"], l["Index"], l["Band"] };
            if (ranking.Previous is not null)
            {
                headers.Add(l["Change"]);
            }

            w.Table(headers, group.Units.Select(u =>
            {
                var cells = new List<string> { n.Int(u.PublishedRank), u.Id, u.Score.Name, n.Points(u.Score.SelfPoints), n.Points(u.Score.Points), n.Points(u.Score.MaxPoints), n.Decimal(u.Score.ReportedIndex), u.Band?.Name ?? "" };
                if (ranking.Previous is not null)
                {
                    cells.Add(u.PublishedRankChange is { } change ? n.Signed(change) : u.Previous is null ? l["New"] : "");
                }

                return (IReadOnlyList<string>)cells;
            }), new HashSet<int> { 0, 3, 4, 5, 6 });
            w.Close("div");
        }

        w.Close("section");
    }

    private void WriteComponents(HtmlWriter w)
    {
        var areas = set.Areas.Where(a => a.Block == NodeBlock.None).ToArray();
        w.Open("section", null, "components");
        w.Element("h2", l["ComponentIndices"]);
        w.Element("p", l["ComponentExplained"], "note");
        w.Table(new[] { l["Code"], l["Area"], l["Max"] }, areas.Select(a => (IReadOnlyList<string>)new[] { a.Code, a.Name, n.Points(a.MaxPoints) }), new HashSet<int> { 2 }, "areas");
        var legend = ReportParts.HeatLegend(l, n);
        foreach (var group in ranking.Groups)
        {
            var name = ReportParts.GroupName(group.Name, ranking.ByGroup, l);
            w.Element("h3", name);
            w.Open("div", "pair");
            ReportParts.Charts(w, group.Units, l.Format("HeatTitle", name), l, (id, title, units) =>
            {
                var rows = units.Select(u => new HeatRow(
                    $"{n.Int(u.PublishedRank)}. {u.Score.Name}",
                    u.AreaRanks.Select(a => a.ReportedIndex is { } i ? new HeatCell((double)i, n.Decimal(i, 1)) : null).ToArray())).ToArray();
                new HeatMap(id, title, l["HeatDesc"], areas.Select(a => a.Code).ToArray(), areas.Select(a => $"{a.Code} {a.Name}").ToArray(), rows, l["NotApplicableShort"], legend).Write(w.Buffer);
            });
            var headers = new[] { l["Rank"], l["Unit"] }.Concat(areas.Select(a => a.Code)).Concat(new[] { l["Index"], l["AreasLed"] }).ToArray();
            w.Table(headers, group.Units.Select(u => (IReadOnlyList<string>)new[] { n.Int(u.PublishedRank), u.Score.Name }
                .Concat(u.AreaRanks.Select(a => a.ReportedIndex is { } i ? n.Decimal(i) : l["NotApplicableShort"]))
                .Concat(new[] { n.Decimal(u.Score.ReportedIndex), n.Int(u.AreasLed) }).ToArray()), new HashSet<int>(Enumerable.Range(2, areas.Length + 2)).Also(0));
            w.Close("div");
        }

        w.Close("section");
    }

    private void WriteAccuracy(HtmlWriter w)
    {
        var accuracy = ranking.Accuracy;
        var byUnit = accuracy.Units.ToDictionary(a => a.Unit.Id, StringComparer.Ordinal);
        w.Open("section", null, "accuracy");
        w.Element("h2", l["Accuracy"]);
        w.Element("p", l["AccuracyExplained"], "note");
        var summaryRows = new[] { accuracy.Overall }.Concat(accuracy.Groups).Select(g => (IReadOnlyList<string>)new[]
        {
            ReferenceEquals(g, accuracy.Overall) ? l["AllUnits"] : g.Group ?? l["NoGroup"],
            n.Int(g.UnitCount),
            n.Decimal(g.AverageSelfPoints),
            n.Decimal(g.AverageAppraisedPoints),
            n.Decimal(g.AverageSelfPoints - g.AverageAppraisedPoints),
            n.Int(g.UnitsOverScored),
            n.Int(g.UnitsPenalised),
        });
        w.Table(new[] { l["Units"], l["Count"], l["AverageSelf"], l["AverageAppraised"], l["AverageDifference"], l["OverScored"], l["Penalised"] }, summaryRows, new HashSet<int> { 1, 2, 3, 4, 5, 6 }, caption: l["AccuracySummary"]);

        var selfMax = Math.Max((double)set.MaxPoints.ToDecimal(), ranking.Units.Count == 0 ? 0 : ranking.Units.Max(u => Math.Max((double)u.Score.SelfPoints.ToDecimal(), (double)u.Score.AppraisedPoints.ToDecimal())));
        var selfMin = Math.Min(0, ranking.Units.Count == 0 ? 0 : ranking.Units.Min(u => Math.Min((double)u.Score.SelfPoints.ToDecimal(), (double)u.Score.AppraisedPoints.ToDecimal())));
        var step = BarChart.NiceStep(selfMax - selfMin);
        selfMax = Math.Ceiling(selfMax / step) * step;
        selfMin = Math.Floor(selfMin / step) * step;
        var legend = new[] { new LegendEntry(l["SelfPoints"], "s0"), new LegendEntry(l["AppraisedPoints"], "s1") };
        foreach (var group in ranking.Groups)
        {
            var name = ReportParts.GroupName(group.Name, ranking.ByGroup, l);
            w.Element("h3", l.Format("SelfVsAppraisedIn", name));
            w.Open("div", "pair");
            ReportParts.Charts(w, group.Units, l.Format("SelfVsAppraisedTitle", name), l, (id, title, units) =>
            {
                var rows = units.Select(u => new BarRow(
                    $"{n.Int(u.PublishedRank)}. {u.Score.Name}",
                    new[] { new Bar((double)u.Score.SelfPoints.ToDecimal(), n.Points(u.Score.SelfPoints), "s0"), new Bar((double)u.Score.AppraisedPoints.ToDecimal(), n.Points(u.Score.AppraisedPoints), "s1") },
                    $"{u.Score.Name} ({u.Id})")).ToArray();
                new BarChart(id, title, l["SelfVsAppraisedDesc"], rows, selfMin, selfMax, step, ReportParts.Ticks(n)) { Legend = legend }.Write(w.Buffer);
            });
            w.Table(
                new[] { l["Rank"], l["Unit"], l["SelfPoints"], l["AppraisedPoints"], l["Difference"], l["SelfToAppraised"], l["MarkedDown"], l["Penalty"] },
                group.Units.Select(u => byUnit[u.Id]).Select(a => (IReadOnlyList<string>)new[]
                {
                    n.Int(a.Unit.PublishedRank),
                    a.Unit.Score.Name,
                    n.Points(a.SelfPoints),
                    n.Points(a.AppraisedPoints),
                    n.SignedPoints(a.Difference),
                    a.SelfToAppraisedPercent is { } r ? n.Decimal(r) : "",
                    n.Int(a.CriteriaMarkedDown),
                    a.Penalty.IsZero ? "" : n.Points(a.Penalty),
                }),
                new HashSet<int> { 0, 2, 3, 4, 5, 6, 7 });
            w.Close("div");
        }

        var marked = accuracy.Criteria.Where(c => c.UnitsMarkedDown > 0)
            .OrderByDescending(c => c.UnitsMarkedDown).ThenByDescending(c => c.TotalMarkDown).Take(Math.Max(1, options.TopCriteria)).ToArray();
        if (marked.Length == 0)
        {
            w.Element("p", l["NoneMarkedDown"]);
        }
        else
        {
            w.Table(
                new[] { l["Code"], l["Criterion"], l["UnitsMarkedDown"], l["AverageMarkDown"], l["UnitsMarkedUp"] },
                marked.Select(c => (IReadOnlyList<string>)new[] { c.Leaf.Code, c.Leaf.Name, n.Int(c.UnitsMarkedDown), n.Decimal(c.AverageMarkDown!.Value), n.Int(c.UnitsMarkedUp) }),
                new HashSet<int> { 2, 3, 4 },
                caption: l.Format("MostMarkedDown", n.Int(marked.Length)));
        }

        w.Close("section");
    }

    /// <summary>Whether the scorecards were left out because the round is larger than the automatic limit.</summary>
    private bool ScorecardsLeftOut => options.ScorecardUnits is null && ranking.Units.Count > options.ScorecardLimit;

    private void WriteScorecards(HtmlWriter w)
    {
        var units = options.ScorecardUnits is not null ? SelectedUnits(ranking, options.ScorecardUnits)
            : ScorecardsLeftOut ? Array.Empty<RankedUnit>()
            : ranking.Units;
        if (units.Count == 0)
        {
            return;
        }

        w.Open("section", "cards", "scorecards");
        w.Element("h2", l["Scorecards"]);
        foreach (var unit in units)
        {
            ScorecardHtml.Write(w, ScorecardText.Build(ranking, unit, l, n, options.TopCriteria), l);
        }

        w.Close("section");
    }

    /// <summary>The units with the given ids, in ranking order; an unknown id is an error.</summary>
    internal static IReadOnlyList<RankedUnit> SelectedUnits(RankingResult ranking, IEnumerable<string> ids)
    {
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (!ranking.TryGetUnit(id, out _))
            {
                throw new ArgumentException($"No unit has id '{id}'.", nameof(ids));
            }

            wanted.Add(id);
        }

        return ranking.Units.Where(u => wanted.Contains(u.Id)).ToArray();
    }
}

/// <summary>Small helpers for building column sets.</summary>
internal static class SetExtensions
{
    public static HashSet<int> Also(this HashSet<int> set, int item)
    {
        set.Add(item);
        return set;
    }
}
