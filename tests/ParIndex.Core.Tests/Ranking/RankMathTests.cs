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
}
