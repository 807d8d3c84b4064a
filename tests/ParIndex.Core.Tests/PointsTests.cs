using System;
using System.Globalization;
using ParIndex;

namespace ParIndex.Tests;

public class PointsTests
{
    [Fact]
    public void FromDecimal_KeepsSixDecimalPlacesExactly()
    {
        Assert.Equal(1_500_000, Points.FromDecimal(1.5m).Ticks);
        Assert.Equal(1, Points.FromDecimal(0.000001m).Ticks);
        Assert.Equal(-2_000_000, Points.FromDecimal(-2m).Ticks);
        Assert.Equal(0.000001m, Points.FromTicks(1).ToDecimal());
    }

    [Theory]
    [InlineData("0.0000001")]
    [InlineData("1000000000.000001")]
    [InlineData("-1000000001")]
    public void FromDecimal_RefusesValuesOffTheResolutionOrOutOfRange(string text)
    {
        var value = decimal.Parse(text, CultureInfo.InvariantCulture);

        Assert.False(Points.TryFromDecimal(value, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => Points.FromDecimal(value));
    }

    [Fact]
    public void FromDecimal_AcceptsTheLimits()
    {
        Assert.True(Points.TryFromDecimal(Points.MaxMagnitude, out var max));
        Assert.True(Points.TryFromDecimal(-Points.MaxMagnitude, out var min));
        Assert.Equal(-max, min);
    }

    [Theory]
    [InlineData("0.0000005", 1)]
    [InlineData("0.0000015", 2)]
    [InlineData("0.0000025", 3)]
    [InlineData("-0.0000005", -1)]
    [InlineData("0.00000049", 0)]
    public void FromDecimalRounded_RoundsHalfAwayFromZero(string text, long ticks)
    {
        Assert.Equal(ticks, Points.FromDecimalRounded(decimal.Parse(text, CultureInfo.InvariantCulture)).Ticks);
    }

    [Theory]
    [InlineData("2.345", 2, "2.35")]
    [InlineData("2.355", 2, "2.36")]
    [InlineData("-2.345", 2, "-2.35")]
    [InlineData("2.5", 0, "3")]
    [InlineData("0.125", 2, "0.13")]
    public void Round_IsHalfAwayFromZero(string value, int decimals, string expected)
    {
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), Points.FromDecimal(decimal.Parse(value, CultureInfo.InvariantCulture)).Round(decimals));
    }

    [Fact]
    public void Arithmetic_IsExact()
    {
        var third = Points.FromDecimal(0.333333m);
        Assert.Equal(Points.FromDecimal(0.999999m), third + third + third);
        Assert.Equal(Points.FromDecimal(0.666666m), third * 2);
        Assert.Equal(Points.Zero, third - third);
        Assert.Equal(Points.FromDecimal(-0.333333m), -third);
        Assert.Equal(third, (-third).Abs());
        Assert.True((-third).IsNegative);
        Assert.True(Points.Zero.IsZero);
    }

    [Fact]
    public void Addition_ThatOverflows_Throws()
    {
        Assert.Throws<OverflowException>(() => Points.FromTicks(long.MaxValue) + Points.FromTicks(1));
    }

    [Fact]
    public void Comparison_FollowsTheAmount()
    {
        var one = Points.FromDecimal(1);
        var two = Points.FromDecimal(2);

        Assert.True(one < two && two > one && one <= Points.FromTicks(1_000_000) && two >= one && one != two);
        Assert.Equal(one, Points.Min(one, two));
        Assert.Equal(two, Points.Max(one, two));
        Assert.True(one.CompareTo(two) < 0);
        Assert.True(one.Equals((object)Points.FromTicks(1_000_000)));
        Assert.False(one.Equals("1"));
        Assert.Equal(one.GetHashCode(), Points.FromTicks(1_000_000).GetHashCode());
    }

    [Fact]
    public void ToString_IsInvariantWithoutTrailingZeros_InAnyCulture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("vi-VN");
            Assert.Equal("7.5", Points.FromDecimal(7.5m).ToString());
            Assert.Equal("-0.000001", Points.FromTicks(-1).ToString());
            Assert.Equal("12", Points.FromDecimal(12m).ToString());
            Assert.Equal("7.50", Points.FromDecimal(7.5m).ToString("0.00", null));
            Assert.Equal("7,50", Points.FromDecimal(7.5m).ToString("0.00", CultureInfo.GetCultureInfo("vi-VN")));
            Assert.Equal("7.5", $"{Points.FromDecimal(7.5m)}");
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
