using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using ParIndex.Cli.Rendering;
using ParIndex.Ranking;
using ParIndex.Reporting;
using ParIndex.Scoring;

namespace ParIndex.Cli.Commands;

/// <summary><c>parindex score</c>: score a round and print the ranking.</summary>
internal static class ScoreCommand
{
    public static Command Build(CliContext context)
    {
        var inputs = new RoundInputs();
        var output = new OutputOptions();
        var command = new Command(
            "score",
            "Score every unit (self-assessment → appraisal rounds → survey) and print the ranking.\n\n" +
            "Examples:\n" +
            "  parindex score examples/units.csv --appraisal examples/appraisal.csv --survey examples/survey.csv\n" +
            "  parindex score units.csv -a round1.csv -a round2.csv -s survey.csv --format csv --out results.csv\n" +
            "  parindex score units.csv --criteria my-set.yaml --format json\n" +
            "  parindex score units.csv -a appraisal.csv -s survey.csv --group-by none --previous results-2023.csv\n\n" +
            "Ranking: by index as reported (rounded to the set's precision); ties share a rank (1, 2, 2, 4) unless the set\n" +
            "or --tie-breakers defines tie-breakers. With --group-by group (the default) each group is also ranked on its own.");
        inputs.AddTo(command);
        var rankingInputs = new RankingInputs();
        rankingInputs.AddTo(command);
        output.AddTo(command);
        command.SetAction(parse =>
        {
            var outputs = output.Plan(parse, inputs.Files(parse).Append(rankingInputs.PreviousFile(parse)));
            outputs.Check();
            var set = inputs.LoadCriteria(parse);
            var sheet = Scorer.Score(inputs.Load(parse, set, context.Error));
            var ranking = Ranker.Rank(sheet, rankingInputs.Options(parse));
            output.Write(
                parse,
                context,
                outputs,
                table: w => WriteTable(ranking, w),
                csv: w => ResultsCsvWriter.Write(ranking, w),
                json: OutputOptions.Utf8Json(stream => ResultsJsonWriter.Write(ranking, stream)));
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static void WriteTable(RankingResult ranking, TextWriter writer)
    {
        var sheet = ranking.Sheet;
        var set = sheet.CriteriaSet;
        var p = set.Precision;
        var rounds = sheet.Input.AppraisalRounds.Count;
        writer.WriteLine($"{set.Name} ({set.Id}) — {sheet.Units.Count} units, max {set.MaxPoints} points, {rounds} appraisal round{(rounds == 1 ? "" : "s")}");
        writer.WriteLine();
        var columns = RankingTable.Columns(ranking);
        var table = columns.Create();
        foreach (var unit in ranking.Units)
        {
            table.Add(columns.Cells(unit));
        }

        table.Write(writer);
        writer.WriteLine();
        writer.WriteLine("Self = points the unit gave itself on self-assessed criteria; Points = final total after appraisal, survey, deductions and bonuses;");
        writer.WriteLine(ranking.Sheet.CriteriaSet.OverScoringPenalty is null
            ? "Max = the unit's applicable maximum; Index = Points ÷ Max × 100. Ties share a rank."
            : "Max = the unit's applicable maximum; Index = (Points + Penalty) ÷ Max × 100; Ranked index = Points ÷ Max × 100. Ties share a rank.");
        RankingTable.WriteNotes(ranking, writer);
    }

    internal static string Fmt(decimal value, int precision) => Figures.Format(value, precision);
}
