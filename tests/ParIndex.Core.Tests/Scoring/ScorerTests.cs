using System.Globalization;
using System.Linq;
using ParIndex.Assessments;
using ParIndex.Criteria;
using ParIndex.Ranking;
using ParIndex.Scoring;
using static ParIndex.Tests.ScoringFixture;

namespace ParIndex.Tests.Scoring;

/// <summary>Hand-computed cases on <see cref="ScoringFixture"/> (max 20: area 1 = 10, area 2 = 4, survey area 3 = 6).</summary>
public class ScorerTests
{
    private static string Totals(UnitScore u) =>
        $"self={u.SelfPoints} points={u.Points} survey={u.SurveyPoints} max={u.MaxPoints} index={Show(u.Index)} reported={Show(u.ReportedIndex)}";

    private static string NodeText(UnitScore u, string code)
    {
        var n = u.Node(code);
        return $"{code}: {n.Points}/{n.MaxPoints} self={n.SelfPoints} index={Show(n.Index)}";
    }

    private static string Areas(UnitScore u) =>
        string.Join(" | ", u.Areas.Select(a => $"{a.Node.Code} {a.Points}/{a.MaxPoints} {Show(a.ReportedIndex)}"));

    [Fact]
    public void FullMarks_ScoreTheMaximum_AndBlocksHaveNoIndex()
    {
        var u = One();
        Assert.Equal("self=14 points=20 survey=6 max=20 index=100 reported=100", Totals(u));
        Assert.Equal("1 10/10 100 | 2 4/4 100 | 3 6/6 100 | D 0/0 null | B 0/0 null", Areas(u));
    }

    [Fact]
    public void Choice_MatchesOptionIgnoringCaseAndSpaces()
    {
        var u = One(("1.1", "  không KỊP   thời "));
        Assert.Equal("1.1: 0.5/1 self=0.5 index=50", NodeText(u, "1.1"));
        Assert.Equal("self=13.5 points=19.5 survey=6 max=20 index=97.5 reported=97.5", Totals(u));
        Assert.Equal("1: 9.5/10 self=9.5 index=95", NodeText(u, "1"));
    }

    [Theory]
    [InlineData("100", "2")]
    [InlineData("90.000001", "2")]
    [InlineData("90", "1")]
    [InlineData("70", "1")]
    [InlineData("69.999999", "0")]
    [InlineData("95%", "2")]
    [InlineData("95,5 %", "2")]
    [InlineData("0", "0")]
    public void Tiers_BoundsAreExact(string value, string points)
    {
        Assert.Equal(points, One(("1.2", value)).Node("1.2").Points.ToString());
    }

    [Theory]
    [InlineData("1", "1")]
    [InlineData("có", "1")]
    [InlineData("x", "1")]
    [InlineData("Yes", "1")]
    [InlineData("0", "0")]
    [InlineData("không", "0")]
    [InlineData("no", "0")]
    [InlineData("", "0")]
    public void YesNo_AcceptsEverySpelling(string value, string points)
    {
        Assert.Equal(points, One(("2.1", value)).Node("2.1").Points.ToString());
    }

    [Fact]
    public void Ratio_IsMaxTimesValueOverTarget()
    {
        var u = One(("1.4", "82,5"));
        Assert.Equal("1.4: 2.475/3 self=2.475 index=82.5", NodeText(u, "1.4"));
        Assert.Equal("self=13.475 points=19.475 survey=6 max=20 index=97.375 reported=97.38", Totals(u));
        Assert.Equal("1: 9.475/10 self=9.475 index=94.75", NodeText(u, "1"));
    }

    [Fact]
    public void Ratio_RoundsHalfAwayFromZeroAtTheSixthDecimal()
    {
        // 3 × 12.34555 / 100 = 0.3703665: away from zero 0.370367 (half-even would give 0.370366).
        Assert.Equal("0.370367", One(("1.4", "12.34555")).Node("1.4").Points.ToString());
    }

    [Fact]
    public void Points_AcceptsDecimalComma()
    {
        var u = One(("1.5", "2,75"));
        Assert.Equal("1.5: 2.75/3 self=2.75 index=91.66666666666666666666666667", NodeText(u, "1.5"));
        Assert.Equal("91.67", Show(u.Node("1.5").ReportedIndex));
    }

    [Theory]
    [InlineData("11.725", "16.469", "82.345", "82.35", "16.47")] // half-even would give 82.34 and 16.47
    [InlineData("11.675", "16.467", "82.335", "82.34", "16.47")]
    [InlineData("11.625", "16.465", "82.325", "82.33", "16.47")] // half-even would give 82.32 and 16.46
    public void Reporting_RoundsOnceHalfAwayFromZero(string survey31, string points, string index, string reported, string reportedPoints)
    {
        var u = One(survey31, "100");
        Assert.Equal(points, u.Points.ToString());
        Assert.Equal(index, Show(u.Index));
        Assert.Equal(reported, Show(u.ReportedIndex));
        Assert.Equal(reportedPoints, u.Points.Round(2).ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void NotApplicable_Full_AwardsFullPointsAndKeepsTheMaximum()
    {
        var u = One(("1.3", "không phát sinh"));
        Assert.Equal("1.3: 1/1 self=1 index=100", NodeText(u, "1.3"));
        Assert.Equal("self=14 points=20 survey=6 max=20 index=100 reported=100", Totals(u));
        Assert.True(u.Scorecard().Leaves.Single(l => l.Leaf.Code == "1.3").SelfNotApplicable);
    }

    [Fact]
    public void NotApplicable_Exclude_RemovesTheLeafFromTheMaximum()
    {
        var u = One(("2.2.1", "NA"), ("2.2.2", "0"));
        Assert.Equal("2.2: 0/1 self=0 index=0", NodeText(u, "2.2"));
        Assert.Equal("2: 1/2 self=1 index=50", NodeText(u, "2"));
        Assert.Equal("self=11 points=17 survey=6 max=18 index=94.44444444444444444444444444 reported=94.44", Totals(u));
    }

    [Fact]
    public void NotApplicable_Exclude_WholeArea_HasNoIndex()
    {
        var u = One(("2.1", "NA"), ("2.2.1", "KPS"), ("2.2.2", "không phát sinh"));
        Assert.Equal("2: 0/0 self=0 index=null", NodeText(u, "2"));
        Assert.Equal("2.2: 0/0 self=0 index=null", NodeText(u, "2.2"));
        Assert.Equal("self=10 points=16 survey=6 max=16 index=100 reported=100", Totals(u));
        Assert.Equal("1 10/10 100 | 2 0/0 null | 3 6/6 100 | D 0/0 null | B 0/0 null", Areas(u));
    }

    [Fact]
    public void NotApplicable_Forbidden_IsAnError()
    {
        var ex = Assert.Throws<ParIndexException>(() => One(("1.1", "NA")));
        Assert.Equal("unit 'U1': '1.1' does not allow 'not applicable' (không phát sinh)", Assert.Single(ex.Diagnostics).ToString());
    }

    [Fact]
    public void Deductions_WithinTheCap_AreSubtracted()
    {
        var u = One(("D.1", "2"), ("D.2", "3"));
        Assert.Equal("D: -1.75/0 self=-1.75 index=null", NodeText(u, "D"));
        Assert.Equal("self=12.25 points=18.25 survey=6 max=20 index=91.25 reported=91.25", Totals(u));
    }

    [Fact]
    public void Deductions_OverTheirCaps_AreCappedPerLeafAndPerBlock()
    {
        // D.1: 5 × 0.5 = 2.5 → leaf cap 1.5; D.2: 4 × 0.25 = 1; block: 2.5 → cap 2.
        var u = One(("D.1", "5"), ("D.2", "4"));
        Assert.Equal("D.1: -1.5/0 self=-1.5 index=null", NodeText(u, "D.1"));
        Assert.Equal("D.2: -1/0 self=-1 index=null", NodeText(u, "D.2"));
        Assert.Equal("D: -2/0 self=-2 index=null", NodeText(u, "D"));
        Assert.Equal("self=12 points=18 survey=6 max=20 index=90 reported=90", Totals(u));
    }

    [Fact]
    public void Bonus_OverItsCap_IsCapped_AndAddsNothingToTheMaximum()
    {
        // B.1: 4 × 0.25 = 1 → leaf cap 0.75; B.2: 0.5; block: 1.25 → cap 1.
        var u = One(("1.5", "1"), ("B.1", "4"), ("B.2", "có"));
        Assert.Equal("B: 1/0 self=1 index=null", NodeText(u, "B"));
        Assert.Equal("self=13 points=19 survey=6 max=20 index=95 reported=95", Totals(u));
    }

    [Fact]
    public void Survey_IsRatioOfEachSurveyLeaf()
    {
        var u = One("87.5", "62,5 %");
        Assert.Equal("3.1: 3.5/4 self=0 index=87.5", NodeText(u, "3.1"));
        Assert.Equal("3.2: 1.25/2 self=0 index=62.5", NodeText(u, "3.2"));
        Assert.Equal("3: 4.75/6 self=0 index=79.166666666666666666666666667", NodeText(u, "3"));
        Assert.Equal("self=14 points=18.75 survey=4.75 max=20 index=93.75 reported=93.75", Totals(u));
    }

    [Fact]
    public void TwoAppraisalRounds_AreAppliedInOrder_AndTheLaterWins()
    {
        var builder = new AssessmentInputBuilder(Set);
        AddUnit(builder, "U1");
        builder.AddAppraisalRound("vòng 1")
            .ReplaceValue("U1", "1.2", AssessmentValue.Raw("80"), "thiếu tài liệu")
            .SetPoints("U1", "1.5", 2m, "kiểm tra chưa đủ")
            .AddPoints("U1", "1.4", -0.5m, "tính lại tỷ lệ")
            .ReplaceValue("U1", "2.1", AssessmentValue.No, "không có báo cáo");
        builder.AddAppraisalRound("vòng 2")
            .ReplaceValue("U1", "1.2", AssessmentValue.Number(60), "sau giải trình")
            .AddPoints("U1", "1.5", 0.25m, "bổ sung tài liệu")
            .AddPoints("U1", "1.4", -0.5m, "tính lại lần hai")
            .ReplaceValue("U1", "D.1", AssessmentValue.Raw("3"), "ba văn bản bị hủy");
        var u = Scorer.Score(builder.Build())["U1"];

        // Area 1: 1 + 0 + 1 + 2 + 2.25 = 6.25; area 2: 0 + 2 + 1 = 3; survey 6; D.1: -1.5.
        Assert.Equal("1: 6.25/10 self=10 index=62.5", NodeText(u, "1"));
        Assert.Equal("self=14 points=13.75 survey=6 max=20 index=68.75 reported=68.75", Totals(u));
        var leaf = u.Scorecard().Leaves.Single(l => l.Leaf.Code == "1.2");
        Assert.Equal(
            "100 2 | vòng 1 Value 80 thiếu tài liệu → 1 | vòng 2 Value 60 sau giải trình → 0 | 0 lost 2",
            $"{leaf.SelfValue} {leaf.SelfPoints} | " + string.Join(" | ", leaf.Appraisals.Select(a => $"{a.Round} {a.Adjustment.Kind} {a.Adjustment.DisplayValue} {a.Adjustment.Reason} → {a.PointsAfter}")) + $" | {leaf.Points} lost {leaf.Lost}");
        Assert.Equal("Points 2 → 2 | Delta +0.25 → 2.25", string.Join(" | ", u.Scorecard().Leaves.Single(l => l.Leaf.Code == "1.5").Appraisals.Select(a => $"{a.Adjustment.Kind} {a.Adjustment.DisplayValue} → {a.PointsAfter}")));
        Assert.Equal("1.2 2 | D.1 1.5 | 1.4 1 | 2.1 1 | 1.5 0.75", string.Join(" | ", u.Scorecard().LargestLosses.Select(l => $"{l.Node.Code} {l.Lost}")));
    }

    [Fact]
    public void LargestLosses_ListADeductionBlockOverItsCapOnce_WithTheDeductionActuallyApplied()
    {
        // D.1: 3 × 0.5 = 1.5 and D.2: 4 × 0.25 = 1 deduct 2.5 together; the block deducts at most 2.
        var scorecard = One(("D.1", "3"), ("D.2", "4")).Scorecard();
        Assert.Equal("D -2 lost 2 before cap 2.5", string.Join(" | ", scorecard.CappedBlocks.Select(b => $"{b.Node.Code} {b.Points} lost {b.Lost} before cap {b.DeductedBeforeCap}")));
        Assert.Equal("D 2", string.Join(" | ", scorecard.LargestLosses.Select(l => $"{l.Node.Code} {l.Lost}")));
    }

    [Fact]
    public void AppraisalDelta_OutOfRange_IsAnErrorWithItsLocation()
    {
        var builder = new AssessmentInputBuilder(Set);
        AddUnit(builder, "U1");
        builder.AddAppraisalRound("vòng 1").AddPoints("U1", "1.3", 0.5m, "thêm điểm", new SourceLocation("round1.csv", 2, 5));
        var ex = Assert.Throws<ParIndexException>(() => Scorer.Score(builder.Build()));
        Assert.Equal("round1.csv:2:5: unit 'U1': delta +0.5 takes '1.3' from 1 to 1.5, outside 0–1", Assert.Single(ex.Diagnostics).ToString());
    }

    [Fact]
    public void AppraisalDelta_OnAnExcludedLeaf_IsAnError()
    {
        var builder = new AssessmentInputBuilder(Set);
        AddUnit(builder, "U1", overrides: ("2.1", "NA"));
        builder.AddAppraisalRound("vòng 1").AddPoints("U1", "2.1", -0.5m, "trừ");
        var ex = Assert.Throws<ParIndexException>(() => Scorer.Score(builder.Build()));
        Assert.Equal("unit 'U1': '2.1' is not applicable for this unit, so a delta cannot be applied; give a value or points instead", Assert.Single(ex.Diagnostics).ToString());
    }

    [Fact]
    public void AppraisalDelta_OnACriterionWorthZeroPoints_IsCheckedAgainstItsRange_NotCalledNotApplicable()
    {
        var set = CriteriaSetLoader.Parse("format: 1\nid: z\nname: Z\nlevel: district\nmax: 10\nareas:\n  - { code: \"1\", name: A, max: 10, rule: { kind: points } }\n  - { code: \"2\", name: B, max: 0, rule: { kind: points } }\n", "z.yaml");
        Scorecard(0m);
        var ex = Assert.Throws<ParIndexException>(() => Scorecard(1m));
        Assert.Equal("round1.csv:2:3: unit 'U1': delta +1 takes '2' from 0 to 1, outside 0–0", Assert.Single(ex.Diagnostics).ToString());

        void Scorecard(decimal delta)
        {
            var builder = new AssessmentInputBuilder(set);
            builder.AddUnit(new UnitInfo("U1", "U1", null));
            builder.SetSelf("U1", "1", AssessmentValue.Number(5m));
            builder.SetSelf("U1", "2", AssessmentValue.Number(0m));
            builder.AddAppraisalRound("vòng 1").AddPoints("U1", "2", delta, "x", new SourceLocation("round1.csv", 2, 3));
            var unit = Scorer.Score(builder.Build()).Units[0];
            Assert.Equal((5m, 10m), (unit.Points.ToDecimal(), unit.MaxPoints.ToDecimal()));
        }
    }

    [Fact]
    public void AppraisalValue_BringsAnExcludedLeafBackIntoTheMaximum()
    {
        var builder = new AssessmentInputBuilder(Set);
        AddUnit(builder, "U1", overrides: ("2.2.1", "NA"));
        builder.AddAppraisalRound("vòng 1").ReplaceValue("U1", "2.2.1", AssessmentValue.Number(1), "có văn bản phải kiểm tra");
        var u = Scorer.Score(builder.Build())["U1"];
        Assert.Equal("self=12 points=19 survey=6 max=20 index=95 reported=95", Totals(u));
    }

    [Fact]
    public void AppraisalPoints_InADeductionBlock_AreNegative()
    {
        var builder = new AssessmentInputBuilder(Set);
        AddUnit(builder, "U1", overrides: ("D.2", "1"));
        builder.AddAppraisalRound("vòng 1").SetPoints("U1", "D.2", -0.75m, "ba lần chậm báo cáo");
        var u = Scorer.Score(builder.Build())["U1"];
        Assert.Equal("D.2: -0.75/0 self=-0.25 index=null", NodeText(u, "D.2"));
        Assert.Equal("self=13.75 points=19.25 survey=6 max=20 index=96.25 reported=96.25", Totals(u));
    }

    [Fact]
    public void UnitsWithTheSamePoints_TieExactly_WhateverTheOrderTheirValuesWereAdded()
    {
        var builder = new AssessmentInputBuilder(Set);
        AddUnit(builder, "A", "91.3", "77.7", ("1.4", "33.3"), ("1.5", "2.25"));
        builder.AddUnit(new UnitInfo("B", "Đơn vị B"));
        var values = Full.Select(f => f.Code == "1.4" ? ("1.4", "33,3") : f.Code == "1.5" ? ("1.5", "2.25") : f).Reverse().ToArray();
        foreach (var (code, value) in values)
        {
            builder.SetSelf("B", code, AssessmentValue.Raw(value));
        }

        builder.SetSurvey("B", "3.2", AssessmentValue.Number(77.7m));
        builder.SetSurvey("B", "3.1", AssessmentValue.Raw("91.3%"));
        AddUnit(builder, "C", "91.3", "77.6", ("1.4", "33.3"), ("1.5", "2.25"));
        var sheet = Scorer.Score(builder.Build());
        Assert.Equal(sheet["A"].Points, sheet["B"].Points);
        Assert.Equal(sheet["A"].Index, sheet["B"].Index);
        Assert.Equal("A 1 | B 1 | C 3", string.Join(" | ", Ranker.Rank(sheet).Units.Select(r => $"{r.Id} {r.Rank}")));
    }

    [Fact]
    public void OverScoringPenalty_IsDeductedWhenSelfExceedsAppraisedByTheThreshold()
    {
        var set = CriteriaSetLoader.Parse(Yaml.Replace("precision: 2\n", "precision: 2\nover_scoring_penalty: { threshold: 1, deduct: 0.5 }\n"), "penalty.yaml");
        var builder = new AssessmentInputBuilder(set);
        foreach (var id in new[] { "OVER", "UNDER" })
        {
            builder.AddUnit(new UnitInfo(id, id));
            foreach (var (code, value) in Full)
            {
                builder.SetSelf(id, code, AssessmentValue.Raw(value));
            }

            builder.SetSurvey(id, "3.1", AssessmentValue.Number(100));
            builder.SetSurvey(id, "3.2", AssessmentValue.Number(100));
        }

        builder.AddAppraisalRound("vòng 1").SetPoints("OVER", "1.5", 2, "thiếu tài liệu").SetPoints("UNDER", "1.5", 2.25m, "thiếu tài liệu");
        var sheet = Scorer.Score(builder.Build());
        Assert.Equal("points=18.5 penalty=0.5 appraised=13", $"points={sheet["OVER"].Points} penalty={sheet["OVER"].OverScoringPenalty} appraised={sheet["OVER"].AppraisedPoints}");
        Assert.Equal("points=19.25 penalty=0 appraised=13.25", $"points={sheet["UNDER"].Points} penalty={sheet["UNDER"].OverScoringPenalty} appraised={sheet["UNDER"].AppraisedPoints}");
    }

    [Fact]
    public void UnitWithEveryCriterionNotApplicable_IsAnError()
    {
        var set = CriteriaSetLoader.Parse("""
            format: 1
            id: na-only
            name: "NA"
            level: commune
            max: 1
            areas:
              - { code: "1", name: "A", max: 1, not_applicable: exclude, rule: yes_no }
            """, "na.yaml");
        var builder = new AssessmentInputBuilder(set);
        builder.AddUnit(new UnitInfo("X", "X"));
        builder.SetSelf("X", "1", AssessmentValue.NotApplicable);
        var ex = Assert.Throws<ParIndexException>(() => Scorer.Score(builder.Build()));
        Assert.Equal("unit 'X' has no applicable criteria: every criterion is marked not applicable", Assert.Single(ex.Diagnostics).ToString());
    }

    [Fact]
    public void Results_DoNotDependOnCulture()
    {
        var results = UnderEachCulture(() =>
        {
            var u = One("87,5", "62.5", ("1.4", "82,5"), ("1.2", "95,5 %"), ("1.1", "KHÔNG KỊP THỜI"), ("2.1", "không"));
            return Totals(u) + " " + Areas(u);
        });
        Assert.Equal(4, results.Count);
        Assert.All(results, r => Assert.Equal(results[0], r));
        Assert.Equal("self=11.975 points=16.725 survey=4.75 max=20 index=83.625 reported=83.63 1 8.975/10 89.75 | 2 3/4 75 | 3 4.75/6 79.17 | D 0/0 null | B 0/0 null", results[0]);
    }
}
