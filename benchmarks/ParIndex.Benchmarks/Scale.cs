using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using ParIndex.Benchmarks.Shared;

namespace ParIndex.Benchmarks;

/// <summary>A data size: units × leaves.</summary>
public sealed class Scale
{
    /// <summary>A province-scale round: 700 units × 100 leaves.</summary>
    public static readonly Scale Province = new(700, 100);

    /// <summary>A national round: 10,000 units × 200 leaves.</summary>
    public static readonly Scale National = new(10_000, 200);

    private static readonly Dictionary<(int, int), SyntheticRound> Cache = new();

    /// <summary>Creates a scale.</summary>
    public Scale(int units, int leaves)
    {
        Units = units;
        Leaves = leaves;
    }

    /// <summary>Units.</summary>
    public int Units { get; }

    /// <summary>Leaves.</summary>
    public int Leaves { get; }

    /// <summary>Unit × leaf cells.</summary>
    public long Cells => (long)Units * Leaves;

    /// <summary>The generated round of this size (seed 2025), generated once per process.</summary>
    public SyntheticRound Round()
    {
        if (!Cache.TryGetValue((Units, Leaves), out var round))
        {
            Cache[(Units, Leaves)] = round = SyntheticRound.Generate(Units, Leaves);
        }

        return round;
    }

    /// <inheritdoc/>
    public override string ToString() => Units.ToString(CultureInfo.InvariantCulture) + "x" + Leaves.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A summary column: unit × leaf cells per second from the median, for benchmarks with a <see cref="Scale"/> parameter.</summary>
public sealed class CellsPerSecondColumn : IColumn
{
    /// <inheritdoc/>
    public string Id => nameof(CellsPerSecondColumn);

    /// <inheritdoc/>
    public string ColumnName => "Mcells/s";

    /// <inheritdoc/>
    public bool AlwaysShow => true;

    /// <inheritdoc/>
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc/>
    public int PriorityInCategory => 0;

    /// <inheritdoc/>
    public bool IsNumeric => true;

    /// <inheritdoc/>
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc/>
    public string Legend => "Million unit × leaf cells per second (median, one thread)";

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var scale = benchmarkCase.Parameters.Items.Select(p => p.Value).OfType<Scale>().FirstOrDefault();
        var median = summary[benchmarkCase]?.ResultStatistics?.Median;
        if (scale is null || median is not { } ns || ns <= 0)
        {
            return "-";
        }

        return (scale.Cells / ns * 1e3).ToString("N1", CultureInfo.InvariantCulture);
    }

    /// <inheritdoc/>
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
