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

/// <summary>Evaluating a run: weights rescaled per parent, every unit's index, the ranking by the set's own rule and tie-breakers, the bands.</summary>
internal sealed partial class UncertaintyModel
{
    /// <summary>One run: rescale raw weights per parent, compute every index, rank by the set's rule; returns the mean absolute rank shift.</summary>
    private double Evaluate(Worker w, double[] raw, decimal[]? exactRaw, Span<ushort> ranksOut, int[]? keptCounts)
    {
        var sums = w.GroupSums;
        Array.Clear(sums, 0, groupCount);
        for (var a = 0; a < d; a++)
        {
            sums[groupOf[a]] += raw[a];
        }

        var factor = w.Factor;
        for (var a = 0; a < d; a++)
        {
            // s_a = w′_a / w_a with w′ rescaled so the parent's total is kept.
            var g = groupOf[a];
            factor[a] = nominal[a] > 0 && sums[g] > 0 ? raw[a] * groupTotal[g] / sums[g] / nominal[a] : 0;
        }

        w.Exact.Reset();
        var keys = w.Keys;
        var values = w.Values;
        var tolerance = w.Tolerance;
        for (var u = 0; u < units; u++)
        {
            double num = fixedPoints[u], den = fixedMax[u];
            double absNum = Math.Abs(num), absDen = Math.Abs(den);
            var offset = u * d;
            for (var a = 0; a < d; a++)
            {
                var tp = factor[a] * points[offset + a];
                var tm = factor[a] * maxima[offset + a];
                num += tp;
                den += tm;
                absNum += Math.Abs(tp);
                absDen += Math.Abs(tm);
            }

            var x = den > 0 ? num / den : 0;

            // A bound on |x − exact| far (hundreds of times) above the rounding error of these sums and factors.
            var tol = den > 0 ? 1e-12 * (absNum + (absDen * Math.Abs(x))) / den : 0;
            values[u] = x;
            tolerance[u] = tol;
            if (!exact)
            {
                var scaled = x * scale;
                var key = Math.Round(scaled, MidpointRounding.AwayFromZero);
                if (den > 0 && Math.Abs(Math.Abs(scaled - Math.Truncate(scaled)) - 0.5) <= tol * scale)
                {
                    // Too close to a rounding midpoint for double precision: round the exact index.
                    keys[u] = ExactRunIndices.RoundedKey(w.Exact.Index(u, raw, exactRaw), scaleKey);
                }
                else
                {
                    keys[u] = (long)Math.Max(-4e12, Math.Min(4e12, key));
                }
            }
        }

        if (exact)
        {
            ExactClasses(w, raw, exactRaw);
        }

        RankRun(w);
        long shift = 0;
        for (var u = 0; u < units; u++)
        {
            var r = w.RankInts[u];
            ranksOut[u] = (ushort)r;
            shift += Math.Abs(r - nominalRank[u]);
        }

        if (keptCounts is not null && bandThresholds is not null)
        {
            for (var u = 0; u < units; u++)
            {
                if ((exact ? ExactBand(w, u, raw, exactRaw) : Band(u, keys[u])) == nominalBand[u])
                {
                    keptCounts[u]++;
                }
            }
        }

        return (double)shift / units;
    }

    /// <summary>
    /// Under <c>ranking: exact</c>: each unit's key is minus its place among the distinct exact indices (so equal
    /// indices share a key). Units are sorted on their double indices; runs of neighbours closer than their error
    /// bounds are ordered exactly.
    /// </summary>
    private void ExactClasses(Worker w, double[] raw, decimal[]? exactRaw)
    {
        var order = w.Order;
        var sortKeys = w.SortValues;
        for (var u = 0; u < units; u++)
        {
            order[u] = u;
            sortKeys[u] = -w.Values[u];
        }

        Array.Sort(sortKeys, order, 0, units);
        var cache = w.ExactCache;
        cache.Clear();
        var cluster = w.Cluster;
        var place = 0;
        for (var i = 0; i < units;)
        {
            var j = i + 1;
            while (j < units && w.Values[order[j - 1]] - w.Values[order[j]] <= w.Tolerance[order[j - 1]] + w.Tolerance[order[j]])
            {
                j++;
            }

            if (j - i == 1)
            {
                w.Keys[order[i]] = -place++;
                i = j;
                continue;
            }

            cluster.Clear();
            for (var k = i; k < j; k++)
            {
                cluster.Add(order[k]);
            }

            w.Exact.Order(cluster, raw, exactRaw, cache);
            w.Keys[cluster[0]] = -place;
            for (var k = 1; k < cluster.Count; k++)
            {
                if (ExactRunIndices.Compare(cache[cluster[k - 1]], cache[cluster[k]]) != 0)
                {
                    place++;
                }

                w.Keys[cluster[k]] = -place;
            }

            place++;
            i = j;
        }
    }

    /// <summary>Competition ranks of the run's keys (highest first), ties split by the set's tie-breakers.</summary>
    private void RankRun(Worker w)
    {
        if (tieBreakClasses <= 1)
        {
            RankKeys(w.Keys, w.Packed, w.RankInts, w.Counts);
            return;
        }

        // Keys lie within ±4·10^12 and tie-break classes below 65,536, so (key, class) packs into one long.
        var sortKeys = w.Packed;
        var order = w.Order;
        for (var u = 0; u < units; u++)
        {
            sortKeys[u] = -((w.Keys[u] << 16) + (65_535 - tieBreakClass[u]));
            order[u] = u;
        }

        Array.Sort(sortKeys, order, 0, units);
        var rank = 0;
        for (var i = 0; i < units; i++)
        {
            if (i == 0 || sortKeys[i] != sortKeys[i - 1])
            {
                rank = i + 1;
            }

            w.RankInts[order[i]] = rank;
        }
    }

    /// <summary>The band of a unit in a run under <c>ranking: exact</c>: its exact index against each band's minimum.</summary>
    private int ExactBand(Worker w, int unit, double[] raw, decimal[]? exactRaw)
    {
        var minima = bandMinima[unit];
        var index = w.Values[unit] * 100;
        var tol = (w.Tolerance[unit] * 100) + 1e-12;
        for (var b = 0; b < minima.Length; b++)
        {
            var min = (double)minima[b];
            var margin = tol + (1e-12 * Math.Abs(min));
            var reaches = index - min > margin || (index - min >= -margin && ExactRunIndices.Reaches(w.Exact.Index(unit, raw, exactRaw), minima[b]));
            if (reaches)
            {
                return b;
            }
        }

        return -1;
    }

    /// <summary>
    /// Competition ranks of keys, highest key first: rank = 1 + the number of higher keys. When the keys
    /// span a small range (the usual case: an index rounded to 2 decimals spans at most about 10,000
    /// values) a counting pass does it in O(units + range); otherwise (key, unit) pairs packed in one
    /// long are sorted.
    /// </summary>
    internal static void RankKeys(long[] keys, long[] packed, int[] ranks, int[]? counts = null)
    {
        var n = keys.Length;
        long min = long.MaxValue, max = long.MinValue;
        for (var u = 0; u < n; u++)
        {
            min = Math.Min(min, keys[u]);
            max = Math.Max(max, keys[u]);
        }

        if (counts is not null && n > 0 && max - min < counts.Length)
        {
            var range = (int)(max - min) + 1;
            Array.Clear(counts, 0, range);
            for (var u = 0; u < n; u++)
            {
                counts[(int)(keys[u] - min)]++;
            }

            // counts[k] becomes 1 + the number of keys above k: the competition rank of key k.
            var above = 0;
            for (var k = range - 1; k >= 0; k--)
            {
                var c = counts[k];
                counts[k] = above + 1;
                above += c;
            }

            for (var u = 0; u < n; u++)
            {
                ranks[u] = counts[(int)(keys[u] - min)];
            }

            return;
        }

        for (var u = 0; u < n; u++)
        {
            packed[u] = (keys[u] << 20) | (long)u;
        }

        Array.Sort(packed, 0, n);
        var previous = long.MinValue;
        var rank = 0;
        for (var i = 0; i < n; i++)
        {
            var p = packed[n - 1 - i];
            var key = p >> 20;
            if (i == 0 || key != previous)
            {
                rank = i + 1;
                previous = key;
            }

            ranks[(int)(p & 0xFFFFF)] = rank;
        }
    }

    private int Band(int unit, long key)
    {
        var thresholds = bandThresholds[unit];
        for (var b = 0; b < thresholds.Length; b++)
        {
            if (key >= thresholds[b])
            {
                return b;
            }
        }

        return -1;
    }

    private sealed class Worker
    {
        public Worker(UncertaintyModel m)
        {
            RawA = new double[m.d];
            RawB = new double[m.d];
            RawMix = new double[m.d];
            Factor = new double[m.d];
            GroupSums = new double[m.groupCount];
            Keys = new long[m.units];
            Packed = new long[m.units];
            RankInts = new int[m.units];
            Ranks = new ushort[m.units];
            Kept = new int[m.units];
            Counts = new int[Math.Max(1 << 14, 8 * m.units)];
            Values = new double[m.units];
            Tolerance = new double[m.units];
            SortValues = new double[m.units];
            Order = new int[m.units];
            Exact = new ExactRunIndices(m.d, m.groupOf, m.groupCount, m.exactNominal, m.exactPoints, m.exactMaxima, m.exactFixedPoints, m.exactFixedMax);
        }

        /// <summary>Each unit's index in the run (points ÷ maximum, double precision) and a bound on its error.</summary>
        public double[] Values { get; }

        public double[] Tolerance { get; }

        public double[] SortValues { get; }

        public int[] Order { get; }

        /// <summary>The run's exact indices, for the units double precision cannot decide.</summary>
        public ExactRunIndices Exact { get; }

        public Dictionary<int, (System.Numerics.BigInteger N, System.Numerics.BigInteger M)> ExactCache { get; } = new();

        public List<int> Cluster { get; } = new();

        /// <summary>Scratch for the counting rank pass; its length is the largest key range ranked by counting.</summary>
        public int[] Counts { get; }

        public double[] RawA { get; }

        public double[] RawB { get; }

        public double[] RawMix { get; }

        public double[] Factor { get; }

        public double[] GroupSums { get; }

        public long[] Keys { get; }

        public long[] Packed { get; }

        public int[] RankInts { get; }

        public ushort[] Ranks { get; }

        public int[] Kept { get; }
    }
}
