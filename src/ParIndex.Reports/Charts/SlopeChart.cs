using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ParIndex.Reports.Charts;

/// <summary>One unit in a slope chart: its label and its rank on the left (baseline) and on the right (scenario).</summary>
internal sealed class SlopeRow
{
    public SlopeRow(string label, int left, int right)
    {
        Label = label;
        Left = left;
        Right = right;
    }

    public string Label { get; }

    public int Left { get; }

    public int Right { get; }
}

/// <summary>
/// A slope chart: units listed in baseline order on the left and in scenario order on the right, a line joining each
/// unit's two places. Tied units get consecutive places (their rank numbers are written beside them), so no two labels
/// overlap. Lines of units that move up are solid blue, down dashed vermillion, unchanged grey.
/// </summary>
internal sealed class SlopeChart
{
    public const double Width = 720;
    public const double RowHeight = 18;
    public const double Top = 30;
    public const double ColumnWidth = 250;

    public SlopeChart(string id, string title, string description, string leftTitle, string rightTitle, IReadOnlyList<SlopeRow> rows)
    {
        Id = id;
        Title = title;
        Description = description;
        LeftTitle = leftTitle;
        RightTitle = rightTitle;
        Rows = rows;

        // Places: baseline order (rank, then the given order) on the left, scenario order on the right.
        var left = rows.Select((r, i) => (r, i)).OrderBy(x => x.r.Left).ThenBy(x => x.i).Select(x => x.i).ToArray();
        var right = rows.Select((r, i) => (r, i)).OrderBy(x => x.r.Right).ThenBy(x => x.r.Left).ThenBy(x => x.i).Select(x => x.i).ToArray();
        LeftPlace = new int[rows.Count];
        RightPlace = new int[rows.Count];
        for (var p = 0; p < rows.Count; p++)
        {
            LeftPlace[left[p]] = p;
            RightPlace[right[p]] = p;
        }
    }

    public string Id { get; }

    public string Title { get; }

    public string Description { get; }

    public string LeftTitle { get; }

    public string RightTitle { get; }

    public IReadOnlyList<SlopeRow> Rows { get; }

    /// <summary>Each row's place (0 = top) on the left.</summary>
    public int[] LeftPlace { get; }

    /// <summary>Each row's place (0 = top) on the right.</summary>
    public int[] RightPlace { get; }

    public double LeftX => ColumnWidth;

    public double RightX => Width - ColumnWidth;

    public double Height => Top + (Rows.Count * RowHeight) + 6;

    /// <summary>The vertical centre of a place.</summary>
    public double Y(int place) => Top + (place * RowHeight) + (RowHeight / 2);

    public void Write(StringBuilder sb)
    {
        var svg = new Svg(sb);
        svg.Open(Id, "chart slope", Width, Height, Title, Description);
        svg.Text("head", LeftX, 16, LeftTitle, "end");
        svg.Text("head", RightX, 16, RightTitle);
        var chars = (int)((ColumnWidth - 40) / (12 * 0.56));
        for (var i = 0; i < Rows.Count; i++)
        {
            var row = Rows[i];
            var kind = row.Right < row.Left ? "up" : row.Right > row.Left ? "down" : "same";
            var rank = row.Left.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var newRank = row.Right.ToString(System.Globalization.CultureInfo.InvariantCulture);
            svg.Line("slope " + kind, LeftX + 4, Y(LeftPlace[i]), RightX - 4, Y(RightPlace[i]), $"{row.Label}: {rank} → {newRank}");
            svg.Text("label", LeftX - 8, Y(LeftPlace[i]) + 4, Svg.Fit(row.Label, chars) + "  " + rank, "end");
            svg.Text("label", RightX + 8, Y(RightPlace[i]) + 4, newRank + "  " + Svg.Fit(row.Label, chars));
        }

        svg.Close();
    }
}
