using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using ParIndex.Assessments;
using ParIndex.Cli.Rendering;
using ParIndex.Criteria;
using ParIndex.Scoring;

namespace ParIndex.Cli.Commands;

/// <summary><c>parindex explain</c>: one unit's score, criterion by criterion.</summary>
internal static class ExplainCommand
{
    public static Command Build(CliContext context)
    {
        var inputs = new RoundInputs();
        var unitOption = new Option<string>("--unit", "-u") { Description = "The unit's id.", Required = true };
        var top = new Option<int>("--top") { Description = "How many criteria to list under 'where points were lost'.", DefaultValueFactory = _ => 10 };
        var command = new Command(
            "explain",
            "Show one unit's score criterion by criterion: max, self value and points, each appraisal with its reason, final points, points lost;\n" +
            "then what it would take to move up: points to overtake the next unit and to reach the next band, and the criteria to recover.\n\n" +
            "Examples:\n" +
            "  parindex explain examples/units.csv --unit HT-CL --appraisal examples/appraisal.csv --survey examples/survey.csv\n" +
            "  parindex explain units.csv --unit HT-VQ -a round1.csv -a round2.csv -s survey.csv --top 5 --tie-breakers survey");
        inputs.AddTo(command);
        command.Options.Add(unitOption);
        command.Options.Add(top);
        var rankingInputs = new RankingInputs(withPrevious: false);
        rankingInputs.AddTo(command);
        command.SetAction(parse =>
        {
            if (parse.GetValue(top) < 0)
            {
                throw new CliUsageException(Resources.SafetyText.Format("OptionAtLeast", "--top", 0, parse.GetValue(top)));
            }

            var set = inputs.LoadCriteria(parse);
            var sheet = Scorer.Score(inputs.Load(parse, set, context.Error));
            var id = parse.GetValue(unitOption)!.Trim();
            if (!sheet.TryGetUnit(id, out var unit))
            {
                throw new CliUsageException($"unit '{id}' is not in {parse.GetValue(inputs.Units)}");
            }

            Write(unit.Scorecard(), parse.GetValue(top), context.Output);
            WhatItWouldTake.Write(Ranking.Ranker.Rank(sheet, rankingInputs.Options(parse)).WhatItWouldTake(id), parse.GetValue(top), context.Output);
            return ExitCodes.Ok;
        });
        return command;
    }

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
