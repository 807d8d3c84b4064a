using System;
using System.Globalization;
using System.Text;
using ParIndex.Reports.Text;

namespace ParIndex.Reports.Charts;

/// <summary>
/// Writes the markup of an inline SVG chart. No namespace declaration: the HTML parser puts an inline &lt;svg&gt; in the
/// SVG namespace itself, and the report must not contain a single URL. Coordinates are written with at most one
/// decimal, culture-free, so the output is small and the same on every machine.
/// </summary>
internal sealed class Svg
{
    private readonly StringBuilder sb;

    public Svg(StringBuilder sb) => this.sb = sb;

    /// <summary>A coordinate or length: invariant, at most one decimal, no "-0".</summary>
    public static string N(double value)
    {
        var rounded = Math.Round(value, 1, MidpointRounding.AwayFromZero);
        return (rounded == 0 ? 0 : rounded).ToString("0.#", CultureInfo.InvariantCulture);
    }

    /// <summary>Opens the chart: &lt;svg&gt; with its size, an accessible name (&lt;title&gt;) and description (&lt;desc&gt;).</summary>
    public void Open(string id, string cssClass, double width, double height, string title, string description)
    {
        sb.Append("<svg id=\"").AppendEscaped(id).Append("\" class=\"").Append(cssClass).Append("\" viewBox=\"0 0 ").Append(N(width)).Append(' ').Append(N(height))
            .Append("\" width=\"").Append(N(width)).Append("\" height=\"").Append(N(height))
            .Append("\" role=\"img\" aria-labelledby=\"").AppendEscaped(id).Append("-t ").AppendEscaped(id).Append("-d\">");
        sb.Append("<title id=\"").AppendEscaped(id).Append("-t\">").AppendEscaped(title).Append("</title>");
        sb.Append("<desc id=\"").AppendEscaped(id).Append("-d\">").AppendEscaped(description).Append("</desc>");
    }

    public void Close() => sb.Append("</svg>");

    /// <summary>A rectangle; <paramref name="tooltip"/>, when given, becomes its &lt;title&gt;.</summary>
    public void Rect(string cssClass, double x, double y, double width, double height, string? tooltip = null)
    {
        sb.Append("<rect class=\"").Append(cssClass).Append("\" x=\"").Append(N(x)).Append("\" y=\"").Append(N(y))
            .Append("\" width=\"").Append(N(Math.Max(0, width))).Append("\" height=\"").Append(N(height)).Append('"');
        if (tooltip is null)
        {
            sb.Append("/>");
            return;
        }

        sb.Append("><title>").AppendEscaped(tooltip).Append("</title></rect>");
    }

    public void Line(string cssClass, double x1, double y1, double x2, double y2, string? tooltip = null)
    {
        sb.Append("<line class=\"").Append(cssClass).Append("\" x1=\"").Append(N(x1)).Append("\" y1=\"").Append(N(y1))
            .Append("\" x2=\"").Append(N(x2)).Append("\" y2=\"").Append(N(y2)).Append('"');
        if (tooltip is null)
        {
            sb.Append("/>");
            return;
        }

        sb.Append("><title>").AppendEscaped(tooltip).Append("</title></line>");
    }

    public void Circle(string cssClass, double cx, double cy, double r)
    {
        sb.Append("<circle class=\"").Append(cssClass).Append("\" cx=\"").Append(N(cx)).Append("\" cy=\"").Append(N(cy)).Append("\" r=\"").Append(N(r)).Append("\"/>");
    }

    /// <summary>Text; <paramref name="anchor"/> is start, middle or end.</summary>
    public void Text(string cssClass, double x, double y, string text, string anchor = "start")
    {
        sb.Append("<text class=\"").Append(cssClass).Append("\" x=\"").Append(N(x)).Append("\" y=\"").Append(N(y)).Append('"');
        if (anchor != "start")
        {
            sb.Append(" text-anchor=\"").Append(anchor).Append('"');
        }

        sb.Append('>').AppendEscaped(text).Append("</text>");
    }

    /// <summary>Opens a group moved down by <paramref name="dy"/> (rows of a chart share their x coordinates).</summary>
    public void OpenGroup(string cssClass, double dy) => sb.Append("<g class=\"").Append(cssClass).Append("\" transform=\"translate(0 ").Append(N(dy)).Append(")\">");

    public void CloseGroup() => sb.Append("</g>");

    /// <summary>Shortens a label to at most <paramref name="max"/> characters (text elements; the full text is in the table and the tooltip).</summary>
    public static string Fit(string text, int max)
    {
        // Counted and cut in text elements, so a cut never splits a surrogate pair or a letter from its combining marks.
        var info = new System.Globalization.StringInfo(text);
        return info.LengthInTextElements <= max ? text : info.SubstringByTextElements(0, Math.Max(1, max - 1)).TrimEnd() + "…";
    }

    /// <summary>An estimate of a label's width in pixels at <paramref name="fontSize"/> (no font metrics here: 0.56 em a character).</summary>
    public static double TextWidth(string text, double fontSize) => text.Length * fontSize * 0.56;
}
