using System;
using System.Collections.Generic;
using System.Linq;
using ParIndex.Criteria;
using ParIndex.Scoring;

namespace ParIndex.Tests.Scoring;

/// <summary>
/// The scorer's column fast path (one rule kind per loop, branch-free where it pays) is a compiled form of the one leaf
/// scorer, <see cref="CompiledCriteria.Score"/>, which explanations, appraisals and the survey bootstrap use: for every
/// leaf of every shipped set and of a set of edge cases, on generated cells, both give the same points and maximum.
/// </summary>
public class LeafColumnsTests
{
    private const string EdgeCases = """
        format: 1
        id: edge-cases
        name: Edge cases
        level: district
        max: 1010
        areas:
          - code: "1"
            name: A
            max: 1010
            children:
              - { code: "1.1", name: a, max: 2, rule: { kind: tiers, tiers: [ { gt: 90, points: 2 }, { ge: 70, le: 90, points: 1 }, { lt: 70, points: 0 } ] } }
              - { code: "1.2", name: b, max: 2, rule: { kind: tiers, tiers: [ { lt: 70, points: 0 }, { ge: 70, le: 90, points: 1 }, { gt: 90, points: 2 } ] } }
              - { code: "1.3", name: c, max: 1000, rule: { kind: ratio, target: 1000000000 } }
              - { code: "1.4", name: d, max: 3, not_applicable: full, rule: { kind: ratio, target: 7 } }
              - { code: "1.5", name: e, max: 1, not_applicable: exclude, rule: yes_no }
              - { code: "1.6", name: f, max: 1, not_applicable: full, rule: { kind: choice, options: { "x": 1, "y": 0.5, "z": 0 } } }
              - { code: "1.7", name: g, max: 1, not_applicable: exclude, rule: { kind: points, step: 0.25 } }
          - code: "B"
            name: Bonus
            block: bonus
            max: 2
            children:
              - { code: "B.1", name: h, max: 1, not_applicable: full, rule: yes_no }
              - { code: "B.2", name: i, max: 1, rule: { kind: count, per: 0.5 } }
          - code: "D"
            name: Deduction
            block: deduction
            max: -5
            children:
              - { code: "D.1", name: j, max: -2, not_applicable: full, rule: { kind: count, per: 0.5 } }
              - { code: "D.2", name: k, max: -3, rule: { kind: points, step: 0.5 } }
        """;

    public static TheoryData<string> Sets()
    {
        var data = new TheoryData<string>();
        foreach (var id in CriteriaSetLoader.ShippedIds)
        {
            data.Add(id);
        }

        data.Add("edge-cases");
        return data;
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void TheColumnFastPathGivesWhatTheLeafScorerGivesForEveryCell(string id)
    {
        var set = id == "edge-cases" ? CriteriaSetLoader.Parse(EdgeCases, "edge-cases.yaml") : CriteriaSetLoader.LoadShipped(id);
        var c = set.Compiled;
        var random = new Random(20261201);
        for (var leaf = 0; leaf < c.LeafCount; leaf++)
        {
            var cells = Cells(c, leaf, random).ToArray();
            var points = new long[cells.Length];
            var max = new long[cells.Length];
            LeafColumns.Score(c, leaf, cells, points, max);
            for (var u = 0; u < cells.Length; u++)
            {
                c.Score(leaf, cells[u], out var expectedPoints, out var expectedMax);
                Assert.Equal((c.LeafDefinition(leaf).Code, cells[u], expectedPoints, expectedMax), (c.LeafDefinition(leaf).Code, cells[u], points[u], max[u]));
            }
        }
    }

    [Fact]
    public void TheEdgeCasesReachEveryRuleKindAndBothRatioPaths()
    {
        var c = CriteriaSetLoader.Parse(EdgeCases, "edge-cases.yaml").Compiled;
        var kinds = Enumerable.Range(0, c.LeafCount).Select(l => c.Kind[l]).Distinct().OrderBy(k => k).ToArray();
        Assert.Equal(Enum.GetValues(typeof(RuleKind)).Cast<RuleKind>().OrderBy(k => k).ToArray(), kinds);

        // The ratio leaf "1.3" is too wide for the long-only path: magnitude × target overflows a long.
        Assert.True(c.TryGetLeaf("1.3", out var wide));
        Assert.True(c.Magnitude[wide] > long.MaxValue / c.Param[wide]);
    }

    /// <summary>Cells the input reader can produce for a leaf: boundaries, extremes and random values.</summary>
    private static IEnumerable<long> Cells(CompiledCriteria c, int leaf, Random random)
    {
        if (c.NotApplicable[leaf] != NotApplicablePolicy.Forbidden)
        {
            yield return CompiledCriteria.NotApplicableCell;
        }

        var magnitude = c.Magnitude[leaf];
        switch (c.Kind[leaf])
        {
            case RuleKind.YesNo:
                for (var i = 0; i < 40; i++)
                {
                    yield return random.Next(2);
                }

                break;
            case RuleKind.Choice:
                for (var i = 0; i < 40; i++)
                {
                    yield return random.Next(c.TierCount[leaf]);
                }

                break;
            case RuleKind.Tiers:
                var low = c.DomainMin[leaf];
                var high = c.DomainMax[leaf];
                foreach (var bound in c.TierMax.Skip(c.TierStart[leaf]).Take(c.TierCount[leaf]))
                {
                    foreach (var cell in new[] { bound - 1, bound, bound + 1 })
                    {
                        if (cell >= low && cell <= high)
                        {
                            yield return cell;
                        }
                    }
                }

                yield return low;
                yield return high;
                for (var i = 0; i < 200; i++)
                {
                    yield return low + (long)(random.NextDouble() * (high - low));
                }

                break;
            case RuleKind.Ratio:
                var target = c.Param[leaf];
                foreach (var cell in new[] { 0, 1, target - 1, target, target + 1, target * 2, (target / 2) + 1, target / 3 })
                {
                    yield return cell;
                }

                for (var i = 0; i < 200; i++)
                {
                    yield return (long)(random.NextDouble() * target * 1.2);
                }

                break;
            case RuleKind.Points:
                var step = c.Param[leaf];
                for (var k = 0L; k * step <= magnitude; k++)
                {
                    yield return k * step;
                }

                break;
            default:
                var per = c.Param[leaf];
                var cap = (magnitude + per - 1) / per;
                for (var n = 0L; n <= cap + 3; n++)
                {
                    yield return n;
                }

                yield return int.MaxValue;
                break;
        }
    }
}
