using System;
using System.Collections.Generic;
using System.Numerics;

namespace ParIndex.Scenarios;

/// <summary>
/// The exact indices of one uncertainty run, for the few units whose double-precision index is too close to a
/// rounding midpoint, a band minimum or another unit's index to decide the ranking: computed with big integers
/// from the run's raw weights taken exactly (a double is an integer times a power of two, a decimal an integer
/// over a power of ten), so a run's ranking is the one exact arithmetic gives.
/// </summary>
/// <remarks>
/// A node's factor is s_a = r_a × T_g ÷ (Q_g × w_a): r_a its raw weight, Q_g the sum of the raw weights under its
/// parent, T_g their nominal total and w_a its nominal weight (ticks). With one common denominator C per run, a
/// unit's index is N ÷ M with N = F_p × C + Σ K_a × p_a and M = F_m × C + Σ K_a × m_a, K_a = s_a × C an integer.
/// </remarks>
internal sealed class ExactRunIndices
{
    private readonly int d;
    private readonly int[] groupOf;
    private readonly int groupCount;
    private readonly long[] nominal;
    private readonly long[] points;
    private readonly long[] maxima;
    private readonly long[] fixedPoints;
    private readonly long[] fixedMax;
    private readonly BigInteger[] k;
    private BigInteger c;
    private bool ready;

    public ExactRunIndices(int d, int[] groupOf, int groupCount, long[] nominal, long[] points, long[] maxima, long[] fixedPoints, long[] fixedMax)
    {
        this.d = d;
        this.groupOf = groupOf;
        this.groupCount = groupCount;
        this.nominal = nominal;
        this.points = points;
        this.maxima = maxima;
        this.fixedPoints = fixedPoints;
        this.fixedMax = fixedMax;
        k = new BigInteger[d];
    }

    /// <summary>Forgets the previous run; the next question prepares the factors of the run it is asked about.</summary>
    public void Reset() => ready = false;

    /// <summary>The unit's index as the fraction N ÷ M (M &gt; 0; a unit with no maximum left in the run is 0 ÷ 1).</summary>
    public (BigInteger N, BigInteger M) Index(int unit, double[] raw, decimal[]? exactRaw)
    {
        Prepare(raw, exactRaw);
        var n = fixedPoints[unit] * c;
        var m = fixedMax[unit] * c;
        var offset = unit * d;
        for (var a = 0; a < d; a++)
        {
            if (!k[a].IsZero)
            {
                n += k[a] * points[offset + a];
                m += k[a] * maxima[offset + a];
            }
        }

        return m.Sign > 0 ? (n, m) : (BigInteger.Zero, BigInteger.One);
    }

    /// <summary>round(N × scale ÷ M) half away from zero: the reported index × 10^precision.</summary>
    public static long RoundedKey((BigInteger N, BigInteger M) index, long scale)
    {
        var numerator = BigInteger.Abs(index.N) * scale;
        var quotient = BigInteger.DivRem(numerator, index.M, out var remainder);
        if (remainder * 2 >= index.M)
        {
            quotient += 1;
        }

        var key = index.N.Sign < 0 ? -quotient : quotient;
        return (long)BigInteger.Max(-4_000_000_000_000, BigInteger.Min(4_000_000_000_000, key));
    }

    /// <summary>Compares two indices exactly.</summary>
    public static int Compare((BigInteger N, BigInteger M) a, (BigInteger N, BigInteger M) b) => (a.N * b.M).CompareTo(b.N * a.M);

    /// <summary>Whether index × 100 reaches a band minimum exactly.</summary>
    public static bool Reaches((BigInteger N, BigInteger M) index, decimal minIndex)
    {
        var (numerator, denominator) = Fraction(minIndex);
        return (index.N * 100 * denominator).CompareTo(numerator * index.M) >= 0;
    }

    private void Prepare(double[] raw, decimal[]? exactRaw)
    {
        if (ready)
        {
            return;
        }

        var r = exactRaw is not null ? FromDecimals(exactRaw) : FromDoubles(raw);
        var q = new BigInteger[groupCount];
        var t = new long[groupCount];
        for (var a = 0; a < d; a++)
        {
            q[groupOf[a]] += r[a];
            t[groupOf[a]] += nominal[a];
        }

        // C: the product of every non-zero denominator Q_g × w_a, so each K_a is an integer.
        c = BigInteger.One;
        for (var g = 0; g < groupCount; g++)
        {
            if (!q[g].IsZero)
            {
                c *= q[g];
            }
        }

        for (var a = 0; a < d; a++)
        {
            if (nominal[a] > 0)
            {
                c *= nominal[a];
            }
        }

        for (var a = 0; a < d; a++)
        {
            var g = groupOf[a];
            k[a] = nominal[a] > 0 && !q[g].IsZero ? r[a] * t[g] * (c / (q[g] * nominal[a])) : BigInteger.Zero;
        }

        ready = true;
    }

    /// <summary>The raw weights as integers over one common power of two.</summary>
    private BigInteger[] FromDoubles(double[] raw)
    {
        var mantissa = new long[d];
        var exponent = new int[d];
        var lowest = int.MaxValue;
        for (var a = 0; a < d; a++)
        {
            var bits = BitConverter.DoubleToInt64Bits(raw[a]);
            var e = (int)((bits >> 52) & 0x7FF);
            var m = bits & 0xF_FFFF_FFFF_FFFFL;
            if (raw[a] <= 0 || e == 0x7FF)
            {
                continue;
            }

            mantissa[a] = e == 0 ? m : m | (1L << 52);
            exponent[a] = (e == 0 ? 1 : e) - 1075;
            lowest = Math.Min(lowest, exponent[a]);
        }

        var result = new BigInteger[d];
        for (var a = 0; a < d; a++)
        {
            result[a] = mantissa[a] == 0 ? BigInteger.Zero : new BigInteger(mantissa[a]) << (exponent[a] - lowest);
        }

        return result;
    }

    /// <summary>The raw weights as integers over one common power of ten.</summary>
    private BigInteger[] FromDecimals(decimal[] raw)
    {
        var scale = 0;
        foreach (var w in raw)
        {
            scale = Math.Max(scale, (decimal.GetBits(w)[3] >> 16) & 0xFF);
        }

        var result = new BigInteger[d];
        for (var a = 0; a < d; a++)
        {
            var (n, den) = Fraction(raw[a]);
            result[a] = n.Sign > 0 ? n * BigInteger.Pow(10, scale) / den : BigInteger.Zero;
        }

        return result;
    }

    /// <summary>A decimal as an exact fraction (integer ÷ power of ten).</summary>
    private static (BigInteger Numerator, BigInteger Denominator) Fraction(decimal value)
    {
        var bits = decimal.GetBits(value);
        var magnitude = (new BigInteger((uint)bits[2]) << 64) | (new BigInteger((uint)bits[1]) << 32) | new BigInteger((uint)bits[0]);
        var scale = (bits[3] >> 16) & 0xFF;
        return (value < 0 ? -magnitude : magnitude, BigInteger.Pow(10, scale));
    }

    /// <summary>The competition order of a cluster of units whose double indices are too close to tell apart: exact classes, best first.</summary>
    public void Order(List<int> cluster, double[] raw, decimal[]? exactRaw, Dictionary<int, (BigInteger N, BigInteger M)> cache)
    {
        foreach (var u in cluster)
        {
            if (!cache.ContainsKey(u))
            {
                cache[u] = Index(u, raw, exactRaw);
            }
        }

        cluster.Sort((x, y) => Compare(cache[y], cache[x]));
    }
}
