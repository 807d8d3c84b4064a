using System.Globalization;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using ParIndex.Reports.Charts;

namespace ParIndex.Reports.Tests.Charts;

public class ChartTests
{
    private static XElement Svg(System.Action<StringBuilder> write)
    {
        var sb = new StringBuilder();
        write(sb);
        return XElement.Parse(sb.ToString());
    }

    private static double D(XElement e, string attribute) => double.Parse(e.Attribute(attribute)!.Value, CultureInfo.InvariantCulture);

    private static BarChart Bars(params double[] values) => new(
        "c1",
        "Xếp hạng",
        "desc",
        values.Select((v, i) => new BarRow("Đơn vị " + i, new[] { new Bar(v, v.ToString(CultureInfo.InvariantCulture), "b0") })).ToArray(),
        0,
        100,
        10,
        v => v.ToString(CultureInfo.InvariantCulture));

    [Fact]
    public void Bar_chart_maps_the_axis_linearly_onto_the_plot()
    {
        var chart = Bars(50);
        Assert.Equal(chart.PlotLeft, chart.X(0));
        Assert.Equal(chart.PlotRight, chart.X(100));
        Assert.Equal((chart.PlotLeft + chart.PlotRight) / 2, chart.X(50), 9);
        Assert.Equal(chart.PlotRight, chart.X(130)); // clamped to the axis
        Assert.Equal(BarChart.Width - BarChart.ValueWidth, chart.PlotRight);
    }

    [Fact]
    public void Bar_chart_draws_one_bar_per_value_from_zero_to_the_value_with_its_title_and_text()
    {
        var chart = Bars(90, 45.5, 0);
        var svg = Svg(chart.Write);
        Assert.Equal("svg", svg.Name.LocalName);
        Assert.Equal("Xếp hạng", svg.Element("title")!.Value);
        Assert.Equal("desc", svg.Element("desc")!.Value);
        Assert.Equal("img", svg.Attribute("role")!.Value);
        var bars = svg.Elements("rect").Where(r => r.Attribute("class")!.Value.StartsWith("bar ", System.StringComparison.Ordinal)).ToArray();
        Assert.Equal(3, bars.Length);
        Assert.Equal(new[] { chart.X(0), chart.X(0), chart.X(0) }, bars.Select(b => D(b, "x")));
        Assert.Equal(chart.X(90) - chart.X(0), D(bars[0], "width"), 1);
        Assert.Equal(chart.X(45.5) - chart.X(0), D(bars[1], "width"), 1);
        Assert.Equal(0, D(bars[2], "width"));
        Assert.Equal(new[] { chart.BarY(0, 0), chart.BarY(1, 0), chart.BarY(2, 0) }, bars.Select(b => D(b, "y")));
        Assert.Equal(chart.RowHeight, chart.BarY(1, 0) - chart.BarY(0, 0));
        Assert.Equal("Đơn vị 1: 45.5", bars[1].Element("title")!.Value);
        Assert.Equal(chart.Top + (3 * chart.RowHeight) + BarChart.AxisHeight, chart.Height);
        Assert.Equal(chart.Height, D(svg, "height"));
        Assert.Equal(11, svg.Elements("line").Count(l => l.Attribute("class")!.Value == "grid"));
    }

    [Fact]
    public void Negative_bars_extend_left_of_zero()
    {
        var chart = new BarChart("c1", "t", "d", new[] { new BarRow("a", new[] { new Bar(-5, "-5", "s0") }) }, -10, 20, 5, v => "");
        var bar = Svg(chart.Write).Elements("rect").Single(r => r.Attribute("class")!.Value == "bar s0");
        Assert.Equal(chart.X(-5), D(bar, "x"), 1);
        Assert.Equal(chart.X(0) - chart.X(-5), D(bar, "width"), 1);
    }

    [Fact]
    public void Thresholds_are_dashed_lines_at_their_values_labelled_with_the_band()
    {
        var chart = new BarChart("c1", "t", "d", new[] { new BarRow("a", new[] { new Bar(85, "85", "b1") }) }, 0, 100, 10, v => "")
        {
            Thresholds = new[] { new Threshold(90, "Tốt"), new Threshold(80, "Khá") },
            Legend = new[] { new LegendEntry("Tốt (≥ 90)", "b0") },
        };
        var svg = Svg(chart.Write);
        var lines = svg.Elements("line").Where(l => l.Attribute("class")!.Value == "threshold").ToArray();
        Assert.Equal(new[] { System.Math.Round(chart.X(90), 1), System.Math.Round(chart.X(80), 1) }, lines.Select(l => D(l, "x1")));
        Assert.Equal(new[] { "Tốt", "Khá" }, lines.Select(l => l.Element("title")!.Value));
        Assert.Equal(22 + 16, chart.Top);
    }

    [Fact]
    public void Index_axis_covers_0_to_100_and_widens_to_the_tens_beyond()
    {
        Assert.Equal((0d, 100d), BarChart.IndexAxis(new[] { 84.9, 96.1 }));
        Assert.Equal((-10d, 110d), BarChart.IndexAxis(new[] { -3.2, 104.0 }));
        Assert.Equal(10, BarChart.NiceStep(100));
        Assert.Equal(2, BarChart.NiceStep(12));
        Assert.Equal(0.2, BarChart.NiceStep(1.2), 9);
    }

    [Fact]
    public void Heat_map_has_one_cell_per_row_and_column_coloured_by_bucket()
    {
        var legend = new[] { "<50", "50–60", "60–70", "70–80", "80–90", "≥90" };
        var map = new HeatMap(
            "c2",
            "Chỉ số thành phần",
            "d",
            new[] { "1", "2", "3" },
            new[] { "1 A", "2 B", "3 C" },
            new[]
            {
                new HeatRow("x", new[] { new HeatCell(49.99, "49,99"), new HeatCell(50, "50,0"), null }),
                new HeatRow("y", new[] { new HeatCell(89.99, "89,99"), new HeatCell(90, "90,0"), new HeatCell(100, "100,0") }),
            },
            "–",
            legend);
        var svg = Svg(map.Write);
        var cells = svg.Elements("rect").Where(r => r.Attribute("class")!.Value.StartsWith("cell ", System.StringComparison.Ordinal)).ToArray();
        Assert.Equal(new[] { "cell h0", "cell h1", "cell na", "cell h4", "cell h5", "cell h5" }, cells.Select(c => c.Attribute("class")!.Value));
        Assert.Equal(new[] { map.CellX(0), map.CellX(1), map.CellX(2), map.CellX(0), map.CellX(1), map.CellX(2) }, cells.Select(c => D(c, "x")));
        Assert.Equal(new[] { map.CellY(0), map.CellY(0), map.CellY(0), map.CellY(1), map.CellY(1), map.CellY(1) }, cells.Select(c => D(c, "y")));
        Assert.Equal(map.CellWidth, map.CellX(1) - map.CellX(0));
        Assert.Equal(HeatMap.CellHeight, map.CellY(1) - map.CellY(0));
        var texts = svg.Elements("text").Where(t => t.Attribute("class")!.Value.StartsWith("ct", System.StringComparison.Ordinal)).Select(t => t.Value).ToArray();
        Assert.Equal(new[] { "49,99", "50,0", "–", "89,99", "90,0", "100,0" }, texts);
        Assert.Equal(new[] { "1 A", "2 B", "3 C" }, svg.Elements("text").Where(t => t.Attribute("class")!.Value == "col").Select(t => t.Element("title")!.Value));
    }

    [Fact]
    public void Interval_chart_puts_rank_1_left_and_draws_the_5_to_95_interval_median_and_nominal_rank()
    {
        var chart = new IntervalChart("c3", "t", "d", new[] { new IntervalRow("a", 2, 3, 1, 7, "tip") }, 10, new[] { "nominal", "median", "5–95 %" });
        Assert.Equal(chart.PlotLeft, chart.X(1));
        Assert.Equal(chart.PlotRight, chart.X(10));
        var svg = Svg(chart.Write);
        var interval = svg.Elements("line").Last(l => l.Attribute("class")!.Value == "interval");
        Assert.Equal(chart.X(1), D(interval, "x1"), 1);
        Assert.Equal(chart.X(7), D(interval, "x2"), 1);
        Assert.Equal(chart.Y(0), D(interval, "y1"), 1);
        Assert.Equal("tip", interval.Element("title")!.Value);
        Assert.Equal(chart.X(3), D(svg.Elements("circle").Last(), "cx"), 1);
        Assert.Equal(chart.X(2) - 4, D(svg.Elements("rect").Last(), "x"), 1);
        Assert.Equal((chart.PlotLeft + chart.PlotRight) / 2, new IntervalChart("c4", "t", "d", new IntervalRow[0], 1, new[] { "a", "b", "c" }).X(1));
    }

    [Fact]
    public void Slope_chart_gives_tied_units_consecutive_places_and_marks_the_direction()
    {
        var rows = new[] { new SlopeRow("A", 1, 2), new SlopeRow("B", 2, 1), new SlopeRow("C", 2, 3), new SlopeRow("D", 4, 4) };
        var chart = new SlopeChart("c5", "t", "d", "Gốc", "Kịch bản", rows);
        Assert.Equal(new[] { 0, 1, 2, 3 }, chart.LeftPlace);
        Assert.Equal(new[] { 1, 0, 2, 3 }, chart.RightPlace);
        var lines = Svg(chart.Write).Elements("line").ToArray();
        Assert.Equal(new[] { "slope down", "slope up", "slope down", "slope same" }, lines.Select(l => l.Attribute("class")!.Value));
        Assert.Equal(chart.Y(0), D(lines[0], "y1"), 1);
        Assert.Equal(chart.Y(1), D(lines[0], "y2"), 1);
        Assert.Equal("A: 1 → 2", lines[0].Element("title")!.Value);
    }

    [Fact]
    public void Chart_text_is_escaped_so_the_markup_stays_well_formed()
    {
        const string hostile = "</svg><script>alert('x')</script>\"><b>";
        var chart = new BarChart("c1", hostile, hostile, new[] { new BarRow(hostile, new[] { new Bar(10, hostile, "b0") }) }, 0, 100, 10, v => "");
        var svg = Svg(chart.Write);
        Assert.Equal(hostile, svg.Element("title")!.Value);
        Assert.Equal(hostile + ": " + hostile, svg.Elements("rect").Single(r => r.Attribute("class")!.Value == "bar b0").Element("title")!.Value);
        Assert.Empty(svg.Descendants("script"));
        Assert.Empty(svg.Descendants("b"));
    }

    [Fact]
    public void Labels_are_shortened_by_whole_characters_never_splitting_a_surrogate_pair_or_combining_marks()
    {
        Assert.Equal("Huyện Vũ Quang", ParIndex.Reports.Charts.Svg.Fit("Huyện Vũ Quang", 14));
        Assert.Equal("Huyện Vũ…", ParIndex.Reports.Charts.Svg.Fit("Huyện Vũ Quang", 10));
        Assert.Equal("Xã \U0001F600…", ParIndex.Reports.Charts.Svg.Fit("Xã \U0001F600\U0001F600\U0001F600 dài", 5));
        Assert.Equal("Z\u0337a\u0336…", ParIndex.Reports.Charts.Svg.Fit("Z\u0337a\u0336l\u0335g\u0334o", 3));
        Assert.Equal("Z\u0337a\u0336l\u0335g\u0334o", ParIndex.Reports.Charts.Svg.Fit("Z\u0337a\u0336l\u0335g\u0334o", 5));
    }
}
