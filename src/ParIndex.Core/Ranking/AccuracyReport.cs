using System;
using System.Collections.Generic;
using System.Linq;
using ParIndex.Criteria;

namespace ParIndex.Ranking;

/// <summary>
/// How far self-assessments were from the appraisal. Self points (self-assessed criteria, before
/// appraisal) are compared with appraised points on the same criteria (final points less survey points),
/// never with the final total.
/// </summary>
public sealed class AccuracyReport
{
    private AccuracyReport(IReadOnlyList<UnitAccuracy> units, IReadOnlyList<CriterionAccuracy> criteria, GroupAccuracy overall, IReadOnlyList<GroupAccuracy> groups)
    {
        Units = units;
        Criteria = criteria;
        Overall = overall;
        Groups = groups;
    }

    /// <summary>Every unit, furthest from its appraisal first (largest |self − appraised|, then unit id).</summary>
    public IReadOnlyList<UnitAccuracy> Units { get; }

    /// <summary>Every self-assessed leaf, in criteria-set order.</summary>
    public IReadOnlyList<CriterionAccuracy> Criteria { get; }

    /// <summary>Averages over every unit.</summary>
    public GroupAccuracy Overall { get; }

    /// <summary>Averages per group when the ranking is by group (in <see cref="RankingResult.Groups"/> order), else empty.</summary>
    public IReadOnlyList<GroupAccuracy> Groups { get; }

    internal static AccuracyReport For(RankingResult ranking)
    {
        var sheet = ranking.Sheet;
        var set = sheet.CriteriaSet;
        var compiled = set.Compiled;
        var unitCount = sheet.Units.Count;
        var downCount = new int[unitCount];
        var criteria = new List<CriterionAccuracy>();
        for (var leaf = 0; leaf < compiled.LeafCount; leaf++)
        {
            if (compiled.IsSurvey[leaf])
            {
                continue;
            }

            var node = compiled.LeafNode[leaf];
            var self = sheet.SelfColumn(node);
            var final = sheet.FinalColumn(node);
            int down = 0, up = 0;
            long downTicks = 0;
            for (var u = 0; u < unitCount; u++)
            {
                if (final[u] < self[u])
                {
                    down++;
                    downTicks += self[u] - final[u];
                    downCount[u]++;
                }
                else if (final[u] > self[u])
                {
                    up++;
                }
            }

            criteria.Add(new CriterionAccuracy(compiled.LeafDefinition(leaf), down, Points.FromTicks(downTicks), up));
        }

        var units = ranking.Units
            .Select(u => new UnitAccuracy(u, downCount[u.Score.Ordinal]))
            .OrderByDescending(a => a.Difference.Abs()).ThenBy(a => a.Unit.Id, StringComparer.Ordinal)
            .ToArray();
        var overall = new GroupAccuracy(null, units);
        var groups = ranking.ByGroup
            ? ranking.Groups.Select(g => new GroupAccuracy(g.Name, units.Where(a => a.Unit.Group == g.Name).ToArray())).ToArray()
            : Array.Empty<GroupAccuracy>();
        return new AccuracyReport(units, criteria, overall, groups);
    }
}

/// <summary>One unit's self-assessment against its appraisal.</summary>
public sealed class UnitAccuracy
{
    internal UnitAccuracy(RankedUnit unit, int criteriaMarkedDown)
    {
        Unit = unit;
        CriteriaMarkedDown = criteriaMarkedDown;
    }

    /// <summary>The unit.</summary>
    public RankedUnit Unit { get; }

    /// <summary>Points the unit gave itself on self-assessed criteria.</summary>
    public Points SelfPoints => Unit.Score.SelfPoints;

    /// <summary>Final points on the same criteria after appraisal.</summary>
    public Points AppraisedPoints => Unit.Score.AppraisedPoints;

    /// <summary>Self − appraised: positive when the unit over-scored itself.</summary>
    public Points Difference => SelfPoints - AppraisedPoints;

    /// <summary>Self ÷ appraised × 100 (over 100 when the unit over-scored), unrounded; <see langword="null"/> when appraised points are zero.</summary>
    public decimal? SelfToAppraisedPercent => AppraisedPoints.IsZero ? null : SelfPoints.ToDecimal() * 100m / AppraisedPoints.ToDecimal();

    /// <summary>How many criteria the appraisal marked down.</summary>
    public int CriteriaMarkedDown { get; }

    /// <summary>The over-scoring penalty applied (zero when none).</summary>
    public Points Penalty => Unit.Penalty;
}

/// <summary>One self-assessed criterion: how often and by how much the appraisal changed it.</summary>
public sealed class CriterionAccuracy
{
    internal CriterionAccuracy(CriteriaNode leaf, int unitsMarkedDown, Points totalMarkDown, int unitsMarkedUp)
    {
        Leaf = leaf;
        UnitsMarkedDown = unitsMarkedDown;
        TotalMarkDown = totalMarkDown;
        UnitsMarkedUp = unitsMarkedUp;
    }

    /// <summary>The leaf criterion.</summary>
    public CriteriaNode Leaf { get; }

    /// <summary>How many units the appraisal gave fewer points than they gave themselves.</summary>
    public int UnitsMarkedDown { get; }

    /// <summary>The points taken off, summed over those units.</summary>
    public Points TotalMarkDown { get; }

    /// <summary>The average points taken off per unit marked down, unrounded; <see langword="null"/> when none was.</summary>
    public decimal? AverageMarkDown => UnitsMarkedDown == 0 ? null : TotalMarkDown.ToDecimal() / UnitsMarkedDown;

    /// <summary>How many units the appraisal gave more points than they gave themselves.</summary>
    public int UnitsMarkedUp { get; }
}

/// <summary>Average self and appraised points over the units of a group (or every unit).</summary>
public sealed class GroupAccuracy
{
    internal GroupAccuracy(string? group, IReadOnlyList<UnitAccuracy> units)
    {
        Group = group;
        UnitCount = units.Count;
        var self = units.Aggregate(Points.Zero, (s, u) => s + u.SelfPoints);
        var appraised = units.Aggregate(Points.Zero, (s, u) => s + u.AppraisedPoints);
        AverageSelfPoints = units.Count == 0 ? 0m : self.ToDecimal() / units.Count;
        AverageAppraisedPoints = units.Count == 0 ? 0m : appraised.ToDecimal() / units.Count;
        UnitsOverScored = units.Count(u => u.Difference > Points.Zero);
        UnitsPenalised = units.Count(u => !u.Penalty.IsZero);
    }

    /// <summary>The group; <see langword="null"/> for every unit (or for units without a group in <see cref="AccuracyReport.Groups"/>).</summary>
    public string? Group { get; }

    /// <summary>The number of units.</summary>
    public int UnitCount { get; }

    /// <summary>Average self points, unrounded.</summary>
    public decimal AverageSelfPoints { get; }

    /// <summary>Average appraised points on the same criteria, unrounded.</summary>
    public decimal AverageAppraisedPoints { get; }

    /// <summary>Units whose self points exceed their appraised points.</summary>
    public int UnitsOverScored { get; }

    /// <summary>Units given the over-scoring penalty.</summary>
    public int UnitsPenalised { get; }
}
