using System.Collections.Generic;
using System.Linq;
using ParIndex.Ranking;
using static ParIndex.Tests.Ranking.RankingFixture;
using ParIndex.IO;

namespace ParIndex.Tests.Ranking;

public class RankerTests
{
    private static string Ranks(RankingResult r) => string.Join(" ", r.Units.Select(u => $"{u.Id}{u.Rank}"));

    [Fact]
    public void TiesShareARankWithTheCompetitionRule()
    {
        var sheet = Score(Set(), new[] { new U("A", 30, 20, 3, 27), new U("B", 30, 20, 3, 27), new U("C", 40, 20, 3, 27), new U("D", 20, 20, 3, 27) });
        var r = Ranker.Rank(sheet);
        Assert.Equal("C1 A2 B2 D4", Ranks(r));
        Assert.Empty(r.TieBreakers);
    }

    [Fact]
    public void UnitsPrintedWithTheSameIndexTieUnlessTheSetAsksForExactComparison()
    {
        var units = new[] { new U("A", 30, 20, 3, 27), new U("E", 30.004m, 20, 3, 27) };
        Assert.Equal("A1 E1", Ranks(Ranker.Rank(Score(Set(), units))));
        var exact = Ranker.Rank(Score(Set("ranking: exact"), units));
        Assert.True(exact.ExactComparison);
        Assert.Equal("E1 A2", Ranks(exact));
        Assert.Equal("E1 A2", Ranks(Ranker.Rank(Score(Set(), units), new RankingOptions { ExactComparison = true })));
    }

    [Fact]
    public void ExactComparisonSeparatesIndicesBeyondDecimalPrecision()
    {
        var units = new[] { new U("A", 10, 0, null, 22.333333m), new U("B", 10, 0, 0, 23.333333m) };
        var r = Ranker.Rank(Score(Set(), units), new RankingOptions { ExactComparison = true });

        // A: 32.333333/97 = 33.33333299…%, B: 33.333333/100 = 33.333333% → both print 33.33; exactly, B is ahead.
        Assert.Equal("B1 A2", Ranks(r));
        Assert.Equal("A1 B1", Ranks(Ranker.Rank(Score(Set(), units))));
    }

    [Fact]
    public void TieBreakersFromTheSetOrderTiedUnits()
    {
        var units = new[] { new U("C", 30, 20, 3, 27), new U("B", 30, 20, 3, 27), new U("A", 30, 17, 3, 30) };
        Assert.Equal("A1 B2 C2", Ranks(Ranker.Rank(Score(Set("tie_breakers: [survey]"), units))));
        Assert.Equal("A1 B2 C3", Ranks(Ranker.Rank(Score(Set("tie_breakers: [survey, unit_id]"), units))));
    }

    [Fact]
    public void TieBreakersFromOptionsReplaceTheSets()
    {
        var sheet = Score(Set("tie_breakers: [survey]"), new[] { new U("C", 30, 20, 3, 27), new U("B", 30, 20, 3, 27), new U("A", 30, 17, 3, 30) });
        Assert.Equal("B1 C1 A3", Ranks(Ranker.Rank(sheet, new RankingOptions { TieBreakers = new[] { "node:1.2" } })));
        Assert.Equal("A1 B1 C1", Ranks(Ranker.Rank(sheet, new RankingOptions { TieBreakers = new string[0] })));
    }

    [Fact]
    public void SelfAccuracyTieBreakerPrefersTheSmallerGap()
    {
        var tied = Score(Set("tie_breakers: [self_accuracy]"), new[] { new U("A", 40, 20, 3, 27), new U("B", 30, 20, 3, 27) }, new[] { new Delta("A", "1.1", -10) });
        Assert.Equal("B1 A2", Ranks(Ranker.Rank(tied)));
    }

    [Fact]
    public void UnknownTieBreakerIsABadInputError()
    {
        var sheet = Score(Set(), new[] { new U("A", 30, 20, 3, 27) });
        var ex = Assert.Throws<ParIndexException>(() => Ranker.Rank(sheet, new RankingOptions { TieBreakers = new[] { "points", "node:9.9" } }));
        Assert.Equal(
            new[] { "unknown tie-breaker 'points'; expected survey, self_accuracy, unit_id or node:CODE", "tie-breaker 'node:9.9' names no criterion in the criteria set 'test-ranking'" },
            ex.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void GroupsAreRankedOnTheirOwnWithTheirOwnBandsAndTheOverallRankIsKept()
    {
        var units = new[] { new U("H1", 30, 20, 3, 32, "huyen"), new U("H2", 25, 20, 3, 27, "huyen"), new U("S1", 40, 20, 3, 32, "so"), new U("S2", 22, 20, 3, 27, "so"), new U("S3", 10, 20, 3, 27, "so") };
        var r = Ranker.Rank(Score(Set(), units));
        Assert.True(r.ByGroup);
        Assert.Equal("S11 H12 H23 S24 S35", Ranks(r));
        Assert.Equal(new[] { "huyen", "so" }, r.Groups.Select(g => g.Name));
        Assert.Equal("H1:1 H2:2", string.Join(" ", r.Groups[0].Units.Select(u => $"{u.Id}:{u.GroupRank}")));
        Assert.Equal("S1:1 S2:2 S3:3", string.Join(" ", r.Groups[1].Units.Select(u => $"{u.Id}:{u.GroupRank}")));
        Assert.Equal("H1 Khá|H2 Yếu|S1 A|S2 B|S3 -", string.Join("|", r.Units.OrderBy(u => u.Id).Select(u => $"{u.Id} {u.Band?.Name ?? "-"}")));

        var together = Ranker.Rank(Score(Set(), units), new RankingOptions { RankWithinGroups = false });
        Assert.False(together.ByGroup);
        Assert.Null(together["S2"].GroupRank);
        Assert.Single(together.Groups);
        Assert.Equal("B", together["S2"].Band!.Name);
    }

    [Fact]
    public void AUnitExactlyOnABandBoundaryIsInTheHigherBand()
    {
        var r = Ranker.Rank(Score(Set(), new[] { new U("ON", 40, 20, 3, 27), new U("NEAR", 39.995m, 20, 3, 27), new U("BELOW", 39.994m, 20, 3, 27) }));
        Assert.Equal("Tốt", r["ON"].Band!.Name);
        Assert.Null(r["ON"].NextBand);
        Assert.Equal("Tốt", r["NEAR"].Band!.Name); // 89.995 is reported as 90.00
        Assert.Equal("Khá", r["BELOW"].Band!.Name); // 89.994 → 89.99
        Assert.Equal(Points.FromDecimal(0.001m), r["BELOW"].PointsToNextBand);
        Assert.Equal(0.01m, r["BELOW"].ReportedPointsToNextBand);

        var exact = Ranker.Rank(Score(Set("ranking: exact"), new[] { new U("ON", 40, 20, 3, 27), new U("NEAR", 39.995m, 20, 3, 27) }));
        Assert.Equal("Tốt", exact["ON"].Band!.Name);
        Assert.Equal("Khá", exact["NEAR"].Band!.Name);
        Assert.Equal(Points.FromDecimal(0.005m), exact["NEAR"].PointsToNextBand);
    }

    [Fact]
    public void ComponentRanksAndLeadersPerArea()
    {
        var r = Ranker.Rank(Score(Set(), new[] { new U("A", 40, 20, 3, 20), new U("B", 40, 20, 3, 30), new U("C", 30, 20, 3, 30) }));
        Assert.Equal("1:A,B 2:B,C", string.Join(" ", r.ComponentRankings.Select(c => $"{c.Area.Code}:{string.Join(",", c.Leaders.Select(l => l.Id))}")));
        Assert.Equal("A:1,3 B:1,1 C:3,1", string.Join(" ", r.Units.OrderBy(u => u.Id).Select(u => $"{u.Id}:{string.Join(",", u.AreaRanks.Select(a => a.Rank))}")));
        Assert.Equal(2, r["B"].AreasLed);
        Assert.Equal(100m, r.ComponentRankings[0].LeadingIndex);
    }

    [Fact]
    public void AccuracyComparesSelfPointsWithAppraisedPointsOnTheSameCriteria()
    {
        var sheet = Score(
            Set(),
            new[] { new U("X", 40, 20, 3, 31), new U("Y", 35, 20, 3, 30) },
            new[] { new Delta("X", "1.1", -5), new Delta("X", "1.2", -2), new Delta("Y", "1.1", -1) },
            new[] { new Delta("Y", "1.2", -0.5m) });
        var a = Ranker.Rank(sheet).Accuracy;
        Assert.Equal("X 63 56 7 112.5 2|Y 58 56.5 1.5 2", string.Join("|", a.Units.Select(u => $"{u.Unit.Id} {u.SelfPoints} {u.AppraisedPoints} {u.Difference}{(u.Unit.Id == "X" ? " " + u.SelfToAppraisedPercent : "")} {u.CriteriaMarkedDown}")));
        Assert.Equal(102.65m, decimal.Round(a.Units[1].SelfToAppraisedPercent!.Value, 2));
        Assert.Equal("1.1 2 6 3|1.2 2 2.5 1.25|1.3 0 0 -", string.Join("|", a.Criteria.Select(c => $"{c.Leaf.Code} {c.UnitsMarkedDown} {c.TotalMarkDown} {c.AverageMarkDown?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}")));
        Assert.Equal(60.5m, a.Overall.AverageSelfPoints);
        Assert.Equal(56.25m, a.Overall.AverageAppraisedPoints);
        Assert.Equal(2, a.Overall.UnitsOverScored);
    }

    [Fact]
    public void OverScoringPenalty_IsTakenOutOfThePointsTheUnitIsRankedOn()
    {
        var units = new[] { new U("X", 40, 20, 3, 31), new U("Y", 35, 20, 3, 30), new U("Z", 40, 20, 3, 30), new U("W", 40, 20, 3, 30) };
        var rounds = new[] { new[] { new Delta("X", "1.1", -5), new Delta("X", "1.2", -2), new Delta("Y", "1.1", -1), new Delta("Y", "1.2", -0.5m), new Delta("Z", "1.1", -5), new Delta("W", "1.1", -4.99m) } };
        Assert.Equal("W1 Z2 X3 Y4", Ranks(Ranker.Rank(Score(Set(), units, rounds))));

        var r = Ranker.Rank(Score(Set("over_scoring_penalty: { threshold: 5, deduct: 1 }"), units, rounds));
        Assert.Equal("W1 Z2 Y3 X4", Ranks(r));
        Assert.Equal("W 0 88.01|Z 1 87|Y 0 86.5|X 1 86", string.Join("|", r.Units.Select(u => $"{u.Id} {u.Penalty} {u.Score.Points}")));
        Assert.Equal(Points.FromDecimal(86), r["X"].Score.Points);
        Assert.Equal(Points.FromDecimal(1), r["X"].Score.OverScoringPenalty);
        Assert.Equal(86.00m, r["X"].Score.ReportedIndex);
        Assert.Equal(2, r.Accuracy.Overall.UnitsPenalised);
    }

    [Fact]
    public void PreviousResultsGiveRankAndIndexChangesAndListUnitsNoLongerRanked()
    {
        var csv = "rank,unit_id,unit_name,index,group_rank\n1,W,Unit W,90.00,\n2,X,Unit X,88.5,\n3,OLD,Old unit,70,\n";
        var units = new[] { new U("X", 40, 20, 3, 31), new U("Y", 35, 20, 3, 30), new U("W", 40, 20, 3, 30) };
        var previous = PreviousResultsReader.Parse(csv, "prev.csv");
        var r = Ranker.Rank(Score(Set(), units, new[] { new Delta("W", "1.1", -4.99m) }), new RankingOptions { Previous = previous });
        Assert.Equal("X1 W2 Y3", Ranks(r));
        Assert.Equal(1, r["X"].RankChange);
        Assert.Equal(5.50m, r["X"].IndexChange);
        Assert.Equal(-1, r["W"].RankChange);
        Assert.Equal(-1.99m, r["W"].IndexChange);
        Assert.Null(r["Y"].Previous);
        Assert.Null(r["Y"].RankChange);
        Assert.Equal("OLD", Assert.Single(r.NotRankedThisYear).Id);
        Assert.Equal("Old unit", r.NotRankedThisYear[0].Name);
    }

    [Fact]
    public void UnitThatMovedToAnotherGroup_HasNoGroupRankChange_RanksInDifferentGroupsAreNotCompared()
    {
        // Last year M was 3rd of group "xa"; this year it is ranked in "huyen": its published change is unknown, not 3 − 2.
        var csv = "rank,unit_id,group,group_rank,index\n1,A,huyen,1,95\n2,K,xa,1,94\n3,L,xa,2,93\n4,M,xa,3,92\n5,B,huyen,2,91\n";
        var units = new[] { new U("A", 40, 20, 3, 31, "huyen"), new U("M", 38, 20, 3, 30, "huyen"), new U("B", 30, 20, 3, 30, "huyen"), new U("K", 40, 20, 3, 30, "xa") };
        var r = Ranker.Rank(Score(Set(), units), new RankingOptions { Previous = PreviousResultsReader.Parse(csv, "prev.csv") });
        Assert.Equal("A1 M2 B3", string.Join(" ", r.Groups[0].Units.Select(u => $"{u.Id}{u.GroupRank}")));
        Assert.Null(r["M"].GroupRankChange);
        Assert.Null(r["M"].PublishedRankChange);
        Assert.Equal(1, r["M"].RankChange); // the overall rank is comparable: 4 → 3
        Assert.Equal(-1, r["B"].GroupRankChange);
        Assert.Equal(-1, r["B"].PublishedRankChange);
        Assert.Equal(0, r["K"].PublishedRankChange);
    }

    [Fact]
    public void PointsToNextRankOvertakeTheNextUnitWhenAddedAndOneTickLessDoesNot()
    {
        foreach (var exact in new[] { false, true })
        {
            var units = new[] { new U("P", 37.3m, 18.2m, null, 29.1m), new U("Q", 36.1m, 17.7m, 2.5m, 28.4m), new U("R", 35.05m, 19.33m, null, 27.77m), new U("S", 34, 19, 2, 27) };
            var options = new RankingOptions { ExactComparison = exact };
            var r = Ranker.Rank(Score(Set(), units), options);
            Assert.Equal("P1 Q2 R3 S4", Ranks(r));
            Assert.Null(r["P"].PointsToNextRank);
            foreach (var unit in units.Skip(1))
            {
                var ranked = r[unit.Id];
                var target = ranked.NextUp!.Id;
                var x = ranked.PointsToNextRank!.Value;
                var after = Ranker.Rank(Score(Set(), units, Spread(unit, x)), options);
                Assert.True(after[unit.Id].Rank < after[target].Rank, $"{unit.Id} + {x} should overtake {target} (exact: {exact})");
                var short1 = Ranker.Rank(Score(Set(), units, Spread(unit, x - Points.FromTicks(1))), options);
                Assert.False(short1[unit.Id].Rank < short1[target].Rank, $"{unit.Id} + {x} − 1 tick should not overtake {target} (exact: {exact})");
            }

            if (!exact)
            {
                // R: 82.15 of 97 → 84.69; overtaking Q (84.70) needs 84.71, i.e. 84.705 × 0.97 = 82.16385 points.
                Assert.Equal(Points.FromDecimal(0.01385m), r["R"].PointsToNextRank);
                Assert.Equal(0.02m, r["R"].ReportedPointsToNextRank);
                Assert.Equal("Q", r["R"].NextUp!.Id);
            }
        }
    }

    [Fact]
    public void PointsToNextBandReachTheBandWhenAddedAndOneTickLessDoesNot()
    {
        var s = new U("S", 34, 19, 2, 27);
        var units = new[] { new U("P", 37.3m, 18.2m, null, 29.1m), s };
        var r = Ranker.Rank(Score(Set(), units));
        Assert.Equal("Tốt", r["S"].NextBand!.Name);
        Assert.Equal(Points.FromDecimal(7.995m), r["S"].PointsToNextBand);
        Assert.Equal("Tốt", Ranker.Rank(Score(Set(), units, Spread(s, Points.FromDecimal(7.995m))))["S"].Band!.Name);
        Assert.Equal("Khá", Ranker.Rank(Score(Set(), units, Spread(s, Points.FromDecimal(7.994999m))))["S"].Band!.Name);
    }

    [Fact]
    public void WhatItWouldTakeListsLeavesThatAloneCloseTheGapCheapestFirst()
    {
        var units = new[] { new U("A", 40, 20, 3, 27), new U("B", 38, 18.5m, 2.9m, 30) };
        var gap = Ranker.Rank(Score(Set(), units)).WhatItWouldTake("B");
        Assert.Equal(Points.FromDecimal(0.605m), gap.PointsToNextRank); // 89.40 → above 90.00 needs 90.005
        Assert.Equal(0.61m, gap.ReportedTargetGap);
        Assert.Equal("1.2 1.5 True|1.1 2 True|2.1 7 True|1.3 0.1 False", string.Join("|", gap.Criteria.Select(c => $"{c.Leaf.Leaf.Code} {c.Lost} {c.ClosesGap}")));
    }

    /// <summary>Adds points to a unit through an appraisal round, filling 1.1, then 1.2, then 1.3 up to their maxima.</summary>
    private static Delta[] Spread(U unit, Points points)
    {
        var left = points.ToDecimal();
        var deltas = new List<Delta>();
        foreach (var (code, self, max) in new[] { ("1.1", unit.P11, 40m), ("1.2", unit.P12, 20m), ("1.3", unit.P13, 3m) })
        {
            if (self is not { } s || left <= 0)
            {
                continue;
            }

            var add = System.Math.Min(left, max - s);
            if (add > 0)
            {
                deltas.Add(new Delta(unit.Id, code, add));
                left -= add;
            }
        }

        Assert.Equal(0m, left);
        return deltas.ToArray();
    }
}
