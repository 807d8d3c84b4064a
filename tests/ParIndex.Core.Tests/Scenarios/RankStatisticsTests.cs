using System;
using System.Threading.Tasks;
using ParIndex.Scenarios;

namespace ParIndex.Tests.Scenarios;

public class RankStatisticsTests
{
    /// <summary>Every statistic, bit for bit, as the full rank histogram gives it (RankStats.From).</summary>
    [Theory]
    [InlineData(300, 200, 5)]     // ranks spread over at most ±5: counted over their range
    [InlineData(300, 50, 1000)]   // ranks spread over the whole field, wider than the runs: selected
    [InlineData(40, 1, 3)]        // one run
    [InlineData(1, 7, 0)]         // one unit
    [InlineData(70, 9, 40)]       // mixed: some units counted, some selected
    public void SummariseEqualsTheFullRankHistogramForEveryUnit(int units, int runs, int spread)
    {
        var random = new Random(units * 7919 + runs * 31 + spread);
        var ranks = new ushort[units * runs];
        for (var run = 0; run < runs; run++)
        {
            for (var u = 0; u < units; u++)
            {
                ranks[(run * units) + u] = (ushort)Math.Clamp(u + 1 + random.Next(-spread, spread + 1), 1, units);
            }
        }

        var stats = RankStatistics.Summarise(ranks, units, runs, 3, new ParallelOptions { MaxDegreeOfParallelism = 2 });

        for (var u = 0; u < units; u++)
        {
            var histogram = new int[units];
            for (var run = 0; run < runs; run++)
            {
                histogram[ranks[(run * units) + u] - 1]++;
            }

            var expected = RankStats.From(histogram, runs, 3);
            Assert.Equal(
                (expected.Mean, expected.Median, expected.P05, expected.P95, expected.Top),
                (stats[u].Mean, stats[u].Median, stats[u].P05, stats[u].P95, stats[u].Top));
        }
    }

    [Fact]
    public void OfUnitSelectsTheOrderStatisticsWhenTheRangeIsWiderThanTheScratch()
    {
        // Ranks 1, 2, 3, 1000 with a 4-slot scratch: the range (1000) cannot be counted, so they are selected.
        var ranks = new ushort[] { 1000, 2, 1, 3 };

        var stats = RankStatistics.OfUnit(ranks, 2, new int[4]);

        var histogram = new int[1000];
        histogram[0] = histogram[1] = histogram[2] = histogram[999] = 1;
        var expected = RankStats.From(histogram, 4, 2);
        Assert.Equal((251.5, 2.5, 1.15, 2L), (stats.Mean, stats.Median, stats.P05, stats.Top));
        Assert.Equal(850.45, stats.P95, 9);
        Assert.Equal((expected.Mean, expected.Median, expected.P05, expected.P95, expected.Top), (stats.Mean, stats.Median, stats.P05, stats.P95, stats.Top));
    }
}
