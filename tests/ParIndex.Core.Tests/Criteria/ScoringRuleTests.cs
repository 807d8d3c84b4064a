using System.Linq;
using System.Text;
using ParIndex.Criteria;

namespace ParIndex.Tests.Criteria;

public class ScoringRuleTests
{
    private static Points P(decimal value) => Points.FromDecimal(value);

    private static TiersRule Tiers(string tiers, string range = "") =>
        (TiersRule)CriteriaSetLoader.Parse(
            "format: 1\nid: t\nname: T\nlevel: district\nmax: 2\nareas:\n  - { code: \"1\", name: A, max: 2, rule: { kind: tiers, " + range + "tiers: " + tiers + " } }\n",
            "t.yaml")["1"].Rule!;

    // ---------------------------------------------------------------- yes/no

    [Fact]
    public void YesNo_ScoresFullPointsOrZero()
    {
        var rule = new YesNoRule(P(2.5m));

        Assert.Equal(P(2.5m), rule.Score(true));
        Assert.Equal(Points.Zero, rule.Score(false));
        Assert.True(rule.IsNumeric);
        Assert.Equal("có 2.5 / không 0", rule.Describe());
        Assert.Equal("1/0 (có/không)", rule.InputHint);
    }

    // ---------------------------------------------------------------- choice

    private static ChoiceRule Choice() => new(new[]
    {
        new ChoiceOption("Ban hành kịp thời", P(1)),
        new ChoiceOption("Ban hành không kịp thời", P(0.5m)),
        new ChoiceOption("Không ban hành", P(0)),
    });

    [Theory]
    [InlineData("Ban hành kịp thời", 0)]
    [InlineData("  ban hành KỊP THỜI  ", 0)]
    [InlineData("Ban   hành\tkịp thời", 0)]
    [InlineData("Ban hành không kịp thời", 1)]
    [InlineData("không ban hành", 2)]
    [InlineData("kịp thời", -1)]
    [InlineData("", -1)]
    public void Choice_IndexOf_MatchesAfterTrimmingCaseFoldingAndCollapsingSpaces(string text, int expected)
    {
        Assert.Equal(expected, Choice().IndexOf(text));
    }

    [Fact]
    public void Choice_IndexOf_MatchesDecomposedTextAgainstNfcOptions()
    {
        var decomposed = "Ban hành kịp thời".Normalize(NormalizationForm.FormD);
        Assert.NotEqual("Ban hành kịp thời".Normalize(NormalizationForm.FormC), decomposed);

        Assert.Equal(0, Choice().IndexOf(decomposed));
    }

    [Fact]
    public void Choice_IndexOf_MatchesNfcTextAgainstDecomposedOptions()
    {
        var rule = new ChoiceRule(new[] { new ChoiceOption("Không đạt".Normalize(NormalizationForm.FormD), P(0)) });

        Assert.Equal(0, rule.IndexOf("KHÔNG ĐẠT".Normalize(NormalizationForm.FormC)));
    }

    [Fact]
    public void Choice_DescribesItsOptionsInOrder()
    {
        var rule = Choice();

        Assert.False(rule.IsNumeric);
        Assert.Equal(RuleKind.Choice, rule.Kind);
        Assert.Equal("Ban hành kịp thời 1 / Ban hành không kịp thời 0.5 / Không ban hành 0", rule.Describe());
        Assert.Equal("Ban hành kịp thời | Ban hành không kịp thời | Không ban hành", rule.InputHint);
    }

    // ---------------------------------------------------------------- tiers

    [Theory]
    [InlineData(69.999999, 0)]
    [InlineData(70, 1)]
    [InlineData(90, 1)]
    [InlineData(90.000001, 2)]
    [InlineData(0, 0)]
    [InlineData(100, 2)]
    public void Tiers_FindTheTierAtInclusiveAndExclusiveBounds(double value, int points)
    {
        var rule = Tiers("[ { gt: 90, points: 2 }, { ge: 70, le: 90, points: 1 }, { lt: 70, points: 0 } ]");

        Assert.Equal(P(points), rule.Find((decimal)value)!.Points);
    }

    [Theory]
    [InlineData(-0.000001)]
    [InlineData(100.000001)]
    public void Tiers_FindNothingOutsideTheRange(double value)
    {
        Assert.Null(Tiers("[ { lt: 50, points: 0 }, { ge: 50, points: 2 } ]").Find((decimal)value));
    }

    [Fact]
    public void Tier_Contains_RespectsEachKindOfBound()
    {
        var closed = new Tier(70, true, 90, true, P(1));
        var open = new Tier(70, false, 90, false, P(1));
        var unbounded = new Tier(null, false, null, false, P(1));

        Assert.True(closed.Contains(70));
        Assert.True(closed.Contains(90));
        Assert.False(closed.Contains(69.999999m));
        Assert.False(closed.Contains(90.000001m));
        Assert.False(open.Contains(70));
        Assert.False(open.Contains(90));
        Assert.True(open.Contains(70.000001m));
        Assert.True(open.Contains(89.999999m));
        Assert.True(unbounded.Contains(-1_000_000));
        Assert.True(unbounded.Contains(1_000_000));
    }

    [Fact]
    public void Tier_ToString_UsesIntervalNotation()
    {
        Assert.Equal("[70, 90]", new Tier(70, true, 90, true, P(1)).ToString());
        Assert.Equal("(70.5, 90)", new Tier(70.5m, false, 90, false, P(1)).ToString());
        Assert.Equal("(-∞, ∞)", new Tier(null, true, null, true, P(1)).ToString());
    }

    [Fact]
    public void Tiers_DescribeHighestFirst_AndHintTheRange()
    {
        var rule = Tiers("[ { lt: 3, points: 0 }, { ge: 3, points: 2 } ]", "range: [1, 5], ");

        Assert.Equal("[3, 5] 2 / [1, 3) 0", rule.Describe());
        Assert.Equal("value 1–5", rule.InputHint);
    }

    // ---------------------------------------------------------------- ratio

    [Theory]
    [InlineData(0, "0")]
    [InlineData(-5, "0")]
    [InlineData(50, "1.5")]
    [InlineData(100, "3")]
    [InlineData(150, "3")]
    [InlineData(33.3333335, "1")]
    [InlineData(0.0000005, "0")]
    public void Ratio_ScoresMaxTimesValueOverTarget_Clamped(double value, string expected)
    {
        var rule = new RatioRule(P(3), 100);

        Assert.Equal(expected, rule.Score((decimal)value).ToString());
    }

    [Fact]
    public void Ratio_RoundsHalfAwayFromZeroAtOneMillionth()
    {
        // 1 × 1 / 2,000,000 = 0.0000005 exactly: rounds up to one tick, not to even (zero).
        Assert.Equal(Points.FromTicks(1), new RatioRule(P(1), 2_000_000).Score(1));

        // 1 × 1 / 3 = 0.3333333…: rounds down.
        Assert.Equal(P(0.333333m), new RatioRule(P(1), 3).Score(1));

        // 1 × 2 / 3 = 0.6666666…: rounds up.
        Assert.Equal(P(0.666667m), new RatioRule(P(1), 3).Score(2));

        // 1 × 0.0000025 / 1 = 0.0000025: half away from zero gives 0.000003 (banker's rounding would give 0.000002).
        Assert.Equal(P(0.000003m), new RatioRule(P(1), 1).Score(0.0000025m));
    }

    [Fact]
    public void Ratio_DescribesItsFormula()
    {
        var rule = new RatioRule(P(3), 80);

        Assert.Equal("3 × value / 80", rule.Describe());
        Assert.Equal("value ≥ 0, full points from 80", rule.InputHint);
    }

    [Fact]
    public void Ratio_WithTheLargestTargetTheLoaderAccepts_DoesNotOverflow()
    {
        var rule = new RatioRule(P(1_000_000_000), 1_000_000_000);

        Assert.Equal(P(999_999_999), rule.Score(999_999_999));
    }

    // ---------------------------------------------------------------- points

    [Fact]
    public void Points_AcceptsValuesOnTheStepWithinZeroToMax()
    {
        var rule = new PointsRule(P(1), P(0.25m));

        Assert.True(rule.Accepts(P(0)));
        Assert.True(rule.Accepts(P(0.25m)));
        Assert.True(rule.Accepts(P(0.75m)));
        Assert.True(rule.Accepts(P(1)));
        Assert.False(rule.Accepts(P(0.3m)));
        Assert.False(rule.Accepts(P(1.25m)));
        Assert.False(rule.Accepts(P(-0.25m)));
        Assert.Equal("0–1, step 0.25", rule.Describe());
        Assert.Equal("points 0–1 step 0.25", rule.InputHint);
    }

    [Fact]
    public void Points_WithoutStep_AcceptsAnyValueAtTheResolution()
    {
        var rule = new PointsRule(P(1), null);

        Assert.True(rule.Accepts(P(0.000001m)));
        Assert.True(rule.Accepts(P(0.999999m)));
        Assert.False(rule.Accepts(P(1.000001m)));
        Assert.False(rule.Accepts(P(-0.000001m)));
        Assert.Equal("0–1", rule.Describe());
        Assert.Equal("points 0–1", rule.InputHint);
    }

    // ---------------------------------------------------------------- count

    [Theory]
    [InlineData(-1, "0")]
    [InlineData(0, "0")]
    [InlineData(1, "0.5")]
    [InlineData(3, "1.5")]
    [InlineData(4, "2")]
    [InlineData(5, "2")]
    [InlineData(long.MaxValue, "2")]
    public void Count_ScoresPerOccurrence_CappedAtMax(long count, string expected)
    {
        Assert.Equal(expected, new CountRule(P(2), P(0.5m)).Score(count).ToString());
    }

    [Fact]
    public void Count_CapsWhenPerDoesNotDivideTheMax()
    {
        var rule = new CountRule(P(1), P(0.3m));

        Assert.Equal(P(0.9m), rule.Score(3));
        Assert.Equal(P(1), rule.Score(4));
        Assert.Equal("0.3 each, up to 1", rule.Describe());
    }

    [Fact]
    public void EveryRuleKind_ReportsItsKind()
    {
        Assert.Equal(
            new[] { RuleKind.YesNo, RuleKind.Choice, RuleKind.Tiers, RuleKind.Ratio, RuleKind.Points, RuleKind.Count },
            new ScoringRule[] { new YesNoRule(P(1)), Choice(), Tiers("[ { points: 1 } ]"), new RatioRule(P(1), 100), new PointsRule(P(1), null), new CountRule(P(1), P(1)) }.Select(r => r.Kind));
    }
}
