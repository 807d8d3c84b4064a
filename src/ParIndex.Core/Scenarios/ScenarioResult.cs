using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using ParIndex.Assessments;
using ParIndex.Criteria;
using ParIndex.Ranking;
using ParIndex.Scoring;

namespace ParIndex.Scenarios;
/// <summary>The outcome of one scenario: its criteria set, scores and ranking.</summary>
public sealed class ScenarioResult
{
    internal ScenarioResult(Scenario scenario, CriteriaSet set, ScoreSheet sheet, RankingResult ranking)
    {
        Scenario = scenario;
        CriteriaSet = set;
        Sheet = sheet;
        Ranking = ranking;
    }

    /// <summary>The scenario applied.</summary>
    public Scenario Scenario { get; }

    /// <summary>The criteria set as the scenario changes it (new maxima, bands, tie-breakers; dropped nodes have max 0).</summary>
    public CriteriaSet CriteriaSet { get; }

    /// <summary>The rescaled scores.</summary>
    public ScoreSheet Sheet { get; }

    /// <summary>The ranking under the scenario, by the same rules as the official ranking.</summary>
    public RankingResult Ranking { get; }
}
