using System;
using System.Globalization;

namespace ParIndex.Reports.Text;

/// <summary>
/// Numbers as people read them in a report: a fixed number of decimals, a decimal comma in Vietnamese and a decimal
/// point in English, no thousands separator, whatever the machine's culture.
/// </summary>
internal sealed class NumberText
{
    private readonly bool comma;

    public NumberText(bool decimalComma, int precision)
    {
        comma = decimalComma;
        Precision = precision;
    }

    /// <summary>The decimals points and indices are shown with (the criteria set's precision).</summary>
    public int Precision { get; }

    /// <summary>Points rounded half away from zero to the precision.</summary>
    public string Points(Points points) => Decimal(points.Round(Precision), Precision);

    /// <summary>A decimal rounded half away from zero to the precision.</summary>
    public string Decimal(decimal value) => Decimal(value, Precision);

    /// <summary>A decimal rounded half away from zero to <paramref name="decimals"/>.</summary>
    public string Decimal(decimal value, int decimals)
    {
        var text = decimal.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return comma ? text.Replace('.', ',') : text;
    }

    /// <summary>A double with <paramref name="decimals"/> decimals; "–" for NaN.</summary>
    public string Double(double value, int decimals)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return "–";
        }

        var text = Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return comma ? text.Replace('.', ',') : text;
    }

    /// <summary>A share (0–1) as a percentage with one decimal and a % sign.</summary>
    public string Percent(double share) => Double(share * 100, 1) + " %";

    /// <summary>An integer (no separators).</summary>
    public string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A signed integer: "+3", "−2", "0".</summary>
    public string Signed(int value) => value > 0 ? "+" + Int(value) : value < 0 ? "−" + Int(-value) : "0";

    /// <summary>Signed points: "+1,50", "−0,25".</summary>
    public string SignedPoints(Points points) => points.IsNegative ? "−" + Points(-points) : points.IsZero ? Points(points) : "+" + Points(points);
}
