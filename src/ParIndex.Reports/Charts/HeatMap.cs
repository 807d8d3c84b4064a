using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ParIndex.Reports.Charts;

/// <summary>One row of a heat map: a label and one cell per column (<see langword="null"/> where the column does not apply).</summary>
internal sealed class HeatRow
{
    public HeatRow(string label, IReadOnlyList<HeatCell?> cells)
    {
        Label = label;
        Cells = cells;
    }

    public string Label { get; }

    public IReadOnlyList<HeatCell?> Cells { get; }
}

/// <summary>A heat-map cell: the value that picks its colour and the text written in it.</summary>
internal sealed class HeatCell
{
    public HeatCell(double value, string text)
    {
        Value = value;
        Text = text;
    }

    public double Value { get; }

    public string Text { get; }
}

/// <summary>
/// A heat map of rows × columns (units × areas): each cell coloured by its value's bucket (<see cref="Palette.Heat"/>)
/// with the value written in it, column codes on top (their names as tooltips) and a legend of the buckets.
/// </summary>
internal sealed class HeatMap
{
    public const double FontSize = 11;
    public const double CellHeight = 18;
    public const double HeaderHeight = 40;
    public const double MaxWidth = 720;

    public HeatMap(string id, string title, string description, IReadOnlyList<string> columns, IReadOnlyList<string> columnTooltips, IReadOnlyList<HeatRow> rows, string notApplicable, IReadOnlyList<string> legend)
    {
        if (columns.Count != columnTooltips.Count || rows.Any(r => r.Cells.Count != columns.Count) || legend.Count != Palette.HeatColours.Length)
        {
            throw new ArgumentException("Every row needs one cell per column, every column a tooltip, every bucket a legend entry.");
        }

        Id = id;
        Title = title;
        Description = description;
        Columns = columns;
        ColumnTooltips = columnTooltips;
        Rows = rows;
        NotApplicable = notApplicable;
        Legend = legend;
        var longest = rows.Count == 0 ? 0 : rows.Max(r => Svg.TextWidth(r.Label, 12));
        LabelWidth = Math.Min(220, Math.Max(80, Math.Ceiling(longest)));
        PlotLeft = LabelWidth + 8;
        CellWidth = columns.Count == 0 ? 48 : Math.Max(34, Math.Min(64, Math.Floor((MaxWidth - PlotLeft) / columns.Count)));
    }

    public string Id { get; }

    public string Title { get; }

    public string Description { get; }

    public IReadOnlyList<string> Columns { get; }

    public IReadOnlyList<string> ColumnTooltips { get; }

    public IReadOnlyList<HeatRow> Rows { get; }

    public string NotApplicable { get; }

    public IReadOnlyList<string> Legend { get; }

    public double LabelWidth { get; }

    public double PlotLeft { get; }

    public double CellWidth { get; }

    public double Width => Math.Max(PlotLeft + (Columns.Count * CellWidth), LegendWidth) + 4;

    public double Height => HeaderHeight + (Rows.Count * CellHeight) + 4;

    /// <summary>The left edge of a column's cells.</summary>
    public double CellX(int column) => PlotLeft + (column * CellWidth);

    /// <summary>The top edge of a row's cells.</summary>
    public double CellY(int row) => HeaderHeight + (row * CellHeight);

    private double LegendWidth => Legend.Sum(l => 22 + Svg.TextWidth(l, FontSize));

    public void Write(StringBuilder sb)
    {
        var svg = new Svg(sb);
        svg.Open(Id, "chart heat", Width, Height, Title, Description);
        var x = 0.0;
        for (var i = 0; i < Legend.Count; i++)
        {
            svg.Rect("key h" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), x, 3, 12, 12);
            svg.Text("legend", x + 15, 13, Legend[i]);
            x += 22 + Svg.TextWidth(Legend[i], FontSize);
        }

        for (var c = 0; c < Columns.Count; c++)
        {
            sb.Append("<text class=\"col\" x=\"").Append(Svg.N(CellX(c) + (CellWidth / 2))).Append("\" y=\"").Append(Svg.N(HeaderHeight - 6))
                .Append("\" text-anchor=\"middle\"><title>");
            Text.Markup.AppendEscaped(sb, ColumnTooltips[c]).Append("</title>");
            Text.Markup.AppendEscaped(sb, Svg.Fit(Columns[c], (int)(CellWidth / (FontSize * 0.56)))).Append("</text>");
        }

        for (var r = 0; r < Rows.Count; r++)
        {
            var row = Rows[r];
            svg.Text("label", LabelWidth, CellY(r) + 13, Svg.Fit(row.Label, (int)(LabelWidth / (12 * 0.56))), "end");
            for (var c = 0; c < row.Cells.Count; c++)
            {
                var cell = row.Cells[c];
                var bucket = cell is null ? "na" : Palette.Heat(cell.Value);
                svg.Rect("cell " + bucket, CellX(c), CellY(r), CellWidth - 1, CellHeight - 1);
                svg.Text(bucket is "h4" or "h5" ? "ct dk" : "ct", CellX(c) + ((CellWidth - 1) / 2), CellY(r) + 13, cell?.Text ?? NotApplicable, "middle");
            }
        }

        svg.Close();
    }
}
