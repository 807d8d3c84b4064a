using System;
using System.Collections.Generic;
using System.Linq;
using ParIndex.Criteria;
using ParIndex.Ranking;
using ParIndex.Scenarios;

namespace ParIndex.Excel.Internal;

/// <summary>The sheets of the results workbooks.</summary>
internal static class ResultsSheets
{
    /// <summary>The ranking: the results CSV's columns in order, with people's labels.</summary>
    public static void Ranking(WorkbookBuilder book, RankingResult ranking)
    {
        var set = ranking.Sheet.CriteriaSet;
        var p = set.Precision;
        var number = Styles.Number(p);
        var penalty = set.OverScoringPenalty is not null;
        var ordinaryAreas = set.Areas.Where(a => a.Block == NodeBlock.None).ToList();
        var labels = new List<string> { L("Rank"), L("UnitId"), L("UnitName"), L("Group"), L("SelfPoints"), L("Points"), L("SurveyPoints"), L("MaxPoints") };
        if (penalty)
        {
            labels.Add(L("Penalty"));
        }

        labels.Add(L("Index"));
        labels.Add(L("Band"));
        foreach (var area in set.Areas)
        {
            labels.Add(Text.Format("ResAreaPoints", area.Code, area.Name));
            labels.Add(Text.Format("ResAreaIndex", area.Code, area.Name));
        }

        labels.AddRange(new[] { L("GroupRank"), L("AppraisedPoints"), L("SelfMinusAppraised"), L("PreviousRank"), L("RankChange"), L("GroupRankChange"), L("IndexChange"), L("NextRankUnit"), L("PointsToNextRank"), L("NextBand"), L("PointsToNextBand"), L("AreasLed") });
        labels.AddRange(ordinaryAreas.Select(a => Text.Format("ResAreaRank", a.Code, a.Name)));
        var widths = labels.Select((l, i) => i == 2 ? 30d : Math.Min(18, Math.Max(9, l.Length * 0.6 + 2))).ToArray();
        book.Sheet(Text.Get("SheetRanking"), widths, 1, 3, sheet =>
        {
            sheet.NewRow();
            foreach (var label in labels)
            {
                sheet.Text(label, Styles.Header);
            }

            foreach (var unit in ranking.Units)
            {
                var s = unit.Score;
                sheet.NewRow().Integer(unit.Rank).Text(s.Id).Text(s.Name).Text(s.Group)
                    .Number(s.SelfPoints.Round(p), number).Number(s.Points.Round(p), number).Number(s.SurveyPoints.Round(p), number).Number(s.MaxPoints.Round(p), number);
                if (penalty)
                {
                    sheet.Number(s.OverScoringPenalty.Round(p), number);
                }

                sheet.Number(s.ReportedIndex, number).Text(unit.Band?.Name);
                foreach (var area in s.Areas)
                {
                    sheet.Number(area.Points.Round(p), number).Number(area.ReportedIndex, number);
                }

                sheet.Integer(unit.GroupRank).Number(s.AppraisedPoints.Round(p), number).Number((s.SelfPoints - s.AppraisedPoints).Round(p), number)
                    .Integer(unit.Previous?.Rank).Integer(unit.RankChange).Integer(unit.GroupRankChange).Number(unit.IndexChange, number)
                    .Text(unit.NextUp?.Id).Number(unit.ReportedPointsToNextRank, number).Text(unit.NextBand?.Name).Number(unit.ReportedPointsToNextBand, number).Integer(unit.AreasLed);
                foreach (var area in unit.AreaRanks)
                {
                    sheet.Integer(area.Rank);
                }
            }

            sheet.AutoFilter(labels.Count);
        });
    }

    /// <summary>Component indices: one row per unit, one column per area's index, with a colour scale.</summary>
    public static void ComponentIndices(WorkbookBuilder book, RankingResult ranking)
    {
        var set = ranking.Sheet.CriteriaSet;
        var p = set.Precision;
        var areas = set.Areas.ToList();
        var widths = new[] { 8d, 12, 30, 10, 10 }.Concat(areas.Select(_ => 14d)).ToArray();
        book.Sheet(Text.Get("SheetComponents"), widths, 1, 3, sheet =>
        {
            sheet.NewRow().Text(L("Rank"), Styles.Header).Text(L("UnitId"), Styles.Header).Text(L("UnitName"), Styles.Header).Text(L("Group"), Styles.Header).Text(L("Index"), Styles.Header);
            foreach (var area in areas)
            {
                sheet.Text($"{area.Code} {area.Name}", Styles.Header);
            }

            foreach (var unit in ranking.Units)
            {
                var s = unit.Score;
                sheet.NewRow().Integer(unit.Rank).Text(s.Id).Text(s.Name).Text(s.Group).Number(s.ReportedIndex, Styles.Number(p));
                foreach (var area in s.Areas)
                {
                    sheet.Number(area.ReportedIndex, Styles.Number(p));
                }
            }

            if (ranking.Units.Count > 0)
            {
                for (var i = 0; i <= areas.Count; i++)
                {
                    var column = SourceLocation.ColumnName(5 + i);
                    sheet.ColourScale($"{column}2:{column}{sheet.Row}");
                }
            }

            sheet.AutoFilter(5 + areas.Count);
        });
    }

    /// <summary>Points per criterion: one row per unit; per leaf its self-assessed points and its final points.</summary>
    public static void CriteriaPoints(WorkbookBuilder book, RankingResult ranking)
    {
        var set = ranking.Sheet.CriteriaSet;
        var p = set.Precision;
        var number = Styles.Number(p);
        var leaves = set.Leaves.ToList();
        var widths = new[] { 12d, 30 }.Concat(leaves.SelectMany(_ => new[] { 11d, 11d })).ToArray();
        book.Sheet(Text.Get("SheetCriteria"), widths, 2, 2, sheet =>
        {
            sheet.NewRow().Text(L("UnitId"), Styles.Header).Text(L("UnitName"), Styles.Header);
            foreach (var leaf in leaves)
            {
                sheet.Text($"{leaf.Code} {leaf.Name} ({Text.Format("TemplateMaxPoints", leaf.MaxPoints)})", Styles.Header).Empty(Styles.Header);
            }

            sheet.NewRow().Empty(Styles.Header).Empty(Styles.Header);
            foreach (var leaf in leaves)
            {
                sheet.Text(Text.Format("ResSelfOf", leaf.Code), Styles.Header).Text(Text.Format("ResFinalOf", leaf.Code), Styles.Header);
            }

            foreach (var unit in ranking.Units)
            {
                var s = unit.Score;
                sheet.NewRow().Text(s.Id).Text(s.Name);
                var byCode = s.Scorecard().Leaves.ToDictionary(l => l.Leaf.Code, StringComparer.Ordinal);
                foreach (var leaf in leaves)
                {
                    if (byCode.TryGetValue(leaf.Code, out var result))
                    {
                        sheet.Number(leaf.Source == ValueSource.Self ? result.SelfPoints.Round(p) : null, number).Number(result.Points.Round(p), number);
                    }
                    else
                    {
                        sheet.Empty().Empty();
                    }
                }
            }

            sheet.AutoFilter(2 + (2 * leaves.Count), headerRow: 2);
        });
    }

    /// <summary>The self-assessment accuracy report: per unit, then per criterion.</summary>
    public static void Accuracy(WorkbookBuilder book, RankingResult ranking)
    {
        var p = ranking.Sheet.CriteriaSet.Precision;
        var number = Styles.Number(p);
        var report = ranking.Accuracy;
        book.Sheet(Text.Get("SheetAccuracy"), new[] { 12d, 30, 10, 12, 12, 12, 14, 12, 12 }, 1, 2, sheet =>
        {
            sheet.NewRow().Text(L("UnitId"), Styles.Header).Text(L("UnitName"), Styles.Header).Text(L("Group"), Styles.Header).Text(L("SelfPoints"), Styles.Header)
                .Text(L("AppraisedPoints"), Styles.Header).Text(L("SelfMinusAppraised"), Styles.Header).Text(L("SelfToAppraised"), Styles.Header).Text(L("CriteriaMarkedDown"), Styles.Header).Text(L("Penalty"), Styles.Header);
            foreach (var u in report.Units)
            {
                var s = u.Unit.Score;
                sheet.NewRow().Text(s.Id).Text(s.Name).Text(s.Group).Number(u.SelfPoints.Round(p), number).Number(u.AppraisedPoints.Round(p), number)
                    .Number(u.Difference.Round(p), number).Number(u.SelfToAppraisedPercent is { } r ? Math.Round(r, p, MidpointRounding.AwayFromZero) : null, number)
                    .Integer(u.CriteriaMarkedDown).Number(u.Penalty.Round(p), number);
            }

            sheet.AutoFilter(9);
        });
        book.Sheet(Text.Get("SheetAccuracyCriteria"), new[] { 10d, 50, 14, 14, 14, 14 }, 1, 2, sheet =>
        {
            sheet.NewRow().Text(L("Code"), Styles.Header).Text(L("Criterion"), Styles.Header).Text(L("UnitsMarkedDown"), Styles.Header)
                .Text(L("TotalMarkDown"), Styles.Header).Text(L("AverageMarkDown"), Styles.Header).Text(L("UnitsMarkedUp"), Styles.Header);
            foreach (var c in report.Criteria)
            {
                sheet.NewRow().Text(c.Leaf.Code, Styles.Text).Text(c.Leaf.Name).Integer(c.UnitsMarkedDown).Number(c.TotalMarkDown.Round(p), number)
                    .Number(c.AverageMarkDown is { } a ? Math.Round(a, p, MidpointRounding.AwayFromZero) : null, number).Integer(c.UnitsMarkedUp);
            }

            sheet.AutoFilter(6);
        });
    }

    /// <summary>Scenarios side by side: compare's CSV columns.</summary>
    public static void Comparison(WorkbookBuilder book, ScenarioComparison comparison)
    {
        var number = Styles.Number(comparison.Baseline.Sheet.CriteriaSet.Precision);
        book.Sheet(Text.Get("SheetScenarios"), new[] { 24d, 12, 30, 10, 12, 12, 12, 12, 10, 10, 12 }, 1, 3, sheet =>
        {
            sheet.NewRow();
            foreach (var label in new[] { "Scenario", "UnitId", "UnitName", "Group", "BaselineIndex", "BaselineRank", "BaselineBand", "Index", "Rank", "Shift", "Band" })
            {
                sheet.Text(L(label), Styles.Header);
            }

            foreach (var s in comparison.Scenarios)
            {
                foreach (var u in s.Units)
                {
                    sheet.NewRow().Text(s.Scenario.Name).Text(u.Unit.Id).Text(u.Unit.Name).Text(u.Unit.Group).Number(u.BaselineIndex, number).Integer(u.BaselineRank)
                        .Text(u.BaselineBand?.Name).Number(u.Index, number).Integer(u.Rank).Integer(u.Shift).Text(u.Band?.Name);
                }
            }

            sheet.AutoFilter(11);
        });
    }

    /// <summary>Rank uncertainty: uncertainty's CSV columns.</summary>
    public static void Uncertainty(WorkbookBuilder book, UncertaintyResult r)
    {
        var number = Styles.Number(r.Sheet.CriteriaSet.Precision);
        var four = Styles.Number(4);
        book.Sheet(Text.Get("SheetUncertainty"), new[] { 12d, 30, 10, 10, 10, 12, 12, 12, 12, 10, 12, 12 }, 1, 2, sheet =>
        {
            sheet.NewRow();
            foreach (var label in new[] { "UnitId", "UnitName", "Group", "Index", "NominalRank", "MeanRank", "MedianRank", "P05Rank", "P95Rank", "Band", "BandKept" })
            {
                sheet.Text(L(label), Styles.Header);
            }

            sheet.Text(Text.Format("ResTop", r.Options.Top), Styles.Header);
            foreach (var u in r.Units)
            {
                sheet.NewRow().Text(u.Score.Id).Text(u.Score.Name).Text(u.Score.Group).Number(u.Score.ReportedIndex, number).Integer(u.NominalRank)
                    .Number(Four(u.MeanRank), four).Number(Four(u.MedianRank), four).Number(Four(u.Percentile5Rank), four).Number(Four(u.Percentile95Rank), four)
                    .Text(u.NominalBand?.Name).Number(u.BandKept is { } kept ? Four(kept) : null, four).Number(Four(u.TopProbability), four);
            }

            sheet.AutoFilter(12);
        });
    }

    /// <summary>Sensitivity indices per perturbed node.</summary>
    public static void Sensitivity(WorkbookBuilder book, UncertaintyResult r, IReadOnlyList<NodeSensitivity> sensitivity)
    {
        var p = r.Sheet.CriteriaSet.Precision;
        book.Sheet(Text.Get("SheetSensitivity"), new[] { 10d, 50, 12, 14, 14 }, 1, 2, sheet =>
        {
            sheet.NewRow().Text(L("Code"), Styles.Header).Text(L("Criterion"), Styles.Header).Text(L("MaxPoints"), Styles.Header).Text(L("FirstOrder"), Styles.Header).Text(L("TotalEffect"), Styles.Header);
            foreach (var s in sensitivity)
            {
                sheet.NewRow().Text(s.Node.Code, Styles.Text).Text(s.Node.Name).Number(s.Node.MaxPoints.Round(p), Styles.Number(p))
                    .Number(double.IsNaN(s.FirstOrder) ? null : Math.Round((decimal)s.FirstOrder, 6), Styles.Number(6))
                    .Number(double.IsNaN(s.Total) ? null : Math.Round((decimal)s.Total, 6), Styles.Number(6));
            }

            sheet.AutoFilter(5);
        });
    }

    /// <summary>A rank statistic as uncertainty's CSV shows it: 4 decimals.</summary>
    private static decimal Four(double value) => Math.Round((decimal)value, 4, MidpointRounding.AwayFromZero);

    private static string L(string name) => Text.Get("Res" + name);
}
