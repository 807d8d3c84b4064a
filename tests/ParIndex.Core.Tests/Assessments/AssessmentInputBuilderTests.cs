using System;
using System.Linq;
using ParIndex.Assessments;
using ParIndex.Scoring;
using static ParIndex.Tests.ScoringFixture;

namespace ParIndex.Tests.Assessments;

/// <summary>The in-memory API a government app uses instead of files: every problem is collected and thrown together by Build.</summary>
public class AssessmentInputBuilderTests
{
    private static string[] Problems(Action<AssessmentInputBuilder> fill)
    {
        var builder = new AssessmentInputBuilder(Set);
        fill(builder);
        var ex = Assert.Throws<ParIndexException>(() => builder.Build());
        return ex.Diagnostics.Select(d => d.ToString()).ToArray();
    }

    [Fact]
    public void TypedValues_ScoreLikeTheSameValuesTypedAsText()
    {
        var typed = new AssessmentInputBuilder(Set);
        typed.AddUnit(new UnitInfo("U1", "Đơn vị 1"));
        typed.SetSelf("U1", "1.1", AssessmentValue.Option("Kịp thời"));
        typed.SetSelf("U1", "1.2", AssessmentValue.Number(95.5m));
        typed.SetSelf("U1", "1.3", AssessmentValue.NotApplicable);
        typed.SetSelf("U1", "1.4", AssessmentValue.Number(87.5m));
        typed.SetSelf("U1", "1.5", AssessmentValue.Number(2.75m));
        typed.SetSelf("U1", "2.1", AssessmentValue.Yes);
        typed.SetSelf("U1", "2.2.1", AssessmentValue.Number(1.5m));
        typed.SetSelf("U1", "2.2.2", AssessmentValue.No);
        foreach (var code in new[] { "D.1", "D.2", "B.1", "B.2" })
        {
            typed.SetSelf("U1", code, AssessmentValue.Number(0));
        }

        typed.SetSurvey("U1", "3.1", AssessmentValue.Number(80));
        typed.SetSurvey("U1", "3.2", AssessmentValue.Number(90));
        var fromText = One("80", "90", ("1.2", "95,5 %"), ("1.3", "không phát sinh"), ("1.4", "87,5"), ("1.5", "2.75"), ("2.2.1", "1,5"), ("2.2.2", "không"));

        var score = Scorer.Score(typed.Build())["U1"];
        Assert.Equal(fromText.Points, score.Points);
        Assert.Equal(fromText.MaxPoints, score.MaxPoints);
        Assert.Equal("16.875", score.Points.ToString()); // 9.375 + 2.5 + survey 3.2 + 1.8
    }

    [Fact]
    public void Adjustment_CarriesTheUnitIdAndCriterionCodeAsStored()
    {
        var builder = new AssessmentInputBuilder(Set);
        AddUnit(builder, "U1");
        AddUnit(builder, "U2");
        builder.AddAppraisalRound("vòng 1")
            .SetPoints(" U2 ", " 1.5 ", 2m, "chưa đủ")
            .AddPoints("U1", "1.4", -0.5m, "tính lại");

        var adjustments = builder.Build().AppraisalRounds.Single().Adjustments;

        Assert.Equal("U2 1.5 Points 2 chưa đủ | U1 1.4 Delta -0.5 tính lại", string.Join(" | ", adjustments.Select(a => $"{a.UnitId} {a.Code} {a.Kind} {a.DisplayValue} {a.Reason}")));
    }

    [Fact]
    public void UnknownUnitAndUnknownCriterion_AreReported()
    {
        var problems = Problems(b =>
        {
            AddUnit(b, "U1");
            b.SetSelf("U9", "1.1", AssessmentValue.Option("Kịp thời"));
            b.SetSelf("U1", "9.9", AssessmentValue.Yes);
            b.SetSelf("U1", "2.2", AssessmentValue.Yes);
        });
        Assert.Equal(new[] { "unknown unit 'U9': it is not among the self-assessed units; did you mean 'U1'?", "unknown criterion '9.9' (not in criteria set 'test-set')", "'2.2' is not a leaf criterion; give values for its sub-criteria" }, problems);
    }

    [Fact]
    public void DuplicateUnitId_IsReportedWithTheFirstLine()
    {
        var problems = Problems(b =>
        {
            b.AddUnit(new UnitInfo("U1", "A"), new SourceLocation("units.csv", 2, 1));
            b.AddUnit(new UnitInfo("U1", "B"), new SourceLocation("units.csv", 5, 1));
        });
        Assert.Equal("units.csv:5:1: duplicate unit id 'U1'; first at line 2", problems[0]);
    }

    [Fact]
    public void SurveyCriterionGivenAsSelfAssessment_IsRefused()
    {
        var problems = Problems(b =>
        {
            AddUnit(b, "U1");
            b.SetSelf("U1", "3.1", AssessmentValue.Number(90));
        });
        Assert.Equal(new[] { "'3.1' is assessed by the survey and cannot be self-scored; give it in the survey results" }, problems);
    }

    [Fact]
    public void MissingValueOfALeafThatForbidsNotApplicable_NamesUnitAndCode_WhileAllowedLeavesBecomeNotApplicable()
    {
        var problems = Problems(b =>
        {
            b.AddUnit(new UnitInfo("U1", "Đơn vị 1"), new SourceLocation("units.csv", 2, 1));
            foreach (var (code, value) in Full.Where(f => f.Code != "1.1" && !f.Code.StartsWith("2", StringComparison.Ordinal)))
            {
                b.SetSelf("U1", code, AssessmentValue.Raw(value));
            }

            b.SetSurvey("U1", "3.1", AssessmentValue.Number(100));
            b.SetSurvey("U1", "3.2", AssessmentValue.Number(100));
        });

        // 1.1 forbids "not applicable"; area 2 allows it (exclude), so its leaves are simply left out.
        Assert.Equal(new[] { "units.csv:2:1: unit 'U1' has no value for '1.1'" }, problems);
    }

    [Fact]
    public void ValueTheRuleCannotRead_IsReportedOnceWithTheUnit()
    {
        var problems = Problems(b =>
        {
            AddUnit(b, "U1", overrides: ("1.1", "Đúng hạn"));
            b.SetSelf("U1", "1.5", AssessmentValue.Number(3.1m), location: new SourceLocation("u.csv", 2, 8));
        });
        Assert.Equal(
            new[]
            {
                "unit 'U1': 'Đúng hạn' is not an option of '1.1'; options: Kịp thời | Không kịp thời | Không ban hành",
                "u.csv:2:8: unit 'U1': 3.1 points is outside 0–3 for '1.5'",
            },
            problems);
    }

    [Fact]
    public void NoUnits_IsAProblem()
    {
        Assert.Equal(new[] { "there are no units to score" }, Problems(_ => { }));
    }

    [Fact]
    public void Build_CanBeCalledOnce()
    {
        var builder = new AssessmentInputBuilder(Set);
        AddUnit(builder, "U1");
        builder.Build();
        Assert.Throws<InvalidOperationException>(() => builder.Build());
    }
}
