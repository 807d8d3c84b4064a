using System;
using ParIndex.Ranking;
using Xunit;

namespace ParIndex.Tests.Ranking;

public class RankMathTests
{
    /// <summary>The integer key used in comparisons orders and equates exactly as the decimal reported index.</summary>
    [Fact]
    public void ReportedKey_MatchesTheDecimalReportedIndex()
    {
        var random = new Random(2025);
        for (var i = 0; i < 200_000; i++)
        {
            var precision = random.Next(0, 5);
            long max = i % 3 == 0 ? random.Next(1, 1000) : random.NextInt64(1, 100_000_000_000);
            long points = i % 5 == 0 ? random.NextInt64(-max, max + 1) : random.NextInt64(0, max + 1);
            if (i % 7 == 0)
            {
                // Exactly on a rounding midpoint, and one tick either side.
                var step = max / 200;
                points = (random.Next(0, 200) * step) + (step / 2) + random.Next(-1, 2);
            }

            if (!RankMath.TryReportedKey(points, max, precision, out var key))
            {
                continue;
            }

            var reported = RankMath.Reported(points, max, precision);
            var scale = 1m;
            for (var d = 0; d < precision; d++)
            {
                scale *= 10m;
            }

            Assert.Equal(reported * scale, (decimal)key);
        }
    }

    /// <summary>Points to overtake, as documented: the fewest ticks whose reported index is above the target's (checked on decimals).</summary>
    [Fact]
    public void TicksToOvertake_IsTheFewestTicksReportedAboveTheTarget()
    {
        var random = new Random(7);
        for (var i = 0; i < 20_000; i++)
        {
            var precision = random.Next(0, 5);
            var max = random.NextInt64(1, 200_000_000);
            var targetMax = random.NextInt64(1, 200_000_000);
            var targetPoints = random.NextInt64(-targetMax / 10, targetMax + 1);
            var target = RankMath.Reported(targetPoints, targetMax, precision);

            var n = RankMath.TicksToOvertake(max, targetPoints, targetMax, exact: false, precision);

            Assert.True(RankMath.Reported(n, max, precision) > target, $"{n}/{max} is not above {target}");
            Assert.False(RankMath.Reported(n - 1, max, precision) > target, $"{n - 1}/{max} is already above {target}");
        }
    }

    /// <summary>Points to a band, as documented: the fewest ticks whose reported index reaches the band's minimum (checked on decimals).</summary>
    [Fact]
    public void TicksToReach_IsTheFewestTicksReportedAtOrAboveTheMinimum()
    {
        var random = new Random(11);
        for (var i = 0; i < 20_000; i++)
        {
            var precision = random.Next(0, 5);
            var max = random.NextInt64(1, 200_000_000);
            var minIndex = random.Next(0, 10_001) / 100m + (i % 3 == 0 ? random.Next(0, 1000) / 100_000m : 0);

            var n = RankMath.TicksToReach(max, minIndex, exact: false, precision);

            Assert.True(RankMath.Reported(n, max, precision) >= minIndex, $"{n}/{max} does not reach {minIndex}");
            Assert.False(RankMath.Reported(n - 1, max, precision) >= minIndex, $"{n - 1}/{max} already reaches {minIndex}");
        }
    }

    /// <summary>The printed index from the integer key has the decimal rule's value and scale, sign of zero included.</summary>
    [Fact]
    public void ReportedFigure_EqualsTheRoundedDecimalIndex_ValueAndScale()
    {
        var random = new Random(13);
        for (var i = 0; i < 100_000; i++)
        {
            var precision = random.Next(0, 7);
            var max = i % 10 == 0 ? 0 : random.NextInt64(1, 200_000_000);
            var points = (i % 3) switch
            {
                0 => random.NextInt64(-max / 4 - 10, max + 1),
                1 => random.Next(-50, 50),
                _ => max / 2 + random.Next(-3, 4),
            };

            var figure = RankMath.ReportedFigure(points, max, precision);
            var documented = max == 0 ? (decimal?)null : Figures.Round(RankMath.Reported(points, max, precision), precision);

            Assert.Equal(documented.HasValue, figure.HasValue);
            if (figure is { } f)
            {
                Assert.True(decimal.GetBits(f).AsSpan().SequenceEqual(decimal.GetBits(documented!.Value)), $"{points}/{max} at {precision}: {f} against {documented}");
            }
        }
    }
}
