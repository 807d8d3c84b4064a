using System.Collections.Generic;
using System.Linq;
using ParIndex.Criteria;
using ParIndex.Ranking;
using ParIndex.Reports.Html;
using ParIndex.Reports.Text;

namespace ParIndex.Reports.Word;

/// <summary>
/// The decision's annex (phụ lục): the ranking of each group (rank, unit, points, index, band) in portrait, then the
/// component indices of every unit (one column per area) in a landscape section, with the areas' names below.
/// </summary>
internal static class AnnexDocument
{
    public static void Write(RankingResult ranking, System.IO.Stream output, ReportOptions options)
    {
        var set = ranking.Sheet.CriteriaSet;
        var l = new Labels(options.Culture);
        var n = new NumberText(options.DecimalComma, set.Precision);
        var doc = new DocxWriter(l);
        doc.Paragraph(l["Annex"], bold: true, centered: true, uppercase: true);
        doc.Paragraph(set.Year is { } year ? l.Format("AnnexTitleYear", n.Int(year)) : l["AnnexTitle"], bold: true, centered: true);
        doc.Paragraph(set.Decision is { } decision ? l.Format("AnnexSetDecision", set.Name, decision) : l.Format("AnnexSet", set.Name), centered: true);
        doc.Paragraph(l.Format("AnnexDate", l.Date(options.DateOrToday)), centered: true);

        var portrait = DocxWriter.TextWidth(false);
        var widths = new[] { 1000, portrait - 1000 - 1400 - 1300 - 1700, 1400, 1300, 1700 };
        var number = 1;
        foreach (var group in ranking.Groups)
        {
            var heading = ReportParts.GroupName(group.Name, ranking.ByGroup, l);
            doc.Paragraph(ranking.Groups.Count > 1 ? $"{Roman(number++)}. {l.Format("GroupUnits", heading, n.Int(group.Units.Count))}" : l.Format("GroupUnits", heading, n.Int(group.Units.Count)), bold: true, keepNext: true);
            doc.Table(
                new[] { l["Rank"], l["Unit"], l["Points"], l["Index"], l["Band"] },
                group.Units.Select(u => (IReadOnlyList<string>)new[] { n.Int(u.PublishedRank), u.Score.Name, n.Points(u.Score.Points), n.Decimal(u.Score.ReportedIndex), u.Band?.Name ?? "" }),
                widths,
                new HashSet<int> { 0, 2, 3 });
        }

        doc.EndSection(landscape: false);

        var areas = set.Areas.Where(a => a.Block == NodeBlock.None).ToArray();
        var landscape = DocxWriter.TextWidth(true);
        var numberWidth = 1000;
        var rankWidth = 900;
        var nameWidth = System.Math.Max(2200, landscape - rankWidth - ((areas.Length + 1) * numberWidth));
        numberWidth = (landscape - rankWidth - nameWidth) / (areas.Length + 1);
        doc.Paragraph(l["ComponentIndices"], bold: true, centered: true, uppercase: true, keepNext: true);
        doc.Paragraph(l["AnnexComponentNote"], centered: true);
        foreach (var group in ranking.Groups)
        {
            doc.Paragraph(ReportParts.GroupName(group.Name, ranking.ByGroup, l), bold: true, keepNext: true);
            doc.Table(
                new[] { l["Rank"], l["Unit"] }.Concat(areas.Select(a => a.Code)).Concat(new[] { l["Index"] }).ToArray(),
                group.Units.Select(u => (IReadOnlyList<string>)new[] { n.Int(u.PublishedRank), u.Score.Name }
                    .Concat(u.AreaRanks.Select(a => a.ReportedIndex is { } i ? n.Decimal(i) : l["NotApplicableShort"]))
                    .Concat(new[] { n.Decimal(u.Score.ReportedIndex) }).ToArray()),
                new[] { rankWidth, nameWidth }.Concat(Enumerable.Repeat(numberWidth, areas.Length + 1)).ToArray(),
                new HashSet<int>(new[] { 0 }.Concat(Enumerable.Range(2, areas.Length + 1))));
        }

        doc.Paragraph(l["AreasLegend"], bold: true, keepNext: true);
        doc.Table(
            new[] { l["Code"], l["Area"], l["Max"] },
            areas.Select(a => (IReadOnlyList<string>)new[] { a.Code, a.Name, n.Points(a.MaxPoints) }),
            new[] { 1000, landscape - 1000 - 1600, 1600 },
            new HashSet<int> { 2 });
        doc.Save(output, landscape: true, l.Format("AnnexTitleFor", set.Name));
    }

    private static string Roman(int number)
    {
        var values = new[] { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
        var symbols = new[] { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" };
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            while (number >= values[i])
            {
                sb.Append(symbols[i]);
                number -= values[i];
            }
        }

        return sb.ToString();
    }
}
