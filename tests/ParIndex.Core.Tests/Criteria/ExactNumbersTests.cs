using System.Linq;
using ParIndex.Criteria;
using ParIndex.Scenarios;

namespace ParIndex.Tests.Criteria;

/// <summary>Every number in a criteria or scenario file is used exactly or refused with file:line:column; nothing is rounded silently.</summary>
public class ExactNumbersTests
{
    private const string Head = "format: 1\nid: t\nname: T\nlevel: district\nmax: 2\nareas:\n  - code: \"1\"\n    name: A\n    max: 2\n";

    private static string[] Errors(string yaml) =>
        Assert.Throws<ParIndexException>(() => CriteriaSetLoader.Parse(yaml, "t.yaml")).Diagnostics.Select(d => d.ToString()).ToArray();

    [Fact]
    public void RatioTargetWithMoreThanSixDecimalsIsRefused_NotRoundedTo0_000002()
    {
        Assert.Equal(
            new[] { "t.yaml:10:34: 'target' of '1' 0.0000015 has more than 6 decimal places or is out of range" },
            Errors(Head + "    rule: { kind: ratio, target: 0.0000015 }\n"));
    }

    [Fact]
    public void RatioTargetOnTheResolutionIsUsedExactly()
    {
        // 2 × 0.000001 ÷ 0.000003 = 0.666667 (the target is not moved to a neighbouring tick).
        var set = CriteriaSetLoader.Parse(Head + "    rule: { kind: ratio, target: 0.000003 }\n", "t.yaml");
        var builder = new ParIndex.Assessments.AssessmentInputBuilder(set);
        builder.AddUnit(new ParIndex.Assessments.UnitInfo("U", "U"));
        builder.SetSelf("U", "1", ParIndex.Assessments.AssessmentValue.Raw("0.000001"));
        Assert.Equal("0.666667", ParIndex.Scoring.Scorer.Score(builder.Build())["U"].Points.ToString());
    }

    [Theory]
    [InlineData("    rule: { kind: tiers, tiers: [ { ge: 50.0000001, points: 2 }, { lt: 50.0000001, points: 0 } ] }\n", "t.yaml:10:41: 'ge' of a tier of '1' 50.0000001 has more than 6 decimal places or is out of range", "t.yaml:10:72: 'lt' of a tier of '1' 50.0000001 has more than 6 decimal places or is out of range")]
    [InlineData("    rule: { kind: tiers, range: [0, 100.0000001], tiers: [ { ge: 0, points: 2 } ] }\n", "t.yaml:10:37: 'range' max 100.0000001 has more than 6 decimal places or is out of range")]
    [InlineData("    rule: { kind: tiers, tiers: [ { ge: 10000000000000, points: 2 }, { lt: 10000000000000, points: 0 } ] }\n", "t.yaml:10:41: 'ge' of a tier of '1' 10000000000000 is too large (at most 1,000,000,000,000)", "t.yaml:10:76: 'lt' of a tier of '1' 10000000000000 is too large (at most 1,000,000,000,000)")]
    [InlineData("    rule: { kind: choice, options: { \"A\": 1.0000005, \"B\": 0 } }\n", "t.yaml:10:43: points of option 'A' 1.0000005 has more than 6 decimal places or is out of range")]
    [InlineData("    rule: { kind: points, step: 0.0000001 }\n", "t.yaml:10:33: 'step' of '1' 0.0000001 has more than 6 decimal places or is out of range")]
    [InlineData("    rule: { kind: count, per: 0.2500001 }\n", "t.yaml:10:31: 'per' of '1' 0.2500001 has more than 6 decimal places or is out of range")]
    public void EveryRuleNumberPastSixDecimalsIsRefusedWithItsLocation(string rule, params string[] expected) =>
        Assert.Equal(expected, Errors(Head + rule));

    [Fact]
    public void BandsWeightsAndPenaltyPastSixDecimalsAreRefused()
    {
        var yaml = """
            format: 1
            id: t
            name: T
            level: district
            max: 2
            bands: [ { name: A, min: 50.0000001 } ]
            over_scoring_penalty: { threshold: 1, deduct: 0.0000001 }
            areas:
              - { code: "1", name: A, weight: 1.0000001, rule: yes_no }
              - { code: "2", name: B, weight: 1, rule: yes_no }
            """;
        Assert.Equal(
            new[]
            {
                "t.yaml:6:26: 'min' 50.0000001 has more than 6 decimal places or is out of range",
                "t.yaml:7:47: 'deduct' 0.0000001 has more than 6 decimal places or is out of range",
                "t.yaml:9:35: 'weight' of '1' 1.0000001 has more than 6 decimal places or is out of range",
            },
            Errors(yaml));
    }

    [Fact]
    public void ScenarioNumbersPastSixDecimalsAreRefused()
    {
        var set = CriteriaSetLoader.Parse("format: 1\nid: t\nname: T\nlevel: district\nmax: 2\nareas:\n  - { code: \"1\", name: A, weight: 1, rule: yes_no }\n  - { code: \"2\", name: B, weight: 1, rule: yes_no }\n", "t.yaml");
        var ex = Assert.Throws<ParIndexException>(() => ScenarioLoader.Parse("format: 1\nchanges:\n  - { code: \"1\", weight: 2.0000001 }\nbands: [ { name: A, min: 0.00000001 } ]\n", "s.yaml", set));
        Assert.Equal(
            new[]
            {
                "s.yaml:3:26: 'weight' of '1' 2.0000001 has more than 6 decimal places or is out of range",
                "s.yaml:4:26: 'min' 0.00000001 has more than 6 decimal places or is out of range",
            },
            ex.Diagnostics.Select(d => d.ToString()).ToArray());
    }
}
