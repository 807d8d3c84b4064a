using System.Collections.Generic;
using System.Linq;
using ParIndex.Criteria;
using ParIndex.Scoring;

namespace ParIndex.Reporting;

/// <summary>
/// A scorecard as rows, one per node of the criteria set in order, shared by the scorecard's CSV and JSON writers so
/// both show the same figures as <c>parindex explain</c>: an ordinary node's maximum is the unit's applicable maximum
/// (so maximum − points = lost), a deduction or bonus block shows its cap.
/// </summary>
internal static class ScorecardRows
{
    public static IEnumerable<Row> Of(Scorecard scorecard)
    {
        var unit = scorecard.Unit;
        var leaves = scorecard.Leaves.ToDictionary(l => l.Leaf.Code);
        foreach (var node in unit.Sheet.CriteriaSet.Nodes)
        {
            var score = unit.Node(node.Code);
            if (node.IsLeaf)
            {
                var leaf = leaves[node.Code];
                yield return new Row(node, node.Block == NodeBlock.None ? leaf.MaxPoints : node.MaxPoints, leaf.SelfPoints, leaf.Points, leaf.Lost, leaf);
            }
            else
            {
                var lost = node.Block == NodeBlock.None ? score.MaxPoints - score.Points
                    : node.Block == NodeBlock.Deduction && score.Points.IsNegative ? -score.Points
                    : Points.Zero;
                yield return new Row(node, node.Block == NodeBlock.None ? score.MaxPoints : node.MaxPoints, score.SelfPoints, score.Points, lost, null);
            }
        }
    }

    public static string Block(NodeBlock block) => block switch
    {
        NodeBlock.Deduction => "deduction",
        NodeBlock.Bonus => "bonus",
        _ => "none",
    };

    public static string Source(CriteriaNode node) => node.IsLeaf ? (node.Source == ValueSource.Survey ? "survey" : "self") : SurveyOnly(node) ? "survey" : "self";

    public static string Kind(Assessments.AdjustmentKind kind) => kind switch
    {
        Assessments.AdjustmentKind.Value => "value",
        Assessments.AdjustmentKind.Points => "points",
        _ => "delta",
    };

    /// <summary>Whether every leaf under the node is scored by survey (so it has no self points).</summary>
    private static bool SurveyOnly(CriteriaNode node) => node.IsLeaf ? node.Source == ValueSource.Survey : node.Children.All(SurveyOnly);

    internal sealed class Row
    {
        public Row(CriteriaNode node, Points maxPoints, Points selfPoints, Points points, Points lost, LeafResult? leaf)
        {
            Node = node;
            MaxPoints = maxPoints;
            SelfPoints = selfPoints;
            Points = points;
            Lost = lost;
            Leaf = leaf;
        }

        public CriteriaNode Node { get; }

        public Points MaxPoints { get; }

        public Points SelfPoints { get; }

        public Points Points { get; }

        public Points Lost { get; }

        /// <summary>The leaf's detail (self value, appraisals, evidence); null for an area or criterion with children.</summary>
        public LeafResult? Leaf { get; }
    }
}
