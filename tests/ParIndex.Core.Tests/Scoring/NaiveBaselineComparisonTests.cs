using System.Collections.Generic;
using ParIndex.Assessments;
using ParIndex.Benchmarks.Shared;
using ParIndex.IO;
using ParIndex.Scoring;

namespace ParIndex.Tests.Scoring;

/// <summary>
/// The optimised scorer against the naive baseline of the benchmark project (tree walk per unit,
/// dictionaries, decimal), on thousands of generated units: the same points to the last tick.
/// </summary>
public class NaiveBaselineComparisonTests
{
    [Theory]
    [InlineData(3000, 100, 1)]
    [InlineData(1500, 200, 2)]
    [InlineData(777, 37, 3)]
    public void InMemoryInputScoresLikeTheNaiveBaseline(int units, int leaves, int seed)
    {
        var round = SyntheticRound.Generate(units, leaves, seed);
        var sheet = Scorer.Score(round.BuildInput());
        AssertSame(round, sheet);
    }

    [Theory]
    [InlineData(2000, 100, 4)]
    [InlineData(500, 60, 5)]
    public void CsvInputScoresLikeTheNaiveBaseline(int units, int leaves, int seed)
    {
        var round = SyntheticRound.Generate(units, leaves, seed);
        var builder = new AssessmentInputBuilder(round.Set);
        AssessmentFiles.ReadSelfAssessments(builder, round.SelfCsv(), "units.csv");
        AssessmentFiles.ReadAppraisalRound(builder, round.AppraisalCsv(0), "appraisal.csv", "vòng 1");
        AssessmentFiles.ReadAppraisalRound(builder, round.AppraisalCsv(1), "appraisal-round2.csv", "vòng 2");
        AssessmentFiles.ReadSurvey(builder, round.SurveyCsv(), "survey.csv");
        var sheet = Scorer.Score(builder.Build());
        AssertSame(round, sheet);
    }

    [Fact]
    public void GeneratedRoundsHaveTheAdvertisedMix()
    {
        var round = SyntheticRound.Generate(1000, 100, 7);
        int notApplicable = 0, adjusted = 0;
        foreach (var value in round.Values)
        {
            notApplicable += value.IsNotApplicable ? 1 : 0;
        }

        foreach (var r in round.Rounds)
        {
            adjusted += r.Count;
        }

        Assert.Equal(100, round.Set.Leaves.Count);
        Assert.InRange(notApplicable, 500, 5000);
        Assert.InRange(adjusted, 8000, 12000);
        Assert.Equal(round.SelfCsv(), SyntheticRound.Generate(1000, 100, 7).SelfCsv());
    }

    private static void AssertSame(SyntheticRound round, ScoreSheet sheet)
    {
        var naive = NaiveScorer.Score(round.Set, NaiveScorer.Prepare(round));
        Assert.Equal(round.UnitCount, sheet.Units.Count);
        var mismatches = new List<string>();
        for (var u = 0; u < naive.Count; u++)
        {
            var expected = naive[u];
            var actual = sheet.Units[u];
            Assert.Equal(expected.Id, actual.Id);
            Check(mismatches, expected.Id, "points", expected.Points, actual.Points);
            Check(mismatches, expected.Id, "max", expected.Max, actual.MaxPoints);
            Check(mismatches, expected.Id, "self", expected.Self, actual.SelfPoints);
            Check(mismatches, expected.Id, "survey", expected.Survey, actual.SurveyPoints);
            foreach (var area in round.Set.Areas)
            {
                Check(mismatches, expected.Id, area.Code, expected.Areas[area.Code], actual.Node(area.Code).Points);
            }
        }

        Assert.Empty(mismatches);
    }

    private static void Check(List<string> mismatches, string unit, string what, decimal expected, Points actual)
    {
        if (Points.FromDecimal(expected) != actual && mismatches.Count < 20)
        {
            mismatches.Add($"{unit} {what}: naive {expected}, scorer {actual}");
        }
    }
}
