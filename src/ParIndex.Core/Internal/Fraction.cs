using System;
using System.Numerics;

namespace ParIndex.Internal;

/// <summary>An exact non-negative-denominator rational number, for survey shares (sums of weights ÷ counts).</summary>
internal readonly struct Fraction
{
    public Fraction(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero)
        {
            throw new DivideByZeroException();
        }

        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        Numerator = numerator;
        Denominator = denominator;
    }

    public BigInteger Numerator { get; }

    public BigInteger Denominator { get; }

    public static Fraction Zero => new(BigInteger.Zero, BigInteger.One);

    public static Fraction operator +(Fraction a, Fraction b) =>
        a.Denominator == b.Denominator
            ? new Fraction(a.Numerator + b.Numerator, a.Denominator)
            : new Fraction((a.Numerator * b.Denominator) + (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

    public static Fraction operator *(Fraction a, BigInteger k) => new(a.Numerator * k, a.Denominator);

    public Fraction DivideBy(BigInteger k) => new(Numerator, Denominator * k);

    /// <summary>The value × 10^<paramref name="decimals"/> rounded half away from zero to a whole number.</summary>
    public BigInteger RoundScaled(int decimals)
    {
        var scaled = Numerator * BigInteger.Pow(10, decimals);
        var quotient = BigInteger.DivRem(BigInteger.Abs(scaled), Denominator, out var remainder);
        if (remainder * 2 >= Denominator)
        {
            quotient += 1;
        }

        return scaled.Sign < 0 ? -quotient : quotient;
    }

    /// <summary>The value as a decimal rounded half away from zero to <paramref name="decimals"/> places (0–6).</summary>
    public decimal Round(int decimals)
    {
        var scaled = RoundScaled(decimals);
        var value = (decimal)scaled;
        for (var i = 0; i < decimals; i++)
        {
            value /= 10;
        }

        return value;
    }

    public double ToDouble() => (double)Numerator / (double)Denominator;
}
