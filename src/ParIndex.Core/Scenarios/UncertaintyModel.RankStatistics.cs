using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ParIndex.Criteria;
using ParIndex.Internal;
using ParIndex.Ranking;
using ParIndex.Resources;
using ParIndex.Scoring;

namespace ParIndex.Scenarios;

/// <summary>Rank statistics: each unit's mean, median, 5th and 95th percentile rank and top-k share, from the kept ranks.</summary>
internal sealed partial class UncertaintyModel
{
    /// <summary>Per-unit rank statistics from the kept ranks, in time linear in units × runs.</summary>
    private RankStats[] Summarise(ushort[] ranks, ParallelOptions parallel) => RankStatistics.Summarise(ranks, units, runs, options.Top, parallel);
}

/// <summary>Rank statistics of one unit from its rank histogram.</summary>
internal readonly struct RankStats
{
    internal RankStats(double mean, double median, double p05, double p95, long top)
    {
        Mean = mean;
        Median = median;
        P05 = p05;
        P95 = p95;
        Top = top;
    }

    public double Mean { get; }

    public double Median { get; }

    public double P05 { get; }

    public double P95 { get; }

    public long Top { get; }

    /// <summary>Statistics of n ranks given as counts per rank (index 0 = rank 1).</summary>
    public static RankStats From(ReadOnlySpan<int> histogram, int n, int topK)
    {
        long sum = 0, top = 0;
        for (var r = 0; r < histogram.Length; r++)
        {
            sum += (long)(r + 1) * histogram[r];
            if (r < topK)
            {
                top += histogram[r];
            }
        }

        return new RankStats((double)sum / n, Quantile(histogram, n, 0.5), Quantile(histogram, n, 0.05), Quantile(histogram, n, 0.95), top);
    }

    /// <summary>R's default quantile (type 7): linear interpolation between order statistics x[⌊h⌋] and x[⌊h⌋ + 1], h = (n − 1)p + 1.</summary>
    public static double Quantile(ReadOnlySpan<int> histogram, int n, double p)
    {
        var h = (n - 1) * p;
        var lo = (long)Math.Floor(h);
        var low = OrderStatistic(histogram, lo);
        var high = lo + 1 < n ? OrderStatistic(histogram, lo + 1) : low;
        return low + ((h - lo) * (high - low));
    }

    /// <summary>The k-th smallest rank (0-based).</summary>
    private static int OrderStatistic(ReadOnlySpan<int> histogram, long k)
    {
        long seen = 0;
        for (var r = 0; r < histogram.Length; r++)
        {
            seen += histogram[r];
            if (seen > k)
            {
                return r + 1;
            }
        }

        return histogram.Length;
    }
}
