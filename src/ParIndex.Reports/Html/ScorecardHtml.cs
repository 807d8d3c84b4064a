using System.Collections.Generic;
using System.Linq;
using ParIndex.Reports.Scorecards;
using ParIndex.Reports.Text;

namespace ParIndex.Reports.Html;

/// <summary>Lays out a <see cref="ScorecardText"/> as an HTML article (a page of its own when printed).</summary>
internal static class ScorecardHtml
{
    private static readonly HashSet<int> Numeric = new() { 2, 4, 6, 7 };

    public static void Write(HtmlWriter w, ScorecardText card, Labels l)
    {
        var sb = w.Buffer;
        w.Open("article", "scorecard", "sc-" + card.Unit.Id);
        w.Element("h3", card.Heading);
        w.Paragraphs(card.Facts);
        var columns = ScorecardText.Columns(l);
        sb.Append("<table class=\"sc\"><thead><tr>");
        for (var i = 0; i < columns.Length; i++)
        {
            w.Element("th", columns[i], Numeric.Contains(i) ? "n" : null);
        }

        sb.Append("</tr></thead><tbody>");
        foreach (var row in card.Rows)
        {
            var node = row.Node;
            sb.Append(node.Depth == 0 ? "<tr class=\"area\">" : "<tr>");
            sb.Append("<td>").AppendEscaped(node.Code);
            sb.Append("<td class=\"d").Append(System.Math.Min(node.Depth, 4)).Append("\">").AppendEscaped(node.Name);
            sb.Append("<td class=\"n\">").AppendEscaped(row.Max);
            sb.Append("<td>").AppendEscaped(row.SelfValue);
            if (row.Evidence is not null)
            {
                sb.Append("<span class=\"small\">").AppendEscaped(row.Evidence).Append("</span>");
            }

            sb.Append("<td class=\"n\">").AppendEscaped(row.SelfPoints);
            sb.Append("<td>");
            for (var i = 0; i < row.Appraisals.Count; i++)
            {
                if (i > 0)
                {
                    sb.Append("<br>");
                }

                sb.AppendEscaped(row.Appraisals[i]);
            }

            sb.Append("<td class=\"n\">").AppendEscaped(row.Final);
            sb.Append("<td class=\"n\">").AppendEscaped(row.Lost);
        }

        sb.Append("</tbody></table>");
        w.Paragraphs(card.Notes, "note");
        w.Element("h4", l["WhatItWouldTake"]);
        w.Paragraphs(card.Outlook);
        if (card.RecoverHeading is not null)
        {
            var headers = card.RecoverColumns(l);
            var numeric = new HashSet<int>(Enumerable.Range(2, card.ShowsRegains ? 4 : 3));
            w.Table(headers, card.Recover.Select(r => (IReadOnlyList<string>)r.Cells(card.ShowsRegains)), numeric, caption: card.RecoverHeading);
        }

        w.Close("article");
    }
}
