using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ParIndex.Ranking;
using ParIndex.Reporting;
using ParIndex.Scenarios;
using ParIndex.Scoring;
using ParIndex.IO;

namespace ParIndex.Tests.Reference;

/// <summary>
/// Issue 10, item 3, on the reference generator's cases: a scenario that changes nothing reproduces the baseline
/// exactly, and rank uncertainty with explicit weight samples ranks each run as the reference ranks those weights.
/// </summary>
public class ScenarioInvariantTests
{
    private const int Cases = 300;

    [Fact]
    public void ReferencePropertyNoChangeScenarioReproducesTheBaselineInBothRankingModes()
    {
        CaseRunner.RunSeeds(Cases, CheckNoChangeScenario, null);
    }

    [Fact]
    public void ReferencePropertyUncertaintyWithExplicitWeightsRanksEachRunAsTheReference()
    {
        CaseRunner.RunSeeds(Cases, UncertaintyCheck.Check, null);
    }

    private static void CheckNoChangeScenario(ReferenceCase c)
    {
        WithLibrary(c, (sheet, previous) =>
        {
            var problems = new List<string>();
            foreach (var exact in new bool?[] { null, true, false })
            {
                var options = new RankingOptions { RankWithinGroups = c.GroupBy, ExactComparison = exact, Previous = previous };
                var baseline = Ranker.Rank(sheet, options);
                foreach (var rebalance in new[] { RebalanceMode.None, RebalanceMode.Proportional })
                {
                    var scenario = ScenarioEngine.Apply(sheet, new Scenario("no change", Array.Empty<ScenarioChange>(), rebalance), options).Ranking;
                    var mode = $"--compare {(exact is null ? "set" : exact.Value ? "exact" : "reported")}, rebalance {rebalance}";
                    if (scenario.ExactComparison != baseline.ExactComparison)
                    {
                        problems.Add($"{mode}: the scenario compares {(scenario.ExactComparison ? "exactly" : "as reported")}, the baseline {(baseline.ExactComparison ? "exactly" : "as reported")}");
                    }

                    CompareUnits(Json(baseline), Json(scenario), mode, problems);
                }
            }

            if (problems.Count > 0)
            {
                throw new ReferenceMismatchException(string.Join("\n", problems.Take(20)));
            }
        });
    }

    /// <summary>Every unit's figures and ranks as the JSON writer prints them.</summary>
    private static void CompareUnits(JsonDocument baseline, JsonDocument scenario, string mode, List<string> problems)
    {
        var b = baseline.RootElement.GetProperty("units").EnumerateArray().ToList();
        var s = scenario.RootElement.GetProperty("units").EnumerateArray().ToList();
        if (b.Count != s.Count)
        {
            problems.Add($"{mode}: {s.Count} units in the scenario, {b.Count} in the baseline");
            return;
        }

        for (var i = 0; i < b.Count; i++)
        {
            foreach (var property in b[i].EnumerateObject())
            {
                var other = s[i].TryGetProperty(property.Name, out var v) ? v.GetRawText() : "<missing>";
                if (other != property.Value.GetRawText())
                {
                    problems.Add($"{mode}: unit {b[i].GetProperty("id").GetString()} {property.Name}: baseline {property.Value.GetRawText()}, scenario {other}");
                }
            }
        }
    }

    private static JsonDocument Json(RankingResult ranking)
    {
        using var stream = new MemoryStream();
        ResultsJsonWriter.Write(ranking, stream);
        return JsonDocument.Parse(stream.ToArray());
    }

    internal static void WithLibrary(ReferenceCase c, Action<ScoreSheet, PreviousResults?> check)
    {
        var folder = Path.Combine(Path.GetTempPath(), "parindex-ref-" + Guid.NewGuid().ToString("N"));
        try
        {
            var paths = CaseFiles.Write(c, folder);
            var set = global::ParIndex.Criteria.CriteriaSetLoader.Load(paths.Criteria);
            var sheet = Scorer.Score(global::ParIndex.IO.AssessmentFiles.Load(set, paths.Units, paths.Appraisals, paths.Survey));
            check(sheet, paths.Previous is { } p ? PreviousResultsReader.Load(p) : null);
        }
        catch (ParIndexException ex)
        {
            var left = PendingFixes.Without(new List<string> { "the library refused the case: " + ex.Message });
            if (left.Count > 0)
            {
                throw new ReferenceMismatchException(left[0]);
            }
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
