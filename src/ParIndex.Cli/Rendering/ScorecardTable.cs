using System.IO;
using System.Linq;
using ParIndex.Assessments;
using ParIndex.Cli.Commands;
using ParIndex.Cli.Resources;
using ParIndex.Criteria;
using ParIndex.Scoring;

namespace ParIndex.Cli.Rendering;

/// <summary>The table of <c>parindex explain</c>: one unit's scorecard criterion by criterion (appraisals under each row), then where it lost points.</summary>
internal static class ScorecardTable
{
    internal static void Write(Scorecard scorecard, int top, TextWriter o)
    {
        var unit = scorecard.Unit;
        var set = unit.Sheet.CriteriaSet;
        var p = set.Precision;
        o.WriteLine(unit.Group is null ? Strings.FormatExplain_UnitHeader(unit.Name, unit.Id) : Strings.FormatExplain_UnitHeaderGroup(unit.Name, unit.Id, unit.Group));
        o.WriteLine(Strings.FormatExplain_Summary(F(unit.SelfPoints, p), F(unit.Points, p), F(unit.MaxPoints, p), F(unit.SurveyPoints, p), ScoreCommand.Fmt(unit.ReportedIndex, p)));
        if (!unit.OverScoringPenalty.IsZero)
        {
            o.WriteLine(Strings.FormatExplain_Penalty(F(unit.OverScoringPenalty, p), F(set.OverScoringPenalty!.Threshold, p)));
        }

        o.WriteLine();

        var leaves = scorecard.Leaves.ToDictionary(l => l.Leaf.Code);
        var table = new TextTable(Strings.Col_Code, Strings.Col_Criterion, Strings.Col_Max, Strings.Col_SelfValue, Strings.Col_Self, Strings.Col_Final, Strings.Col_Lost).AlignRight(2, 4, 5, 6);
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
                table.Add(node.Code, name, F(node.Block == NodeBlock.None ? score.MaxPoints : node.MaxPoints, p), "", SurveyOnly(node) ? Strings.Cell_Survey : F(score.SelfPoints, p), F(score.Points, p), lost);
                continue;
            }

            var leaf = leaves[node.Code];
            table.Add(
                node.Code,
                name,
                F(node.Block == NodeBlock.None ? leaf.MaxPoints : node.MaxPoints, p),
                leaf.SelfValue,
                node.Source == ValueSource.Survey ? Strings.Cell_Survey : F(leaf.SelfPoints, p),
                F(leaf.Points, p),
                leaf.Lost.IsZero ? "" : F(leaf.Lost, p));
            foreach (var a in leaf.Appraisals)
            {
                // Under the row, across the width: a reason can be a sentence.
                table.AddDetail(Strings.FormatExplain_AppraisalLine(a.Round, Describe(a.Adjustment), F(a.PointsAfter, p), a.Adjustment.Reason));
            }
        }

        table.Write(o);
        foreach (var block in scorecard.CappedBlocks)
        {
            o.WriteLine(Strings.FormatExplain_CappedBlock(block.Node.Code, F(block.DeductedBeforeCap!.Value, p), F(-block.Node.MaxPoints, p), F(block.Lost, p)));
        }

        o.WriteLine(Strings.Explain_NoteColumns + (scorecard.Leaves.Any(l => l.Appraisals.Count > 0) ? " " + Strings.Explain_NoteAppraisals : ""));
        o.WriteLine(Strings.FormatNote_Rounding(p));

        o.WriteLine();
        var losses = scorecard.LargestLosses.Take(top).ToArray();
        o.WriteLine(losses.Length == 0 ? Strings.Explain_NoPointsLost : Strings.FormatExplain_WhereLost(losses.Length));
        if (losses.Length > 0)
        {
            var lost = new TextTable(Strings.Col_Code, Strings.Col_Criterion, Strings.Col_Max, Strings.Col_Final, Strings.Col_Lost).AlignRight(2, 3, 4);
            foreach (var loss in losses)
            {
                var name = loss.DeductedBeforeCap is { } before ? Strings.FormatExplain_Capped(loss.Node.Name, F(before, p)) : loss.Node.Name;
                lost.Add(loss.Node.Code, name, F(loss.Node.MaxPoints, p), F(loss.Points, p), F(loss.Lost, p));
            }

            lost.Write(o);
        }
    }

    /// <summary>Whether every leaf under the node is scored by survey (so it has no self points).</summary>
    private static bool SurveyOnly(CriteriaNode node) => node.IsLeaf ? node.Source == ValueSource.Survey : node.Children.All(SurveyOnly);

    private static string Describe(Adjustment adjustment) => adjustment.Kind switch
    {
        AdjustmentKind.Value => Strings.FormatExplain_AdjValue(adjustment.DisplayValue),
        AdjustmentKind.Points => Strings.FormatExplain_AdjPoints(adjustment.DisplayValue),
        _ => Strings.FormatExplain_AdjDelta(adjustment.DisplayValue),
    };

    private static string F(Points points, int precision) => ScoreCommand.Fmt(points.Round(precision), precision);
}
