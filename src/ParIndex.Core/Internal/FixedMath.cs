using System;

namespace ParIndex.Internal;

/// <summary>Exact integer helpers on ticks (millionths).</summary>
internal static class FixedMath
{
    /// <summary>round(a × b ÷ c) half away from zero, exact for any long inputs whose result fits; c &gt; 0.</summary>
    public static long MulDivRound(long a, long b, long c)
    {
#if NET7_0_OR_GREATER
        var product = (Int128)a * b;
        var q = product / c;
        var r = product % c;
        if (Int128.Abs(r) * 2 >= c)
        {
            q += product < 0 ? -1 : 1;
        }

        return (long)q;
#else
        return (long)decimal.Round((decimal)a * b / c, 0, MidpointRounding.AwayFromZero);
#endif
    }

    /// <summary>Converts a decimal to ticks, or fails when it has more than six decimal places or is too large.</summary>
    public static bool TryToTicks(decimal value, out long ticks)
    {
        ticks = 0;
        if (value > 1_000_000_000_000m || value < -1_000_000_000_000m)
        {
            return false;
        }

        var scaled = value * Points.TicksPerPoint;
        if (scaled != decimal.Truncate(scaled))
        {
            return false;
        }

        ticks = (long)scaled;
        return true;
    }

    /// <summary>The smallest tick count ≥ value (for exact "v ≥ bound" tests on ticks).</summary>
    public static long CeilingTicks(decimal value) => (long)decimal.Ceiling(value * Points.TicksPerPoint);

    /// <summary>The largest tick count ≤ value.</summary>
    public static long FloorTicks(decimal value) => (long)decimal.Floor(value * Points.TicksPerPoint);

    /// <summary>value × 100 ÷ max as a decimal (28 significant digits), or null when max is zero.</summary>
    public static decimal? Index(long points, long max) => max == 0 ? null : (decimal)points * 100m / max;
}
