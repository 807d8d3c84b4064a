using System.Collections.Generic;
using System.Linq;
using System.Text;
using ParIndex.Assessments;
using ParIndex.Criteria;
using ParIndex.IO;
using ParIndex.Ranking;
using ParIndex.Scoring;
using ParIndex.Survey;

namespace ParIndex.Tests.Survey;

/// <summary>docs/survey.md: every bootstrap run is ranked as the official ranking is (the set's rule and tie-breakers); the nominal rank is the official rank.</summary>
public class SurveyBootstrapRankingRuleTests
{
    /// <summary>The fixture set with <paramref name="settings"/> added and criterion 1.1 scored as points (0–60).</summary>
    private static CriteriaSet Set(string settings) =>
        CriteriaSetLoader.Parse(SurveyFixtures.SetYaml.Replace("max: 100\n", "max: 100\n" + settings).Replace("rule: yes_no", "rule: { kind: points }"), "tiny.yaml");

    /// <summary>Units with the given self points on 1.1 and 1,000 identical questionnaires each (every resample gives the observed values back).</summary>
    private static (ScoreSheet Sheet, SurveyResponses Responses) Round(CriteriaSet set, params (string Id, decimal Self)[] units)
    {
        var definition = SurveyDefinitionLoader.Parse(SurveyFixtures.DefinitionYaml.Replace("BLANK", "exclude").Replace("DONTKNOW", "exclude"), "tiny-survey.yaml", set);
        var csv = new StringBuilder("unit_id,respondent_id,group,Q1,Q2,Q3\n");
        foreach (var (id, _) in units)
        {
            for (var r = 0; r < 1_000; r++)
            {
                csv.Append(r % 2 == 0 ? $"{id},{r},dan,A,B,\n" : $"{id},{r},dn,B,A,4\n");
            }
        }

        var responses = SurveyResponseFiles.Parse(csv.ToString(), "r.csv", definition);
        var builder = new AssessmentInputBuilder(set);
        AssessmentFiles.ReadSelfAssessments(builder, "unit_id,1.1\n" + string.Concat(units.Select(u => $"{u.Id},{u.Self}\n")), "units.csv");
        SurveyCalculator.Compute(responses, set).AddTo(builder);
        return (Scorer.Score(builder.Build()), responses);
    }

    private static Dictionary<string, int> OfficialRanks(ScoreSheet sheet) =>
        Ranker.Rank(sheet, new RankingOptions { RankWithinGroups = false }).Units.ToDictionary(u => u.Id, u => u.Rank);

    private static void AssertEveryRunIsTheOfficialRanking(ScoreSheet sheet, SurveyResponses responses, Dictionary<string, int> expected)
    {
        Assert.Equal(expected, OfficialRanks(sheet));
        var result = SurveyBootstrap.Run(sheet, responses, new SurveyBootstrapOptions { Runs = 50, Seed = 5 });
        Assert.Equal(expected, result.Units.ToDictionary(u => u.Score.Id, u => u.NominalRank));
        Assert.All(result.Units, u => Assert.Equal((expected[u.Score.Id], expected[u.Score.Id]), (u.Survey.Percentile5, u.Survey.Percentile95)));
    }

    [Fact]
    public void TieBreakersSplitUnitsWithTheSameReportedIndex_InTheNominalRankAndInEveryRun()
    {
        var (sheet, responses) = Round(Set("tie_breakers: [unit_id]\n"), ("U2", 50m), ("U1", 50m), ("U0", 50m));
        AssertEveryRunIsTheOfficialRanking(sheet, responses, new Dictionary<string, int> { ["U0"] = 1, ["U1"] = 2, ["U2"] = 3 });
    }

    [Fact]
    public void UnderRankingExactUnitsPrintedAlikeAreRankedByTheirExactIndices()
    {
        // precision 0: both indices print as the same whole number; ranking: exact tells 0.1 point apart.
        var (sheet, responses) = Round(Set("precision: 0\nranking: exact\n"), ("A", 50.0m), ("B", 50.1m));
        Assert.Equal(sheet.Units[0].ReportedIndex, sheet.Units[1].ReportedIndex);
        AssertEveryRunIsTheOfficialRanking(sheet, responses, new Dictionary<string, int> { ["A"] = 2, ["B"] = 1 });
    }

    [Fact]
    public void WithoutTieBreakersUnitsWithTheSameReportedIndexShareTheBestRank()
    {
        var (sheet, responses) = Round(Set("precision: 0\n"), ("A", 50.0m), ("B", 50.1m), ("C", 40m));
        AssertEveryRunIsTheOfficialRanking(sheet, responses, new Dictionary<string, int> { ["A"] = 1, ["B"] = 1, ["C"] = 3 });
    }

    [Theory]
    [InlineData(10_000, 2, 1)] // U1's survey points 0.01 higher in the run: it ranks first
    [InlineData(4_999, 1, 1)]  // 0.004999 higher: printed alike at precision 2, so still tied
    [InlineData(-10_000, 1, 2)]
    public void TheSurveyTieBreakerComparesTheRunsOwnSurveyPoints_AsPrinted(long u1Delta, int expectedU0, int expectedU1)
    {
        var (sheet, _) = Round(Set("tie_breakers: [survey]\n"), ("U0", 50m), ("U1", 50m));
        var compiled = sheet.CriteriaSet.Compiled;
        var leafNodes = new[] { "2.1", "2.2" }.Select(code => compiled.TryGetNode(code, out var n) ? n : -1).ToArray();
        var ranking = new BootstrapRunRanking(sheet, leafNodes);
        var values = new long[2 * ranking.TieBreakerCount];
        ranking.SetValues(0, new long[] { 0, 0 }, values);
        ranking.SetValues(1, new long[] { u1Delta, 0 }, values);
        var ranks = new int[2];
        ranking.Rank(new long[] { 9000, 9000 }, null, new long[] { 100_000_000, 100_000_000 }, values, new int[2], ranks);
        Assert.Equal(new[] { expectedU0, expectedU1 }, ranks);
    }

    [Fact]
    public void ANodeTieBreakerMovesOnlyWithTheSurveyCriteriaBelowThatNode()
    {
        var (sheet, _) = Round(Set("tie_breakers: [\"node:1\", \"node:2.2\"]\n"), ("U0", 50m), ("U1", 50m));
        var compiled = sheet.CriteriaSet.Compiled;
        var leafNodes = new[] { "2.1", "2.2" }.Select(code => compiled.TryGetNode(code, out var n) ? n : -1).ToArray();
        var ranking = new BootstrapRunRanking(sheet, leafNodes);
        var values = new long[2 * ranking.TieBreakerCount];
        var ranks = new int[2];

        // A change in 2.1 moves neither area 1 nor criterion 2.2: still tied.
        ranking.SetValues(0, new long[] { 0, 0 }, values);
        ranking.SetValues(1, new long[] { 50_000, 0 }, values);
        ranking.Rank(new long[] { 9000, 9000 }, null, new long[] { 100_000_000, 100_000_000 }, values, new int[2], ranks);
        Assert.Equal(new[] { 1, 1 }, ranks);

        // A change in 2.2 does.
        ranking.SetValues(1, new long[] { 0, -50_000 }, values);
        ranking.Rank(new long[] { 9000, 9000 }, null, new long[] { 100_000_000, 100_000_000 }, values, new int[2], ranks);
        Assert.Equal(new[] { 1, 2 }, ranks);
    }
}
