using System.Linq;
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

    /// <summary>On a large sheet, deltas out of range in many leaves (rows not in leaf order) are reported in row order.</summary>
    [Fact]
    public void DeltasOutOfRange_OnALargeSheet_AreReportedInRowOrder()
    {
        var round = SyntheticRound.Generate(1500, 200, 8);
        var builder = new AssessmentInputBuilder(round.Set);
        AssessmentFiles.ReadSelfAssessments(builder, round.SelfCsv(), "units.csv");
        AssessmentFiles.ReadSurvey(builder, round.SurveyCsv(), "survey.csv");
        var leaves = new List<string>();
        foreach (var leaf in round.Set.Leaves)
        {
            // Not a points rule: its step could refuse the delta while the file is read, before scoring.
            if (leaf.Source == ParIndex.Criteria.ValueSource.Self && leaf.Block == ParIndex.Criteria.NodeBlock.None && leaf.Rule is not ParIndex.Criteria.PointsRule)
            {
                leaves.Add(leaf.Code);
            }
        }

        // Rows for leaves from last to first, so row order is not leaf order.
        var csv = new System.Text.StringBuilder("unit_id,code,delta,reason\n");
        var expected = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            var code = leaves[leaves.Count - 1 - (i * 3 % leaves.Count)];
            var unit = round.UnitIds[(i * 37) % round.UnitIds.Length];
            csv.Append(unit).Append(',').Append(code).Append(",+1000,x\n");
            expected.Add($"round3.csv:{i + 2}:3");
        }

        AssessmentFiles.ReadAppraisalRound(builder, csv.ToString(), "round3.csv", "vòng 3");
        var input = builder.Build();

        var problems = Assert.Throws<ParIndexException>(() => Scorer.Score(input)).Diagnostics;

        Assert.Equal(expected, problems.Select(p => p.Location!.ToString()).ToList());
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
