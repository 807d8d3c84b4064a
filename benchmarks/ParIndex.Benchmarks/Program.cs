using BenchmarkDotNet.Running;

namespace ParIndex.Benchmarks;

/// <summary>Entry point: BenchmarkDotNet's switcher, or <c>generate</c> to write a synthetic round to disk.</summary>
public static class Program
{
    /// <summary>Runs the benchmarks selected by the arguments.</summary>
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "generate")
        {
            Generate.Run(args);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
