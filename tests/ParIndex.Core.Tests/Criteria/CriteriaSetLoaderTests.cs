using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ParIndex.Criteria;

namespace ParIndex.Tests.Criteria;

public class CriteriaSetLoaderTests
{
    /// <summary>Lines 1–4 of most documents below; what a test appends starts on line 5.</summary>
    private const string Head = "format: 1\nid: t\nname: T\nlevel: district\n";

    // ---------------------------------------------------------------- helpers

    private static CriteriaSet Load(string yaml, CriteriaLoadOptions? options = null) => CriteriaSetLoader.Parse(yaml, "t.yaml", options);

    private static string[] Errors(string yaml, CriteriaLoadOptions? options = null)
    {
        var ex = Assert.Throws<ParIndexException>(() => CriteriaSetLoader.Parse(yaml, "t.yaml", options));
        return ex.Diagnostics.Select(d => d.ToString()).ToArray();
    }

    private static void AssertErrors(string yaml, params string[] expected) => Assert.Equal(expected, Errors(yaml));

    /// <summary>A set with one area "1" whose leaf has the given rule; the rule text starts on line 10, column 11.</summary>
    private static string Leaf(string max, string rule) => Head + $"""
        max: {max}
        areas:
          - code: "1"
            name: A
            max: {max}
            rule: {rule}
        """;

    private static string TempFile(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), "parindex-test-" + Guid.NewGuid().ToString("N") + ".yaml");
        File.WriteAllText(path, content);
        return path;
    }

    private static string TempFile(byte[] content)
    {
        var path = Path.Combine(Path.GetTempPath(), "parindex-test-" + Guid.NewGuid().ToString("N") + ".yaml");
        File.WriteAllBytes(path, content);
        return path;
    }

    // ---------------------------------------------------------------- a complete set

    private const string Example = """
        format: 1
        id: example-district
        name: "Bộ chỉ số CCHC cấp huyện (ví dụ)"
        decision: "52/2019/QĐ-UBND"
        level: district
        year: 2024
        max: 100
        precision: 3
        bands:
          - { name: "Yếu", min: 0 }
          - { name: "Tốt", min: 90 }
          - { name: "Khá", min: 80 }
        group_bands:
          so:
            - { name: "Nhóm I", min: 90 }
            - { name: "Nhóm II", min: 0 }
        tie_breakers: [survey, "node:1", self_accuracy, unit_id]
        over_scoring_penalty: { threshold: 5, deduct: 1.5 }
        areas:
          - code: "1"
            name: "Công tác chỉ đạo điều hành"
            description: "Mô tả"
            max: 12
            not_applicable: full
            children:
              - code: "1.1"
                name: "Kế hoạch"
                children:
                  - { code: "1.1.1", name: "Ban hành", max: 1, rule: { kind: choice, options: { "Kịp thời": 1, "Không kịp thời": 0.5, "Không": 0 } } }
                  - { code: "1.1.2", name: "Thực hiện", max: 2, not_applicable: exclude, rule: { kind: tiers, tiers: [ { gt: 90, points: 2 }, { ge: 70, le: 90, points: 1 }, { lt: 70, points: 0 } ] } }
                  - { code: "1.1.3", name: "Kết quả", max: 2, rule: yes_no }
              - { code: "1.2", name: "Văn bản", max: 3, not_applicable: forbidden, rule: { kind: ratio, target: 80 } }
              - { code: "1.3", name: "Kiểm tra", max: 4, rule: { kind: points, step: 0.25 } }
          - code: "2"
            name: "Điều tra xã hội học"
            max: 88
            source: survey
            children:
              - { code: "2.1", name: "Người dân", weight: 3, rule: { kind: ratio } }
              - { code: "2.2", name: "Cán bộ", weight: 1, source: self, rule: { kind: ratio } }
          - code: "D"
            name: "Điểm trừ"
            block: deduction
            max: -5
            children:
              - { code: "D.1", name: "Hủy bỏ", max: -4, rule: { kind: count, per: 0.5 } }
              - { code: "D.2", name: "Chậm", max: -3, rule: { kind: count, per: 1 } }
          - code: "B"
            name: "Điểm thưởng"
            block: bonus
            max: 2
            children:
              - { code: "B.1", name: "Sáng kiến", max: 2, rule: { kind: count, per: 1 } }
        """;

    [Fact]
    public void CompleteSet_LoadsEverySetting()
    {
        var set = CriteriaSetLoader.Parse(Example, "example.yaml");

        Assert.Equal(1, set.FormatVersion);
        Assert.Equal("example-district", set.Id);
        Assert.Equal("Bộ chỉ số CCHC cấp huyện (ví dụ)", set.Name);
        Assert.Equal("52/2019/QĐ-UBND", set.Decision);
        Assert.Equal(CriteriaLevel.District, set.Level);
        Assert.Equal(2024, set.Year);
        Assert.Equal(3, set.Precision);
        Assert.Equal("example.yaml", set.Source);
        Assert.Equal(Points.FromDecimal(100), set.MaxPoints);
        Assert.Equal("Tốt|Khá|Yếu", string.Join("|", set.Bands.Bands.Select(b => b.Name)));
        Assert.Equal("Nhóm I|Nhóm II", string.Join("|", set.BandsFor("so").Bands.Select(b => b.Name)));
        Assert.Same(set.Bands, set.BandsFor("huyen"));
        Assert.Same(set.Bands, set.BandsFor(null));
        Assert.Equal(new[] { "survey", "node:1", "self_accuracy", "unit_id" }, set.TieBreakers);
        Assert.Equal(Points.FromDecimal(5), set.OverScoringPenalty!.Threshold);
        Assert.Equal(Points.FromDecimal(1.5m), set.OverScoringPenalty.Deduction);
    }

    [Fact]
    public void CompleteSet_BuildsTheTreeInFileOrder()
    {
        var set = CriteriaSetLoader.Parse(Example, "example.yaml");

        Assert.Equal("1|1.1|1.1.1|1.1.2|1.1.3|1.2|1.3|2|2.1|2.2|D|D.1|D.2|B|B.1", string.Join("|", set.Nodes.Select(n => n.Code)));
        Assert.Equal("1.1.1|1.1.2|1.1.3|1.2|1.3|2.1|2.2|D.1|D.2|B.1", string.Join("|", set.Leaves.Select(n => n.Code)));
        Assert.Equal("1|2|D|B", string.Join("|", set.Areas.Select(n => n.Code)));
        Assert.Equal(2, set["1.1.1"].Depth);
        Assert.Same(set["1.1"], set["1.1.1"].Parent);
        Assert.Same(set["1"], set["1.1.1"].Area);
        Assert.Null(set["1"].Parent);
        Assert.Equal("Mô tả", set["1"].Description);
        Assert.Equal(new SourceLocation("example.yaml", 20, 5), set["1"].Location);
        Assert.Equal(new SourceLocation("example.yaml", 29, 13), set["1.1.1"].Location);
        Assert.True(set.TryGetNode("1.3", out var n13));
        Assert.Equal("1.3 Kiểm tra", n13.ToString());
        Assert.False(set.TryGetNode("9", out _));
        var missing = Assert.Throws<KeyNotFoundException>(() => set["9"]);
        Assert.Equal("The criteria set 'example-district' has no criterion '9'.", missing.Message);
    }

    [Fact]
    public void ParentWithoutMax_TakesTheSumOfItsChildren()
    {
        var set = CriteriaSetLoader.Parse(Example, "example.yaml");

        Assert.Equal(Points.FromDecimal(5), set["1.1"].MaxPoints);
        Assert.Null(set["1.1"].Rule);
        Assert.False(set["1.1"].IsLeaf);
    }

    [Fact]
    public void SourceAndNotApplicable_AreInheritedAndCanBeOverridden()
    {
        var set = CriteriaSetLoader.Parse(Example, "example.yaml");

        Assert.Equal(NotApplicablePolicy.FullPoints, set["1.1.1"].NotApplicable);
        Assert.Equal(NotApplicablePolicy.Exclude, set["1.1.2"].NotApplicable);
        Assert.Equal(NotApplicablePolicy.Forbidden, set["1.2"].NotApplicable);
        Assert.Equal(NotApplicablePolicy.Forbidden, set["2.1"].NotApplicable);
        Assert.Equal(ValueSource.Self, set["1.1.1"].Source);
        Assert.Equal(ValueSource.Survey, set["2.1"].Source);
        Assert.Equal(ValueSource.Self, set["2.2"].Source);
    }

    [Fact]
    public void DeductionBlock_HasNegativeMaxima_AndChildrenMayAddUpToMoreThanItsCap()
    {
        var set = CriteriaSetLoader.Parse(Example, "example.yaml");

        Assert.Equal(Points.FromDecimal(-5), set["D"].MaxPoints);
        Assert.Equal(Points.FromDecimal(-4), set["D.1"].MaxPoints);
        Assert.Equal(NodeBlock.Deduction, set["D.1"].Block);
        var count = Assert.IsType<CountRule>(set["D.1"].Rule);
        Assert.Equal(Points.FromDecimal(4), count.Max);
        Assert.Equal(Points.FromDecimal(0.5m), count.PerOccurrence);
    }

    [Fact]
    public void DeductionAndBonusBlocks_DoNotCountTowardsTheSetMax()
    {
        var set = CriteriaSetLoader.Parse(Example, "example.yaml");

        Assert.Equal(NodeBlock.Bonus, set["B.1"].Block);
        Assert.Equal(Points.FromDecimal(2), set["B"].MaxPoints);
        Assert.Equal(Points.FromDecimal(100), set.MaxPoints);
    }

    [Fact]
    public void OptionalSettings_HaveTheirDefaults()
    {
        var set = Load(Leaf("10", "yes_no"));

        Assert.Null(set.Decision);
        Assert.Null(set.Year);
        Assert.Equal(2, set.Precision);
        Assert.Empty(set.Bands.Bands);
        Assert.Empty(set.GroupBands);
        Assert.Empty(set.TieBreakers);
        Assert.Null(set.OverScoringPenalty);
        Assert.Null(set["1"].Weight);
        Assert.Equal(ValueSource.Self, set["1"].Source);
        Assert.Equal(NotApplicablePolicy.Forbidden, set["1"].NotApplicable);
        Assert.Equal(NodeBlock.None, set["1"].Block);
    }

    [Theory]
    [InlineData("ministry", CriteriaLevel.Ministry)]
    [InlineData("province", CriteriaLevel.Province)]
    [InlineData("department", CriteriaLevel.Department)]
    [InlineData("district", CriteriaLevel.District)]
    [InlineData("commune", CriteriaLevel.Commune)]
    public void EveryLevel_Loads(string text, CriteriaLevel level)
    {
        var set = Load(Leaf("10", "yes_no").Replace("level: district", "level: " + text));

        Assert.Equal(level, set.Level);
    }

    [Theory]
    [InlineData("\"1.10\"")]
    [InlineData("1.10")]
    public void Code_IsKeptAsWritten_QuotedOrNot(string code)
    {
        var set = Load(Leaf("10", "yes_no").Replace("code: \"1\"", "code: " + code));

        Assert.Equal("1.10", set.Areas[0].Code);
    }

    // ---------------------------------------------------------------- rule kinds

    [Fact]
    public void YesNoRule_ScalarForm_Loads()
    {
        var rule = Assert.IsType<YesNoRule>(Load(Leaf("10", "yes_no"))["1"].Rule);

        Assert.Equal(RuleKind.YesNo, rule.Kind);
        Assert.Equal(Points.FromDecimal(10), rule.Max);
    }

    [Fact]
    public void YesNoRule_MappingForm_Loads()
    {
        var rule = Assert.IsType<YesNoRule>(Load(Leaf("10", "{ kind: yes_no }"))["1"].Rule);

        Assert.Equal(Points.FromDecimal(10), rule.Max);
    }

    [Fact]
    public void ChoiceRule_Loads_OptionsInFileOrder()
    {
        var rule = Assert.IsType<ChoiceRule>(Load(Leaf("1", "{ kind: choice, options: { \"Kịp thời\": 1, \"Không kịp thời\": 0.5, \"Không\": 0 } }"))["1"].Rule);

        Assert.Equal("Kịp thời 1|Không kịp thời 0.5|Không 0", string.Join("|", rule.Options.Select(o => $"{o.Name} {o.Points}")));
    }

    [Fact]
    public void TiersRule_Loads_LowestTierFirst_OverTheDefaultRange()
    {
        var rule = Assert.IsType<TiersRule>(Load(Leaf("2", "{ kind: tiers, tiers: [ { gt: 90, points: 2 }, { ge: 70, le: 90, points: 1 }, { lt: 70, points: 0 } ] }"))["1"].Rule);

        Assert.Equal(0m, rule.DomainMin);
        Assert.Equal(100m, rule.DomainMax);
        Assert.Equal("[0, 70) 0|[70, 90] 1|(90, 100] 2", string.Join("|", rule.Tiers.Select(t => $"{t} {t.Points}")));
    }

    [Fact]
    public void TiersRule_Loads_WithARange()
    {
        var rule = Assert.IsType<TiersRule>(Load(Leaf("2", "{ kind: tiers, range: [1, 5], tiers: [ { lt: 3, points: 0 }, { ge: 3, points: 2 } ] }"))["1"].Rule);

        Assert.Equal(1m, rule.DomainMin);
        Assert.Equal(5m, rule.DomainMax);
        Assert.Equal("[1, 3) 0|[3, 5] 2", string.Join("|", rule.Tiers.Select(t => $"{t} {t.Points}")));
    }

    [Fact]
    public void RatioRule_Loads_WithTargetDefaultingTo100()
    {
        var plain = Assert.IsType<RatioRule>(Load(Leaf("3", "{ kind: ratio }"))["1"].Rule);
        var target = Assert.IsType<RatioRule>(Load(Leaf("3", "{ kind: ratio, target: 80 }"))["1"].Rule);

        Assert.Equal(100m, plain.Target);
        Assert.Equal(Points.FromDecimal(3), plain.Max);
        Assert.Equal(80m, target.Target);
    }

    [Fact]
    public void PointsRule_Loads_WithOrWithoutStep()
    {
        var plain = Assert.IsType<PointsRule>(Load(Leaf("4", "{ kind: points }"))["1"].Rule);
        var step = Assert.IsType<PointsRule>(Load(Leaf("4", "{ kind: points, step: 0.25 }"))["1"].Rule);

        Assert.Null(plain.Step);
        Assert.Equal(Points.FromDecimal(4), plain.Max);
        Assert.Equal(Points.FromDecimal(0.25m), step.Step);
    }

    [Fact]
    public void CountRule_Loads()
    {
        var rule = Assert.IsType<CountRule>(Load(Leaf("4", "{ kind: count, per: 0.5 }"))["1"].Rule);

        Assert.Equal(Points.FromDecimal(4), rule.Max);
        Assert.Equal(Points.FromDecimal(0.5m), rule.PerOccurrence);
    }

    [Fact]
    public void LeafWithMaxZero_Loads()
    {
        var set = Load(Head + """
            max: 1
            areas:
              - { code: "1", name: A, max: 1, rule: yes_no }
              - { code: "2", name: B, max: 0, rule: yes_no }
            """);

        Assert.Equal(Points.Zero, set["2"].MaxPoints);
    }

    [Theory]
    [InlineData("choice")]
    [InlineData("tiers")]
    [InlineData("count")]
    public void ScalarRuleThatNeedsSettings_IsRefused(string kind)
    {
        AssertErrors(Leaf("1", kind), $"t.yaml:10:11: rule '{kind}' of '1' needs settings; write it as a mapping with 'kind: {kind}'");
    }

    [Theory]
    [InlineData("ratio", RuleKind.Ratio)]
    [InlineData("points", RuleKind.Points)]
    public void ScalarRuleWhoseSettingsAreOptional_Loads(string kind, RuleKind expected)
    {
        Assert.Equal(expected, Load(Leaf("1", kind))["1"].Rule!.Kind);
    }

    [Fact]
    public void UnknownRuleKind_IsReported()
    {
        AssertErrors(Leaf("1", "{ kind: magic }"), "t.yaml:10:19: 'kind' of '1' must be one of: yes_no, choice, tiers, ratio, points, count; not 'magic'");
    }

    [Fact]
    public void UnknownScalarRule_IsReported()
    {
        AssertErrors(Leaf("1", "magic"), "t.yaml:10:11: 'rule' of '1' must be one of: yes_no, choice, tiers, ratio, points, count; not 'magic'");
    }

    [Fact]
    public void RuleWithoutKind_IsReported()
    {
        AssertErrors(Leaf("1", "{ target: 5 }"), "t.yaml:10:11: 'rule' of '1' is missing required key 'kind'");
    }

    [Fact]
    public void RuleAsAList_IsReported()
    {
        AssertErrors(Leaf("1", "[yes_no]"), "t.yaml:10:11: 'rule' of '1' must be a mapping (key: value pairs), not a list");
    }

    // ---------------------------------------------------------------- weights

    [Fact]
    public void WeightShares_AreRoundedToTheResolution_LeftoverTicksToEarlierSiblingsOnEqualRemainders()
    {
        var set = Load(Head + """
            max: 10
            areas:
              - code: "1"
                name: A
                max: 10
                children:
                  - { code: "1.1", name: a, weight: 1, rule: yes_no }
                  - { code: "1.2", name: b, weight: 1, rule: yes_no }
                  - { code: "1.3", name: c, weight: 1, rule: yes_no }
            """);

        Assert.Equal("3.333334|3.333333|3.333333", string.Join("|", set["1"].Children.Select(c => c.MaxPoints.ToString())));
        Assert.Equal(1m, set["1.1"].Weight);
        Assert.Equal(Points.FromDecimal(3.333334m), ((YesNoRule)set["1.1"].Rule!).Max);
    }

    [Fact]
    public void WeightShares_GiveLeftoverTicksToTheLargestRemainderFirst()
    {
        // 10 ticks shared 1:2 is 3.33 and 6.67 ticks: the second sibling has the larger remainder.
        var set = Load(Head + """
            max: 0.00001
            areas:
              - { code: "1", name: a, weight: 1, rule: yes_no }
              - { code: "2", name: b, weight: 2, rule: yes_no }
            """);

        Assert.Equal("0.000003|0.000007", string.Join("|", set.Areas.Select(c => c.MaxPoints.ToString())));
    }

    [Theory]
    [InlineData("100", "1, 1, 1, 1, 1, 1, 1")]
    [InlineData("88", "3, 1")]
    [InlineData("7", "0.1, 0.2, 0.3, 0.4")]
    [InlineData("1", "2, 3, 5, 7, 11, 13")]
    [InlineData("0.000009", "1, 1, 1, 1, 1, 1, 1, 1, 1")]
    [InlineData("0.000005", "1, 1, 1, 1, 2")]
    [InlineData("33.333333", "1.5, 2.25, 0.125")]
    public void WeightShares_AlwaysAddUpExactlyToTheParent(string max, string weights)
    {
        var children = string.Join("\n", weights.Split(',').Select((w, i) => $"      - {{ code: \"1.{i + 1}\", name: x, weight: {w.Trim()}, rule: yes_no }}"));
        var set = Load(Head + $"max: {max}\nareas:\n  - code: \"1\"\n    name: A\n    max: {max}\n    children:\n{children}\n");

        var sum = set["1"].Children.Aggregate(Points.Zero, (s, c) => s + c.MaxPoints);
        Assert.Equal(Points.FromDecimal(decimal.Parse(max, CultureInfo.InvariantCulture)), sum);
        Assert.All(set["1"].Children, c => Assert.False(c.MaxPoints.IsNegative));
    }

    [Fact]
    public void WeightedAreas_ShareTheSetMax()
    {
        var set = Load(Head + """
            max: 100
            areas:
              - { code: "1", name: a, weight: 3, rule: yes_no }
              - { code: "2", name: b, weight: 1, rule: yes_no }
            """);

        Assert.Equal("75|25", string.Join("|", set.Areas.Select(c => c.MaxPoints.ToString())));
    }

    [Fact]
    public void WeightedParent_SharesItsOwnShareWithItsChildren()
    {
        var set = Load(Head + """
            max: 9
            areas:
              - code: "1"
                name: A
                weight: 2
                children:
                  - { code: "1.1", name: a, weight: 1, rule: yes_no }
                  - { code: "1.2", name: b, weight: 1, rule: yes_no }
              - { code: "2", name: B, weight: 1, rule: yes_no }
            """);

        Assert.Equal("6|3|3|3", string.Join("|", new[] { "1", "1.1", "1.2", "2" }.Select(c => set[c].MaxPoints.ToString())));
    }

    [Fact]
    public void WeightAndMaxTogether_IsReported()
    {
        AssertErrors(Head + """
            max: 10
            areas:
              - { code: "1", name: A, max: 10, weight: 1, rule: yes_no }
            """,
            "t.yaml:7:36: '1' gives both 'max' and 'weight'; give one");
    }

    [Fact]
    public void SiblingsMixingMaxAndWeight_AreReportedAtTheFirstSiblingWithMax()
    {
        AssertErrors(Head + """
            max: 10
            areas:
              - code: "1"
                name: A
                max: 10
                children:
                  - { code: "1.1", name: a, weight: 1, rule: yes_no }
                  - { code: "1.2", name: b, max: 5, rule: yes_no }
            """,
            "t.yaml:12:9: siblings under '1' mix 'max' and 'weight'; give all of them 'max' or all of them 'weight'");
    }

    [Fact]
    public void WeightedChildrenOfAParentWithoutMax_AreReported()
    {
        AssertErrors(Head + """
            max: 10
            areas:
              - code: "1"
                name: A
                children:
                  - { code: "1.1", name: a, weight: 1, rule: yes_no }
                  - { code: "1.2", name: b, weight: 1, rule: yes_no }
            """,
            "t.yaml:10:9: the children of '1' give weights, but '1' has no max to share out");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    public void NonPositiveWeight_IsReported(string weight)
    {
        AssertErrors(Head + $$"""
            max: 10
            areas:
              - { code: "1", name: A, weight: {{weight}}, rule: yes_no }
            """,
            $"t.yaml:7:35: 'weight' of '1' must be positive");
    }

    [Fact]
    public void HugeWeight_IsReported_NotAnOverflow()
    {
        AssertErrors(Head + """
            max: 10
            areas:
              - { code: "1", name: A, weight: 100000000000000000000, rule: yes_no }
              - { code: "2", name: B, weight: 1, rule: yes_no }
            """,
            "t.yaml:7:35: 'weight' of '1' 100000000000000000000 is too large (at most 1,000,000,000,000)");
    }

    // ---------------------------------------------------------------- maxima

    [Fact]
    public void ChildrenNotAddingUpToParentMax_IsReportedAtParentMax()
    {
        AssertErrors(Head + """
            max: 13
            areas:
              - code: "1"
                name: A
                max: 13
                children:
                  - { code: "1.1", name: a, max: 5, rule: yes_no }
                  - { code: "1.2", name: b, max: 7, rule: yes_no }
            """,
            "t.yaml:9:10: children of '1' add up to 12 but its max is 13");
    }

    [Fact]
    public void AreasNotAddingUpToSetMax_IsReportedAtSetMax()
    {
        AssertErrors(Head + """
            max: 100
            areas:
              - { code: "1", name: A, max: 60, rule: yes_no }
              - { code: "2", name: B, max: 30, rule: yes_no }
            """,
            "t.yaml:5:6: the areas add up to 90 but the criteria set's max is 100");
    }

    [Fact]
    public void AWeightWhoseShareRoundsToZeroPoints_IsRefusedAtTheWeight()
    {
        // 1 : 10^9 of 1 point is 0.000000001 points, below the 0.000001 points the set keeps.
        AssertErrors(Head + """
            max: 1
            areas:
              - code: "1"
                name: A
                max: 1
                children:
                  - { code: "1.1", name: a, weight: 1000000000, rule: yes_no }
                  - { code: "1.2", name: b, weight: 1, rule: yes_no }
            """,
            "t.yaml:12:41: the weight of '1.2' gives it 0 of the 1 points of '1' (points are kept to 6 decimals); give it a larger weight, or give the siblings 'max'");
    }

    [Fact]
    public void NonPositiveSetMax_IsReported()
    {
        AssertErrors(Head + """
            max: 0
            areas:
              - { code: "1", name: A, max: 0, rule: yes_no }
            """,
            "t.yaml:5:6: 'max' of the criteria set must be positive");
    }

    [Fact]
    public void MaxWithMoreThanSixDecimals_IsReported()
    {
        AssertErrors(Leaf("1.0000001", "yes_no"),
            "t.yaml:5:6: 'max' 1.0000001 has more than 6 decimal places or is out of range",
            "t.yaml:9:10: 'max' of '1' 1.0000001 has more than 6 decimal places or is out of range");
    }

    [Fact]
    public void LeafWithoutMaxOrWeight_IsReported()
    {
        AssertErrors(Head + """
            max: 10
            areas:
              - { code: "1", name: A, rule: yes_no }
            """,
            "t.yaml:7:5: leaf '1' needs 'max' or 'weight'");
    }

    [Fact]
    public void NodeWithBothChildrenAndRule_IsReported()
    {
        AssertErrors(Head + """
            max: 1
            areas:
              - code: "1"
                name: A
                max: 1
                rule: yes_no
                children:
                  - { code: "1.1", name: a, max: 1, rule: yes_no }
            """,
            "t.yaml:7:5: '1' has both 'children' and 'rule'; a node is either a parent or a leaf");
    }

    [Fact]
    public void NodeWithNeitherChildrenNorRule_IsReported()
    {
        AssertErrors(Head + """
            max: 1
            areas:
              - { code: "1", name: A, max: 1 }
            """,
            "t.yaml:7:5: '1' has neither 'children' nor 'rule'");
    }

    [Fact]
    public void EmptyChildren_IsReported()
    {
        AssertErrors(Head + """
            max: 1
            areas:
              - { code: "1", name: A, max: 1, children: [] }
            """,
            "t.yaml:7:45: 'children' of '1' is empty; give a 'rule' instead for a leaf");
    }

    [Fact]
    public void EmptyAreas_IsReported()
    {
        AssertErrors(Head + "max: 1\nareas: []\n", "t.yaml:6:8: 'areas' must list at least one area");
    }

    // ---------------------------------------------------------------- deduction and bonus blocks

    [Fact]
    public void NegativeMaxOutsideADeductionBlock_IsReported()
    {
        AssertErrors(Head + """
            max: 1
            areas:
              - { code: "1", name: A, max: 1, rule: yes_no }
              - code: "B"
                name: Bonus
                block: bonus
                max: 2
                children:
                  - { code: "B.1", name: b, max: -2, rule: { kind: count, per: 1 } }
            """,
            "t.yaml:13:38: max of 'B.1' is negative; only nodes in a deduction block may have a negative max");
    }

    [Fact]
    public void NegativeMaxOnAnOrdinaryArea_IsReported()
    {
        AssertErrors(Head + """
            max: 1
            areas:
              - { code: "1", name: A, max: 1, rule: yes_no }
              - { code: "2", name: B, max: -1, rule: yes_no }
            """,
            "t.yaml:8:32: max of '2' is negative; only nodes in a deduction block may have a negative max");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("2")]
    public void NonNegativeMaxInsideADeductionBlock_IsReported(string max)
    {
        AssertErrors(Head + $$"""
            max: 1
            areas:
              - { code: "1", name: A, max: 1, rule: yes_no }
              - code: "D"
                name: Deduction
                block: deduction
                max: -5
                children:
                  - { code: "D.1", name: d, max: {{max}}, rule: { kind: count, per: 1 } }
            """,
            "t.yaml:13:38: max of 'D.1' must be negative inside a deduction block (e.g. -2 for 'deduct at most 2 points')");
    }

    [Fact]
    public void BlockOnANodeThatIsNotAnArea_IsReported()
    {
        AssertErrors(Head + """
            max: 1
            areas:
              - code: "1"
                name: A
                children:
                  - { code: "1.1", name: a, max: 1, block: bonus, rule: yes_no }
            """,
            "t.yaml:10:41: 'block' is allowed on areas only, not on '1.1'");
    }

    [Fact]
    public void UnknownBlock_IsReported()
    {
        AssertErrors(Head + """
            max: 1
            areas:
              - { code: "1", name: A, max: 1, rule: yes_no }
              - { code: "P", name: P, block: penalty, max: 1, rule: yes_no }
            """,
            "t.yaml:8:34: 'block' must be one of: deduction, bonus; not 'penalty'");
    }

    [Fact]
    public void BlockWithWeight_IsReported()
    {
        AssertErrors(Head + """
            max: 1
            areas:
              - { code: "1", name: A, max: 1, rule: yes_no }
              - { code: "B", name: B, block: bonus, weight: 1, rule: yes_no }
            """,
            "t.yaml:8:41: deduction and bonus blocks must give 'max', not 'weight'");
    }

    [Fact]
    public void BlockWithoutMax_IsReported()
    {
        AssertErrors(Head + """
            max: 1
            areas:
              - { code: "1", name: A, max: 1, rule: yes_no }
              - code: "B"
                name: B
                block: bonus
                children:
                  - { code: "B.1", name: b, max: 1, rule: yes_no }
            """,
            "t.yaml:8:5: block 'B' needs 'max': the cap on its points");
    }

    // ---------------------------------------------------------------- unknown and missing keys

    [Fact]
    public void UnknownKeyInTheSet_IsReported()
    {
        AssertErrors(Leaf("1", "yes_no") + "\nauthor: me\n",
            "t.yaml:11:1: unknown key 'author' in the criteria set; expected one of: format, id, name, decision, level, year, max, precision, bands, group_bands, tie_breakers, over_scoring_penalty, ranking, areas");
    }

    [Fact]
    public void UnknownKeyInANode_IsReported_NamingTheCode()
    {
        AssertErrors(Head + """
            max: 1
            areas:
              - { code: "1", name: A, max: 1, rule: yes_no, points: 3 }
            """,
            "t.yaml:7:49: unknown key 'points' in '1'; expected one of: code, name, description, max, weight, block, source, not_applicable, children, rule");
    }

    [Fact]
    public void UnknownKeyInANodeWithoutCode_IsReported()
    {
        AssertErrors(Head + """
            max: 1
            areas:
              - { name: A, max: 1, rule: yes_no, colour: red }
            """,
            "t.yaml:7:5: an area is missing required key 'code'",
            "t.yaml:7:38: unknown key 'colour' in an area; expected one of: code, name, description, max, weight, block, source, not_applicable, children, rule");
    }

    [Fact]
    public void UnknownKeyInARule_IsReported()
    {
        AssertErrors(Leaf("1", "{ kind: ratio, target: 100, cap: 1 }"),
            "t.yaml:10:39: unknown key 'cap' in the ratio rule of '1'; expected one of: kind, target");
    }

    [Fact]
    public void SettingOfAnotherRuleKind_IsAnUnknownKey()
    {
        AssertErrors(Leaf("1", "{ kind: yes_no, step: 1 }"),
            "t.yaml:10:27: unknown key 'step' in the yes_no rule of '1'; expected one of: kind");
    }

    [Fact]
    public void UnknownKeyInATier_IsReported()
    {
        AssertErrors(Leaf("1", "{ kind: tiers, tiers: [ { ge: 0, points: 1, note: x } ] }"),
            "t.yaml:10:55: unknown key 'note' in a tier of '1'; expected one of: ge, gt, le, lt, points");
    }

    [Fact]
    public void UnknownKeyInABand_IsReported()
    {
        AssertErrors(Leaf("1", "yes_no") + "\nbands: [ { name: A, min: 0, colour: red } ]\n",
            "t.yaml:11:29: unknown key 'colour' in a band; expected one of: name, min");
    }

    [Fact]
    public void MissingSetKeys_AreAllReportedAtTheSetMapping()
    {
        AssertErrors("decision: x\n",
            "t.yaml:1:1: the criteria set is missing required key 'format' (write 'format: 1')",
            "t.yaml:1:1: the criteria set is missing required key 'id'",
            "t.yaml:1:1: the criteria set is missing required key 'name'",
            "t.yaml:1:1: the criteria set is missing required key 'level'",
            "t.yaml:1:1: the criteria set is missing required key 'max'",
            "t.yaml:1:1: the criteria set is missing required key 'areas'");
    }

    [Fact]
    public void MissingCodeAndName_AreReported()
    {
        AssertErrors(Head + """
            max: 1
            areas:
              - code: "1"
                name: A
                children:
                  - { max: 1, rule: yes_no }
            """,
            "t.yaml:10:9: a criterion is missing required key 'code'",
            "t.yaml:10:9: a criterion is missing required key 'name'");
    }

    [Fact]
    public void EmptyName_IsReported()
    {
        AssertErrors(Head + """
            max: 1
            areas:
              - { code: "1", name: "  ", max: 1, rule: yes_no }
            """,
            "t.yaml:7:24: 'name' must not be empty");
    }

    [Fact]
    public void NameAsAList_IsReported()
    {
        AssertErrors(Head + """
            max: 1
            areas:
              - { code: "1", name: [A], max: 1, rule: yes_no }
            """,
            "t.yaml:7:24: 'name' must be text, not a list");
    }

    // ---------------------------------------------------------------- codes and ids

    [Fact]
    public void DuplicateCode_IsReported_NamingTheFirstLine()
    {
        AssertErrors(Head + """
            max: 2
            areas:
              - code: "1"
                name: A
                children:
                  - { code: "1.1", name: a, max: 1, rule: yes_no }
                  - { code: "1.1", name: b, max: 1, rule: yes_no }
            """,
            "t.yaml:11:17: duplicate code '1.1'; first defined at line 10");
    }

    [Theory]
    [InlineData("1..2", "7:13")]
    [InlineData("\"1.\"", "7:13")]
    [InlineData("\"I 1\"", "7:13")]
    public void MalformedCode_IsReported(string code, string position)
    {
        var shown = code.Trim('"');
        AssertErrors(Head + $$"""
            max: 1
            areas:
              - { code: {{code}}, name: A, max: 1, rule: yes_no }
            """,
            $"t.yaml:{position}: code '{shown}' must be letters and digits separated by dots, e.g. 1.2.3");
    }

    [Fact]
    public void MalformedId_IsReported()
    {
        AssertErrors(Leaf("1", "yes_no").Replace("id: t", "id: \"bộ chỉ số\""), "t.yaml:2:5: id 'bộ chỉ số' may contain only letters, digits, '.', '-' and '_'");
    }

    // ---------------------------------------------------------------- tiers

    /// <summary>A tiers leaf with max 2; the tiers list starts on line 10, column 33.</summary>
    private static string Tiers(string tiers, string range = "") => Leaf("2", "{ kind: tiers, " + range + "tiers: " + tiers + " }");

    [Fact]
    public void TiersOverlapping_AreReported_NamingBothTiers()
    {
        AssertErrors(Tiers("[ { le: 50, points: 0 }, { ge: 50, points: 2 } ]"),
            "t.yaml:10:58: tiers of '1' overlap: [0, 50] and [50, 100]");
    }

    [Fact]
    public void TiersLeavingAGapAtTheStart_AreReported()
    {
        AssertErrors(Tiers("[ { ge: 10, points: 2 } ]"),
            "t.yaml:10:35: tiers of '1' leave values from 0 to 10 without points");
    }

    [Fact]
    public void TiersStartingAfterAnOpenBoundAtTheRangeMinimum_AreReported()
    {
        AssertErrors(Tiers("[ { gt: 0, points: 2 } ]"),
            "t.yaml:10:35: tiers of '1' leave values from 0 to 0 without points");
    }

    [Fact]
    public void TiersLeavingAGapInTheMiddle_AreReported()
    {
        AssertErrors(Tiers("[ { lt: 50, points: 0 }, { gt: 50, points: 2 } ]"),
            "t.yaml:10:58: tiers of '1' leave a gap between [0, 50) and (50, 100]");
    }

    [Fact]
    public void TiersLeavingAGapAtTheEnd_AreReported()
    {
        AssertErrors(Tiers("[ { lt: 90, points: 2 } ]"),
            "t.yaml:10:35: tiers of '1' leave values from 90 to 100 without points");
    }

    [Fact]
    public void TiersReachingOutsideTheRange_AreReported()
    {
        AssertErrors(Tiers("[ { ge: -10, lt: 50, points: 0 }, { ge: 50, le: 120, points: 2 } ]"),
            "t.yaml:10:33: tiers of '1' reach outside the range [0, 100]");
    }

    [Fact]
    public void EmptyTier_IsReported()
    {
        AssertErrors(Tiers("[ { lt: 50, points: 0 }, { ge: 50, lt: 50, points: 1 }, { ge: 50, points: 2 } ]"),
            "t.yaml:10:58: a tier of '1' is empty: [50, 50)");
    }

    [Fact]
    public void TierWithBothGeAndGt_IsReported()
    {
        AssertErrors(Tiers("[ { ge: 0, gt: 0, points: 2 } ]"),
            "t.yaml:10:35: a tier of '1' gives both 'ge' and 'gt'; give one");
    }

    [Fact]
    public void TierWithBothLeAndLt_IsReported()
    {
        AssertErrors(Tiers("[ { le: 100, lt: 100, points: 2 } ]"),
            "t.yaml:10:35: a tier of '1' gives both 'le' and 'lt'; give one");
    }

    [Fact]
    public void TierWithoutPoints_IsReported()
    {
        AssertErrors(Tiers("[ { ge: 0 } ]"),
            "t.yaml:10:35: a tier of '1' is missing required key 'points'");
    }

    [Fact]
    public void TierPointsAboveTheLeafMax_AreReported()
    {
        AssertErrors(Tiers("[ { ge: 0, points: 3 } ]"),
            "t.yaml:10:52: a tier of '1' gives 3 points; tiers must give 0 to 2");
    }

    [Fact]
    public void TierBoundThatIsNotANumber_IsReported()
    {
        AssertErrors(Tiers("[ { ge: x, points: 2 } ]"),
            "t.yaml:10:41: 'ge' of a tier of '1' must be a number, not 'x'");
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("[ ]")]
    public void EmptyTiersList_IsReported(string tiers)
    {
        AssertErrors(Tiers(tiers), "t.yaml:10:33: tiers rule of '1' has no tiers");
    }

    [Fact]
    public void TiersRuleWithoutTiers_IsReported()
    {
        AssertErrors(Leaf("2", "{ kind: tiers }"), "t.yaml:10:11: tiers rule of '1' has no tiers");
    }

    [Fact]
    public void TierRangeWithMinNotBelowMax_IsReported()
    {
        AssertErrors(Tiers("[ { points: 2 } ]", "range: [5, 5], "), "t.yaml:10:33: 'range' of '1' must have min below max");
    }

    [Fact]
    public void TierRangeWithThreeNumbers_IsReported()
    {
        AssertErrors(Tiers("[ { points: 2 } ]", "range: [0, 5, 10], "), "t.yaml:10:33: 'range' of '1' must be [min, max]");
    }

    // ---------------------------------------------------------------- choice

    [Fact]
    public void ChoiceWithoutOptions_IsReported()
    {
        AssertErrors(Leaf("1", "{ kind: choice }"), "t.yaml:10:11: choice rule of '1' has no options");
    }

    [Fact]
    public void ChoiceWithAnEmptyOptionsMapping_IsReported()
    {
        AssertErrors(Leaf("1", "{ kind: choice, options: {} }"), "t.yaml:10:36: choice rule of '1' has no options");
    }

    [Fact]
    public void ChoiceOptionsAsAList_AreReported()
    {
        AssertErrors(Leaf("1", "{ kind: choice, options: [a, b] }"), "t.yaml:10:36: 'options' of '1' must be a mapping (key: value pairs), not a list");
    }

    [Fact]
    public void DuplicateOption_IsReported_EvenWhenItDiffersOnlyInCaseAndSpacing()
    {
        AssertErrors(Leaf("1", "{ kind: choice, options: { \"Đạt\": 1, \" đạt \": 0 } }"),
            "t.yaml:10:48: option 'đạt' of '1' is listed twice");
    }

    [Fact]
    public void DuplicateOption_IsReported_WhenItDiffersOnlyInUnicodeNormalisation()
    {
        var decomposed = "Đạt".Normalize(NormalizationForm.FormD);
        AssertErrors(Leaf("1", "{ kind: choice, options: { \"Đạt\": 1, \"" + decomposed + "\": 0 } }"),
            "t.yaml:10:48: option 'Đạt' of '1' is listed twice");
    }

    [Fact]
    public void OptionPointsAboveTheLeafMax_AreReported()
    {
        AssertErrors(Leaf("1", "{ kind: choice, options: { \"Đạt\": 1.5, \"Không\": 0 } }"),
            "t.yaml:10:45: option 'Đạt' of '1' gives 1.5 points; options must give 0 to 1");
    }

    [Fact]
    public void NegativeOptionPoints_AreReported()
    {
        AssertErrors(Leaf("1", "{ kind: choice, options: { \"Đạt\": 1, \"Không\": -1 } }"),
            "t.yaml:10:57: option 'Không' of '1' gives -1 points; options must give 0 to 1");
    }

    [Theory]
    [InlineData("NA")]
    [InlineData("n/a")]
    [InlineData("Không phát sinh")]
    [InlineData("KPS")]
    public void OptionNamedLikeNotApplicable_IsReported(string name)
    {
        AssertErrors(Leaf("1", "{ kind: choice, options: { \"Đạt\": 1, \"" + name + "\": 0 } }"),
            $"t.yaml:10:48: option '{name}' of '1' is reserved for 'not applicable'; choose another name");
    }

    [Fact]
    public void OptionWithAnEmptyName_IsReported()
    {
        AssertErrors(Leaf("1", "{ kind: choice, options: { \"Đạt\": 1, \" \": 0 } }"),
            "t.yaml:10:48: an option of '1' has an empty name");
    }

    [Fact]
    public void OptionNames_AreStoredInNfc()
    {
        var decomposed = "Ban hành kịp thời".Normalize(NormalizationForm.FormD);
        var rule = Assert.IsType<ChoiceRule>(Load(Leaf("1", "{ kind: choice, options: { \"" + decomposed + "\": 1 } }"))["1"].Rule);

        Assert.Equal("Ban hành kịp thời".Normalize(NormalizationForm.FormC), rule.Options[0].Name);
    }

    // ---------------------------------------------------------------- ratio, points, count settings

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    public void NonPositiveRatioTarget_IsReported(string target)
    {
        AssertErrors(Leaf("1", "{ kind: ratio, target: " + target + " }"), "t.yaml:10:34: 'target' of '1' must be positive");
    }

    [Fact]
    public void HugeRatioTarget_IsReported()
    {
        AssertErrors(Leaf("1", "{ kind: ratio, target: 10000000000 }"), "t.yaml:10:34: 'target' of '1' must be at most 1,000,000,000");
    }

    [Fact]
    public void PointsStepThatDoesNotDivideTheMax_IsReported()
    {
        AssertErrors(Leaf("1", "{ kind: points, step: 0.3 }"), "t.yaml:10:33: 'step' 0.3 of '1' does not divide its max 1");
    }

    [Fact]
    public void NonPositivePointsStep_IsReported()
    {
        AssertErrors(Leaf("1", "{ kind: points, step: 0 }"), "t.yaml:10:33: 'step' of '1' must be positive");
    }

    [Fact]
    public void CountWithoutPer_IsReported()
    {
        AssertErrors(Leaf("1", "{ kind: count }"), "t.yaml:10:11: count rule of '1' is missing required key 'per'");
    }

    [Fact]
    public void NonPositiveCountPer_IsReported()
    {
        AssertErrors(Leaf("1", "{ kind: count, per: 0 }"), "t.yaml:10:31: 'per' of '1' must be positive");
    }

    // ---------------------------------------------------------------- numbers and types

    [Fact]
    public void DecimalCommaInANumber_IsReported_WithAHintAboutTheDecimalPoint()
    {
        AssertErrors(Leaf("1", "{ kind: count, per: \"0,5\" }"), "t.yaml:10:31: 'per' of '1' must be a number, not '0,5' (use a decimal point, e.g. 0.5)");
    }

    [Fact]
    public void UnquotedDecimalCommaInMax_IsReported_WithTheHint()
    {
        AssertErrors(Head + """
            max: 1,5
            areas:
              - { code: "1", name: A, max: 1, rule: yes_no }
            """,
            "t.yaml:5:6: 'max' must be a number, not '1,5' (use a decimal point, e.g. 0.5)");
    }

    [Fact]
    public void TextWhereANumberBelongs_IsReported()
    {
        AssertErrors(Leaf("abc", "yes_no"),
            "t.yaml:5:6: 'max' must be a number, not 'abc'",
            "t.yaml:9:10: 'max' of '1' must be a number, not 'abc'");
    }

    [Fact]
    public void ChildrenAsAScalar_AreReported()
    {
        AssertErrors(Head + """
            max: 1
            areas:
              - { code: "1", name: A, max: 1, children: none }
            """,
            "t.yaml:7:45: 'children' of '1' must be a list, not 'none'");
    }

    [Fact]
    public void AreasAsAMapping_AreReported()
    {
        AssertErrors(Head + """
            max: 1
            areas:
              "1": { name: A, max: 1, rule: yes_no }
            """,
            "t.yaml:7:3: 'areas' must be a list, not a mapping");
    }

    [Fact]
    public void AreaAsAScalar_IsReported()
    {
        AssertErrors(Head + "max: 1\nareas: [ one ]\n", "t.yaml:6:10: an area must be a mapping (key: value pairs), not 'one'");
    }

    [Fact]
    public void DocumentThatIsAList_IsReported()
    {
        AssertErrors("- format: 1\n", "t.yaml:1:1: a criteria set must be a mapping (key: value pairs), not a list");
    }

    [Fact]
    public void ComplexKey_IsReported()
    {
        AssertErrors(Leaf("1", "yes_no") + "\n? [a]\n: b\n", "t.yaml:11:3: keys in the criteria set must be plain text");
    }

    [Fact]
    public void DuplicateKey_IsReported()
    {
        AssertErrors(Leaf("1", "yes_no") + "\nid: u\n", "t.yaml:11:1: the key 'id' appears twice in the same mapping; keep one");
    }

    // ---------------------------------------------------------------- format, level, precision, year

    [Fact]
    public void MissingFormat_IsReported()
    {
        AssertErrors(Leaf("1", "yes_no").Replace("format: 1\n", ""), "t.yaml:1:1: the criteria set is missing required key 'format' (write 'format: 1')");
    }

    [Fact]
    public void NewerFormatVersion_IsRefused_AndNothingElseIsReported()
    {
        AssertErrors(Leaf("1", "yes_no").Replace("format: 1", "format: 2").Replace("level: district", "level: city"),
            "t.yaml:1:9: format version 2 is not supported; this version of ParIndex reads format 1 to 1");
    }

    [Fact]
    public void FormatVersionZero_IsRefused()
    {
        AssertErrors(Leaf("1", "yes_no").Replace("format: 1", "format: 0"),
            "t.yaml:1:9: format version 0 is not supported; this version of ParIndex reads format 1 to 1");
    }

    [Fact]
    public void FractionalFormatVersion_IsReported()
    {
        AssertErrors(Leaf("1", "yes_no").Replace("format: 1", "format: 1.5"), "t.yaml:1:9: 'format' must be a whole number, not '1.5'");
    }

    [Fact]
    public void UnknownLevel_IsReported()
    {
        AssertErrors(Leaf("1", "yes_no").Replace("level: district", "level: city"),
            "t.yaml:4:8: 'level' must be one of: ministry, province, department, district, commune; not 'city'");
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("6", 6)]
    public void PrecisionAtTheEdgesOfItsRange_Loads(string text, int expected)
    {
        Assert.Equal(expected, Load(Leaf("1", "yes_no") + "\nprecision: " + text + "\n").Precision);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("7")]
    public void PrecisionOutOfRange_IsReported(string text)
    {
        AssertErrors(Leaf("1", "yes_no") + "\nprecision: " + text + "\n", $"t.yaml:11:12: 'precision' must be between 0 and 6, not {text}");
    }

    [Fact]
    public void ImplausibleYear_IsReported()
    {
        AssertErrors(Leaf("1", "yes_no") + "\nyear: 24\n", "t.yaml:11:7: 'year' 24 is not a plausible assessment year");
    }

    [Fact]
    public void UnknownSourceAndNotApplicable_AreReported()
    {
        AssertErrors(Head + """
            max: 1
            areas:
              - { code: "1", name: A, max: 1, source: council, not_applicable: skip, rule: yes_no }
            """,
            "t.yaml:7:43: 'source' must be one of: self, survey; not 'council'",
            "t.yaml:7:68: 'not_applicable' must be one of: forbidden, full, exclude; not 'skip'");
    }

    // ---------------------------------------------------------------- bands

    [Fact]
    public void Bands_AreOrderedHighestFirst()
    {
        var set = Load(Leaf("1", "yes_no") + "\nbands: [ { name: C, min: 0 }, { name: A, min: 90 }, { name: B, min: 72.5 } ]\n");

        Assert.Equal("A ≥ 90|B ≥ 72.5|C ≥ 0", string.Join("|", set.Bands.Bands.Select(b => b.ToString())));
    }

    [Fact]
    public void TwoBandsWithTheSameMin_AreReported()
    {
        AssertErrors(Leaf("1", "yes_no") + "\nbands: [ { name: A, min: 90 }, { name: B, min: 90 } ]\n",
            "t.yaml:11:48: bands 'A' and 'B' have the same minimum 90");
    }

    [Fact]
    public void BandNameListedTwice_IsReported()
    {
        AssertErrors(Leaf("1", "yes_no") + "\nbands: [ { name: A, min: 90 }, { name: A, min: 80 } ]\n",
            "t.yaml:11:32: band 'A' is listed twice in 'bands'");
    }

    [Fact]
    public void BandWithoutMin_IsReported()
    {
        AssertErrors(Leaf("1", "yes_no") + "\nbands: [ { name: A } ]\n", "t.yaml:11:10: a band is missing required key 'min'");
    }

    [Fact]
    public void BandsAsAMapping_AreReported()
    {
        AssertErrors(Leaf("1", "yes_no") + "\nbands: { A: 90 }\n", "t.yaml:11:8: 'bands' must be a list, not a mapping");
    }

    [Fact]
    public void GroupBands_AreKeyedByTrimmedGroupName()
    {
        var set = Load(Leaf("1", "yes_no") + "\ngroup_bands:\n  \" so \": [ { name: I, min: 90 }, { name: II, min: 0 } ]\n  huyen: []\n");

        Assert.Equal("I|II", string.Join("|", set.BandsFor("so").Bands.Select(b => b.Name)));
        Assert.Empty(set.BandsFor("huyen").Bands);
        Assert.Equal(2, set.GroupBands.Count);
    }

    [Fact]
    public void GroupBandsWithAProblem_AreReportedNamingTheGroup()
    {
        AssertErrors(Leaf("1", "yes_no") + "\ngroup_bands:\n  so: [ { name: I, min: 90 }, { name: I, min: 0 } ]\n",
            "t.yaml:12:31: band 'I' is listed twice in bands of group 'so'");
    }

    [Fact]
    public void GroupNamedTwiceAfterTrimming_OrEmpty_IsReported()
    {
        AssertErrors(Leaf("1", "yes_no") + "\ngroup_bands:\n  so: [ { name: I, min: 0 } ]\n  \" so \": [ { name: I, min: 0 } ]\n  \"\": [ { name: I, min: 0 } ]\n",
            "t.yaml:13:3: group 'so' is given twice in 'group_bands'; first at line 12",
            "t.yaml:14:3: a group name in 'group_bands' must not be empty");
    }

    [Fact]
    public void GroupBandsAsAList_AreReported()
    {
        AssertErrors(Leaf("1", "yes_no") + "\ngroup_bands: [ so ]\n", "t.yaml:11:14: 'group_bands' must be a mapping (key: value pairs), not a list");
    }

    // ---------------------------------------------------------------- ranking

    [Fact]
    public void Ranking_DefaultsToReported()
    {
        Assert.False(Load(Leaf("1", "yes_no")).ExactRanking);
    }

    [Fact]
    public void RankingReportedOrExact_IsRead()
    {
        Assert.False(Load(Leaf("1", "yes_no") + "\nranking: reported\n").ExactRanking);
        Assert.True(Load(Leaf("1", "yes_no") + "\nranking: \" exact \"\n").ExactRanking);
    }

    [Fact]
    public void RankingWithAnUnknownValue_IsReportedAtTheValue()
    {
        AssertErrors(Leaf("1", "yes_no") + "\nranking: rounded\n", "t.yaml:11:10: 'ranking' must be 'reported' or 'exact', not 'rounded'");
    }

    [Fact]
    public void RankingIsCaseSensitive()
    {
        AssertErrors(Leaf("1", "yes_no") + "\nranking: Exact\n", "t.yaml:11:10: 'ranking' must be 'reported' or 'exact', not 'Exact'");
    }

    [Fact]
    public void RankingAsAList_IsReported()
    {
        AssertErrors(Leaf("1", "yes_no") + "\nranking: [exact]\n", "t.yaml:11:10: 'ranking' must be text, not a list");
    }

    // ---------------------------------------------------------------- tie-breakers and penalty

    [Fact]
    public void UnknownTieBreaker_IsReported()
    {
        AssertErrors(Leaf("1", "yes_no") + "\ntie_breakers: [survey, oldest]\n",
            "t.yaml:11:24: unknown tie-breaker 'oldest'; expected survey, self_accuracy, unit_id or node:CODE");
    }

    [Fact]
    public void MistypedTieBreaker_SuggestsTheClosestName()
    {
        AssertErrors(Leaf("1", "yes_no") + "\ntie_breakers: [survy]\n",
            "t.yaml:11:16: unknown tie-breaker 'survy'; expected survey, self_accuracy, unit_id or node:CODE; did you mean 'survey'?");
    }

    [Fact]
    public void TieBreakerNamingAnUnknownNode_IsReported()
    {
        AssertErrors(Leaf("1", "yes_no") + "\ntie_breakers: [\"node:9\"]\n",
            "t.yaml:11:16: tie-breaker 'node:9' names no criterion in the criteria set 't'");
    }

    [Fact]
    public void TieBreakerNamingANode_IsTrimmed()
    {
        Assert.Equal(new[] { "node:1" }, Load(Leaf("1", "yes_no") + "\ntie_breakers: [\"node: 1\"]\n").TieBreakers);
    }

    [Fact]
    public void OverScoringPenaltyThatIsNotPositive_IsReported()
    {
        AssertErrors(Leaf("1", "yes_no") + "\nover_scoring_penalty: { threshold: 0, deduct: 1 }\n",
            "t.yaml:11:23: 'over_scoring_penalty' threshold and deduct must be positive");
    }

    [Fact]
    public void OverScoringPenaltyMissingAKey_IsReported()
    {
        AssertErrors(Leaf("1", "yes_no") + "\nover_scoring_penalty: { threshold: 5 }\n",
            "t.yaml:11:23: 'over_scoring_penalty' is missing required key 'deduct'");
    }

    [Fact]
    public void OverScoringPenaltyWithAnUnknownKey_IsReported()
    {
        AssertErrors(Leaf("1", "yes_no") + "\nover_scoring_penalty: { threshold: 5, deduct: 1, rate: 2 }\n",
            "t.yaml:11:50: unknown key 'rate' in 'over_scoring_penalty'; expected one of: threshold, deduct");
    }

    // ---------------------------------------------------------------- text

    [Fact]
    public void Names_AreNormalisedToNfc()
    {
        var decomposed = "Công tác chỉ đạo điều hành".Normalize(NormalizationForm.FormD);
        var set = Load(Leaf("1", "yes_no").Replace("name: T", $"name: \"{decomposed}\"").Replace("name: A", $"name: \"{decomposed}\"\n    description: \"{decomposed}\""));

        var nfc = "Công tác chỉ đạo điều hành".Normalize(NormalizationForm.FormC);
        Assert.NotEqual(nfc, decomposed);
        Assert.Equal(nfc, set.Name);
        Assert.Equal(nfc, set["1"].Name);
        Assert.Equal(nfc, set["1"].Description);
    }

    [Fact]
    public void NumbersWithDecimals_LoadTheSameUnderAVietnameseCulture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("vi-VN");
            Assert.Equal("1,5", 1.5m.ToString(CultureInfo.CurrentCulture));

            var set = Load(Leaf("2.5", "{ kind: points, step: 0.25 }") + "\nbands: [ { name: A, min: 72.5 } ]\n");
            Assert.Equal(Points.FromDecimal(2.5m), set.MaxPoints);
            Assert.Equal(72.5m, set.Bands.Bands[0].MinIndex);
            Assert.Equal(
                new[] { "t.yaml:10:33: 'step' 0.3 of '1' does not divide its max 2.5" },
                Errors(Leaf("2.5", "{ kind: points, step: 0.3 }")));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    // ---------------------------------------------------------------- several errors

    [Fact]
    public void SeveralErrors_AreReportedAtOnce_SortedByPosition()
    {
        AssertErrors("""
            format: 1
            id: t
            name: T
            level: town
            max: 10
            areas:
              - code: "1"
                name: A
                max: 10
                rule: { kind: ratio }
              - { code: "1", name: B, max: x, rule: yes_no }
            tie_breakers: [fastest]
            bands: [ { name: A, min: "1,5" } ]
            """,
            "t.yaml:4:8: 'level' must be one of: ministry, province, department, district, commune; not 'town'",
            "t.yaml:11:13: duplicate code '1'; first defined at line 7",
            "t.yaml:11:32: 'max' of '1' must be a number, not 'x'",
            "t.yaml:12:16: unknown tie-breaker 'fastest'; expected survey, self_accuracy, unit_id or node:CODE",
            "t.yaml:13:26: 'min' must be a number, not '1,5' (use a decimal point, e.g. 0.5)");
    }

    // ---------------------------------------------------------------- limits

    [Fact]
    public void TreeDeeperThanMaxDepth_IsReportedAtTheFirstNodeTooDeep()
    {
        var yaml = Head + """
            max: 1
            areas:
              - code: "1"
                name: A
                children:
                  - code: "1.1"
                    name: a
                    children:
                      - { code: "1.1.1", name: x, max: 1, rule: yes_no }
            """;

        Assert.Equal(Points.FromDecimal(1), Load(yaml).MaxPoints);
        Assert.Equal(new[] { "t.yaml:13:13: the tree is deeper than the limit of 2 levels" }, Errors(yaml, new CriteriaLoadOptions { MaxDepth = 2 }));
    }

    [Fact]
    public void TreeDeeperThanTheDefaultLimitOfEightLevels_IsReported()
    {
        var sb = new StringBuilder(Head + "max: 1\nareas:\n");
        for (var depth = 0; depth < 9; depth++)
        {
            var indent = new string(' ', depth * 4);
            sb.Append(indent).Append("  - code: \"").Append(string.Join(".", Enumerable.Repeat("1", depth + 1))).Append("\"\n");
            sb.Append(indent).Append("    name: n\n");
            sb.Append(indent).Append(depth == 8 ? "    max: 1\n" : "    children:\n");
        }

        sb.Append(new string(' ', 8 * 4)).Append("    rule: yes_no\n");

        AssertErrors(sb.ToString(), "t.yaml:31:37: the tree is deeper than the limit of 8 levels");
    }

    [Fact]
    public void MoreNodesThanMaxNodes_IsReportedOnceAtTheFirstNodeOverTheLimit()
    {
        var yaml = Head + """
            max: 4
            areas:
              - { code: "1", name: A, max: 1, rule: yes_no }
              - { code: "2", name: B, max: 1, rule: yes_no }
              - { code: "3", name: C, max: 1, rule: yes_no }
              - { code: "4", name: D, max: 1, rule: yes_no }
            """;

        Assert.Equal(4, Load(yaml, new CriteriaLoadOptions { MaxNodes = 4 }).Nodes.Count);
        Assert.Equal(new[] { "t.yaml:9:5: the tree has more than the limit of 2 nodes" }, Errors(yaml, new CriteriaLoadOptions { MaxNodes = 2 }));
    }

    [Fact]
    public void FileLargerThanMaxFileBytes_IsRefused_NamingTheLimitAndHowToRaiseIt()
    {
        var path = TempFile(Leaf("1", "yes_no"));
        try
        {
            var ex = Assert.Throws<ParIndexException>(() => CriteriaSetLoader.Load(path, new CriteriaLoadOptions { MaxFileBytes = 50 }));
            Assert.Equal($"{path}: the file is larger than the limit of 50 bytes; raise the limit with --limit bytes=N (library: CriteriaLoadOptions.MaxFileBytes)", Assert.Single(ex.Diagnostics).ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void FileLargerThanTheDefaultFourMebibytes_IsRefused_WithTheSameMessageInEveryCulture()
    {
        var path = TempFile(Leaf("1", "yes_no") + "\n#" + new string('x', 4 * 1024 * 1024));
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("vi-VN");
            var ex = Assert.Throws<ParIndexException>(() => CriteriaSetLoader.Load(path));
            Assert.Equal($"{path}: the file is larger than the limit of 4,194,304 bytes; raise the limit with --limit bytes=N (library: CriteriaLoadOptions.MaxFileBytes)", Assert.Single(ex.Diagnostics).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            File.Delete(path);
        }
    }

    [Fact]
    public void TextLongerThanMaxFileBytes_IsRefused()
    {
        var yaml = Leaf("1", "yes_no");
        AssertErrorsWith(yaml, new CriteriaLoadOptions { MaxFileBytes = 20 }, $"t.yaml:1:1: text is {yaml.Length} characters; the limit is 20 characters");
    }

    [Fact]
    public void YamlAnchorsAndAliases_AreRefusedInOneError_AtTheFirst()
    {
        AssertErrors(Head + """
            max: &m 1
            areas:
              - { code: "1", name: A, max: *m, rule: yes_no }
            """,
            "t.yaml:5:6: YAML anchors are not supported (&m); write the content out");
    }

    [Fact]
    public void AnAliasWithoutAnAnchorBeforeIt_IsTheOneErrorReported()
    {
        AssertErrors(Head + "max: *m\nareas: []\n", "t.yaml:5:6: YAML aliases are not supported (*m); write the content out");
    }

    [Fact]
    public void BillionLaughs_IsRefusedAtTheFirstAnchor_WithoutExpandingIt()
    {
        // Expanded, the ten levels of nine aliases would be 9^10 (3.5 billion) nodes: gigabytes of memory.
        var sb = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < 10; i++)
        {
            sb.Append($"a{i}: &a{i} [").Append(string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9))).Append("]\n");
        }

        var yaml = sb.ToString();
        Errors(yaml); // warm up: type loading and static caches are not the work under test
        string[] errors = [];
        var allocated = Allocations.Of(() => errors = Errors(yaml));

        Assert.Equal(new[] { "t.yaml:1:5: YAML anchors are not supported (&a0); write the content out" }, errors);
        Assert.True(allocated < 1_000_000, $"{allocated:N0} bytes allocated for a {yaml.Length:N0}-character document");
    }

    [Fact]
    public void ThousandsOfAliases_AreReportedOnce()
    {
        var yaml = "a: &a x\nb: [" + string.Join(", ", Enumerable.Repeat("*a", 100_000)) + "]\n";

        var errors = Errors(yaml);

        Assert.Equal(new[] { "t.yaml:1:4: YAML anchors are not supported (&a); write the content out" }, errors);
    }

    [Fact]
    public void MultipleDocuments_AreRefused()
    {
        AssertErrors(Leaf("1", "yes_no") + "\n---\nformat: 1\n", "t.yaml:11:1: only one YAML document is allowed per file");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n")]
    [InlineData("# just a comment\n")]
    [InlineData("---\n...\n")]
    public void EmptyDocument_IsReported(string yaml)
    {
        AssertErrors(yaml, "t.yaml:1:1: the file is empty");
    }

    [Fact]
    public void AnUnclosedFlowMapping_IsReportedInOurWordsAtItsPosition()
    {
        AssertErrors(Head + "max: 1\nareas:\n  - { code: \"1\", name: A, max: 1, rule: yes_no\n",
            "t.yaml:8:1: a list or mapping in brackets is not closed, or a line continues it at the wrong indentation");
    }

    [Fact]
    public void ATabUsedAsIndentation_IsReportedAtTheTab_NotAt1x1()
    {
        AssertErrors("format: 1\n\tid: t\n", "t.yaml:2:1: a tab character is used for indentation; indent YAML with spaces");
    }

    [Fact]
    public void ATabDeeperInTheFile_IsReportedAtItsLineAndColumn()
    {
        AssertErrors("format: 1\nid: t\nareas:\n  - code: \"1\"\n  \tname: A\n", "t.yaml:5:3: a tab character is used for indentation; indent YAML with spaces");
    }

    [Fact]
    public void AFlowListContinuedAtColumnZero_IsReportedAtTheContinuation_WithoutDotNetsMessage()
    {
        AssertErrors("format: 1\nid: x\nbands: [ a,\nb ]\n", "t.yaml:4:1: a list or mapping in brackets is not closed, or a line continues it at the wrong indentation");
    }

    [Fact]
    public void AColonInAnUnquotedValue_SaysToQuoteIt()
    {
        AssertErrors("format: 1\nid: x\nname: Bộ chỉ số: cấp huyện\n", "t.yaml:3:16: a ':' cannot start a value here; put text containing ': ' in quotes, or fix the indentation");
    }

    [Fact]
    public void AnUnclosedQuote_IsNamedAtItsOpeningQuote()
    {
        AssertErrors("format: 1\nid: x\nname: \"Bộ chỉ số\n", "t.yaml:3:7: a quoted text is not closed: its closing quote is missing");
    }

    [Fact]
    public void AKeyWithoutAColon_SaysTheLineDoesNotFit()
    {
        AssertErrors("format: 1\nid: x\n\"name\" x\n", "t.yaml:3:1: this line does not fit the lines above: check its indentation, and that the key before it ends with ':'");
    }

    [Fact]
    public void AKeyIndentedUnderAValue_SaysToQuoteOrFixTheIndentation()
    {
        AssertErrors("format: 1\nid: x\n  name: a\n", "t.yaml:3:7: a ':' cannot start a value here; put text containing ': ' in quotes, or fix the indentation");
    }

    [Fact]
    public void ErrorsAreInVietnameseUnderAVietnameseInterface()
    {
        var ex = Assert.Throws<ParIndexException>(() => CriteriaSetLoader.Parse("format: 1\n\tid: t\n", "t.yaml"));
        Assert.Equal("t.yaml:2:1: ký tự tab được dùng để thụt lề; hãy thụt lề YAML bằng dấu cách", ex.GetMessage(System.Globalization.CultureInfo.GetCultureInfo("vi")));
    }

    [Fact]
    public void ABadlyIndentedKey_SaysTheLineDoesNotFit()
    {
        AssertErrors("format: 1\nid: x\nareas:\n  - code: \"1\"\n    name: A\n   max: 1\n", "t.yaml:6:4: this line does not fit the lines above: check its indentation, and that the key before it ends with ':'");
    }

    [Fact]
    public void MissingFile_IsReported()
    {
        var path = Path.Combine(Path.GetTempPath(), "parindex-missing-" + Guid.NewGuid().ToString("N") + ".yaml");

        var ex = Assert.Throws<ParIndexException>(() => CriteriaSetLoader.Load(path));

        Assert.Equal($"{path}: file not found", Assert.Single(ex.Diagnostics).ToString());
        Assert.Null(ex.Diagnostics[0].Location);
    }

    [Fact]
    public void DirectoryInsteadOfAFile_IsReportedAsAFolder()
    {
        var path = Path.GetTempPath();

        var ex = Assert.Throws<ParIndexException>(() => CriteriaSetLoader.Load(path));

        Assert.Equal($"{path}: is a folder, not a file; give the file inside it", Assert.Single(ex.Diagnostics).ToString());
    }

    [Fact]
    public void FileFromDisk_LoadsAndUsesItsPathInDiagnostics()
    {
        var path = TempFile(Leaf("1", "yes_no"));
        try
        {
            Assert.Equal(path, CriteriaSetLoader.Load(path).Source);
            File.WriteAllText(path, Leaf("1", "yes_no").Replace("level: district", "level: x"));
            var ex = Assert.Throws<ParIndexException>(() => CriteriaSetLoader.Load(path));
            Assert.Equal($"{path}:4:8: 'level' must be one of: ministry, province, department, district, commune; not 'x'", Assert.Single(ex.Diagnostics).ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ExceptionMessage_ListsEveryDiagnosticOnItsOwnLine()
    {
        var ex = Assert.Throws<ParIndexException>(() => CriteriaSetLoader.Parse("decision: x\n", "t.yaml"));

        Assert.Equal(string.Join(Environment.NewLine, ex.Diagnostics.Select(d => d.ToString())), ex.Message);
        Assert.Equal(6, ex.Diagnostics.Count);
    }

    // ---------------------------------------------------------------- garbage never escapes as anything but ParIndexException

    [Fact]
    public void NestingDeeperThanTheLimit_IsRefusedBeforeBuildingNodes()
    {
        AssertErrors(new string('[', 10_000) + new string(']', 10_000), "t.yaml:1:65: lists and mappings are nested more than 64 levels deep");
    }

    [Fact]
    public void NestingLimit_GrowsWithMaxDepth()
    {
        var yaml = new string('[', 100) + new string(']', 100);

        Assert.Equal(new[] { "t.yaml:1:1: a criteria set must be a mapping (key: value pairs), not a list" }, Errors(yaml, new CriteriaLoadOptions { MaxDepth = 50 }));
    }

    public static IEnumerable<object[]> Garbage()
    {
        var random = new Random(20240601);
        var bytes = new byte[10_000];
        random.NextBytes(bytes);
        yield return new object[] { "random bytes", bytes };
        yield return new object[] { "zero bytes", new byte[1000] };
        yield return new object[] { "JSON", Encoding.UTF8.GetBytes("{\"format\": 1, \"id\": \"x\", \"areas\": [1, 2, {\"code\": null}]}") };
        yield return new object[] { "UTF-16", Encoding.Unicode.GetBytes(Leaf("1", "yes_no")) };
        yield return new object[] { "flow sequence 10,000 deep", Encoding.UTF8.GetBytes(new string('[', 10_000) + new string(']', 10_000)) };
        yield return new object[] { "flow sequence 1,000,000 deep", Encoding.UTF8.GetBytes(new string('[', 1_000_000) + new string(']', 1_000_000)) };
        yield return new object[] { "unterminated flow sequence", Encoding.UTF8.GetBytes(new string('[', 100_000)) };
        yield return new object[] { "flow mapping 100,000 deep", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{a: ", 100_000)) + new string('}', 100_000)) };
        yield return new object[] { "block sequence 100,000 deep", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("- ", 100_000)) + "x\n") };
        yield return new object[] { "long line", Encoding.UTF8.GetBytes("format: " + new string('9', 1_000_000) + "\n") };
        yield return new object[] { "control characters", Encoding.UTF8.GetBytes("format: 1\u0000\u0001\u0002\n") };
        yield return new object[] { "lone surrogate escape", Encoding.UTF8.GetBytes("format: \"\\uD800\"\n") };
        yield return new object[] { "unknown tag", Encoding.UTF8.GetBytes("format: !!binary AAAA\nid: !custom x\n") };
        yield return new object[] { "areas of nulls", Encoding.UTF8.GetBytes(Head + "max: 1\nareas: [~, null, '', {}]\n") };
        yield return new object[] { "huge numbers", Encoding.UTF8.GetBytes(Leaf("99999999999999999999999999999999", "{ kind: count, per: 1e400 }")) };
    }

    [Theory]
    [MemberData(nameof(Garbage))]
    public void Garbage_IsRefusedWithParIndexExceptionOnly_InMemoryLinearInItsSize(string what, byte[] content)
    {
        var path = TempFile(content);
        try
        {
            Exception? ex = null;
            var allocated = Allocations.Of(() => ex = Record.Exception(() => CriteriaSetLoader.Load(path)));

            var pie = Assert.IsType<ParIndexException>(ex);
            Assert.NotEmpty(pie.Diagnostics);

            // Linear in the input (measured: at most 18 bytes per input byte, for the 10,000-deep flow sequence):
            // no expansion, no quadratic copying, nothing read past the limit.
            Assert.True(allocated < 32L * content.Length + 1_000_000, $"{what}: {allocated:N0} bytes allocated for {content.Length:N0} bytes of input");
        }
        finally
        {
            File.Delete(path);
        }
    }

    // ---------------------------------------------------------------- arguments

    [Fact]
    public void NullArguments_AreProgrammingErrors()
    {
        Assert.Throws<ArgumentNullException>(() => CriteriaSetLoader.Parse(null!));
        Assert.Throws<ArgumentNullException>(() => CriteriaSetLoader.Load(null!));
    }

    [Fact]
    public void UnknownShippedId_IsReported()
    {
        var ex = Assert.Throws<ParIndexException>(() => CriteriaSetLoader.LoadShipped("no-such-set"));

        Assert.StartsWith("no shipped criteria set has id 'no-such-set'; shipped sets: ", Assert.Single(ex.Diagnostics).ToString());
    }

    private static void AssertErrorsWith(string yaml, CriteriaLoadOptions options, params string[] expected) => Assert.Equal(expected, Errors(yaml, options));

    [Fact]
    public void Load_FromAStreamThatCannotSeek_GivesTheSetTheFileGives_AndKeepsTheLimit()
    {
        var path = TestData.Path("criteria", "district-hatinh-52-2019.yaml");
        var bytes = System.IO.File.ReadAllBytes(path);
        var fromFile = CriteriaSetLoader.Load(path);
        var fromStream = CriteriaSetLoader.Load(new ForwardOnlyStream(bytes), "upload.yaml");
        Assert.Equal((fromFile.Id, fromFile.MaxPoints.ToDecimal(), string.Join(",", fromFile.Leaves.Select(l => l.Code))), (fromStream.Id, fromStream.MaxPoints.ToDecimal(), string.Join(",", fromStream.Leaves.Select(l => l.Code))));
        var ex = Assert.Throws<ParIndexException>(() => CriteriaSetLoader.Load(new ForwardOnlyStream(bytes), "upload.yaml", new CriteriaLoadOptions { MaxFileBytes = 1000 }));
        Assert.Equal("upload.yaml: more than 1,000 bytes read from an input without a known size (a device, a pipe or a growing file); raise the limit with --limit bytes=N (library: CriteriaLoadOptions.MaxFileBytes)", ex.Diagnostics.Single().ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
