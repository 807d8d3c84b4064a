using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using ParIndex.Cli.Rendering;
using ParIndex.Cli.Resources;
using ParIndex.Ranking;
using ParIndex.Reporting;
using ParIndex.Scoring;
using static ParIndex.Cli.Rendering.RankingTable;

namespace ParIndex.Cli.Commands;

/// <summary><c>parindex rank</c>: the published rankings per group, component-index leaders and the self-assessment accuracy report.</summary>
internal static class RankCommand
{
    public static Command Build(CliContext context)
    {
        var inputs = new RoundInputs();
        var rankingInputs = new RankingInputs();
        var top = new Option<int>("--top") { Description = "How many units and criteria to list in the accuracy report.", DefaultValueFactory = _ => 10 };
        var output = new OutputOptions(
            "Output format: 'table'; 'csv', one row per unit as published (group, rank, index, band, change, points to the next rank and band, " +
            "component indices led, self vs appraised points); or 'json' (the same JSON as 'score --format json', which carries every ranking figure).");
        var criteriaOut = new Option<string?>("--criteria-out")
        {
            Description = "Also write the accuracy of every self-assessed criterion as CSV to this file (atomically): units marked down, " +
                "total and average mark-down, units marked up. With any --format; never an input file.",
        };
        var command = new Command(
            "rank",
            "Rank every unit as a province publishes it: one ranking per group with band, change since a previous round and the\n" +
            "points each unit needs to overtake the next one up and to reach the next band; the leaders of each component index;\n" +
            "and how far self-assessments were from the appraisal (per group, per unit, per criterion).\n\n" +
            "Examples:\n" +
            "  parindex rank examples/units.csv -a examples/appraisal.csv -a examples/appraisal-round2.csv -s examples/survey.csv\n" +
            "  parindex rank units.csv -a appraisal.csv -s survey.csv --previous results-2023.csv --top 5\n" +
            "  parindex rank units.csv -a appraisal.csv -s survey.csv --format csv --out ranking.csv --criteria-out criteria-accuracy.csv\n" +
            "  parindex rank units.csv -a appraisal.csv --tie-breakers survey,node:3,unit_id --group-by none --format json");
        inputs.AddTo(command);
        rankingInputs.AddTo(command);
        command.Options.Add(top);
        output.AddTo(command);
        command.Options.Add(criteriaOut);
        command.SetAction(parse =>
        {
            var criteriaFile = parse.GetValue(criteriaOut);
            var outputs = output.Plan(parse, inputs.Files(parse).Append(rankingInputs.PreviousFile(parse))).Add("--criteria-out", criteriaFile);
            outputs.Check();
            var count = parse.GetValue(top);
            if (count < 0)
            {
                throw new CliUsageException(SafetyText.Format("OptionAtLeast", "--top", 0, count));
            }

            var set = inputs.LoadCriteria(parse);
            var ranking = Ranker.Rank(Scorer.Score(inputs.Load(parse, set, context.Error)), rankingInputs.Options(parse));
            outputs.Write(
                context,
                ("--out", output.Content(
                    parse,
                    table: w => Write(ranking, count, w),
                    csv: w => RankingCsvWriter.WriteUnits(ranking, w),
                    json: OutputOptions.Utf8Json(stream => ResultsJsonWriter.Write(ranking, stream)))),
                ("--criteria-out", OutputFile.Text(criteriaFile, w => RankingCsvWriter.WriteCriteria(ranking, w))));

            return ExitCodes.Ok;
        });
        return command;
    }

    internal static void Write(RankingResult ranking, int top, TextWriter o)
    {
        var sheet = ranking.Sheet;
        var set = sheet.CriteriaSet;
        var p = set.Precision;
        o.WriteLine($"{set.Name} ({set.Id}) — {sheet.Units.Count} units");
        o.WriteLine($"Ranked on the index {(ranking.ExactComparison ? "compared exactly" : "as reported")}; {(ranking.TieBreakers.Count == 0 ? "ties share a rank (1, 2, 2, 4)" : "ties broken by " + string.Join(", ", ranking.TieBreakers))}.");
        foreach (var group in ranking.Groups)
        {
            o.WriteLine();
            o.WriteLine(ranking.ByGroup ? $"Group {group.Name ?? "(none)"} — {group.Units.Count} units" : $"All units — {group.Units.Count}");
            var headers = new[] { "Rank", "Unit", "Name", "Index", "Band" }
                .Concat(ranking.Previous is null ? Array.Empty<string>() : new[] { "Change" })
                .Concat(new[] { "To next rank", "Overtakes", "To next band", "Leads" }).ToArray();
            var table = new TextTable(headers).AlignRight(0, 3);
            table.AlignRight(headers.Select((h, i) => (h, i)).Where(x => x.h is "Change" or "To next rank" or "To next band" or "Leads").Select(x => x.i).ToArray());
            foreach (var u in group.Units)
            {
                var cells = new[] { Int(u.PublishedRank), u.Id, u.Score.Name, ScoreCommand.Fmt(u.Score.ReportedIndex, p), u.Band?.Name ?? "" }
                    .Concat(ranking.Previous is null ? Array.Empty<string>() : new[] { RankingTable.ChangeCell(ranking, u) })
                    .Concat(new[]
                    {
                        u.ReportedPointsToNextRank is { } r ? ScoreCommand.Fmt(r, p) : "",
                        u.NextUp?.Id ?? "",
                        u.ReportedPointsToNextBand is { } b ? $"{ScoreCommand.Fmt(b, p)} → {u.NextBand!.Name}" : "",
                        $"{Int(u.AreasLed)}/{Int(u.AreaRanks.Count)}",
                    }).ToArray();
                table.Add(cells);
            }

            table.Write(o);
        }

        o.WriteLine();
        o.WriteLine("To next rank = points to add (rounded up) so the index is strictly above the unit in 'Overtakes'; Leads = component indices led.");
        WriteNotes(ranking, o);

        o.WriteLine();
        o.WriteLine("Component index leaders:");
        var leaders = new TextTable("Area", "Name", "Group", "Leader", "Index").AlignRight(4);
        foreach (var c in ranking.ComponentRankings)
        {
            leaders.Add(c.Area.Code, c.Area.Name, c.Group ?? "", string.Join(", ", c.Leaders.Select(l => l.Id)), c.LeadingIndex is { } i ? ScoreCommand.Fmt(i, p) : "");
        }

        leaders.Write(o);

        var accuracy = ranking.Accuracy;
        o.WriteLine();
        o.WriteLine("Self-assessment accuracy (self points vs appraised points on the same self-assessed criteria):");
        var summary = new TextTable("Units", "Count", "Avg self", "Avg appraised", "Avg difference", "Over-scored", "Penalised").AlignRight(1, 2, 3, 4, 5, 6);
        foreach (var g in new[] { accuracy.Overall }.Concat(accuracy.Groups))
        {
            summary.Add(
                ReferenceEquals(g, accuracy.Overall) ? "all" : g.Group ?? "(none)",
                Int(g.UnitCount),
                D(g.AverageSelfPoints, p),
                D(g.AverageAppraisedPoints, p),
                D(g.AverageSelfPoints - g.AverageAppraisedPoints, p),
                Int(g.UnitsOverScored),
                Int(g.UnitsPenalised));
        }

        summary.Write(o);
        o.WriteLine();
        o.WriteLine($"Furthest from the appraisal (top {Math.Min(top, accuracy.Units.Count)}):");
        var units = new TextTable("Unit", "Name", "Self", "Appraised", "Difference", "Self/appraised %", "Marked down", "Penalty").AlignRight(2, 3, 4, 5, 6, 7);
        foreach (var a in accuracy.Units.Take(top))
        {
            units.Add(a.Unit.Id, a.Unit.Score.Name, P(a.SelfPoints, p), P(a.AppraisedPoints, p), Signed(a.Difference.Round(p), p), a.SelfToAppraisedPercent is { } r ? D(r, p) : "", Int(a.CriteriaMarkedDown), a.Penalty.IsZero ? "" : P(a.Penalty, p));
        }

        units.Write(o);
        var marked = accuracy.Criteria.Where(c => c.UnitsMarkedDown > 0)
            .OrderByDescending(c => c.UnitsMarkedDown).ThenByDescending(c => c.TotalMarkDown).Take(top).ToArray();
        o.WriteLine();
        if (marked.Length == 0)
        {
            o.WriteLine("No criterion was marked down.");
            return;
        }

        o.WriteLine($"Criteria most often marked down (top {marked.Length}):");
        var criteria = new TextTable("Code", "Criterion", "Units", "Avg mark-down", "Marked up").AlignRight(2, 3, 4);
        foreach (var c in marked)
        {
            criteria.Add(c.Leaf.Code, c.Leaf.Name, Int(c.UnitsMarkedDown), D(c.AverageMarkDown!.Value, p), c.UnitsMarkedUp == 0 ? "" : Int(c.UnitsMarkedUp));
        }

        criteria.Write(o);
    }

    private static string D(decimal value, int p) => ScoreCommand.Fmt(decimal.Round(value, p, MidpointRounding.AwayFromZero), p);
}
