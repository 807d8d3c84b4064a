using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ParIndex.Reports.Charts;

/// <summary>
/// A horizontal bar chart: one row per item (label on the left), one bar per series in each row, the value written
/// after each bar, optional reference lines (band thresholds) and a legend. Bars start at zero (or the axis minimum
/// when it is above zero), so negative values extend to the left.
/// </summary>
internal sealed class BarChart
{
    public const double Width = 720;
    public const double FontSize = 12;
    public const double BarHeight = 14;
    public const double BarGap = 2;
    public const double RowGap = 6;
    public const double ValueWidth = 92;
    public const double AxisHeight = 22;

    public BarChart(string id, string title, string description, IReadOnlyList<BarRow> rows, double axisMin, double axisMax, double tickStep, Func<double, string> tickText)
    {
        if (!(axisMax > axisMin) || !(tickStep > 0))
        {
            throw new ArgumentException("The axis needs max > min and a positive tick step.");
        }

        Id = id;
        Title = title;
        Description = description;
        Rows = rows;
        AxisMin = axisMin;
        AxisMax = axisMax;
        TickStep = tickStep;
        TickText = tickText;
        var longest = rows.Count == 0 ? 0 : rows.Max(r => Svg.TextWidth(r.Label, FontSize));
        LabelWidth = Math.Min(250, Math.Max(80, Math.Ceiling(longest)));
        PlotLeft = LabelWidth + 10;
        PlotRight = Width - ValueWidth;
        Series = rows.Count == 0 ? 1 : rows.Max(r => r.Bars.Count);
        RowHeight = (Series * BarHeight) + ((Series - 1) * BarGap) + RowGap;
    }

    public string Id { get; }

    public string Title { get; }

    public string Description { get; }

    public IReadOnlyList<BarRow> Rows { get; }

    public double AxisMin { get; }

    public double AxisMax { get; }

    public double TickStep { get; }

    public Func<double, string> TickText { get; }

    public IReadOnlyList<Threshold> Thresholds { get; init; } = Array.Empty<Threshold>();

    public IReadOnlyList<LegendEntry> Legend { get; init; } = Array.Empty<LegendEntry>();

    /// <summary>The width of the label column (estimated from the longest label, 80–250 px).</summary>
    public double LabelWidth { get; }

    public double PlotLeft { get; }

    public double PlotRight { get; }

    /// <summary>The most bars in a row.</summary>
    public int Series { get; }

    public double RowHeight { get; }

    /// <summary>The top of the first row: room for the legend and the thresholds' labels.</summary>
    public double Top => (Legend.Count > 0 ? 22 : 4) + (Thresholds.Count > 0 ? 16 : 0);

    public double Height => Top + (Rows.Count * RowHeight) + AxisHeight;

    /// <summary>The horizontal position of a value.</summary>
    public double X(double value) => PlotLeft + ((Clamp(value) - AxisMin) / (AxisMax - AxisMin) * (PlotRight - PlotLeft));

    /// <summary>Where bars start: zero, or the nearest end of the axis.</summary>
    public double Baseline => X(0);

    /// <summary>The top of a row's <paramref name="series"/>-th bar.</summary>
    public double BarY(int row, int series) => Top + (row * RowHeight) + (series * (BarHeight + BarGap));

    public void Write(StringBuilder sb)
    {
        var svg = new Svg(sb);
        svg.Open(Id, "chart bars", Width, Height, Title, Description);
        WriteLegend(svg);
        var plotBottom = Top + (Rows.Count * RowHeight);
        for (var tick = Math.Ceiling(AxisMin / TickStep) * TickStep; tick <= AxisMax + 1e-9; tick += TickStep)
        {
            svg.Line("grid", X(tick), Top - 2, X(tick), plotBottom);
            svg.Text("tick", X(tick), plotBottom + 14, TickText(tick), "middle");
        }

        for (var r = 0; r < Rows.Count; r++)
        {
            var row = Rows[r];
            svg.Text("label", LabelWidth, BarY(r, 0) + (((Series * BarHeight) + ((Series - 1) * BarGap)) / 2) + 4, Svg.Fit(row.Label, (int)(LabelWidth / (FontSize * 0.56))), "end");
            for (var s = 0; s < row.Bars.Count; s++)
            {
                var bar = row.Bars[s];
                var end = X(bar.Value);
                var left = Math.Min(Baseline, end);
                svg.Rect("bar " + bar.ColourClass, left, BarY(r, s), Math.Abs(end - Baseline), BarHeight, row.Tooltip + ": " + bar.Text);
                svg.Text("value", Math.Max(Baseline, end) + 4, BarY(r, s) + BarHeight - 3, bar.Text);
            }
        }

        foreach (var t in Thresholds)
        {
            svg.Line("threshold", X(t.Value), Top - 14, X(t.Value), plotBottom, t.Label);
            svg.Text("tlabel", X(t.Value) + 2, Top - 6, t.Label);
        }

        svg.Line("axis", Baseline, Top - 2, Baseline, plotBottom);
        svg.Close();
    }

    private void WriteLegend(Svg svg)
    {
        var x = PlotLeft;
        foreach (var entry in Legend)
        {
            svg.Rect("key " + entry.ColourClass, x, 5, 12, 12);
            svg.Text("legend", x + 16, 15, entry.Text);
            x += 28 + Svg.TextWidth(entry.Text, FontSize);
        }
    }

    private double Clamp(double value) => Math.Max(AxisMin, Math.Min(AxisMax, value));

    /// <summary>An axis from 0 (or below, to the tens) to 100 (or above, to the tens) for indices in %.</summary>
    public static (double Min, double Max) IndexAxis(IEnumerable<double> values)
    {
        var list = values.ToArray();
        var min = list.Length == 0 ? 0 : Math.Min(0, Math.Floor(list.Min() / 10) * 10);
        var max = list.Length == 0 ? 100 : Math.Max(100, Math.Ceiling(list.Max() / 10) * 10);
        return (min, max);
    }

    /// <summary>A tick step giving 4–10 ticks over a range: 1, 2 or 5 times a power of ten.</summary>
    public static double NiceStep(double range)
    {
        if (!(range > 0))
        {
            return 1;
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(range / 5)));
        foreach (var m in new[] { 1.0, 2.0, 5.0, 10.0 })
        {
            if (range / (m * magnitude) <= 10)
            {
                return m * magnitude;
            }
        }

        return 10 * magnitude;
    }
}
