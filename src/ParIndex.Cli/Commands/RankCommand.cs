using System;
using System.CommandLine;
using System.Linq;
using ParIndex.Cli.Rendering;
using ParIndex.Cli.Resources;
using ParIndex.Excel;
using ParIndex.Ranking;
using ParIndex.Reports;
using ParIndex.Reporting;
using ParIndex.Scoring;

namespace ParIndex.Cli.Commands;

/// <summary><c>parindex rank</c>: the published rankings per group, component-index leaders and the self-assessment accuracy report.</summary>
internal static class RankCommand
{
    public static Command Build(CliContext context)
    {
        var inputs = new RoundInputs(context);
        var rankingInputs = new RankingInputs(context);
        var top = new Option<int>("--top") { Description = Strings.Rank_OptionTop, DefaultValueFactory = _ => 10 };
        var output = new OutputOptions(
            Strings.Rank_OptionFormat + " " + ExcelCliText.Get("FormatXlsxRanking"),
            "html",
            "docx",
            "xlsx");
        var scorecards = ReportOutput.ScorecardsOption();
        var criteriaOut = new Option<string?>("--criteria-out")
        {
            Description = Strings.Rank_OptionCriteriaOut,
        };
        var command = new Command(
            "rank",
            Strings.Rank_Description);
        inputs.AddTo(command);
        rankingInputs.AddTo(command);
        command.Options.Add(top);
        output.AddTo(command);
        command.Options.Add(criteriaOut);
        command.Options.Add(scorecards);
        command.SetAction(parse =>
        {
            var criteriaFile = parse.GetValue(criteriaOut);
            var outputs = output.Plan(parse, inputs.Files(parse).Append(rankingInputs.PreviousFile(parse))).Add("--criteria-out", criteriaFile);
            outputs.Check();
            ReportOutput.EnsureOutFor(output.FormatOf(parse), output.OutFile(parse));
            var count = parse.GetValue(top);
            if (count < 0)
            {
                throw new CliUsageException(Safety.FormatOption_AtLeast("--top", 0, count));
            }

            var set = inputs.LoadCriteria(parse);
            var ranking = Ranker.Rank(Scorer.Score(inputs.Load(parse, set, context.Error)), rankingInputs.Options(parse));
            outputs.Write(
                context,
                ("--out", output.Content(
                    parse,
                    table: w => PublishedRankingTable.Write(ranking, count, w),
                    csv: w => RankingCsvWriter.WriteUnits(ranking, w),
                    json: OutputOptions.Utf8Json(stream => ResultsJsonWriter.Write(ranking, stream)),
                    new ReportOutput()
                        .Html(stream => HtmlReport.WriteRanking(ranking, stream, ReportOutput.Options(ReportOutput.Scorecards(ranking, parse.GetValue(scorecards)!))))
                        .Docx(stream => WordReport.WriteAnnex(ranking, stream, ReportOutput.Options()))
                        .Xlsx(stream => ResultsWorkbook.Write(ranking, stream)),
                    width: context.Width)),
                ("--criteria-out", OutputFile.Text(criteriaFile, w => RankingCsvWriter.WriteCriteria(ranking, w))));

            return ExitCodes.Ok;
        });
        return command;
    }
}
