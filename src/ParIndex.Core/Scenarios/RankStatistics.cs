using System;
using System.Threading.Tasks;

namespace ParIndex.Scenarios;

/// <summary>
/// Each unit's rank statistics (mean, type-7 median and 5th/95th percentiles, top-k count) from the ranks of every
/// run, in time linear in units × runs. A unit's ranks are counted over the range they actually span when it is no
/// wider than the runs, else its order statistics are selected from them; never a scan over every possible rank per
/// unit, which made the summary quadratic in units (50,000 units: seconds). Results equal <see cref="RankStats.From"/>
/// on the unit's full rank histogram, bit for bit.
/// </summary>
internal static class RankStatistics
{
    /// <summary>Units summarised together: a run's ranks of a block are contiguous, so gathering them reads whole cache lines.</summary>
    private const int Block = 32;

    /// <summary>
    /// Statistics of every unit from <paramref name="ranks"/>, laid out run by run (<c>ranks[run × units + unit]</c>,
    /// ranks from 1).
    /// </summary>
    public static RankStats[] Summarise(ushort[] ranks, int units, int runs, int topK, ParallelOptions parallel)
    {
        var stats = new RankStats[units];
        var blocks = (units + Block - 1) / Block;
        var width = Math.Min(Block, units);
        Parallel.For(0, blocks, parallel, () => (Columns: new ushort[width * runs], Counts: new int[Math.Max(runs, 1024)]), (b, _, scratch) =>
        {
            var first = b * Block;
            var count = Math.Min(Block, units - first);
            var columns = scratch.Columns;
            for (long run = 0; run < runs; run++)
            {
                var row = (run * units) + first;
                for (var i = 0; i < count; i++)
                {
                    columns[((long)i * runs) + run] = ranks[row + i];
                }
            }

            for (var i = 0; i < count; i++)
            {
                stats[first + i] = OfUnit(columns.AsSpan(i * runs, runs), topK, scratch.Counts);
            }

            return scratch;
        }, _ => { });
        return stats;
    }

    /// <summary>One unit's statistics from its ranks (reordered in place); <paramref name="counts"/> is scratch whose length bounds the counted range.</summary>
    internal static RankStats OfUnit(Span<ushort> ranks, int topK, int[] counts)
    {
        var n = ranks.Length;
        long sum = 0, top = 0;
        int min = int.MaxValue, max = 0;
        foreach (var r in ranks)
        {
            sum += r;
            top += r <= topK ? 1 : 0;
            min = Math.Min(min, r);
            max = Math.Max(max, r);
        }

        var mean = (double)sum / n;
        if (max - min + 1 <= counts.Length)
        {
            // Counting over min..max: O(runs + range), and range ≤ the scratch, which is O(runs).
            var histogram = counts.AsSpan(0, max - min + 1);
            histogram.Clear();
            foreach (var r in ranks)
            {
                histogram[r - min]++;
            }

            return new RankStats(mean, Quantile(histogram, min, n, 0.5), Quantile(histogram, min, n, 0.05), Quantile(histogram, min, n, 0.95), top);
        }

        return new RankStats(mean, Quantile(ranks, 0.5), Quantile(ranks, 0.05), Quantile(ranks, 0.95), top);
    }

    /// <summary>Type-7 quantile, computed exactly as <see cref="RankStats.Quantile"/> does, from a histogram of ranks min, min + 1, ….</summary>
    private static double Quantile(ReadOnlySpan<int> histogram, int min, int n, double p)
    {
        var h = (n - 1) * p;
        var lo = (long)Math.Floor(h);
        var low = OrderStatistic(histogram, min, lo);
        var high = lo + 1 < n ? OrderStatistic(histogram, min, lo + 1) : low;
        return low + ((h - lo) * (high - low));
    }

    private static int OrderStatistic(ReadOnlySpan<int> histogram, int min, long k)
    {
        long seen = 0;
        for (var i = 0; i < histogram.Length; i++)
        {
            seen += histogram[i];
            if (seen > k)
            {
                return min + i;
            }
        }

        return min + histogram.Length - 1;
    }

    /// <summary>Type-7 quantile, computed exactly as <see cref="RankStats.Quantile"/> does, by selection in the ranks.</summary>
    private static double Quantile(Span<ushort> ranks, double p)
    {
        var n = ranks.Length;
        var h = (n - 1) * p;
        var lo = (int)Math.Floor(h);
        int low = Select(ranks, lo);
        int high = lo + 1 < n ? Select(ranks, lo + 1) : low;
        return low + ((h - lo) * (high - low));
    }

    /// <summary>The k-th smallest value (0-based), by quickselect (Hoare partition, median-of-three pivot): expected O(n).</summary>
    private static int Select(Span<ushort> a, int k)
    {
        int lo = 0, hi = a.Length - 1;
        while (lo < hi)
        {
            var x = a[lo];
            var y = a[lo + ((hi - lo) / 2)];
            var z = a[hi];
            var pivot = Math.Max(Math.Min(x, y), Math.Min(Math.Max(x, y), z));
            int i = lo, j = hi;
            while (i <= j)
            {
                while (a[i] < pivot)
                {
                    i++;
                }

                while (a[j] > pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    (a[i], a[j]) = (a[j], a[i]);
                    i++;
                    j--;
                }
            }

            if (k <= j)
            {
                hi = j;
            }
            else if (k >= i)
            {
                lo = i;
            }
            else
            {
                return a[k];
            }
        }

        return a[k];
    }
}
