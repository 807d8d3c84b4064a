using System.Collections.Generic;
using System.Linq;
using ParIndex.Assessments;
using ParIndex.Criteria;

namespace ParIndex.Scoring;

/// <summary>
/// A unit's scorecard (phiếu chấm điểm): every criterion with its maximum, the self-assessed value and points, each
/// appraisal with its reason, and the final points; what <c>parindex explain</c> shows and a report prints per unit.
/// </summary>
public sealed class Scorecard
{
    private Scorecard(UnitScore unit, IReadOnlyList<LeafResult> leaves)
    {
        Unit = unit;
        Leaves = leaves;
    }

    /// <summary>The unit's score.</summary>
    public UnitScore Unit { get; }

    /// <summary>Every leaf in criteria-set order.</summary>
    public IReadOnlyList<LeafResult> Leaves { get; }

    /// <summary>
    /// The deduction blocks whose criteria together deduct more than the block's cap, each with the deduction
    /// actually applied (<see cref="PointsLoss.Lost"/>) and what its criteria deduct before the cap.
    /// </summary>
    public IReadOnlyList<PointsLoss> CappedBlocks => Unit.Sheet.CriteriaSet.Areas
        .Where(a => a.Block == NodeBlock.Deduction)
        .Select(a => new PointsLoss(a, Unit.Node(a.Code).Points, -Unit.Node(a.Code).Points, Leaves.Where(l => l.Leaf.Area == a).Aggregate(Points.Zero, (sum, l) => sum + l.Lost)))
        .Where(b => b.DeductedBeforeCap > b.Lost)
        .ToArray();

    /// <summary>
    /// Where the unit lost points, most lost first (ties in criteria-set order): every leaf that lost points, except
    /// that the criteria of a deduction block over its cap are replaced by the block, with the deduction actually applied.
    /// </summary>
    public IReadOnlyList<PointsLoss> LargestLosses
    {
        get
        {
            var capped = CappedBlocks;
            var losses = new List<PointsLoss>();
            foreach (var leaf in Leaves)
            {
                var block = capped.FirstOrDefault(b => b.Node == leaf.Leaf.Area);
                if (block is null)
                {
                    if (leaf.Lost > Points.Zero)
                    {
                        losses.Add(new PointsLoss(leaf.Leaf, leaf.Points, leaf.Lost, null));
                    }
                }
                else if (!losses.Contains(block))
                {
                    losses.Add(block);
                }
            }

            return losses.OrderByDescending(l => l.Lost).ToArray();
        }
    }

    internal static Scorecard For(UnitScore unit)
    {
        var sheet = unit.Sheet;
        var input = sheet.Input;
        var c = input.Compiled;
        var units = input.Units.Count;
        var u = unit.Ordinal;
        var steps = new List<AppraisalStep>[c.LeafCount];
        var state = new (long Points, long Max)[c.LeafCount];
        var results = new LeafResult[c.LeafCount];
        for (var leaf = 0; leaf < c.LeafCount; leaf++)
        {
            c.Score(leaf, input.Cells[(leaf * units) + u], out var p, out var m);
            state[leaf] = (p, m);
        }

        foreach (var round in input.AppraisalRounds)
        {
            foreach (var adjustment in round.Adjustments)
            {
                if (adjustment.UnitOrdinal != u)
                {
                    continue;
                }

                var leaf = adjustment.LeafOrdinal;
                if (AppraisalSteps.TryAdjust(c, adjustment, state[leaf].Points, state[leaf].Max, out var p, out var m, out _))
                {
                    state[leaf] = (p, m);
                    (steps[leaf] ??= new List<AppraisalStep>()).Add(new AppraisalStep(round.Name, adjustment, Points.FromTicks(p)));
                }
            }
        }

        for (var leaf = 0; leaf < c.LeafCount; leaf++)
        {
            var cell = input.Cells[(leaf * units) + u];
            c.Score(leaf, cell, out var selfPoints, out _);
            var node = c.LeafNode[leaf];
            input.Notes.TryGetValue((leaf, u), out var note);
            results[leaf] = new LeafResult(
                c.LeafDefinition(leaf),
                c.Display(leaf, cell),
                c.IsSurvey[leaf] ? Points.Zero : Points.FromTicks(selfPoints),
                cell == CompiledCriteria.NotApplicableCell,
                (IReadOnlyList<AppraisalStep>?)steps[leaf] ?? System.Array.Empty<AppraisalStep>(),
                Points.FromTicks(sheet.FinalTicks(node, u)),
                Points.FromTicks(sheet.MaxTicks(node, u)),
                note?.Evidence,
                note?.Note);
        }

        return new Scorecard(unit, results);
    }
}

/// <summary>One leaf's result for one unit.</summary>
public sealed class LeafResult
{
    internal LeafResult(CriteriaNode leaf, string selfValue, Points selfPoints, bool selfNotApplicable, IReadOnlyList<AppraisalStep> appraisals, Points points, Points maxPoints, string? evidence, string? note)
    {
        Leaf = leaf;
        SelfValue = selfValue;
        SelfPoints = selfPoints;
        SelfNotApplicable = selfNotApplicable;
        Appraisals = appraisals;
        Points = points;
        MaxPoints = maxPoints;
        Evidence = evidence;
        Note = note;
    }

    /// <summary>The leaf.</summary>
    public CriteriaNode Leaf { get; }

    /// <summary>The self-assessed value (or the survey result for a survey leaf) as a person would write it.</summary>
    public string SelfValue { get; }

    /// <summary>The points the self-assessed value earns (zero for a survey leaf).</summary>
    public Points SelfPoints { get; }

    /// <summary>Whether the unit marked the leaf not applicable.</summary>
    public bool SelfNotApplicable { get; }

    /// <summary>Each appraisal that changed this leaf, in order.</summary>
    public IReadOnlyList<AppraisalStep> Appraisals { get; }

    /// <summary>Final points.</summary>
    public Points Points { get; }

    /// <summary>The applicable maximum (zero when excluded as not applicable, or in a deduction or bonus block).</summary>
    public Points MaxPoints { get; }

    /// <summary>Points lost: the applicable maximum less the final points; for a deduction, the points deducted.</summary>
    public Points Lost => Leaf.Block == NodeBlock.Deduction ? -Points : Leaf.Block == NodeBlock.Bonus ? Points.Zero : MaxPoints - Points;

    /// <summary>Evidence the unit cited, if any.</summary>
    public string? Evidence { get; }

    /// <summary>The unit's note, if any.</summary>
    public string? Note { get; }
}

/// <summary>One appraisal round's change to a leaf.</summary>
public sealed class AppraisalStep
{
    internal AppraisalStep(string round, Adjustment adjustment, Points pointsAfter)
    {
        Round = round;
        Adjustment = adjustment;
        PointsAfter = pointsAfter;
    }

    /// <summary>The round's name.</summary>
    public string Round { get; }

    /// <summary>The adjustment as given, with its reason.</summary>
    public Adjustment Adjustment { get; }

    /// <summary>The leaf's points after this adjustment.</summary>
    public Points PointsAfter { get; }
}

/// <summary>Points a unit lost on one leaf, or on a deduction block whose criteria together deduct more than its cap.</summary>
public sealed class PointsLoss
{
    internal PointsLoss(CriteriaNode node, Points points, Points lost, Points? deductedBeforeCap)
    {
        Node = node;
        Points = points;
        Lost = lost;
        DeductedBeforeCap = deductedBeforeCap;
    }

    /// <summary>The leaf, or the deduction block.</summary>
    public CriteriaNode Node { get; }

    /// <summary>The node's final points (negative for a deduction).</summary>
    public Points Points { get; }

    /// <summary>The points lost: the applicable maximum less the final points; for a deduction, the points actually deducted.</summary>
    public Points Lost { get; }

    /// <summary>For a capped deduction block, what its criteria deduct together before the cap; otherwise <see langword="null"/>.</summary>
    public Points? DeductedBeforeCap { get; }
}
