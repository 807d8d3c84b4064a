using ParIndex.Assessments;
using ParIndex.Criteria;
using ParIndex.Scoring;

namespace ParIndex.Tests.Scoring;

/// <summary>
/// docs/criteria-format.md: in a deduction or bonus block "not applicable" (không phát sinh) means nothing happened:
/// nothing is deducted or added, 0 points, whatever the mode.
/// </summary>
public class NotApplicableInBlocksTests
{
    private const string Yaml = """
        format: 1
        id: t
        name: T
        level: district
        max: 10
        areas:
          - { code: "1", name: A, max: 10, rule: { kind: points } }
          - code: D
            name: Deductions
            block: deduction
            max: -5
            children:
              - { code: D.1, name: d, max: -2, rule: yes_no, not_applicable: full }
              - { code: D.2, name: e, max: -2, rule: { kind: count, per: 1 }, not_applicable: exclude }
          - code: B
            name: Bonuses
            block: bonus
            max: 3
            children:
              - { code: B.1, name: b, max: 2, rule: yes_no, not_applicable: full }
        """;

    private static UnitScore Score(string d1, string b1)
    {
        var set = CriteriaSetLoader.Parse(Yaml, "t.yaml");
        var builder = new AssessmentInputBuilder(set);
        builder.AddUnit(new UnitInfo("U", "U"));
        builder.SetSelf("U", "1", AssessmentValue.Raw("8"));
        builder.SetSelf("U", "D.1", AssessmentValue.Raw(d1));
        builder.SetSelf("U", "D.2", AssessmentValue.Raw("KPS"));
        builder.SetSelf("U", "B.1", AssessmentValue.Raw(b1));
        return Scorer.Score(builder.Build())["U"];
    }

    [Fact]
    public void KpsInADeductionBlockWithModeFullDeductsNothing()
    {
        var kps = Score("KPS", "0");
        var zero = Score("0", "0");
        Assert.Equal("0", kps.Node("D.1").Points.ToString());
        Assert.Equal("8", kps.Points.ToString());
        Assert.Equal(zero.Points, kps.Points);
        Assert.Equal("10", kps.MaxPoints.ToString());
    }

    [Fact]
    public void KpsInABonusBlockWithModeFullAddsNothing()
    {
        var kps = Score("0", "KPS");
        Assert.Equal("0", kps.Node("B.1").Points.ToString());
        Assert.Equal("8", kps.Points.ToString());
        Assert.Equal("80", kps.Index.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void AnAppraisalValueKpsInABlockAlsoScoresZero()
    {
        var set = CriteriaSetLoader.Parse(Yaml, "t.yaml");
        var builder = new AssessmentInputBuilder(set);
        builder.AddUnit(new UnitInfo("U", "U"));
        builder.SetSelf("U", "1", AssessmentValue.Raw("8"));
        builder.SetSelf("U", "D.1", AssessmentValue.Raw("1"));
        builder.SetSelf("U", "D.2", AssessmentValue.Raw("0"));
        builder.SetSelf("U", "B.1", AssessmentValue.Raw("1"));
        var round = builder.AddAppraisalRound("r1");
        round.ReplaceValue("U", "D.1", AssessmentValue.Raw("KPS"), "không phát sinh");
        round.ReplaceValue("U", "B.1", AssessmentValue.Raw("KPS"), "không phát sinh");
        var unit = Scorer.Score(builder.Build())["U"];
        Assert.Equal("0", unit.Node("D").Points.ToString());
        Assert.Equal("0", unit.Node("B").Points.ToString());
        Assert.Equal("8", unit.Points.ToString());
    }
}
