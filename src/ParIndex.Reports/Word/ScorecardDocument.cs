using System.Collections.Generic;
using System.Linq;
using ParIndex.Ranking;
using ParIndex.Reports.Scorecards;
using ParIndex.Reports.Text;

namespace ParIndex.Reports.Word;

/// <summary>Scorecards (phiếu chấm điểm) as a Word document: landscape A4, each unit starting on a new page.</summary>
internal static class ScorecardDocument
{
    public static void Write(RankingResult ranking, IReadOnlyList<RankedUnit> units, System.IO.Stream output, ReportOptions options)
    {
        var set = ranking.Sheet.CriteriaSet;
        var l = new Labels(options.Culture);
        var n = new NumberText(options.DecimalComma, set.Precision);
        var doc = new DocxWriter(l);
        var width = DocxWriter.TextWidth(true);

        // Code, criterion, max, self value, self points, appraisal (reason), final, lost.
        var fixedWidths = new[] { 800, 0, 950, 2000, 950, 0, 950, 900 };
        var free = width - fixedWidths.Sum();
        fixedWidths[1] = free * 45 / 100;
        fixedWidths[5] = free - fixedWidths[1];
        var first = true;
        foreach (var unit in units)
        {
            var card = ScorecardText.Build(ranking, unit, l, n, options.TopCriteria);
            doc.Paragraph(l["ScorecardUpper"], bold: true, centered: true, pageBreakBefore: !first, uppercase: true);
            first = false;
            doc.Paragraph($"{card.Unit.Score.Name} ({card.Unit.Id})", bold: true, centered: true);
            doc.Paragraph(set.Decision is { } decision ? l.Format("AnnexSetDecision", set.Name, decision) : l.Format("AnnexSet", set.Name), centered: true);
            foreach (var fact in card.Facts)
            {
                doc.Paragraph(fact);
            }

            var areaRows = new HashSet<int>(card.Rows.Select((r, i) => (r, i)).Where(x => x.r.Node.Depth == 0).Select(x => x.i));
            doc.Table(
                ScorecardText.Columns(l),
                card.Rows.Select(r => (IReadOnlyList<string>)new[]
                {
                    r.Node.Code,
                    new string(' ', r.Node.Depth * 2) + r.Node.Name,
                    r.Max,
                    r.Evidence is null ? r.SelfValue : r.SelfValue + "\n" + r.Evidence,
                    r.SelfPoints,
                    string.Join("\n", r.Appraisals),
                    r.Final,
                    r.Lost,
                }),
                fixedWidths,
                new HashSet<int> { 2, 4, 6, 7 },
                areaRows);
            foreach (var note in card.Notes)
            {
                doc.Paragraph(note);
            }

            doc.Paragraph(l["WhatItWouldTake"], bold: true, keepNext: true);
            foreach (var line in card.Outlook)
            {
                doc.Paragraph(line);
            }

            if (card.RecoverHeading is not null)
            {
                doc.Paragraph(card.RecoverHeading, keepNext: true);
                var columns = card.RecoverColumns(l);
                var small = 1200;
                var widths = new[] { 800, width - 800 - ((columns.Length - 2) * small) }.Concat(Enumerable.Repeat(small, columns.Length - 2)).ToArray();
                doc.Table(columns, card.Recover.Select(r => (IReadOnlyList<string>)r.Cells(card.ShowsRegains)), widths, new HashSet<int>(Enumerable.Range(2, columns.Length - 3)));
            }
        }

        doc.Save(output, landscape: true, l.Format("ScorecardsTitle", set.Name));
    }
}
