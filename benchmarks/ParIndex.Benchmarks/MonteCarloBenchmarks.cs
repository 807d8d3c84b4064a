using BenchmarkDotNet.Attributes;
using ParIndex.Scenarios;
using ParIndex.Scoring;

namespace ParIndex.Benchmarks;

/// <summary>
/// Rank uncertainty: 10,000 Monte Carlo runs × 1,000 units × 8 areas with full rank statistics
/// (mean, median, 5th/95th percentile, band kept, top 3). Target: under 1 s on 2 cores.
/// </summary>
[MemoryDiagnoser]
public class MonteCarloBenchmarks
{
    private ScoreSheet sheet = null!;

    /// <summary>Threads: 0 = all cores.</summary>
    [Params(0, 1)]
    public int Threads { get; set; }

    /// <summary>Scores the synthetic round once.</summary>
    [GlobalSetup]
    public void Setup() => sheet = MonteCarloData.Sheet(1000, 8);

    /// <summary>10,000 runs with uniform ±25 % noise on the 8 area weights.</summary>
    [Benchmark]
    public UncertaintyResult MonteCarloNoise10kRuns1kUnits8Areas() =>
        UncertaintyAnalysis.Run(sheet, new UncertaintyOptions { Runs = 10_000, Seed = 1, MaxThreads = Threads });

    /// <summary>10,000 runs with Dirichlet sampling (K = 50) of the 8 area shares.</summary>
    [Benchmark]
    public UncertaintyResult MonteCarloDirichlet10kRuns1kUnits8Areas() =>
        UncertaintyAnalysis.Run(sheet, new UncertaintyOptions { Runs = 10_000, Seed = 1, MaxThreads = Threads, Perturbation = WeightPerturbation.Dirichlet(50) });
}
