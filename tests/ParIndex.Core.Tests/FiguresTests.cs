using System;
using System.Globalization;
using ParIndex;

namespace ParIndex.Tests;

public class FiguresTests
{
    /// <summary>The rule as documented, on decimals: round half away from zero, then carry exactly that many decimals.</summary>
    private static decimal Documented(Points points, int precision) =>
        Figures.Round(points.ToDecimal(), precision);

    [Theory]
    [InlineData(1_234_995, 2, "1.23")]
    [InlineData(1_235_000, 2, "1.24")]
    [InlineData(-1_235_000, 2, "-1.24")]
    [InlineData(-4_999, 2, "0.00")]
    [InlineData(2_000_000, 2, "2.00")]
    [InlineData(2_500_000, 0, "3")]
    [InlineData(-2_500_000, 0, "-3")]
    [InlineData(7, 6, "0.000007")]
    [InlineData(999_999_999_999_999, 1, "1000000000.0")]
    public void RoundPoints_RoundsTheTicksHalfAwayFromZero_WithExactlyThatManyDecimals(long ticks, int precision, string expected)
    {
        Assert.Equal(expected, Figures.Round(Points.FromTicks(ticks), precision).ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void RoundPoints_GivesTheDecimalRulesValueAndScale_OnGeneratedTicks()
    {
        var random = new Random(20261201);
        for (var i = 0; i < 200_000; i++)
        {
            // Mostly near rounding midpoints and zero, where integer and decimal rounding could part.
            var ticks = (i % 4) switch
            {
                0 => random.NextInt64(-1_000_000_000_000_000, 1_000_000_000_000_000),
                1 => (random.NextInt64(-100_000_000, 100_000_000) * 5_000) + random.Next(-2, 3),
                2 => random.Next(-20_000, 20_000),
                _ => random.NextInt64(-200_000_000, 200_000_000),
            };
            var precision = random.Next(0, 7);
            var points = Points.FromTicks(ticks);

            var fast = Figures.Round(points, precision);
            var documented = Documented(points, precision);

            Assert.True(
                decimal.GetBits(fast).AsSpan().SequenceEqual(decimal.GetBits(documented)),
                $"{ticks} ticks at precision {precision}: {fast} against {documented}");
        }
    }
}
