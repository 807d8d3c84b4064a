using System;
using System.Numerics;
using ParIndex.Criteria;
using ParIndex.Internal;

namespace ParIndex.Ranking;

/// <summary>Exact comparisons of indices (points ÷ max) and the smallest points that reach a threshold.</summary>
internal static class RankMath
{
    /// <summary>The index rounded half away from zero to <paramref name="precision"/> places.</summary>
    public static decimal Reported(long points, long max, int precision) =>
        decimal.Round(FixedMath.Index(points, max)!.Value, precision, MidpointRounding.AwayFromZero);

    /// <summary>
    /// The index as printed: <see cref="Figures.Round(decimal, int)"/> of <see cref="Reported"/>, with exactly
    /// <paramref name="precision"/> decimals; <see langword="null"/> when the maximum is zero. From the integer key
    /// where that is exact (a results table prints tens of thousands of indices), on decimals otherwise.
    /// </summary>
    public static decimal? ReportedFigure(long points, long max, int precision)
    {
        if (max == 0)
        {
            return null;
        }

        // A negative index that rounds to zero is left to decimal, which keeps a sign on zero.
        if (TryReportedKey(points, max, precision, out var key) && !(key == 0 && points < 0))
        {
            var magnitude = (ulong)(key < 0 ? -key : key);
            return new decimal((int)magnitude, (int)(magnitude >> 32), 0, key < 0, (byte)precision);
        }

        return Figures.Round(Reported(points, max, precision), precision);
    }

    /// <summary>Compares p1/m1 with p2/m2 exactly (both maxima positive).</summary>
    public static int CompareExact(long p1, long m1, long p2, long m2) =>
        (new BigInteger(p1) * m2).CompareTo(new BigInteger(p2) * m1);

    /// <summary>Whether points/max reaches a band minimum: on the reported index, or exactly.</summary>
    public static bool ReachesBand(long points, long max, decimal minIndex, bool exact, int precision)
    {
        if (exact)
        {
            return (decimal)points * 100m >= minIndex * max;
        }

        // reported ≥ minIndex ⟺ reported × 10^p ≥ ⌈minIndex × 10^p⌉, the reported index × 10^p being an integer.
        if (TryReportedKey(points, max, precision, out var key) && Math.Abs(minIndex) < 1e12m)
        {
            return key >= decimal.Ceiling(minIndex * Pow10(precision));
        }

        return Reported(points, max, precision) >= minIndex;
    }

    /// <summary>
    /// The reported index × 10^precision, an integer, computed with integer arithmetic where that is
    /// certain to equal <see cref="Reported"/> (the decimal quotient is then exact to far below the
    /// distance from any rounding midpoint); false otherwise, and the caller uses <see cref="Reported"/>.
    /// Only for comparisons: the decimal's scale is not represented.
    /// </summary>
    public static bool TryReportedKey(long points, long max, int precision, out long key)
    {
        key = 0;
#if NET
        const long Limit = 100_000_000_000_000;
        if (max <= 0 || max >= Limit || points <= -Limit || points >= Limit || precision < 0 || precision > 9)
        {
            return false;
        }

        var scale = 100L;
        for (var i = 0; i < precision; i++)
        {
            scale *= 10;
        }

        var numerator = (Int128)points * scale;
        var quotient = numerator / max;
        var remainder = numerator - (quotient * max);
        if (remainder < 0 ? -remainder * 2 >= max : remainder * 2 >= max)
        {
            quotient += remainder < 0 ? -1 : 1;
        }

        key = (long)quotient;
        return true;
#else
        return false;
#endif
    }

    /// <summary>The band of points/max in a scheme, compared as <see cref="ReachesBand"/> does.</summary>
    public static Band? Classify(BandScheme scheme, long points, long max, bool exact, int precision) =>
        scheme.Reached(minIndex => ReachesBand(points, max, minIndex, exact, precision));

    /// <summary>The next band above the one points/max falls in, or <see langword="null"/> in the top band.</summary>
    public static Band? NextBand(BandScheme scheme, long points, long max, bool exact, int precision) =>
        scheme.Above(minIndex => ReachesBand(points, max, minIndex, exact, precision));

    /// <summary>
    /// The smallest tick count n (with the maximum unchanged) for which <paramref name="reaches"/> holds, starting
    /// from an estimate and stepping to the exact boundary; the predicate must be monotonic in n.
    /// </summary>
    public static long Smallest(long estimate, Func<long, bool> reaches)
    {
        long low, high, step = 1;
        if (reaches(estimate))
        {
            high = estimate;
            low = estimate - 1;
            while (reaches(low))
            {
                high = low;
                step = checked(step * 2);
                low = checked(high - step);
            }
        }
        else
        {
            low = estimate;
            high = estimate + 1;
            while (!reaches(high))
            {
                low = high;
                step = checked(step * 2);
                high = checked(low + step);
            }
        }

        // low fails, high reaches: bisect to the boundary.
        while (high - low > 1)
        {
            var mid = low + ((high - low) / 2);
            if (reaches(mid))
            {
                high = mid;
            }
            else
            {
                low = mid;
            }
        }

        return high;
    }

    /// <summary>The smallest ticks at which the ranked index is strictly greater than the target's.</summary>
    public static long TicksToOvertake(long max, long targetPoints, long targetMax, bool exact, int precision)
    {
        if (exact)
        {
            var estimate = (long)BigInteger.Divide(new BigInteger(targetPoints) * max, targetMax);
            return Smallest(estimate, n => CompareExact(n, max, targetPoints, targetMax) > 0);
        }

        if (TryReportedKey(targetPoints, targetMax, precision, out var targetKey) && TryGuessAbove(targetKey, max, precision, out var keyGuess))
        {
            // Integers only on the common path: the guess comes from the target's key, and Smallest checks it exactly.
            return Smallest(keyGuess, n => TryReportedKey(n, max, precision, out var key) ? key > targetKey : Reported(n, max, precision) > Reported(targetPoints, targetMax, precision));
        }

        var target = Reported(targetPoints, targetMax, precision);
        var half = 0.5m / Pow10(precision);
        var guess = (long)decimal.Ceiling((target + half) * max / 100m);
        return Smallest(guess, n => Reported(n, max, precision) > target);
    }

    /// <summary>
    /// Where a key above <paramref name="targetKey"/> starts with this maximum: a reported index × 10^p of at least
    /// targetKey + 1 needs points × 100 × 10^p ÷ max ≥ targetKey + ½, i.e. points ≥ (2 × targetKey + 1) × max ÷ (200 × 10^p).
    /// Only an estimate for <see cref="Smallest"/> (which finds the exact boundary from it); false when it would not fit.
    /// </summary>
    private static bool TryGuessAbove(long targetKey, long max, int precision, out long guess)
    {
        guess = 0;
#if NET
        if (precision < 0 || precision > 9)
        {
            return false;
        }

        Int128 scale = 200;
        for (var i = 0; i < precision; i++)
        {
            scale *= 10;
        }

        var numerator = ((Int128)targetKey * 2 + 1) * max;
        var quotient = numerator / scale;
        if (quotient * scale < numerator)
        {
            quotient++;
        }

        if (quotient > long.MaxValue / 2 || quotient < long.MinValue / 2)
        {
            return false;
        }

        guess = (long)quotient;
        return true;
#else
        return false;
#endif
    }

    /// <summary>The smallest ticks at which the index reaches a band minimum.</summary>
    public static long TicksToReach(long max, decimal minIndex, bool exact, int precision)
    {
        // Reported: the key must reach ⌈minIndex × 10^p⌉ (as ReachesBand compares), found on integers from a guess above the key before it.
        if (!exact && Math.Abs(minIndex) < 1e12m && TryReportedKey(0, max, precision, out _))
        {
            var threshold = (long)decimal.Ceiling(minIndex * Pow10(precision));
            if (TryGuessAbove(threshold - 1, max, precision, out var keyGuess))
            {
                return Smallest(keyGuess, n => TryReportedKey(n, max, precision, out var key) ? key >= threshold : ReachesBand(n, max, minIndex, exact, precision));
            }
        }

        var guess = (long)decimal.Ceiling(minIndex * max / 100m);
        return Smallest(guess, n => ReachesBand(n, max, minIndex, exact, precision));
    }

    /// <summary>An amount rounded up (towards +∞) to <paramref name="precision"/> places, so a reported "points needed" always suffices.</summary>
    public static decimal RoundUp(Points points, int precision) => Figures.RoundUp(points.ToDecimal(), precision);

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
