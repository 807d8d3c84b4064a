using System.Collections.Generic;
using ParIndex.Criteria;
using ParIndex.Scoring;

namespace ParIndex.Scenarios;

/// <summary>The result of a rank-uncertainty analysis.</summary>
public sealed class UncertaintyResult
{
    internal UncertaintyResult(ScoreSheet sheet, UncertaintyOptions options, IReadOnlyList<CriteriaNode> nodes, int runs, long totalRuns, IReadOnlyList<UnitUncertainty> units, IReadOnlyList<NodeSensitivity>? sensitivity)
    {
        Sheet = sheet;
        Options = options;
        Nodes = nodes;
        Runs = runs;
        TotalRuns = totalRuns;
        Units = units;
        Sensitivity = sensitivity;
    }

    /// <summary>The baseline scores.</summary>
    public ScoreSheet Sheet { get; }

    /// <summary>The settings used.</summary>
    public UncertaintyOptions Options { get; }

    /// <summary>The perturbed nodes, in criteria-set order.</summary>
    public IReadOnlyList<CriteriaNode> Nodes { get; }

    /// <summary>The runs the rank statistics are computed from.</summary>
    public int Runs { get; }

    /// <summary>Every run made: <see cref="Runs"/>, or Runs × (d + 2) with sensitivity indices (d perturbed nodes).</summary>
    public long TotalRuns { get; }

    /// <summary>Each unit's statistics, by nominal rank (then unit id).</summary>
    public IReadOnlyList<UnitUncertainty> Units { get; }

    /// <summary>Sensitivity indices per perturbed node, or <see langword="null"/> when not requested.</summary>
    public IReadOnlyList<NodeSensitivity>? Sensitivity { get; }
}

/// <summary>One unit's rank distribution over the runs.</summary>
public sealed class UnitUncertainty
{
    internal UnitUncertainty(UnitScore score, int nominalRank, Band? nominalBand, double meanRank, double medianRank, double p05, double p95, double? bandKept, double top)
    {
        Score = score;
        NominalRank = nominalRank;
        NominalBand = nominalBand;
        MeanRank = meanRank;
        MedianRank = medianRank;
        Percentile5Rank = p05;
        Percentile95Rank = p95;
        BandKept = bandKept;
        TopProbability = top;
    }

    /// <summary>The unit's baseline score.</summary>
    public UnitScore Score { get; }

    /// <summary>The rank with nominal weights (competition rule on the reported index, no tie-breakers).</summary>
    public int NominalRank { get; }

    /// <summary>The band with nominal weights, or <see langword="null"/>.</summary>
    public Band? NominalBand { get; }

    /// <summary>The mean rank over the runs.</summary>
    public double MeanRank { get; }

    /// <summary>The median rank (R's type-7 quantile at 0.5).</summary>
    public double MedianRank { get; }

    /// <summary>The 5th percentile rank (type 7): the best ranks the unit reaches.</summary>
    public double Percentile5Rank { get; }

    /// <summary>The 95th percentile rank (type 7).</summary>
    public double Percentile95Rank { get; }

    /// <summary>The share of runs in which the unit keeps its nominal band, or <see langword="null"/> when the set has no bands.</summary>
    public double? BandKept { get; }

    /// <summary>The share of runs in which the unit ranks in the top k (<see cref="UncertaintyOptions.Top"/>).</summary>
    public double TopProbability { get; }
}

/// <summary>Variance-based sensitivity of the mean absolute rank shift to one perturbed node's weight.</summary>
public sealed class NodeSensitivity
{
    internal NodeSensitivity(CriteriaNode node, double firstOrder, double total)
    {
        Node = node;
        FirstOrder = firstOrder;
        Total = total;
    }

    /// <summary>The perturbed node.</summary>
    public CriteriaNode Node { get; }

    /// <summary>First-order index S_i (Saltelli 2010 estimator); NaN when the output does not vary.</summary>
    public double FirstOrder { get; }

    /// <summary>Total-effect index ST_i (Jansen estimator); NaN when the output does not vary.</summary>
    public double Total { get; }
}
