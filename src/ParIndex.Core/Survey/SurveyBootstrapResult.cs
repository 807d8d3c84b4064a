using System.Collections.Generic;
using ParIndex.Scoring;

namespace ParIndex.Survey;

/// <summary>The result of <see cref="SurveyBootstrap.Run"/>: per unit the rank distribution from survey sampling, alone and combined with the weights.</summary>
public sealed class SurveyBootstrapResult
{
    internal SurveyBootstrapResult(ScoreSheet sheet, SurveyBootstrapOptions options, int runs, IReadOnlyList<UnitBootstrap> units, IReadOnlyList<string> borrowed)
    {
        Sheet = sheet;
        Options = options;
        Runs = runs;
        Units = units;
        BorrowedSamples = borrowed;
    }

    /// <summary>The baseline scores.</summary>
    public ScoreSheet Sheet { get; }

    /// <summary>The settings used.</summary>
    public SurveyBootstrapOptions Options { get; }

    /// <summary>The runs made.</summary>
    public int Runs { get; }

    /// <summary>Each unit's statistics, by nominal rank (then unit id).</summary>
    public IReadOnlyList<UnitBootstrap> Units { get; }

    /// <summary>"unit / group" pairs whose sample was a single respondent, resampled from the group's answers in every unit.</summary>
    public IReadOnlyList<string> BorrowedSamples { get; }
}

/// <summary>One unit's rank (and index) distribution over the bootstrap runs.</summary>
public sealed class UnitBootstrap
{
    internal UnitBootstrap(UnitScore score, int nominalRank, RankSummary survey, decimal indexP05, decimal indexP95, RankSummary? combined)
    {
        Score = score;
        NominalRank = nominalRank;
        Survey = survey;
        IndexPercentile5 = indexP05;
        IndexPercentile95 = indexP95;
        Combined = combined;
    }

    /// <summary>The unit's baseline score.</summary>
    public UnitScore Score { get; }

    /// <summary>The rank with the observed answers and nominal weights (competition rule on the reported index).</summary>
    public int NominalRank { get; }

    /// <summary>Ranks from survey sampling alone.</summary>
    public RankSummary Survey { get; }

    /// <summary>The 5th percentile of the reported index from survey sampling alone (type 7).</summary>
    public decimal IndexPercentile5 { get; }

    /// <summary>The 95th percentile of the reported index from survey sampling alone (type 7).</summary>
    public decimal IndexPercentile95 { get; }

    /// <summary>Ranks from survey sampling combined with the weight uncertainty, or <see langword="null"/> when not requested.</summary>
    public RankSummary? Combined { get; }
}

/// <summary>Mean, median and 5th/95th percentile of a rank over the runs (percentiles as R's type 7).</summary>
public sealed class RankSummary
{
    internal RankSummary(double mean, double median, double p05, double p95)
    {
        Mean = mean;
        Median = median;
        Percentile5 = p05;
        Percentile95 = p95;
    }

    /// <summary>The mean rank.</summary>
    public double Mean { get; }

    /// <summary>The median rank.</summary>
    public double Median { get; }

    /// <summary>The 5th percentile rank: the best ranks reached.</summary>
    public double Percentile5 { get; }

    /// <summary>The 95th percentile rank.</summary>
    public double Percentile95 { get; }
}
