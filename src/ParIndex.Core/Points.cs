using System;
using System.Globalization;

namespace ParIndex;

/// <summary>
/// An exact amount of PAR points (điểm) at a fixed resolution of one millionth of a point.
/// </summary>
/// <remarks>
/// Points are stored as a whole number of millionths, so sums never drift and two units with the
/// same points compare equal whatever order their criteria were added in. Values that do not fall
/// on the resolution (a ratio rule, a weight share) are rounded to it half away from zero, once,
/// where they are computed. Rounding to a criteria set's reporting precision happens only when a
/// result is reported (see <see cref="Round(int)"/>).
/// </remarks>
public readonly struct Points : IEquatable<Points>, IComparable<Points>, IFormattable
{
    /// <summary>The number of ticks in one point (10^6).</summary>
    public const long TicksPerPoint = 1_000_000;

    /// <summary>The number of decimal places the resolution holds.</summary>
    public const int Decimals = 6;

    /// <summary>The largest magnitude accepted, in points; far above any real criteria set, and small enough that sums of millions of cells cannot overflow.</summary>
    public const long MaxMagnitude = 1_000_000_000;

    /// <summary>Zero points.</summary>
    public static readonly Points Zero = default;

    private Points(long ticks) => Ticks = ticks;

    /// <summary>The amount in millionths of a point.</summary>
    public long Ticks { get; }

    /// <summary>Creates points from a whole number of millionths of a point.</summary>
    /// <param name="ticks">Millionths of a point.</param>
    public static Points FromTicks(long ticks) => new(ticks);

    /// <summary>Creates points from a decimal that lies exactly on the resolution.</summary>
    /// <param name="value">The amount in points.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value has more than six decimal places or is too large.</exception>
    public static Points FromDecimal(decimal value)
    {
        if (!TryFromDecimal(value, out var points))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Points must lie within ±1,000,000,000 and have at most 6 decimal places.");
        }

        return points;
    }

    /// <summary>Tries to create points from a decimal that lies exactly on the resolution.</summary>
    /// <param name="value">The amount in points.</param>
    /// <param name="points">The points, when the value is exact at the resolution and within range.</param>
    /// <returns><see langword="true"/> when <paramref name="value"/> is representable exactly.</returns>
    public static bool TryFromDecimal(decimal value, out Points points)
    {
        points = default;
        if (value > MaxMagnitude || value < -MaxMagnitude)
        {
            return false;
        }

        var scaled = value * TicksPerPoint;
        if (scaled != decimal.Truncate(scaled))
        {
            return false;
        }

        points = new Points((long)scaled);
        return true;
    }

    /// <summary>Creates points from any decimal, rounding half away from zero to the resolution.</summary>
    /// <param name="value">The amount in points; must lie within ±1,000,000,000.</param>
    public static Points FromDecimalRounded(decimal value)
    {
        if (value > MaxMagnitude || value < -MaxMagnitude)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Points must lie within ±1,000,000,000.");
        }

        return new Points((long)decimal.Round(value * TicksPerPoint, 0, MidpointRounding.AwayFromZero));
    }

    /// <summary>The exact amount as a decimal.</summary>
    public decimal ToDecimal() => (decimal)Ticks / TicksPerPoint;

    /// <summary>The amount rounded half away from zero to <paramref name="decimals"/> places, as reported.</summary>
    /// <param name="decimals">Decimal places, 0 to 6.</param>
    public decimal Round(int decimals) => decimal.Round(ToDecimal(), decimals, MidpointRounding.AwayFromZero);

    /// <summary>Whether the amount is zero.</summary>
    public bool IsZero => Ticks == 0;

    /// <summary>Whether the amount is below zero.</summary>
    public bool IsNegative => Ticks < 0;

    /// <summary>The absolute amount.</summary>
    public Points Abs() => new(Math.Abs(Ticks));

    /// <summary>Adds two amounts.</summary>
    public static Points operator +(Points left, Points right) => new(checked(left.Ticks + right.Ticks));

    /// <summary>Subtracts two amounts.</summary>
    public static Points operator -(Points left, Points right) => new(checked(left.Ticks - right.Ticks));

    /// <summary>Negates an amount.</summary>
    public static Points operator -(Points value) => new(-value.Ticks);

    /// <summary>Multiplies an amount by a whole number.</summary>
    public static Points operator *(Points left, long right) => new(checked(left.Ticks * right));

    /// <summary>Equality.</summary>
    public static bool operator ==(Points left, Points right) => left.Ticks == right.Ticks;

    /// <summary>Inequality.</summary>
    public static bool operator !=(Points left, Points right) => left.Ticks != right.Ticks;

    /// <summary>Less than.</summary>
    public static bool operator <(Points left, Points right) => left.Ticks < right.Ticks;

    /// <summary>Greater than.</summary>
    public static bool operator >(Points left, Points right) => left.Ticks > right.Ticks;

    /// <summary>Less than or equal.</summary>
    public static bool operator <=(Points left, Points right) => left.Ticks <= right.Ticks;

    /// <summary>Greater than or equal.</summary>
    public static bool operator >=(Points left, Points right) => left.Ticks >= right.Ticks;

    /// <summary>The smaller of two amounts.</summary>
    public static Points Min(Points a, Points b) => a.Ticks <= b.Ticks ? a : b;

    /// <summary>The larger of two amounts.</summary>
    public static Points Max(Points a, Points b) => a.Ticks >= b.Ticks ? a : b;

    /// <inheritdoc/>
    public bool Equals(Points other) => Ticks == other.Ticks;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Points other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Ticks.GetHashCode();

    /// <inheritdoc/>
    public int CompareTo(Points other) => Ticks.CompareTo(other.Ticks);

    /// <summary>The exact amount with invariant formatting and no trailing zeros, e.g. "7.5".</summary>
    public override string ToString() => ToDecimal().ToString("0.######", CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToDecimal().ToString(format ?? "0.######", formatProvider ?? CultureInfo.InvariantCulture);
}
