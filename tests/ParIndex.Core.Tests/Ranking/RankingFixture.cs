using System;
using System.Collections.Generic;
using ParIndex.Assessments;
using ParIndex.Criteria;
using ParIndex.Scoring;

namespace ParIndex.Tests.Ranking;

/// <summary>A small hand-computable criteria set and round: area 1 self-assessed (1.1 max 40, 1.2 max 20, 1.3 max 3 excludable), area 2 survey (2.1 max 37).</summary>
internal static class RankingFixture
{
    public const string BaseYaml = @"format: 1
id: test-ranking
name: Test
level: district
max: 100
precision: 2
bands:
  - { name: Tốt, min: 90 }
  - { name: Khá, min: 80 }
  - { name: Yếu, min: 0 }
group_bands:
  so:
    - { name: A, min: 90 }
    - { name: B, min: 70 }
{EXTRA}
areas:
  - code: '1'
    name: Tự đánh giá
    children:
      - { code: '1.1', name: Một, max: 40, rule: { kind: points } }
      - { code: '1.2', name: Hai, max: 20, rule: { kind: points } }
      - { code: '1.3', name: Ba, max: 3, rule: { kind: points }, not_applicable: exclude }
  - code: '2'
    name: Khảo sát
    source: survey
    children:
      - { code: '2.1', name: Khảo sát, max: 37, rule: { kind: points } }
";

    public static CriteriaSet Set(string extra = "") => CriteriaSetLoader.Parse(BaseYaml.Replace("{EXTRA}", extra), "test.yaml");

    /// <summary>One unit: id, group, self points on 1.1, 1.2, 1.3 (null = not applicable), survey points on 2.1.</summary>
    public sealed record U(string Id, decimal P11, decimal P12, decimal? P13, decimal Survey, string? Group = null);

    /// <summary>An appraisal: unit, code, points delta.</summary>
    public sealed record Delta(string Id, string Code, decimal Points);

    public static ScoreSheet Score(CriteriaSet set, IEnumerable<U> units, params Delta[][] rounds)
    {
        var b = new AssessmentInputBuilder(set);
        foreach (var u in units)
        {
            b.AddUnit(new UnitInfo(u.Id, "Unit " + u.Id, u.Group));
            b.SetSelf(u.Id, "1.1", AssessmentValue.Number(u.P11));
            b.SetSelf(u.Id, "1.2", AssessmentValue.Number(u.P12));
            b.SetSelf(u.Id, "1.3", u.P13 is { } p ? AssessmentValue.Number(p) : AssessmentValue.NotApplicable);
            b.SetSurvey(u.Id, "2.1", AssessmentValue.Number(u.Survey));
        }

        for (var r = 0; r < rounds.Length; r++)
        {
            var round = b.AddAppraisalRound("round " + (r + 1));
            foreach (var d in rounds[r])
            {
                round.AddPoints(d.Id, d.Code, d.Points, "test");
            }
        }

        if (b.Diagnostics.Count > 0)
        {
            throw new InvalidOperationException(string.Join("\n", b.Diagnostics));
        }

        return Scorer.Score(b.Build());
    }
}
