using System.Linq;
using ParIndex.Assessments;
using ParIndex.Criteria;
using ParIndex.Ranking;
using ParIndex.Scoring;

namespace ParIndex.Tests.Ranking;

public class RankGapTests
{
    /// <summary>Area 1 (1.1, max 10) and a deduction block capped at 3 whose criteria deduct up to 2, 2 and 1.</summary>
    private const string CappedYaml = @"format: 1
id: capped
name: Capped
level: district
max: 10
areas:
  - code: '1'
    name: Work
    children:
      - { code: '1.1', name: Plan, max: 10, rule: { kind: points } }
  - code: D
    name: Deductions
    block: deduction
    max: -3
    children:
      - { code: D.1, name: Late, max: -2, rule: { kind: count, per: 1 } }
      - { code: D.2, name: Complaints, max: -2, rule: { kind: count, per: 1 } }
      - { code: D.3, name: Overdue, max: -1, rule: { kind: count, per: 1 } }
";

    private static RankingResult Rank(params (string Id, decimal Plan, decimal Late, decimal Complaints, decimal Overdue)[] units)
    {
        var set = CriteriaSetLoader.Parse(CappedYaml, "capped.yaml");
        var builder = new AssessmentInputBuilder(set);
        foreach (var (id, plan, late, complaints, overdue) in units)
        {
            builder.AddUnit(new UnitInfo(id, id));
            builder.SetSelf(id, "1.1", AssessmentValue.Number(plan));
            builder.SetSelf(id, "D.1", AssessmentValue.Number(late));
            builder.SetSelf(id, "D.2", AssessmentValue.Number(complaints));
            builder.SetSelf(id, "D.3", AssessmentValue.Number(overdue));
        }

        return Ranker.Rank(Scorer.Score(builder.Build()));
    }

    private static string[] Rows(RankGap gap) =>
        gap.Criteria.Select(c => $"{c.Leaf.Leaf.Code} lost {c.Lost} regains {c.Recoverable}{(c.ClosesGap ? " closes" : "")}").ToArray();

    [Fact]
    public void DeductionsOverTheBlockCapRegainOnlyWhatTakesTheBlockBelowTheCap()
    {
        // U1: 9 − min(2 + 2, 3) = 6; its criteria deduct 4, one more than the cap, so removing either regains 1.
        var gap = Rank(("U1", 9, 2, 2, 0), ("U2", 8, 0, 0, 0)).WhatItWouldTake("U1");

        Assert.Equal(new[] { "1.1 lost 1 regains 1", "D.1 lost 2 regains 1", "D.2 lost 2 regains 1" }, Rows(gap));
    }

    [Fact]
    public void DeductionsWithinTheBlockCapRegainWhatTheyLost()
    {
        // U1: 10 − (2 + 1) = 7; U2 8: 1.000001 points to overtake, which either deduction closes alone.
        var gap = Rank(("U1", 10, 2, 1, 0), ("U2", 8, 0, 0, 0)).WhatItWouldTake("U1");

        Assert.Equal(new[] { "D.1 lost 2 regains 2 closes", "D.2 lost 1 regains 1" }, Rows(gap));
    }

    [Fact]
    public void DeductionsThatCannotTakeTheBlockBelowItsCapAreNotListed()
    {
        // U1: 9 − min(2 + 2 + 1, 3) = 6; the criteria deduct 2 beyond the cap, so removing any one of them regains nothing.
        var gap = Rank(("U1", 9, 2, 2, 1), ("U2", 8, 0, 0, 0)).WhatItWouldTake("U1");

        Assert.Equal(new[] { "1.1 lost 1 regains 1" }, Rows(gap));
    }
}
