using ParIndex.Criteria;
using ParIndex.Survey;

namespace ParIndex.Tests.Survey;

/// <summary>A small criteria set with two survey leaves, and definitions for it.</summary>
internal static class SurveyFixtures
{
    public const string SetYaml = """
        format: 1
        id: tiny
        name: "Tiny"
        level: district
        max: 100
        areas:
          - code: "1"
            name: "Self"
            max: 60
            children:
              - { code: "1.1", name: "a", max: 60, rule: yes_no }
          - code: "2"
            name: "Survey"
            max: 40
            source: survey
            children:
              - { code: "2.1", name: "b", weight: 1, rule: { kind: ratio } }
              - { code: "2.2", name: "c", weight: 1, rule: { kind: ratio } }
        """;

    /// <summary>Q1 → 2.1 pooled over both groups; Q2 and Q3 → 2.2, Q2 weighted 3 : 1 between the groups, Q3 asked to businesses only, Q2 weight 3, Q3 weight 1.</summary>
    public const string DefinitionYaml = """
        format: 1
        id: tiny-survey
        criteria: tiny
        precision: 2
        blank: BLANK
        dont_know: DONTKNOW
        groups:
          - { id: dan, name: "Người dân" }
          - { id: dn, name: "Doanh nghiệp" }
        scales:
          a-e:
            - { answer: "A", label: "Rất hài lòng", weight: 100 }
            - { answer: "B", label: "Hài lòng", weight: 60 }
            - { answer: "C", weight: 20 }
            - { answer: "D", weight: 0 }
            - { answer: "E", label: "Không biết", dont_know: true }
        questions:
          - { id: Q1, criterion: "2.1", scale: a-e, groups: [dan, dn] }
          - { id: Q2, criterion: "2.2", scale: a-e, weight: 3, groups: { dan: 3, dn: 1 } }
          - id: Q3
            criterion: "2.2"
            groups: [dn]
            options:
              - { answer: "1", weight: 0 }
              - { answer: "2", weight: 25 }
              - { answer: "3", weight: 50 }
              - { answer: "4", weight: 75 }
              - { answer: "5", weight: 100 }
        """;

    public static CriteriaSet Set() => CriteriaSetLoader.Parse(SetYaml, "tiny.yaml");

    public static SurveyDefinition Definition(string blank = "exclude", string dontKnow = "exclude") =>
        SurveyDefinitionLoader.Parse(DefinitionYaml.Replace("BLANK", blank).Replace("DONTKNOW", dontKnow), "tiny-survey.yaml", Set());
}
