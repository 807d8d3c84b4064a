using System;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using ParIndex.Scenarios;

namespace ParIndex.Benchmarks;

/// <summary>
/// The uncertainty summary step alone (each unit's mean, median, 5th/95th percentile rank and top-k count from the
/// kept ranks) for 50,000 units × 200 runs, ranks spread around each unit's nominal rank. <c>Histogram</c> is the
/// previous method (a full rank histogram per unit, quadratic in units), kept here as the baseline;
/// <c>Linear</c> is <see cref="RankStatistics"/>.
/// </summary>
[MemoryDiagnoser]
public class RankStatisticsBenchmarks
{
    private const int Top = 3;
    private ushort[] ranks = null!;
    private readonly ParallelOptions parallel = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };

    /// <summary>Units ranked.</summary>
    [Params(50_000)]
    public int Units { get; set; }

    /// <summary>Monte Carlo runs.</summary>
    [Params(200)]
    public int Runs { get; set; }

    /// <summary>How far a unit's rank moves between runs (±): 500 ≈ the noise of ±25 % area weights on a large field.</summary>
    [Params(500)]
    public int Spread { get; set; }

    /// <summary>Synthetic ranks, the same every time.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(11);
        ranks = new ushort[(long)Units * Runs];
        for (var run = 0; run < Runs; run++)
        {
            for (var u = 0; u < Units; u++)
            {
                ranks[((long)run * Units) + u] = (ushort)Math.Clamp(u + 1 + random.Next(-Spread, Spread + 1), 1, Math.Min(Units, ushort.MaxValue));
            }
        }
    }

    /// <summary>The previous summary: a histogram over every rank 1..units for each unit.</summary>
    [Benchmark(Baseline = true)]
    public object Histogram()
    {
        const int Block = 32;
        var units = Units;
        var runs = Runs;
        var stats = new RankStats[units];
        var blocks = (units + Block - 1) / Block;
        Parallel.For(0, blocks, parallel, () => new int[Block * units], (b, loop, hist) =>
        {
            var first = b * Block;
            var count = Math.Min(Block, units - first);
            Array.Clear(hist, 0, hist.Length);
            for (long run = 0; run < runs; run++)
            {
                var row = run * units;
                for (var i = 0; i < count; i++)
                {
                    hist[(i * units) + ranks[row + first + i] - 1]++;
                }
            }

            for (var i = 0; i < count; i++)
            {
                stats[first + i] = RankStats.From(hist.AsSpan(i * units, units), runs, Top);
            }

            return hist;
        }, _ => { });
        return stats;
    }

    /// <summary>The summary now: linear in units × runs.</summary>
    [Benchmark]
    public object Linear() => RankStatistics.Summarise(ranks, Units, Runs, Top, parallel);
}
