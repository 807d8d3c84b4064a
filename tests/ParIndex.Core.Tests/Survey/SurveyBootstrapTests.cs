using System.Linq;
using System.Text;
using ParIndex.Assessments;
using ParIndex.IO;
using ParIndex.Scenarios;
using ParIndex.Scoring;
using ParIndex.Survey;

namespace ParIndex.Tests.Survey;

public class SurveyBootstrapTests
{
    private static (ScoreSheet Sheet, SurveyResponses Responses) Round(string responsesCsv, int units)
    {
        var set = SurveyFixtures.Set();
        var responses = SurveyResponseFiles.Parse(responsesCsv, "r.csv", SurveyFixtures.Definition());
        var survey = SurveyCalculator.Compute(responses, set);
        var builder = new AssessmentInputBuilder(set);
        AssessmentFiles.ReadSelfAssessments(builder, "unit_id,1.1\n" + string.Concat(Enumerable.Range(0, units).Select(u => $"U{u},1\n")), "units.csv");
        survey.AddTo(builder);
        return (Scorer.Score(builder.Build()), responses);
    }

    /// <summary>Units U0..U5, one citizen and one business each, with answers from all A to all D.</summary>
    private static string OneRespondentPerGroup()
    {
        var letters = new[] { "A", "B", "A", "C", "B", "D" };
        var sb = new StringBuilder("unit_id,respondent_id,group,Q1,Q2,Q3\n");
        for (var u = 0; u < 6; u++)
        {
            sb.Append($"U{u},1,dan,{letters[u]},{letters[(u + 1) % 6]},\n");
            sb.Append($"U{u},2,dn,{letters[(u + 2) % 6]},{letters[(u + 3) % 6]},{1 + (u % 5)}\n");
        }

        return sb.ToString();
    }

    [Fact]
    public void WithOneRespondentPerUnitAndGroupTheIntervalsAreWide()
    {
        var (sheet, responses) = Round(OneRespondentPerGroup(), 6);
        var result = SurveyBootstrap.Run(sheet, responses, new SurveyBootstrapOptions { Runs = 2000, Seed = 11 });
        Assert.Equal(12, result.BorrowedSamples.Count);
        foreach (var unit in result.Units)
        {
            // Six units: a single questionnaire per group says almost nothing; each unit can land nearly anywhere.
            Assert.True(unit.Survey.Percentile95 - unit.Survey.Percentile5 >= 3, $"{unit.Score.Id}: {unit.Survey.Percentile5}–{unit.Survey.Percentile95}");
            Assert.True(unit.IndexPercentile95 - unit.IndexPercentile5 >= 10, $"{unit.Score.Id}: {unit.IndexPercentile5}–{unit.IndexPercentile95}");
        }
    }

    [Fact]
    public void WithTenThousandIdenticalAnswersTheIntervalsAreZero()
    {
        var sb = new StringBuilder("unit_id,respondent_id,group,Q1,Q2,Q3\n");
        var answers = new[] { ("A", "B", "5"), ("B", "B", "4"), ("C", "A", "2") };
        for (var u = 0; u < 3; u++)
        {
            for (var r = 0; r < 10_000; r++)
            {
                var (q1, q2, q3) = answers[u];
                sb.Append(r % 2 == 0 ? $"U{u},{r},dan,{q1},{q2},\n" : $"U{u},{r},dn,{q1},{q2},{q3}\n");
            }
        }

        var (sheet, responses) = Round(sb.ToString(), 3);
        var result = SurveyBootstrap.Run(sheet, responses, new SurveyBootstrapOptions { Runs = 200, Seed = 3 });
        Assert.Empty(result.BorrowedSamples);
        foreach (var unit in result.Units)
        {
            Assert.Equal((double)unit.NominalRank, unit.Survey.Percentile5);
            Assert.Equal((double)unit.NominalRank, unit.Survey.Percentile95);
            Assert.Equal((double)unit.NominalRank, unit.Survey.Mean);
            Assert.Equal((unit.Score.ReportedIndex, unit.Score.ReportedIndex), (unit.IndexPercentile5, unit.IndexPercentile95));
        }
    }

    [Fact]
    public void TheSameSeedGivesTheSameResultWithOneTwoAndFourThreads()
    {
        var (sheet, responses) = Round(OneRespondentPerGroup(), 6);
        string Run(int threads)
        {
            var result = SurveyBootstrap.Run(sheet, responses, new SurveyBootstrapOptions { Runs = 500, Seed = 42, MaxThreads = threads, Weights = new UncertaintyOptions { Perturbation = WeightPerturbation.Noise(0.5) } });
            return string.Join("\n", result.Units.Select(u => System.FormattableString.Invariant($"{u.Score.Id} {u.NominalRank} {u.IndexPercentile5} {u.IndexPercentile95} {u.Survey.Mean:R} {u.Survey.Median} {u.Survey.Percentile5} {u.Survey.Percentile95} {u.Combined!.Mean:R} {u.Combined.Percentile5} {u.Combined.Percentile95}")));
        }

        var one = Run(1);
        Assert.Equal(one, Run(2));
        Assert.Equal(one, Run(4));
        var other = SurveyBootstrap.Run(sheet, responses, new SurveyBootstrapOptions { Runs = 500, Seed = 43, MaxThreads = 1 });
        Assert.NotEqual(one.Split('\n').Select(l => l.Split(' ')[4]), other.Units.Select(u => System.FormattableString.Invariant($"{u.Survey.Mean:R}")));
    }

    [Fact]
    public void ResamplingDrawsUniformIntegersInRange()
    {
        var rng = new Xoshiro256(1, 0, 2);
        var counts = new int[7];
        for (var i = 0; i < 70_000; i++)
        {
            counts[SurveyBootstrap.NextInt(ref rng, 7)]++;
        }

        Assert.All(counts, c => Assert.InRange(c, 9_600, 10_400));
    }
}
