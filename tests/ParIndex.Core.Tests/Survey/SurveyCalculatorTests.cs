using System.Linq;
using ParIndex.Survey;

namespace ParIndex.Tests.Survey;

public class SurveyCalculatorTests
{
    private const string Header = "unit_id,respondent_id,group,Q1,Q2,Q3\n";

    private static SurveyResult Compute(string rows, string blank = "exclude", string dontKnow = "exclude") =>
        SurveyCalculator.Compute(SurveyResponseFiles.Parse(Header + rows, "r.csv", SurveyFixtures.Definition(blank, dontKnow)), SurveyFixtures.Set());

    private static decimal Value(SurveyResult result, string unit, string code) => result.Units.Single(u => u.UnitId == unit).Values.Single(v => v.Code == code).Value;

    [Fact]
    public void PooledShareCountsEveryRespondentOnceWhateverTheGroup()
    {
        // Q1: A, B (dan) and D (dn): (100 + 60 + 0) / 3 = 53.333… → 53.33.
        var result = Compute("U,1,dan,A,A,\nU,2,dan,B,A,\nU,3,dn,D,A,5\n");
        Assert.Equal(53.33m, Value(result, "U", "2.1"));
    }

    [Fact]
    public void WeightedShareIsTheWeightedMeanOfTheGroupSharesAndQuestionsAreWeightedWithinTheirCriterion()
    {
        // Q2: dan (A, B) = 80, dn (C) = 20 → (3·80 + 1·20) / 4 = 65. Q3 (dn only): "4" = 75.
        // 2.2 = (3·65 + 1·75) / 4 = 67.5.
        var result = Compute("U,1,dan,A,A,\nU,2,dan,A,B,\nU,3,dn,A,C,4\n");
        Assert.Equal(67.5m, Value(result, "U", "2.2"));
        var q2 = result.Units[0].Questions.Single(q => q.Question.Id == "Q2");
        Assert.Equal((65m, 3, 0), (q2.Share, q2.Answers, q2.NotCounted));
    }

    [Fact]
    public void BlankAndDontKnowAreLeftOutOfTheShareByDefault()
    {
        // Q1: A, E, blank → only A counts: 100.
        var result = Compute("U,1,dan,A,A,\nU,2,dan,E,A,\nU,3,dn,,A,5\n");
        Assert.Equal(100m, Value(result, "U", "2.1"));
        var q1 = result.Units[0].Questions.Single(q => q.Question.Id == "Q1");
        Assert.Equal((1, 2), (q1.Answers, q1.NotCounted));
    }

    [Fact]
    public void BlankAndDontKnowCountAsZeroWhenTheDefinitionSaysZero()
    {
        // Q1: A, E, B → excluded: (100 + 60) / 2 = 80; "don't know" as zero: 160 / 3 = 53.33.
        Assert.Equal(80m, Value(Compute("U,1,dan,A,A,\nU,2,dan,E,A,\nU,3,dn,B,A,5\n"), "U", "2.1"));
        Assert.Equal(53.33m, Value(Compute("U,1,dan,A,A,\nU,2,dan,E,A,\nU,3,dn,B,A,5\n", dontKnow: "zero"), "U", "2.1"));

        // Q1: A, E, blank → blank as zero only: 100 / 2 = 50; both as zero: 100 / 3 = 33.33.
        Assert.Equal(50m, Value(Compute("U,1,dan,A,A,\nU,2,dan,E,A,\nU,3,dn,,A,5\n", blank: "zero"), "U", "2.1"));
        Assert.Equal(33.33m, Value(Compute("U,1,dan,A,A,\nU,2,dan,E,A,\nU,3,dn,,A,5\n", blank: "zero", dontKnow: "zero"), "U", "2.1"));
    }

    [Fact]
    public void TheValueIsRoundedOnceHalfAwayFromZero()
    {
        // Q1: one C (20 %) and 31 × D (0 %) = 20 / 32 = 0.625 exactly → 0.63 at precision 2.
        var rows = "U,1,dan,C,A,\n" + string.Concat(Enumerable.Range(2, 31).Select(i => $"U,{i},dan,D,A,\n")) + "U,99,dn,,A,5\n";
        Assert.Equal(0.63m, Value(Compute(rows), "U", "2.1"));
    }

    [Fact]
    public void AGroupWithoutAnswersToAWeightedQuestionIsLeftOutWithAWarning()
    {
        // dn's only respondent answers E to Q2: Q2 = dan's share alone (A = 100); Q3 = "1" = 0; 2.2 = (3·100 + 0) / 4 = 75.
        var result = Compute("U,1,dan,A,A,\nU,3,dn,A,E,1\n");
        Assert.Equal(75m, Value(result, "U", "2.2"));
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("r.csv:2:1: unit 'U': group 'dn' gave no counted answer to Q2; those shares use the other groups' weights only", warning.ToString());
    }

    [Fact]
    public void ACriterionWithoutAnyCountedAnswerIsAnErrorAtTheUnitsFirstRow()
    {
        var ex = Assert.Throws<ParIndexException>(() => Compute("U,1,dan,E,A,\nU,3,dn,,A,5\n"));
        Assert.Equal("r.csv:2:1: unit 'U' has no counted answer for survey criterion '2.1' (questions Q1)", Assert.Single(ex.Diagnostics).ToString());
    }

    [Fact]
    public void SampleSizesArePerUnitAndGroupInTheDefinitionsOrder()
    {
        var result = Compute("V,1,dn,A,A,5\nU,1,dan,A,A,\nU,2,Người dân,B,B,\nU,3,DN,C,C,3\n");
        Assert.Equal(new[] { "V", "U" }, result.Units.Select(u => u.UnitId));
        var u = result.Units[1];
        Assert.Equal(3, u.Respondents);
        Assert.Equal(new[] { ("dan", 2), ("dn", 1) }, u.SampleSizes.Select(s => (s.Group.Id, s.Respondents)));
    }

    [Fact]
    public void ValuesDoNotDependOnRowOrder()
    {
        var rows = new[] { "U,1,dan,A,B,", "U,2,dan,C,A,", "U,3,dn,B,D,2", "U,4,dn,E,A,4", "U,5,dan,D,,", "U,6,dn,A,C,5" };
        var forward = Compute(string.Join("\n", rows) + "\n");
        var backward = Compute(string.Join("\n", rows.Reverse()) + "\n");
        Assert.Equal(forward.Units[0].Values.Select(v => v.Value), backward.Units[0].Values.Select(v => v.Value));
    }

    [Fact]
    public void TheWorkedExampleOfDocsSurveyMdGives63Point33()
    {
        var set = ParIndex.Criteria.CriteriaSetLoader.LoadShipped();
        var definition = SurveyDefinitionLoader.LoadShipped("district-hatinh-52-2019", set);
        var csv = "unit_id,respondent_id,group,C1,C2,C3,C4,C5,C6,C7\n" +
            "U,ND001,nguoi-dan,A,A,A,A,,,\nU,ND002,nguoi-dan,A,A,A,A,,,\nU,ND003,nguoi-dan,B,A,A,A,,,\nU,ND004,nguoi-dan,E,A,A,A,,,\nU,ND005,nguoi-dan,,A,A,A,,,\n" +
            "U,DN001,doanh-nghiep,B,A,A,A,,,\nU,DN002,doanh-nghiep,C,A,A,A,,,\nU,CB001,can-bo,,,,,A,A,A\n";
        var unit = SurveyCalculator.Compute(SurveyResponseFiles.Parse(csv, "r.csv", definition), set).Units.Single();
        Assert.Equal(63.33m, unit.Values.Single(v => v.Code == "9.1.1").Value);
        var c1 = unit.Questions[0];
        Assert.Equal((63.333333m, 5, 2), (c1.Share, c1.Answers, c1.NotCounted));
        Assert.Equal(new[] { 5, 2, 1, 0 }, unit.SampleSizes.Select(s => s.Respondents));
    }
}
