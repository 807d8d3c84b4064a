using System.CommandLine;
using System.Linq;
using System.Threading.Tasks;
using ParIndex.Cli.Rendering;
using ParIndex.Cli.Resources;
using ParIndex.Reporting;
using ParIndex.Scenarios;
using ParIndex.Scoring;

namespace ParIndex.Cli.Commands;

/// <summary><c>parindex uncertainty</c>: Monte Carlo over the weights of one tree level; rank distribution per unit and sensitivity indices.</summary>
internal static class UncertaintyCommand
{
    public static Command Build(CliContext context)
    {
        var inputs = new RoundInputs(context);
        var analysis = new UncertaintyInputs();
        var surveyBootstrap = new Option<bool>("--survey-bootstrap") { Description = SurveyCliText.BootstrapOption };
        var output = new OutputOptions(Strings.Uncertainty_OptionFormat + " " + ExcelCliText.Get("FormatXlsxUncertainty"), "html", "xlsx");
        var command = new Command(
            "uncertainty",
            Strings.Uncertainty_Description);
        inputs.AddTo(command);
        analysis.AddTo(command);
        command.Options.Add(surveyBootstrap);
        output.AddTo(command);

        command.SetAction((parse, cancellationToken) => Task.Run(
            () =>
            {
                var sensitivityFile = parse.GetValue(analysis.SensitivityOut);
                var outputs = output.Plan(parse, inputs.Files(parse).Append(parse.GetValue(analysis.WeightsFile))).Add("--sensitivity-out", sensitivityFile);
                outputs.Check();
                var format = output.FormatOf(parse);
                ReportOutput.EnsureOutFor(format, output.OutFile(parse));
                if (parse.GetValue(surveyBootstrap) && format is not ("table" or "csv" or "json"))
                {
                    throw new CliUsageException(ExcelCliText.Format("BootstrapTextOnly", format));
                }

                if (parse.GetValue(analysis.Sensitivity) && sensitivityFile is null && format == "csv")
                {
                    throw new CliUsageException(Strings.Uncertainty_SensitivityCsv);
                }

                var options = analysis.Options(parse, InputLimits.Of(parse, context));
                if (parse.GetValue(surveyBootstrap))
                {
                    SurveyBootstrapOutput.Run(parse, context, inputs, options, output, outputs, parse.GetValue(analysis.WeightsFile), cancellationToken);
                    return ExitCodes.Ok;
                }

                var set = inputs.LoadCriteria(parse);
                var sheet = Scorer.Score(inputs.Load(parse, set, context.Error));
                UncertaintyResult result;
                using (var bar = context.ErrorIsTerminal ? new ProgressBar(context.Error) : null)
                {
                    result = UncertaintyAnalysis.Run(sheet, options, bar, cancellationToken);
                }

                outputs.Write(
                    context,
                    ("--out", output.Content(
                        parse,
                        table: writer => UncertaintyTable.Write(result, writer),
                        csv: writer => UncertaintyCsvWriter.WriteUnits(result, writer),
                        json: OutputOptions.Utf8Json(stream => UncertaintyJsonWriter.Write(result, stream)),
                        new ReportOutput()
                            .Html(stream => Reports.HtmlReport.WriteUncertainty(result, stream, ReportOutput.Options()))
                            .Xlsx(stream => Excel.ResultsWorkbook.Write(result, stream)),
                        width: context.Width)),
                    ("--sensitivity-out", OutputFile.Text(sensitivityFile, writer => UncertaintyCsvWriter.WriteSensitivity(result, writer))));

                return ExitCodes.Ok;
            },
            cancellationToken));
        return command;
    }
}
