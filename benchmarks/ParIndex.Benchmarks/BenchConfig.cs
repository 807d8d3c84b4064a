using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace ParIndex.Benchmarks;

/// <summary>
/// Every benchmark class's settings: 3 warm-up and 10 measured iterations (a full suite on 2 cores
/// stays under an hour), allocated bytes, and cells per second where a benchmark has a size. The
/// job is a default job, so <c>--job dry</c> (or any other <c>--job</c>) replaces it.
/// </summary>
public sealed class BenchConfig : ManualConfig
{
    /// <summary>Creates the configuration.</summary>
    public BenchConfig()
    {
        AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(10).AsDefault());
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(new CellsPerSecondColumn());
    }
}
