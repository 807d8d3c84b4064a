using ParIndex.Scenarios;

namespace ParIndex.Survey;

/// <summary>Settings of <see cref="SurveyBootstrap"/>. Ordinary setters, so .NET Framework projects on C# 7.3 can set them.</summary>
public sealed class SurveyBootstrapOptions
{
    /// <summary>Bootstrap runs (default 1,000).</summary>
    public int Runs { get; set; } = 1000;

    /// <summary>The random seed: the same seed gives the same result whatever <see cref="MaxThreads"/>.</summary>
    public ulong Seed { get; set; }

    /// <summary>Threads to use; 0 (default) for all cores. The result does not depend on it.</summary>
    public int MaxThreads { get; set; }

    /// <summary>
    /// The weight uncertainty to combine with (level and perturbation; its runs, seed and threads are ignored), or
    /// <see langword="null"/> for survey sampling alone. A combined run uses the weights the plain uncertainty analysis
    /// draws for the same run with the same seed.
    /// </summary>
    public UncertaintyOptions? Weights { get; set; }
}
