using System.CommandLine;
using System.Linq;
using ParIndex.Cli.Rendering;
using ParIndex.Reporting;
using ParIndex.Scoring;

namespace ParIndex.Cli.Commands;

/// <summary><c>parindex explain</c>: one unit's scorecard, criterion by criterion.</summary>
internal static class ExplainCommand
{
    public static Command Build(CliContext context)
    {
        var inputs = new RoundInputs();
        var unitOption = new Option<string>("--unit", "-u") { Description = "The unit's id.", Required = true };
        var top = new Option<int>("--top") { Description = "How many criteria to list under 'where points were lost' (table only; csv and json list every criterion).", DefaultValueFactory = _ => 10 };
        var output = new OutputOptions(
            "Output format: 'table' (the scorecard, where points were lost and what it would take to move up); 'csv', the scorecard " +
            "one row per criterion; or 'json', the scorecard with every appraisal and the points lost (docs/output-format.md).");
        var command = new Command(
            "explain",
            "Show one unit's score criterion by criterion: max, self value and points, each appraisal with its reason, final points, points lost;\n" +
            "then what it would take to move up: points to overtake the next unit and to reach the next band, and the criteria to recover.\n\n" +
            "Examples:\n" +
            "  parindex explain examples/units.csv --unit HT-CL --appraisal examples/appraisal.csv --survey examples/survey.csv\n" +
            "  parindex explain units.csv --unit HT-VQ -a round1.csv -a round2.csv -s survey.csv --top 5 --tie-breakers survey\n" +
            "  parindex explain units.csv --unit HT-VQ -a round1.csv -s survey.csv --format csv --out scorecard-HT-VQ.csv");
        inputs.AddTo(command);
        command.Options.Add(unitOption);
        command.Options.Add(top);
        var rankingInputs = new RankingInputs(withPrevious: false);
        rankingInputs.AddTo(command);
        output.AddTo(command);
        command.SetAction(parse =>
        {
            var outputs = output.Plan(parse, inputs.Files(parse));
            outputs.Check();
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

            var scorecard = unit.Scorecard();
            var count = parse.GetValue(top);
            var rankingOptions = rankingInputs.Options(parse);
            // Ranked before anything is written, so a ranking problem leaves no partial table.
            var gap = output.FormatOf(parse) == "table" ? Ranking.Ranker.Rank(sheet, rankingOptions).WhatItWouldTake(id) : null;
            output.Write(
                parse,
                context,
                outputs,
                table: w =>
                {
                    ScorecardTable.Write(scorecard, count, w);
                    WhatItWouldTake.Write(gap!, count, w);
                },
                csv: w => ScorecardCsvWriter.Write(scorecard, w),
                json: OutputOptions.Utf8Json(stream => ScorecardJsonWriter.Write(scorecard, stream)));
            return ExitCodes.Ok;
        });
        return command;
    }
}
