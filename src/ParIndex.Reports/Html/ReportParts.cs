using System;
using System.Collections.Generic;
using System.Linq;
using ParIndex.Criteria;
using ParIndex.Reports.Charts;
using ParIndex.Reports.Text;

namespace ParIndex.Reports.Html;

/// <summary>Pieces every HTML report shares: the summary table, chart figures split to fit a printed page, and the band helpers.</summary>
internal static class ReportParts
{
    /// <summary>Rows per chart: one chart of this many rows fits an A4 page with its heading.</summary>
    public const int RowsPerChart = 35;

    /// <summary>The summary: a two-column table of label and value.</summary>
    public static void Summary(HtmlWriter w, Labels l, IEnumerable<(string Label, string Value)> items)
    {
        w.Open("table", "summary");
        w.Buffer.Append("<tbody>");
        foreach (var (label, value) in items)
        {
            w.Buffer.Append("<tr><th scope=\"row\">").AppendEscaped(label).Append("<td>").AppendEscaped(value);
        }

        w.Buffer.Append("</tbody></table>");
    }

    /// <summary>The criteria set's facts for a summary: set, decision, year, maximum points.</summary>
    public static IEnumerable<(string, string)> SetFacts(CriteriaSet set, Labels l, NumberText n)
    {
        yield return (l["CriteriaSet"], $"{set.Name} ({set.Id})");
        if (set.Decision is { } decision)
        {
            yield return (l["Decision"], decision);
        }

        if (set.Year is { } year)
        {
            yield return (l["Year"], year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        yield return (l["MaxPoints"], n.Points(set.MaxPoints));
    }

    /// <summary>Splits rows into page-sized chunks, each written as its own chart; the titles number the rows of each chunk.</summary>
    public static void Charts<T>(HtmlWriter w, IReadOnlyList<T> rows, string title, Labels l, Action<string, string, IReadOnlyList<T>> write)
    {
        var n = new NumberText(false, 0);
        for (var start = 0; start < rows.Count || start == 0; start += RowsPerChart)
        {
            var chunk = rows.Skip(start).Take(RowsPerChart).ToArray();
            var chunkTitle = rows.Count <= RowsPerChart ? title : l.Format("ChartPart", title, n.Int(start + 1), n.Int(start + chunk.Length), n.Int(rows.Count));
            w.Open("figure");
            write(w.NewId(), chunkTitle, chunk);
            w.Close("figure");
            if (rows.Count == 0)
            {
                break;
            }
        }
    }

    /// <summary>The position (0 = best) of a unit's band among its group's bands, or <see langword="null"/> for none.</summary>
    public static int? BandPosition(BandScheme scheme, Band? band)
    {
        if (band is null)
        {
            return null;
        }

        for (var i = 0; i < scheme.Bands.Count; i++)
        {
            if (ReferenceEquals(scheme.Bands[i], band) || (scheme.Bands[i].Name == band.Name && scheme.Bands[i].MinIndex == band.MinIndex))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>The legend of a band scheme: each band with its minimum, and "no band" when some unit has none.</summary>
    public static IReadOnlyList<LegendEntry> BandLegend(BandScheme scheme, bool anyUnbanded, Labels l, NumberText n)
    {
        var entries = scheme.Bands.Select((b, i) => new LegendEntry(l.Format("BandLegend", b.Name, n.Decimal(b.MinIndex)), Palette.Band(i))).ToList();
        if (anyUnbanded)
        {
            entries.Add(new LegendEntry(l["NoBand"], Palette.Band(null)));
        }

        return entries;
    }

    /// <summary>The heat map's legend: one entry per bucket.</summary>
    public static IReadOnlyList<string> HeatLegend(Labels l, NumberText n)
    {
        var b = Palette.HeatBounds;
        var legend = new List<string> { l.Format("HeatBelow", n.Int((int)b[0])) };
        for (var i = 0; i < b.Length - 1; i++)
        {
            legend.Add(l.Format("HeatRange", n.Int((int)b[i]), n.Int((int)b[i + 1])));
        }

        legend.Add(l.Format("HeatAbove", n.Int((int)b[b.Length - 1])));
        return legend;
    }

    /// <summary>A tick label for an axis of indices or points: no decimals when whole.</summary>
    public static Func<double, string> Ticks(NumberText n) => v => Math.Abs(v - Math.Round(v)) < 1e-9 ? n.Int((int)Math.Round(v)) : n.Double(v, 1);

    /// <summary>The group's heading text.</summary>
    public static string GroupName(string? group, bool byGroup, Labels l) => !byGroup ? l["AllUnits"] : group is null ? l["NoGroup"] : l.Format("GroupHeading", group);
}
