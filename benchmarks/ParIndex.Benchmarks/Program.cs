using BenchmarkDotNet.Running;

namespace ParIndex.Benchmarks;

/// <summary>Entry point: BenchmarkDotNet's switcher.</summary>
public static class Program
{
    /// <summary>Runs the benchmarks selected by the arguments.</summary>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
