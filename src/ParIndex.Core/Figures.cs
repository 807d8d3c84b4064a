using System;
using System.Globalization;

namespace ParIndex;

/// <summary>
/// The one rule every reported figure follows, in every output (table, CSV, JSON, reports): rounded once, half away
/// from zero, to the criteria set's precision, and written with exactly that many decimals (<c>1.00</c>, never
/// <c>1</c>), invariant culture, so that the JSON and the CSV of one run print the same value.
/// </summary>
public static class Figures
{
    /// <summary>The value rounded half away from zero to <paramref name="precision"/> places, carrying exactly that many decimals (1 → 1.00).</summary>
    /// <param name="value">The exact value.</param>
    /// <param name="precision">Decimal places, 0 to 6.</param>
    public static decimal Round(decimal value, int precision) =>
        WithScale(decimal.Round(value, CheckPrecision(precision), MidpointRounding.AwayFromZero), precision);

    /// <summary>The points rounded half away from zero to <paramref name="precision"/> places, carrying exactly that many decimals.</summary>
    /// <param name="points">The exact points.</param>
    /// <param name="precision">Decimal places, 0 to 6.</param>
    public static decimal Round(Points points, int precision)
    {
        // From the ticks with integers (a results table rounds hundreds of thousands of figures); the decimal path for
        // what it alone decides: a negative amount that rounds to zero (decimal keeps a sign on zero).
        var ticks = points.Ticks;
        var divisor = TickDivisors[CheckPrecision(precision)];
        var magnitude = ticks < 0 ? -ticks : ticks;
        var rounded = (magnitude / divisor) + (magnitude % divisor * 2 >= divisor ? 1 : 0);
        return rounded == 0 && ticks < 0
            ? Round(points.ToDecimal(), precision)
            : new decimal((int)rounded, (int)(rounded >> 32), 0, ticks < 0, (byte)precision);
    }

    /// <summary>Ticks per unit of the last reported decimal place, for precisions 0 to 6.</summary>
    private static readonly long[] TickDivisors = { 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1 };

    /// <summary>
    /// The value rounded up (towards +∞) to <paramref name="precision"/> places, with exactly that many decimals: for
    /// "points needed", so that the printed amount always suffices.
    /// </summary>
    /// <param name="value">The exact value.</param>
    /// <param name="precision">Decimal places, 0 to 6.</param>
    public static decimal RoundUp(decimal value, int precision)
    {
        var scale = Pow10(CheckPrecision(precision));
        return WithScale(decimal.Ceiling(value * scale) / scale, precision);
    }

    /// <summary>The value as printed: rounded as <see cref="Round(decimal, int)"/>, invariant culture, e.g. "93.10".</summary>
    /// <param name="value">The exact value.</param>
    /// <param name="precision">Decimal places, 0 to 6.</param>
    public static string Format(decimal value, int precision) => Round(value, precision).ToString(CultureInfo.InvariantCulture);

    /// <summary>The points as printed: rounded as <see cref="Round(decimal, int)"/>, invariant culture.</summary>
    /// <param name="points">The exact points.</param>
    /// <param name="precision">Decimal places, 0 to 6.</param>
    public static string Format(Points points, int precision) => Format(points.ToDecimal(), precision);

    /// <summary>A value already rounded to at most <paramref name="precision"/> places, written with exactly that many (adding 0.00 sets the scale).</summary>
    private static decimal WithScale(decimal rounded, int precision)
    {
        var withZeros = rounded + new decimal(0, 0, 0, false, (byte)precision);
        return decimal.Round(withZeros, precision, MidpointRounding.AwayFromZero);
    }

    private static int CheckPrecision(int precision) =>
        precision is >= 0 and <= Points.Decimals ? precision : throw new ArgumentOutOfRangeException(nameof(precision), precision, "The precision must be 0 to 6.");

    private static decimal Pow10(int precision)
    {
        var scale = 1m;
        for (var i = 0; i < precision; i++)
        {
            scale *= 10m;
        }

        return scale;
    }
}
