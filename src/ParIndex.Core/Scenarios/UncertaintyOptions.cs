using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ParIndex.IO;
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
/// row is rescaled so the nodes under each parent keep their nominal total.
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
    internal IReadOnlyList<decimal[]>? ExactRows { get; private set; }

    /// <summary>Where each row was read (line in the file), when loaded from a file.</summary>
    internal IReadOnlyList<SourceLocation>? RowLocations { get; private set; }

    /// <summary>Where each code's column is in the header (line 1, its field number), when loaded from a file.</summary>
    internal IReadOnlyList<SourceLocation>? CodeLocations { get; private set; }

    /// <summary>The header line (line 1, column 1), when loaded from a file.</summary>
    internal SourceLocation? HeaderLocation { get; private set; }

    /// <summary>Reads samples from CSV: a header of node codes (an optional first column <c>run</c> is ignored), one row per run.</summary>
    /// <param name="path">The CSV file.</param>
    /// <exception cref="ParIndexException">The file cannot be read or has problems; all are listed.</exception>
    public static WeightSamples Load(string path) => Load(path, null);

    /// <summary>Reads samples from CSV with the given read limits.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="limits">The limits (bytes, cell length, rows, columns); <see cref="ReadLimits.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ParIndexException">The file cannot be read, is over a limit or has problems; all are listed.</exception>
    public static WeightSamples Load(string path, ReadLimits? limits)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        var table = CsvTable.Load(path, limits);
        FileKinds.Check(table.Header, table.At(table.HeaderLine, 1), InputKind.Weights);
        var problems = new List<Diagnostic>();
        var skip = table.Header.Length > 0 && string.Equals(table.Header[0], "run", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        var codes = table.Header.Skip(skip).ToArray();
        if (codes.Length == 0)
        {
            throw new ParIndexException(table.At(table.HeaderLine, 1), "the weights file has no node-code columns");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < codes.Length; i++)
        {
            if (!seen.Add(codes[i]))
            {
                problems.Add(new Diagnostic(table.At(table.HeaderLine, i + skip + 1), $"column '{codes[i]}' is given twice"));
            }
        }

        var rows = new List<IReadOnlyList<double>>();
        var exactRows = new List<decimal[]>();
        var locations = new List<SourceLocation>();
        foreach (var record in table.Records)
        {
            if (record.Fields.Length != table.Header.Length)
            {
                problems.Add(new Diagnostic(table.At(record.Line, 1), $"the row has {record.Fields.Length} fields; the header has {table.Header.Length}"));
                continue;
            }

            var row = new double[codes.Length];
            var exact = new decimal[codes.Length];
            for (var i = 0; i < codes.Length; i++)
            {
                // The number reader of every other input (a decimal point or comma), plus the exponent form R and
                // spreadsheets write for small weights (1e-04); kept as the exact decimal written.
                var text = record.Fields[i + skip];
                if (!(ValueText.TryParseNumber(text, out var w) && !text.Contains("%")) && !decimal.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out w) || w < 0)
                {
                    problems.Add(new Diagnostic(table.At(record.Line, i + skip + 1), $"weight '{text}' of '{codes[i]}' is not a non-negative number"));
                }

                exact[i] = w;
                row[i] = (double)w;
            }

            rows.Add(row);
            exactRows.Add(exact);
            locations.Add(table.At(record.Line, 1));
        }

        if (rows.Count == 0 && problems.Count == 0)
        {
            problems.Add(new Diagnostic(table.At(table.HeaderLine, 1), "the weights file has no rows"));
        }

        if (problems.Count > 0)
        {
            throw new ParIndexException(problems);
        }

        return new WeightSamples(codes, rows)
        {
            ExactRows = exactRows,
            RowLocations = locations,
            CodeLocations = codes.Select((_, i) => table.At(table.HeaderLine, i + skip + 1)).ToArray(),
            HeaderLocation = table.At(table.HeaderLine, 1),
        };
    }
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
