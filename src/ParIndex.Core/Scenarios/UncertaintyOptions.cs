using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ParIndex.Internal;

namespace ParIndex.Scenarios;

/// <summary>How the weights are perturbed in each Monte Carlo run.</summary>
public abstract class WeightPerturbation
{
    private protected WeightPerturbation()
    {
    }

    /// <summary>
    /// Uniform noise on each weight, w′ = w × (1 + f × U(−1, 1)), then rescaled so the weights under each
    /// parent keep their total (as COINr's <c>get_noisy_weights</c>).
    /// </summary>
    /// <param name="factor">f, between 0 and 1; 0.25 means each weight varies by up to ±25 % before rescaling.</param>
    public static WeightPerturbation Noise(double factor)
    {
        if (double.IsNaN(factor) || factor < 0 || factor > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(factor), factor, "The noise factor must be between 0 and 1.");
        }

        return new NoisePerturbation(factor);
    }

    /// <summary>
    /// Dirichlet sampling of the shares under each parent around the nominal shares π: Dirichlet(K × π).
    /// The mean share is nominal; larger K means less spread.
    /// </summary>
    /// <param name="concentration">K, positive.</param>
    public static WeightPerturbation Dirichlet(double concentration)
    {
        if (double.IsNaN(concentration) || concentration <= 0 || double.IsInfinity(concentration))
        {
            throw new ArgumentOutOfRangeException(nameof(concentration), concentration, "The Dirichlet concentration must be positive.");
        }

        return new DirichletPerturbation(concentration);
    }
}

/// <summary>Uniform multiplicative noise; see <see cref="WeightPerturbation.Noise"/>.</summary>
public sealed class NoisePerturbation : WeightPerturbation
{
    internal NoisePerturbation(double factor) => Factor = factor;

    /// <summary>The noise factor f.</summary>
    public double Factor { get; }

    /// <inheritdoc/>
    public override string ToString() => "noise " + Factor.ToString("0.###", CultureInfo.InvariantCulture);
}

/// <summary>Dirichlet sampling; see <see cref="WeightPerturbation.Dirichlet"/>.</summary>
public sealed class DirichletPerturbation : WeightPerturbation
{
    internal DirichletPerturbation(double concentration) => Concentration = concentration;

    /// <summary>The concentration K.</summary>
    public double Concentration { get; }

    /// <inheritdoc/>
    public override string ToString() => "dirichlet " + Concentration.ToString("0.###", CultureInfo.InvariantCulture);
}

/// <summary>
/// Explicit weight samples: one row per run, one column per node code. Weights are relative: each
/// row is rescaled so the nodes under each parent keep their nominal total. Read from CSV by
/// <see cref="ParIndex.IO.WeightSamplesReader"/>.
/// </summary>
public sealed class WeightSamples
{
    /// <summary>Creates samples.</summary>
    /// <param name="codes">The node codes, one per column.</param>
    /// <param name="rows">One row per run, one non-negative weight per code.</param>
    public WeightSamples(IEnumerable<string> codes, IEnumerable<IReadOnlyList<double>> rows)
    {
        Codes = (codes ?? throw new ArgumentNullException(nameof(codes))).ToArray();
        Rows = (rows ?? throw new ArgumentNullException(nameof(rows))).Select(r => (IReadOnlyList<double>)r.ToArray()).ToArray();
        if (Codes.Distinct(StringComparer.Ordinal).Count() != Codes.Count)
        {
            throw new ArgumentException("A code is given twice.", nameof(codes));
        }

        foreach (var row in Rows)
        {
            if (row.Count != Codes.Count)
            {
                throw new ArgumentException($"A row has {row.Count} weights for {Codes.Count} codes.", nameof(rows));
            }

            if (row.Any(w => double.IsNaN(w) || double.IsInfinity(w) || w < 0))
            {
                throw new ArgumentException("Weights must be finite and not negative.", nameof(rows));
            }
        }
    }

    /// <summary>The node codes, one per column.</summary>
    public IReadOnlyList<string> Codes { get; }

    /// <summary>The weights: one row per run.</summary>
    public IReadOnlyList<IReadOnlyList<double>> Rows { get; }

    /// <summary>The weights exactly as written in the file (decimals), when loaded from one; runs are ranked on these exact values.</summary>
    internal IReadOnlyList<decimal[]>? ExactRows { get; init; }

    /// <summary>Where each row was read (line in the file), when loaded from a file.</summary>
    internal IReadOnlyList<SourceLocation>? RowLocations { get; init; }

    /// <summary>Where each code's column is in the header (line 1, its field number), when loaded from a file.</summary>
    internal IReadOnlyList<SourceLocation>? CodeLocations { get; init; }

    /// <summary>The header line (line 1, column 1), when loaded from a file.</summary>
    internal SourceLocation? HeaderLocation { get; init; }
}

/// <summary>Settings of a rank-uncertainty analysis (<see cref="UncertaintyAnalysis.Run"/>).</summary>
public sealed class UncertaintyOptions
{
    /// <summary>The number of Monte Carlo runs (base samples when <see cref="Sensitivity"/> is on); ignored with <see cref="Samples"/>. Default 1000.</summary>
    public int Runs { get; set; } = 1000;

    /// <summary>The seed: the same seed gives the same result, whatever the number of threads. Default 0.</summary>
    public ulong Seed { get; set; }

    /// <summary>The tree level whose weights are perturbed: 0 for areas (default), 1 for criteria, and so on. Deduction and bonus blocks are never perturbed.</summary>
    public int Level { get; set; }

    /// <summary>How weights are perturbed; default uniform noise of ±25 %.</summary>
    public WeightPerturbation Perturbation { get; set; } = WeightPerturbation.Noise(0.25);

    /// <summary>Explicit weight samples used instead of random ones (one run per row), or <see langword="null"/>.</summary>
    public WeightSamples? Samples { get; set; }

    /// <summary>k for the probability of being in the top k. Default 3.</summary>
    public int Top { get; set; } = 3;

    /// <summary>Also compute first-order and total sensitivity indices (Saltelli design: Runs × (d + 2) runs in all).</summary>
    public bool Sensitivity { get; set; }

    /// <summary>The most threads used; 0 (default) uses every core. The result does not depend on it.</summary>
    public int MaxThreads { get; set; }

    /// <summary>
    /// The most unit scorings one analysis may do: runs × units, where the runs are Runs × (d + 2) with <see cref="Sensitivity"/>
    /// for d perturbed nodes (default 500,000,000). Command line: <c>--limit work=N</c>.
    /// </summary>
    public long MaxWork { get; set; } = 500_000_000;
}
