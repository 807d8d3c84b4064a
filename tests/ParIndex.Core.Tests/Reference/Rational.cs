using System;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace ParIndex.Tests.Reference;

/// <summary>
/// An exact rational number over <see cref="BigInteger"/>, always in lowest terms with a positive denominator.
/// The reference scorer does all its arithmetic with it, so it shares nothing with the library's ticks and decimals.
/// </summary>
internal readonly struct Rational : IComparable<Rational>, IEquatable<Rational>
{
    private readonly BigInteger den;

    private Rational(BigInteger num, BigInteger den, bool normalised)
    {
        if (!normalised)
        {
            if (den.IsZero)
            {
                throw new DivideByZeroException();
            }

            if (den.Sign < 0)
            {
                num = -num;
                den = -den;
            }

            var g = BigInteger.GreatestCommonDivisor(num, den);
            if (!g.IsOne && !g.IsZero)
            {
                num /= g;
                den /= g;
            }
        }

        Num = num;
        this.den = den;
    }

    public static Rational Zero => default;

    public static Rational One => new(1, 1, true);

    public static Rational Hundred => new(100, 1, true);

    public BigInteger Num { get; }

    /// <summary>The denominator (1 for the default value).</summary>
    public BigInteger Den => den.IsZero ? BigInteger.One : den;

    public int Sign => Num.Sign;

    public bool IsZero => Num.IsZero;

    public static Rational Of(BigInteger num, BigInteger den) => new(num, den, false);

    public static Rational Of(long value) => new(value, 1, true);

    /// <summary>A power of ten, 10^<paramref name="exponent"/> (negative exponents give 1/10^n).</summary>
    public static Rational Pow10(int exponent) =>
        exponent >= 0 ? new(BigInteger.Pow(10, exponent), 1, true) : new(1, BigInteger.Pow(10, -exponent), true);

    /// <summary>
    /// Reads a plain decimal number as written in the generated files: optional sign, digits, an optional '.' or ','
    /// and more digits. Nothing else (no exponent, no thousands separators, no '%').
    /// </summary>
    public static Rational Parse(string text)
    {
        var s = text.Trim();
        var negative = false;
        if (s.StartsWith('+') || s.StartsWith('-'))
        {
            negative = s[0] == '-';
            s = s.Substring(1);
        }

        var point = s.IndexOfAny(new[] { '.', ',' });
        var whole = point < 0 ? s : s.Substring(0, point);
        var fraction = point < 0 ? "" : s.Substring(point + 1);
        if ((whole.Length == 0 && fraction.Length == 0) || !AllDigits(whole) || !AllDigits(fraction))
        {
            throw new FormatException($"'{text}' is not a plain decimal number");
        }

        var digits = BigInteger.Parse((whole + fraction).Length == 0 ? "0" : whole + fraction, CultureInfo.InvariantCulture);
        var r = Of(negative ? -digits : digits, BigInteger.Pow(10, fraction.Length));
        return r;
    }

    public static Rational operator +(Rational a, Rational b) => Of((a.Num * b.Den) + (b.Num * a.Den), a.Den * b.Den);

    public static Rational operator -(Rational a, Rational b) => Of((a.Num * b.Den) - (b.Num * a.Den), a.Den * b.Den);

    public static Rational operator -(Rational a) => new(-a.Num, a.Den, true);

    public static Rational operator *(Rational a, Rational b) => Of(a.Num * b.Num, a.Den * b.Den);

    public static Rational operator /(Rational a, Rational b) => Of(a.Num * b.Den, a.Den * b.Num);

    public static bool operator <(Rational a, Rational b) => a.CompareTo(b) < 0;

    public static bool operator >(Rational a, Rational b) => a.CompareTo(b) > 0;

    public static bool operator <=(Rational a, Rational b) => a.CompareTo(b) <= 0;

    public static bool operator >=(Rational a, Rational b) => a.CompareTo(b) >= 0;

    public static bool operator ==(Rational a, Rational b) => a.Equals(b);

    public static bool operator !=(Rational a, Rational b) => !a.Equals(b);

    public static Rational Min(Rational a, Rational b) => a <= b ? a : b;

    public static Rational Max(Rational a, Rational b) => a >= b ? a : b;

    public Rational Abs() => Num.Sign < 0 ? -this : this;

    public int CompareTo(Rational other) => (Num * other.Den).CompareTo(other.Num * Den);

    public bool Equals(Rational other) => Num == other.Num && Den == other.Den;

    public override bool Equals(object? obj) => obj is Rational r && Equals(r);

    public override int GetHashCode() => HashCode.Combine(Num, Den);

    /// <summary>The largest integer ≤ this.</summary>
    public BigInteger Floor()
    {
        var q = BigInteger.DivRem(Num, Den, out var r);
        return r.Sign < 0 ? q - 1 : q;
    }

    /// <summary>The smallest integer ≥ this.</summary>
    public BigInteger Ceiling() => -(-this).Floor();

    /// <summary>Rounded half away from zero to <paramref name="decimals"/> decimal places.</summary>
    public Rational RoundHalfAwayFromZero(int decimals)
    {
        var scale = BigInteger.Pow(10, decimals);
        var scaled = Abs() * Of(scale, 1);
        var twice = scaled * Of(2, 1);
        // floor(x + 1/2) for x ≥ 0 is x rounded half up, i.e. half away from zero for the magnitude.
        var rounded = (twice + One).Floor() / 2;
        return Of(Num.Sign < 0 ? -rounded : rounded, scale);
    }

    /// <summary>Rounded up (towards +∞) to <paramref name="decimals"/> decimal places.</summary>
    public Rational CeilingTo(int decimals)
    {
        var scale = BigInteger.Pow(10, decimals);
        return Of((this * Of(scale, 1)).Ceiling(), scale);
    }

    /// <summary>
    /// The number printed with exactly <paramref name="decimals"/> places, '.' as the separator, after rounding
    /// half away from zero (a value that is already on the grid prints as it is). "-0.00" never appears: zero has no sign.
    /// </summary>
    public string Format(int decimals)
    {
        var r = RoundHalfAwayFromZero(decimals);
        var scale = BigInteger.Pow(10, decimals);
        var n = r.Num * (scale / r.Den);
        var negative = n.Sign < 0;
        var digits = BigInteger.Abs(n).ToString(CultureInfo.InvariantCulture).PadLeft(decimals + 1, '0');
        var sb = new StringBuilder();
        if (negative)
        {
            sb.Append('-');
        }

        sb.Append(digits, 0, digits.Length - decimals);
        if (decimals > 0)
        {
            sb.Append('.').Append(digits, digits.Length - decimals, decimals);
        }

        return sb.ToString();
    }

    /// <summary>The shortest exact decimal text (for values with a finite expansion), e.g. 2.5, 0.000001, -3.</summary>
    public string ToExactString()
    {
        for (var d = 0; d <= 30; d++)
        {
            if ((Num * BigInteger.Pow(10, d)) % Den == 0)
            {
                return Format(d);
            }
        }

        throw new InvalidOperationException($"{Num}/{Den} has no short decimal expansion");
    }

    public override string ToString() => Den.IsOne ? Num.ToString(CultureInfo.InvariantCulture) : $"{Num}/{Den}";

    private static bool AllDigits(string s)
    {
        foreach (var c in s)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }

        return true;
    }
}
