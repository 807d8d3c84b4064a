using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using ParIndex.Cli.Rendering;
using ParIndex.Cli.Resources;
using ParIndex.Excel;
using ParIndex.Ranking;
using ParIndex.Reports;
using ParIndex.Reporting;
using ParIndex.Scoring;

namespace ParIndex.Cli.Commands;

/// <summary><c>parindex score</c>: score a round and print the ranking.</summary>
internal static class ScoreCommand
{
    public static Command Build(CliContext context)
    {
        var inputs = new RoundInputs(context);
        var output = new OutputOptions(Strings.Score_OptionFormat + " " + ExcelCliText.Get("FormatXlsxRanking"), "html", "xlsx");
        var scorecards = ReportOutput.ScorecardsOption();
        var command = new Command(
            "score",
            Strings.Score_Description);
        inputs.AddTo(command);
        var rankingInputs = new RankingInputs(context);
        rankingInputs.AddTo(command);
        output.AddTo(command);
        command.Options.Add(scorecards);
        command.SetAction(parse =>
        {
            var outputs = output.Plan(parse, inputs.Files(parse).Append(rankingInputs.PreviousFile(parse)));
            outputs.Check();
            ReportOutput.EnsureOutFor(output.FormatOf(parse), output.OutFile(parse));
            var set = inputs.LoadCriteria(parse);
            var sheet = Scorer.Score(inputs.Load(parse, set, context.Error));
            var ranking = Ranker.Rank(sheet, rankingInputs.Options(parse));
            output.Write(
                parse,
                context,
                outputs,
                table: w => WriteTable(ranking, w),
                csv: w => ResultsCsvWriter.Write(ranking, w),
                json: OutputOptions.Utf8Json(stream => ResultsJsonWriter.Write(ranking, stream)),
                new ReportOutput()
                    .Html(stream => HtmlReport.WriteRanking(ranking, stream, ReportOutput.Options(ReportOutput.Scorecards(ranking, parse.GetValue(scorecards)!))))
                    .Xlsx(stream => ResultsWorkbook.Write(ranking, stream)));
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
        writer.WriteLine(Strings.FormatScore_Header(set.Name, set.Id, Plural.Units(sheet.Units.Count), set.MaxPoints, Plural.AppraisalRounds(rounds)));
        writer.WriteLine();
        var columns = RankingTable.Columns(ranking);
        var table = columns.Create();
        foreach (var unit in ranking.Units)
        {
            table.Add(columns.Cells(unit));
        }

        table.Write(writer);
        writer.WriteLine();
        writer.WriteLine(ranking.Sheet.CriteriaSet.OverScoringPenalty is null ? Strings.Score_NoteColumns : Strings.Score_NoteColumnsPenalty);
        RankingTable.WriteNotes(ranking, writer);
        writer.WriteLine(Strings.FormatNote_Rounding(p));
    }

    internal static string Fmt(decimal value, int precision) => Figures.Format(value, precision);
}
