using System.IO;
using System.Linq;
using ParIndex.Assessments;
using ParIndex.Cli.Commands;
using ParIndex.Criteria;
using ParIndex.Scoring;

namespace ParIndex.Cli.Rendering;

/// <summary>The table of <c>parindex explain</c>: one unit's scorecard criterion by criterion, then where it lost points.</summary>
internal static class ScorecardTable
{
    internal static void Write(Scorecard scorecard, int top, TextWriter o)
    {
        var unit = scorecard.Unit;
        var set = unit.Sheet.CriteriaSet;
        var p = set.Precision;
        o.WriteLine($"{unit.Name} ({unit.Id}){(unit.Group is null ? "" : $", group {unit.Group}")}");
        o.WriteLine($"Self {F(unit.SelfPoints, p)} → final {F(unit.Points, p)} of {F(unit.MaxPoints, p)} (survey {F(unit.SurveyPoints, p)}); index {ScoreCommand.Fmt(unit.ReportedIndex, p)}");
        if (!unit.OverScoringPenalty.IsZero)
        {
            o.WriteLine($"Over-scoring penalty {F(unit.OverScoringPenalty, p)}: self points exceed appraised points by at least {F(set.OverScoringPenalty!.Threshold, p)}");
        }

        o.WriteLine();

        var leaves = scorecard.Leaves.ToDictionary(l => l.Leaf.Code);
        var table = new TextTable("Code", "Criterion", "Max", "Self value", "Self", "Appraisal", "Final", "Lost").AlignRight(2, 4, 6, 7);
        foreach (var node in set.Nodes)
        {
            var name = new string(' ', node.Depth * 2) + node.Name;
            var score = unit.Node(node.Code);
            if (!node.IsLeaf)
            {
                var lost = node.Block == NodeBlock.None ? F(score.MaxPoints - score.Points, p)
                    : node.Block == NodeBlock.Deduction && score.Points < Points.Zero ? F(-score.Points, p)
                    : "";
                // Ordinary nodes show the unit's applicable maximum (criteria excluded as not applicable left out), so Max − Final = Lost;
                // a deduction or bonus block shows its cap.
                table.Add(node.Code, name, F(node.Block == NodeBlock.None ? score.MaxPoints : node.MaxPoints, p), "", SurveyOnly(node) ? "survey" : F(score.SelfPoints, p), "", F(score.Points, p), lost);
                continue;
            }

            var leaf = leaves[node.Code];
            var appraisal = string.Join("; ", leaf.Appraisals.Select(a => $"{a.Round}: {Describe(a.Adjustment)} → {F(a.PointsAfter, p)} ({a.Adjustment.Reason})"));
            table.Add(
                node.Code,
                name,
                F(node.Block == NodeBlock.None ? leaf.MaxPoints : node.MaxPoints, p),
                leaf.SelfValue,
                node.Source == ValueSource.Survey ? "survey" : F(leaf.SelfPoints, p),
                appraisal,
                F(leaf.Points, p),
                leaf.Lost.IsZero ? "" : F(leaf.Lost, p));
        }

        table.Write(o);
        foreach (var block in scorecard.CappedBlocks)
        {
            o.WriteLine($"{block.Node.Code}: its criteria deduct {F(block.DeductedBeforeCap!.Value, p)} together, but the block deducts at most {F(-block.Node.MaxPoints, p)}; {F(block.Lost, p)} is lost.");
        }

        o.WriteLine();
        var losses = scorecard.LargestLosses.Take(top).ToArray();
        o.WriteLine(losses.Length == 0 ? "No points were lost." : $"Where points were lost (largest first, top {losses.Length}):");
        if (losses.Length > 0)
        {
            var lost = new TextTable("Code", "Criterion", "Max", "Final", "Lost").AlignRight(2, 3, 4);
            foreach (var loss in losses)
            {
                var name = loss.DeductedBeforeCap is { } before ? $"{loss.Node.Name} (capped: its criteria deduct {F(before, p)})" : loss.Node.Name;
                lost.Add(loss.Node.Code, name, F(loss.Node.MaxPoints, p), F(loss.Points, p), F(loss.Lost, p));
            }

            lost.Write(o);
        }
    }

    /// <summary>Whether every leaf under the node is scored by survey (so it has no self points).</summary>
    private static bool SurveyOnly(CriteriaNode node) => node.IsLeaf ? node.Source == ValueSource.Survey : node.Children.All(SurveyOnly);

    private static string Describe(Adjustment adjustment) => adjustment.Kind switch
    {
        AdjustmentKind.Value => $"value {adjustment.DisplayValue}",
        AdjustmentKind.Points => $"points {adjustment.DisplayValue}",
        _ => $"delta {adjustment.DisplayValue}",
    };

    private static string F(Points points, int precision) => ScoreCommand.Fmt(points.Round(precision), precision);
}
