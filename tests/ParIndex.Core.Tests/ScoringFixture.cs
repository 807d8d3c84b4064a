using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ParIndex.Assessments;
using ParIndex.Criteria;
using ParIndex.Scoring;

namespace ParIndex.Tests;

/// <summary>
/// A small criteria set whose results can be computed by hand (max 20): every rule kind, the three
/// not-applicable modes, a survey area, a deduction block and a bonus block.
/// </summary>
internal static class ScoringFixture
{
    public const string Yaml = """
        format: 1
        id: test-set
        name: "Bộ chỉ số thử"
        level: district
        max: 20
        precision: 2
        bands:
          - { name: "Tốt", min: 90 }
          - { name: "Khá", min: 80 }
          - { name: "Yếu", min: 0 }
        areas:
          - code: "1"
            name: "Chỉ đạo điều hành"
            max: 10
            children:
              - code: "1.1"
                name: "Ban hành kế hoạch"
                max: 1
                rule: { kind: choice, options: { "Kịp thời": 1, "Không kịp thời": 0.5, "Không ban hành": 0 } }
              - code: "1.2"
                name: "Thực hiện kế hoạch"
                max: 2
                rule: { kind: tiers, tiers: [ { gt: 90, points: 2 }, { ge: 70, le: 90, points: 1 }, { lt: 70, points: 0 } ] }
              - code: "1.3"
                name: "Tuyên truyền"
                max: 1
                rule: yes_no
                not_applicable: full
              - code: "1.4"
                name: "Tỷ lệ trả lời đúng hạn"
                max: 3
                rule: { kind: ratio, target: 100 }
              - code: "1.5"
                name: "Kiểm tra"
                max: 3
                rule: { kind: points, step: 0.25 }
          - code: "2"
            name: "Thể chế"
            max: 4
            not_applicable: exclude
            children:
              - { code: "2.1", name: "Rà soát văn bản", max: 1, rule: yes_no }
              - code: "2.2"
                name: "Xử lý văn bản trái pháp luật"
                max: 3
                children:
                  - { code: "2.2.1", name: "Kiểm tra văn bản", max: 2, rule: { kind: points, step: 0.5 } }
                  - { code: "2.2.2", name: "Xử lý kịp thời", max: 1, rule: yes_no }
          - code: "3"
            name: "Điều tra xã hội học"
            max: 6
            source: survey
            children:
              - { code: "3.1", name: "Người dân", weight: 2, rule: { kind: ratio } }
              - { code: "3.2", name: "Doanh nghiệp", weight: 1, rule: { kind: ratio } }
          - code: "D"
            name: "Điểm trừ"
            block: deduction
            max: -2
            children:
              - { code: "D.1", name: "Văn bản bị hủy", max: -1.5, rule: { kind: count, per: 0.5 } }
              - { code: "D.2", name: "Chậm báo cáo", max: -1, rule: { kind: count, per: 0.25 } }
          - code: "B"
            name: "Điểm thưởng"
            block: bonus
            max: 1
            children:
              - { code: "B.1", name: "Sáng kiến", max: 0.75, rule: { kind: count, per: 0.25 } }
              - { code: "B.2", name: "Giải thưởng", max: 0.5, rule: yes_no }
        """;

    /// <summary>Self values that earn full points (18 self-assessed + 0 deductions + 0 bonus).</summary>
    public static readonly (string Code, string Value)[] Full =
    {
        ("1.1", "Kịp thời"), ("1.2", "100"), ("1.3", "1"), ("1.4", "100"), ("1.5", "3"),
        ("2.1", "1"), ("2.2.1", "2"), ("2.2.2", "1"),
        ("D.1", "0"), ("D.2", "0"), ("B.1", "0"), ("B.2", "0"),
    };

    /// <summary>The wide CSV header for <see cref="Set"/>.</summary>
    public const string WideHeader = "unit_id,unit_name,group,1.1,1.2,1.3,1.4,1.5,2.1,2.2.1,2.2.2,D.1,D.2,B.1,B.2";

    private static CriteriaSet? set;

    public static CriteriaSet Set => set ??= CriteriaSetLoader.Parse(Yaml, "test-set.yaml");

    /// <summary>Adds a unit with full-mark values, some replaced, and survey results.</summary>
    public static void AddUnit(AssessmentInputBuilder builder, string id, string survey31 = "100", string survey32 = "100", params (string Code, string Value)[] overrides)
    {
        builder.AddUnit(new UnitInfo(id, "Đơn vị " + id, "huyen"));
        foreach (var (code, value) in Full)
        {
            var replaced = overrides.Where(o => o.Code == code).Select(o => o.Value).LastOrDefault();
            builder.SetSelf(id, code, AssessmentValue.Raw(replaced ?? value));
        }

        builder.SetSurvey(id, "3.1", AssessmentValue.Raw(survey31));
        builder.SetSurvey(id, "3.2", AssessmentValue.Raw(survey32));
    }

    /// <summary>Scores one unit with full marks except the given self values.</summary>
    public static UnitScore One(params (string Code, string Value)[] overrides) => One("100", "100", overrides);

    public static UnitScore One(string survey31, string survey32, params (string Code, string Value)[] overrides)
    {
        var builder = new AssessmentInputBuilder(Set);
        AddUnit(builder, "U1", survey31, survey32, overrides);
        return Scorer.Score(builder.Build())["U1"];
    }

    public static string Show(decimal? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "null";

    /// <summary>Runs an action under each of the cultures the results must not depend on, restoring the culture after.</summary>
    public static IReadOnlyList<T> UnderEachCulture<T>(Func<T> action)
    {
        var results = new List<T>();
        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;
        try
        {
            foreach (var name in new[] { "vi-VN", "en-US", "de-DE", "tr-TR" })
            {
                CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
                results.Add(action());
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }

        return results;
    }
}
