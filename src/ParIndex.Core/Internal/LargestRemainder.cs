using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;

namespace ParIndex.Internal;

/// <summary>
/// The one largest-remainder rule (used for weight shares in criteria sets and for scenario rebalancing):
/// a whole number of ticks shared in proportion to weights, each share the floor of its exact quotient,
/// the ticks left over going one each to the largest remainders, earlier siblings first.
/// </summary>
/// <remarks>
/// Everything is exact: the weights are scaled to integers and every quotient is kept as an integer
/// numerator over the common denominator (the weights' sum), so equal remainders compare equal. A
/// rounded decimal quotient would not do: its last digit depends on the length of the integer part.
/// </remarks>
internal static class LargestRemainder
{
    /// <summary>Shares <paramref name="total"/> ticks (not negative) in proportion to positive weights; the shares add up to the total.</summary>
    public static long[] Share(long total, IReadOnlyList<decimal> weights)
    {
        if (total < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(total), total, "The total to share must not be negative.");
        }

        var scaled = ToIntegers(weights);
        var sum = BigInteger.Zero;
        foreach (var w in scaled)
        {
            sum += w;
        }

        var shares = new long[scaled.Length];
        if (sum.IsZero)
        {
            return shares;
        }

        var remainders = new BigInteger[scaled.Length];
        long assigned = 0;
        for (var i = 0; i < scaled.Length; i++)
        {
            var quotient = BigInteger.DivRem(total * scaled[i], sum, out remainders[i]);
            shares[i] = (long)quotient;
            assigned += shares[i];
        }

        var left = total - assigned;
        foreach (var i in Enumerable.Range(0, scaled.Length).OrderByDescending(i => remainders[i]).ThenBy(i => i).Take((int)left))
        {
            shares[i]++;
        }

        return shares;
    }

    /// <summary>The weights multiplied by one power of ten that makes each a whole number (exact: a decimal is an integer over a power of ten).</summary>
    private static BigInteger[] ToIntegers(IReadOnlyList<decimal> weights)
    {
        var scale = 0;
        foreach (var w in weights)
        {
            if (w < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(weights), w, "Weights must not be negative.");
            }

            scale = Math.Max(scale, Scale(w));
        }

        var result = new BigInteger[weights.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = Mantissa(weights[i]) * BigInteger.Pow(10, scale - Scale(weights[i]));
        }

        return result;
    }

    private static int Scale(decimal value) => (decimal.GetBits(value)[3] >> 16) & 0xFF;

    private static BigInteger Mantissa(decimal value)
    {
        var bits = decimal.GetBits(value);
        var magnitude = ((new BigInteger((uint)bits[2]) << 64) | (new BigInteger((uint)bits[1]) << 32)) | new BigInteger((uint)bits[0]);
        return value < 0 ? -magnitude : magnitude;
    }
}
