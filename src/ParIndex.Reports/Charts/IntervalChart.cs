using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ParIndex.Reports.Charts;

/// <summary>One row of an interval chart: a unit's nominal rank, median rank and 5–95 % rank interval.</summary>
internal sealed class IntervalRow
{
    public IntervalRow(string label, double nominal, double median, double low, double high, string tooltip)
    {
        Label = label;
        Nominal = nominal;
        Median = median;
        Low = low;
        High = high;
        Tooltip = tooltip;
    }

    public string Label { get; }

    public double Nominal { get; }

    public double Median { get; }

    public double Low { get; }

    public double High { get; }

    public string Tooltip { get; }
}

/// <summary>
/// Rank intervals: per row a line from the 5th to the 95th percentile rank, a dot at the median and a square at the
/// nominal rank, on a rank axis from 1 (best, left) to the number of units.
/// </summary>
internal sealed class IntervalChart
{
    public const double Width = 720;
    public const double RowHeight = 18;
    public const double Top = 26;
    public const double AxisHeight = 22;

    public IntervalChart(string id, string title, string description, IReadOnlyList<IntervalRow> rows, int maxRank, IReadOnlyList<string> legend)
    {
        if (legend.Count != 3)
        {
            throw new ArgumentException("The legend names the nominal rank, the median and the interval.", nameof(legend));
        }

        Id = id;
        Title = title;
        Description = description;
        Rows = rows;
        MaxRank = Math.Max(1, maxRank);
        Legend = legend;
        var longest = rows.Count == 0 ? 0 : rows.Max(r => Svg.TextWidth(r.Label, 12));
        LabelWidth = Math.Min(240, Math.Max(80, Math.Ceiling(longest)));
        PlotLeft = LabelWidth + 16;
        PlotRight = Width - 16;
    }

    public string Id { get; }

    public string Title { get; }

    public string Description { get; }

    public IReadOnlyList<IntervalRow> Rows { get; }

    public int MaxRank { get; }

    public IReadOnlyList<string> Legend { get; }

    public double LabelWidth { get; }

    public double PlotLeft { get; }

    public double PlotRight { get; }

    public double Height => Top + (Rows.Count * RowHeight) + AxisHeight;

    /// <summary>The horizontal position of a rank: 1 at the left edge, <see cref="MaxRank"/> at the right (one unit: the middle).</summary>
    public double X(double rank) => MaxRank == 1 ? (PlotLeft + PlotRight) / 2 : PlotLeft + ((Math.Max(1, Math.Min(MaxRank, rank)) - 1) / (MaxRank - 1) * (PlotRight - PlotLeft));

    /// <summary>The vertical centre of a row.</summary>
    public double Y(int row) => Top + (row * RowHeight) + (RowHeight / 2);

    public void Write(StringBuilder sb)
    {
        var svg = new Svg(sb);
        svg.Open(Id, "chart intervals", Width, Height, Title, Description);
        svg.Rect("nominal", PlotLeft, 6, 8, 8);
        svg.Text("legend", PlotLeft + 12, 14, Legend[0]);
        var x = PlotLeft + 30 + Svg.TextWidth(Legend[0], 12);
        svg.Circle("median", x + 4, 10, 4);
        svg.Text("legend", x + 12, 14, Legend[1]);
        x += 30 + Svg.TextWidth(Legend[1], 12);
        svg.Line("interval", x, 10, x + 18, 10);
        svg.Text("legend", x + 22, 14, Legend[2]);

        var bottom = Top + (Rows.Count * RowHeight);
        var step = BarChart.NiceStep(MaxRank - 1);
        var ticks = new List<double> { 1 };
        for (var t = step; t <= MaxRank; t += step)
        {
            if (t > 1)
            {
                ticks.Add(t);
            }
        }

        foreach (var t in ticks)
        {
            svg.Line("grid", X(t), Top, X(t), bottom);
            svg.Text("tick", X(t), bottom + 14, t.ToString("0", System.Globalization.CultureInfo.InvariantCulture), "middle");
        }

        for (var r = 0; r < Rows.Count; r++)
        {
            var row = Rows[r];
            var y = Y(r);
            svg.Text("label", LabelWidth, y + 4, Svg.Fit(row.Label, (int)(LabelWidth / (12 * 0.56))), "end");
            svg.Line("interval", X(row.Low), y, X(row.High), y, row.Tooltip);
            svg.Circle("median", X(row.Median), y, 4);
            svg.Rect("nominal", X(row.Nominal) - 4, y - 4, 8, 8);
        }

        svg.Close();
    }
}
