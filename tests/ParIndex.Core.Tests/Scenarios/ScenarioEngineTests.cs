using System;
using System.Linq;
using ParIndex.Ranking;
using ParIndex.Scenarios;
using static ParIndex.Tests.Scenarios.ScenarioFixtures;

namespace ParIndex.Tests.Scenarios;

public class ScenarioEngineTests
{
    private static readonly ParIndex.Criteria.CriteriaSet Three = Set(ThreeAreas);

    private static ParIndex.Scoring.ScoreSheet ThreeSheet() => Sheet(
        Three,
        ("U1", new[] { 10m, 10m, 15m, 30m, 0m }),
        ("U2", new[] { 20m, 20m, 10m, 10m, 1m }),
        ("U3", new[] { 5m, 5m, 30m, 25m, 0m }));

    [Fact]
    public void ScenarioThatChangesNothingReproducesTheShippedBaselineExactly()
    {
        var sheet = ShippedExample();
        var baseline = Ranker.Rank(sheet);
        var result = ScenarioEngine.Apply(sheet, Scenario.Baseline);

        for (var node = 0; node < sheet.CriteriaSet.Nodes.Count; node++)
        {
            Assert.True(sheet.FinalColumn(node).SequenceEqual(result.Sheet.FinalColumn(node)));
            Assert.True(sheet.MaxColumn(node).SequenceEqual(result.Sheet.MaxColumn(node)));
            Assert.True(sheet.SelfColumn(node).SequenceEqual(result.Sheet.SelfColumn(node)));
        }

        Assert.Equal(
            baseline.Units.Select(u => (u.Id, u.Rank, u.Score.Index, u.Score.Points, u.Score.MaxPoints, u.Score.SurveyPoints, u.Band?.Name)),
            result.Ranking.Units.Select(u => (u.Id, u.Rank, u.Score.Index, u.Score.Points, u.Score.MaxPoints, u.Score.SurveyPoints, u.Band?.Name)));
        Assert.Equal(sheet.CriteriaSet.MaxPoints, result.CriteriaSet.MaxPoints);
    }

    [Fact]
    public void ProportionalRebalanceKeepsTheTotalWithLargestRemainderShares()
    {
        var scenario = new Scenario("two-40", new[] { ScenarioChange.SetMax("2", Points.FromDecimal(40)) }, RebalanceMode.Proportional);
        var result = ScenarioEngine.Apply(ThreeSheet(), scenario);

        // 60 points left for areas 1 and 3 in the ratio 40 : 30: 34.2857142… and 25.7142857…; the spare tick goes to the larger remainder.
        Assert.Equal(new[] { "34.285714", "40", "25.714286", "-5" }, Maxima(result.CriteriaSet, "1", "2", "3", "D"));
        Assert.Equal("100", result.CriteriaSet.MaxPoints.ToString());
        Assert.Equal("17.142857", result.CriteriaSet["1.1"].MaxPoints.ToString());     // descendants scale with their area
        Assert.Equal("8.571429", result.Sheet["U1"].Node("1.1").Points.ToString());    // 10 × 34.285714 / 40 = 8.5714285, half away from zero

        var u1 = result.Sheet["U1"];
        Assert.Equal("17.142857", u1.Node("1").Points.ToString());   // 20 × 34.285714 / 40
        Assert.Equal("20", u1.Node("2").Points.ToString());          // 15 × 40 / 30
        Assert.Equal("25.714286", u1.Node("3").Points.ToString());   // 30 × 25.714286 / 30
        Assert.Equal("62.857143", u1.Points.ToString());
        Assert.Equal("100", u1.MaxPoints.ToString());
        Assert.Equal(62.86m, u1.ReportedIndex);
    }

    [Fact]
    public void RebalanceNoneChangesTheTotal()
    {
        var scenario = new Scenario("two-40", new[] { ScenarioChange.SetMax("2", Points.FromDecimal(40)) }, RebalanceMode.None);
        var result = ScenarioEngine.Apply(ThreeSheet(), scenario);

        Assert.Equal(new[] { "40", "40", "30" }, Maxima(result.CriteriaSet, "1", "2", "3"));
        Assert.Equal("110", result.CriteriaSet.MaxPoints.ToString());
        var u1 = result.Sheet["U1"];
        Assert.Equal("20", u1.Node("2").Points.ToString());
        Assert.Equal("70", u1.Points.ToString());
        Assert.Equal("110", u1.MaxPoints.ToString());
    }

    [Fact]
    public void DropRemovesPointsAndMaximumAndRebalancesTheRest()
    {
        var scenario = new Scenario("no-3", new[] { ScenarioChange.Drop("3"), ScenarioChange.Drop("D") }, RebalanceMode.Proportional);
        var result = ScenarioEngine.Apply(ThreeSheet(), scenario);

        Assert.Equal(new[] { "57.142857", "42.857143", "0", "0" }, Maxima(result.CriteriaSet, "1", "2", "3", "D"));
        var u2 = result.Sheet["U2"];
        Assert.Equal("0", u2.Node("3").Points.ToString());
        Assert.Equal("0", u2.Node("D").Points.ToString());
        Assert.Equal("71.428571", u2.Points.ToString()); // 40 × 57.142857/40 + 10 × 42.857143/30 = 57.142857 + 14.285714
    }

    [Fact]
    public void ChangeBelowAnAreaWithRebalanceNoneRaisesTheAreaAndTheTotal()
    {
        var scenario = new Scenario("x", new[] { ScenarioChange.SetMax("1.1", Points.FromDecimal(30)) }, RebalanceMode.None);
        var result = ScenarioEngine.Apply(ThreeSheet(), scenario);

        Assert.Equal(new[] { "30", "20", "50", "110" }, Maxima(result.CriteriaSet, "1.1", "1.2", "1").Append(result.CriteriaSet.MaxPoints.ToString()));
        Assert.Equal("50", result.Sheet["U2"].Node("1").Points.ToString()); // 1.1: 20 × 30/20 = 30, plus 1.2: 20
    }

    [Fact]
    public void WeightChangeSharesTheParentAgain()
    {
        var set = Set(Weighted);
        var sheet = Sheet(set, ("U1", new[] { 60m, 25m }), ("U2", new[] { 75m, 0m }));
        var result = ScenarioEngine.Apply(sheet, new Scenario("even", new[] { ScenarioChange.SetWeight("W1", 1) }));

        Assert.Equal(new[] { "50", "50" }, Maxima(result.CriteriaSet, "W1", "W2"));
        Assert.Equal(1m, result.CriteriaSet["W1"].Weight);
        Assert.Equal("90", result.Sheet["U1"].Points.ToString()); // 60 × 50/75 + 25 × 50/25
        Assert.Equal("50", result.Sheet["U2"].Points.ToString());
        Assert.Equal(new[] { 1, 2 }, new[] { result.Ranking["U1"].Rank, result.Ranking["U2"].Rank });
    }

    [Fact]
    public void ScenarioBandsAndTieBreakersReplaceTheSets()
    {
        var scenario = new Scenario("bands", Array.Empty<ScenarioChange>(), bands: new ParIndex.Criteria.BandScheme(new[] { new ParIndex.Criteria.Band("Top", 60), new ParIndex.Criteria.Band("Rest", 0) }), tieBreakers: new[] { "unit_id" });
        var result = ScenarioEngine.Apply(ThreeSheet(), scenario);

        Assert.Equal("Top", result.Ranking["U1"].Band!.Name);   // 65
        Assert.Equal("Rest", result.Ranking["U2"].Band!.Name);  // 60 − 1 deducted = 59
        Assert.Equal(new[] { "unit_id" }, result.CriteriaSet.TieBreakers);
    }

    [Fact]
    public void ScenarioGroupBandsReplaceAllOfTheSetsGroupBands()
    {
        var set = Set(ThreeAreas.Replace("areas:", "group_bands:\n  huyen: [ { name: H, min: 0 } ]\nareas:"));
        var builder = new ParIndex.Assessments.AssessmentInputBuilder(set);
        foreach (var (id, group, points) in new[] { ("U1", "huyen", new[] { 10m, 10m, 15m, 30m, 0m }), ("U2", "so", new[] { 20m, 20m, 10m, 10m, 1m }) })
        {
            builder.AddUnit(new ParIndex.Assessments.UnitInfo(id, id, group));
            for (var i = 0; i < points.Length; i++)
            {
                builder.SetSelf(id, set.Leaves[i].Code, ParIndex.Assessments.AssessmentValue.Number(points[i]));
            }
        }

        var sheet = ParIndex.Scoring.Scorer.Score(builder.Build());
        var so = new ParIndex.Criteria.BandScheme(new[] { new ParIndex.Criteria.Band("S1", 50), new ParIndex.Criteria.Band("S2", 0) });
        var scenario = new Scenario("so bands", Array.Empty<ScenarioChange>(), groupBands: new System.Collections.Generic.Dictionary<string, ParIndex.Criteria.BandScheme> { ["so"] = so });

        var baseline = ScenarioEngine.Apply(sheet, Scenario.Baseline);
        var result = ScenarioEngine.Apply(sheet, scenario);

        Assert.Equal(("H", "B"), (baseline.Ranking["U1"].Band!.Name, baseline.Ranking["U2"].Band!.Name));
        Assert.Equal(("B", "S1"), (result.Ranking["U1"].Band!.Name, result.Ranking["U2"].Band!.Name));   // 65 under the default bands; 59 ≥ 50
        Assert.Equal(new[] { "so" }, result.CriteriaSet.GroupBands.Keys);
        Assert.Equal(set.Bands, result.CriteriaSet.Bands);
    }

    [Theory]
    [InlineData("7", "'7' is not a code in the criteria set 't3'")]
    [InlineData("D.1", "'D.1' is in a deduction block, whose max is a cap; a scenario may drop it but not change its max or weight")]
    public void InvalidChangesAreReportedWithExactMessages(string code, string message)
    {
        var ex = Assert.Throws<ParIndexException>(() => ScenarioEngine.Apply(ThreeSheet(), new Scenario("x", new[] { ScenarioChange.SetMax(code, Points.FromDecimal(10)) }, RebalanceMode.None)));
        Assert.Equal(message, Assert.Single(ex.Diagnostics).ToString());
    }

    [Fact]
    public void ProportionalRebalanceThatCannotKeepTheTotalIsAnError()
    {
        var all = new Scenario("x", new[] { ScenarioChange.SetMax("1.1", Points.FromDecimal(10)), ScenarioChange.SetMax("1.2", Points.FromDecimal(10)) });
        var ex = Assert.Throws<ParIndexException>(() => ScenarioEngine.Apply(ThreeSheet(), all));
        Assert.Equal("'rebalance: proportional' cannot keep the total 40 of '1': every node under it is changed (they add up to 20); leave one unchanged or use 'rebalance: none'", Assert.Single(ex.Diagnostics).Message);

        var over = new Scenario("x", new[] { ScenarioChange.SetMax("2", Points.FromDecimal(101)) });
        ex = Assert.Throws<ParIndexException>(() => ScenarioEngine.Apply(ThreeSheet(), over));
        Assert.Equal("the changes under the criteria set 't3' add up to 101 points, more than its total 100, so the other nodes cannot be rescaled to keep it", Assert.Single(ex.Diagnostics).Message);
    }

    [Fact]
    public void ChangingANodeAndItsAncestorIsAnError()
    {
        var scenario = new Scenario("x", new[] { ScenarioChange.SetMax("1", Points.FromDecimal(50)), ScenarioChange.SetMax("1.1", Points.FromDecimal(30)) }, RebalanceMode.None);
        var ex = Assert.Throws<ParIndexException>(() => ScenarioEngine.Apply(ThreeSheet(), scenario));
        Assert.Equal("'1.1' is inside '1', which this scenario also changes; change one or the other", Assert.Single(ex.Diagnostics).Message);
    }

    [Fact]
    public void WeightOnANodeDefinedByMaxIsAnError()
    {
        var ex = Assert.Throws<ParIndexException>(() => ScenarioEngine.Apply(ThreeSheet(), new Scenario("x", new[] { ScenarioChange.SetWeight("2", 2) })));
        Assert.Equal("'2' is defined by 'max' in the criteria set, not by 'weight'; change its 'max' instead", Assert.Single(ex.Diagnostics).Message);
    }

    [Fact]
    public void ScenarioForAnotherCriteriaSetIsAnError()
    {
        var ex = Assert.Throws<ParIndexException>(() => ScenarioEngine.Apply(ThreeSheet(), new Scenario("x", Array.Empty<ScenarioChange>(), criteriaId: "other")));
        Assert.Equal("the scenario is written for criteria set 'other', but the set in use is 't3'", Assert.Single(ex.Diagnostics).Message);
    }
}
