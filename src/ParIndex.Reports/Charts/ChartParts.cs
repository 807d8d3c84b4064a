using System.Collections.Generic;

namespace ParIndex.Reports.Charts;

/// <summary>One row of a bar chart: a label and one bar per series.</summary>
internal sealed class BarRow
{
    public BarRow(string label, IReadOnlyList<Bar> bars, string? tooltip = null)
    {
        Label = label;
        Bars = bars;
        Tooltip = tooltip ?? label;
    }

    public string Label { get; }

    public IReadOnlyList<Bar> Bars { get; }

    /// <summary>The full text shown on hover (the label may be shortened to fit).</summary>
    public string Tooltip { get; }
}

/// <summary>One bar: its value on the axis, the text written after it, and its colour class (see <see cref="Palette"/>).</summary>
internal sealed class Bar
{
    public Bar(double value, string text, string colourClass)
    {
        Value = value;
        Text = text;
        ColourClass = colourClass;
    }

    public double Value { get; }

    public string Text { get; }

    public string ColourClass { get; }
}

/// <summary>A vertical reference line across a bar chart, e.g. a band's minimum index.</summary>
internal sealed class Threshold
{
    public Threshold(double value, string label)
    {
        Value = value;
        Label = label;
    }

    public double Value { get; }

    public string Label { get; }
}

/// <summary>A legend entry: a swatch of a colour class and its meaning.</summary>
internal sealed class LegendEntry
{
    public LegendEntry(string text, string colourClass)
    {
        Text = text;
        ColourClass = colourClass;
    }

    public string Text { get; }

    public string ColourClass { get; }
}
