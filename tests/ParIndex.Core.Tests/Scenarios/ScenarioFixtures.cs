using System.Collections.Generic;
using System.Globalization;
using ParIndex.Assessments;
using ParIndex.Criteria;
using ParIndex.IO;
using ParIndex.Scoring;

namespace ParIndex.Tests.Scenarios;

/// <summary>Small hand-computable criteria sets and score sheets for the scenario tests.</summary>
internal static class ScenarioFixtures
{
    /// <summary>Areas 1 (1.1 + 1.2, max 40), 2 (max 30), 3 (max 30) and a deduction block D; bands A ≥ 80, B ≥ 0.</summary>
    public const string ThreeAreas = @"format: 1
id: t3
name: Three areas
level: district
max: 100
bands:
  - { name: A, min: 80 }
  - { name: B, min: 0 }
areas:
  - code: ""1""
    name: One
    max: 40
    children:
      - { code: ""1.1"", name: x, max: 20, rule: { kind: points } }
      - { code: ""1.2"", name: y, max: 20, rule: { kind: points } }
  - { code: ""2"", name: Two, max: 30, rule: { kind: points } }
  - { code: ""3"", name: Three, max: 30, rule: { kind: points } }
  - code: D
    name: Deduction
    block: deduction
    max: -5
    children:
      - { code: D.1, name: d, max: -5, rule: { kind: points } }
";

    /// <summary>Areas W1 and W2 given by weight 3 : 1 of 100 points.</summary>
    public const string Weighted = @"format: 1
id: tw
name: Weighted
level: district
max: 100
areas:
  - { code: W1, name: One, weight: 3, rule: { kind: points } }
  - { code: W2, name: Two, weight: 1, rule: { kind: points } }
";

    public static CriteriaSet Set(string yaml) => CriteriaSetLoader.Parse(yaml, "set.yaml");

    /// <summary>Scores units given as (id, points per leaf in set order, negative as points too).</summary>
    public static ScoreSheet Sheet(CriteriaSet set, params (string Id, decimal[] Points)[] units)
    {
        var builder = new AssessmentInputBuilder(set);
        foreach (var (id, points) in units)
        {
            builder.AddUnit(new UnitInfo(id, id));
            for (var i = 0; i < points.Length; i++)
            {
                builder.SetSelf(id, set.Leaves[i].Code, AssessmentValue.Number(points[i]));
            }
        }

        return Scorer.Score(builder.Build());
    }

    public static ScoreSheet ShippedExample() =>
        Scorer.Score(AssessmentFiles.Load(
            CriteriaSetLoader.LoadShipped(),
            TestData.Path("examples", "units.csv"),
            new[] { TestData.Path("examples", "appraisal.csv"), TestData.Path("examples", "appraisal-round2.csv") },
            TestData.Path("examples", "survey.csv")));

    public static string Show(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static IEnumerable<string> Maxima(CriteriaSet set, params string[] codes)
    {
        foreach (var code in codes)
        {
            yield return set[code].MaxPoints.ToString();
        }
    }
}
