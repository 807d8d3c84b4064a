using System;
using System.Collections.Generic;
using System.Linq;
using ParIndex.Criteria;
using ParIndex.Ranking;
using ParIndex.Scoring;

namespace ParIndex.Scenarios;

/// <summary>A baseline ranking and one or more scenarios side by side: index and rank under each, rank shifts, movers and agreement.</summary>
public sealed class ScenarioComparison
{
    private ScenarioComparison(RankingResult baseline, IReadOnlyList<ScenarioComparisonEntry> scenarios)
    {
        Baseline = baseline;
        Scenarios = scenarios;
    }

    /// <summary>The official ranking.</summary>
    public RankingResult Baseline { get; }

    /// <summary>Each scenario compared with the baseline, in the order given.</summary>
    public IReadOnlyList<ScenarioComparisonEntry> Scenarios { get; }

    /// <summary>Applies each scenario to the baseline scores and compares its ranking with the baseline's.</summary>
    /// <param name="baseline">The scores under the criteria set as issued.</param>
    /// <param name="scenarios">The scenarios.</param>
    /// <param name="options">How to rank (baseline and scenarios alike); <see cref="RankingOptions.Default"/> when omitted.</param>
    /// <exception cref="ParIndexException">A scenario does not fit the criteria set; the problems of every scenario are listed.</exception>
    public static ScenarioComparison Compare(ScoreSheet baseline, IEnumerable<Scenario> scenarios, RankingOptions? options = null)
    {
        if (baseline is null)
        {
            throw new ArgumentNullException(nameof(baseline));
        }

        var list = (scenarios ?? throw new ArgumentNullException(nameof(scenarios))).ToArray();
        var problems = list.SelectMany(s => ScenarioEngine.Validate(baseline.CriteriaSet, s ?? throw new ArgumentException("A scenario is null.", nameof(scenarios)))).ToArray();
        if (problems.Length > 0)
        {
            throw new ParIndexException(problems);
        }

        var ranking = Ranker.Rank(baseline, options);
        var entries = list.Select(s => new ScenarioComparisonEntry(ranking, ScenarioEngine.Apply(baseline, s, options))).ToArray();
        return new ScenarioComparison(ranking, entries);
    }
}

/// <summary>One scenario compared with the baseline.</summary>
public sealed class ScenarioComparisonEntry
{
    internal ScenarioComparisonEntry(RankingResult baseline, ScenarioResult result)
    {
        Result = result;
        Units = baseline.Units.Select(b =>
        {
            var s = result.Ranking[b.Id];
            return new UnitShift(b.Score.Unit, b.Rank, s.Rank, b.Score.ReportedIndex, s.Score.ReportedIndex, b.Band, s.Band);
        }).ToArray();
        var x = Units.Select(u => (double)u.BaselineRank).ToArray();
        var y = Units.Select(u => (double)u.Rank).ToArray();
        Spearman = RankCorrelation.Spearman(x, y);
        KendallTauB = RankCorrelation.KendallTauB(x, y);
    }

    /// <summary>The scenario's criteria set, scores and ranking.</summary>
    public ScenarioResult Result { get; }

    /// <summary>The scenario.</summary>
    public Scenario Scenario => Result.Scenario;

    /// <summary>Every unit, in baseline order (best first).</summary>
    public IReadOnlyList<UnitShift> Units { get; }

    /// <summary>Spearman's rho between the baseline and scenario ranks (NaN when undefined).</summary>
    public double Spearman { get; }

    /// <summary>Kendall's tau-b between the baseline and scenario ranks (NaN when undefined).</summary>
    public double KendallTauB { get; }

    /// <summary>The units whose rank changes most, largest |shift| first, then by unit id; units that do not move are left out.</summary>
    /// <param name="count">How many to return at most.</param>
    public IReadOnlyList<UnitShift> LargestMovers(int count = 5) =>
        Units.Where(u => u.Shift != 0).OrderByDescending(u => Math.Abs(u.Shift)).ThenByDescending(u => u.Shift).ThenBy(u => u.Unit.Id, StringComparer.Ordinal).Take(Math.Max(0, count)).ToArray();
}

/// <summary>One unit's index and rank under the baseline and a scenario.</summary>
public sealed class UnitShift
{
    internal UnitShift(Assessments.UnitInfo unit, int baselineRank, int rank, decimal baselineIndex, decimal index, Band? baselineBand, Band? band)
    {
        Unit = unit;
        BaselineRank = baselineRank;
        Rank = rank;
        BaselineIndex = baselineIndex;
        Index = index;
        BaselineBand = baselineBand;
        Band = band;
    }

    /// <summary>The unit.</summary>
    public Assessments.UnitInfo Unit { get; }

    /// <summary>The rank in the baseline.</summary>
    public int BaselineRank { get; }

    /// <summary>The rank under the scenario.</summary>
    public int Rank { get; }

    /// <summary>Places gained: baseline rank − scenario rank (positive = moves up).</summary>
    public int Shift => BaselineRank - Rank;

    /// <summary>The reported index in the baseline.</summary>
    public decimal BaselineIndex { get; }

    /// <summary>The reported index under the scenario.</summary>
    public decimal Index { get; }

    /// <summary>The band in the baseline, or <see langword="null"/>.</summary>
    public Band? BaselineBand { get; }

    /// <summary>The band under the scenario, or <see langword="null"/>.</summary>
    public Band? Band { get; }
}
