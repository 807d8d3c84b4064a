using System.CommandLine;
using System.Linq;
using System.Threading.Tasks;
using ParIndex.Cli.Rendering;
using ParIndex.Reporting;
using ParIndex.Scenarios;
using ParIndex.Scoring;

namespace ParIndex.Cli.Commands;

/// <summary><c>parindex uncertainty</c>: Monte Carlo over the weights of one tree level; rank distribution per unit and sensitivity indices.</summary>
internal static class UncertaintyCommand
{
    public static Command Build(CliContext context)
    {
        var inputs = new RoundInputs();
        var analysis = new UncertaintyInputs();
        var surveyBootstrap = new Option<bool>("--survey-bootstrap") { Description = SurveyCliText.BootstrapOption };
        var output = new OutputOptions("Output format: table, csv, json, or html (a report with rank intervals and sensitivity bars; --out uncertainty.html).", "html");
        var command = new Command(
            "uncertainty",
            "How robust is the ranking to the weights? Monte Carlo over the weights of one tree level (areas by default):\n" +
            "per unit the nominal, mean, median, 5th and 95th percentile rank, the share of runs it keeps its band and the\n" +
            "probability of a top-k place; with --sensitivity, which weight drives the uncertainty (Saltelli/Jansen indices).\n\n" +
            "Examples:\n" +
            "  parindex uncertainty examples/units.csv -a examples/appraisal.csv -s examples/survey.csv --runs 10000 --seed 1\n" +
            "  parindex uncertainty units.csv --dirichlet 50 --level criterion --top 5 --format csv --out uncertainty.csv\n" +
            "  parindex uncertainty units.csv --noise 0.25 --sensitivity --runs 2000 --seed 7\n" +
            "  parindex uncertainty units.csv --runs 2000 --seed 7 --format csv --out ranks.csv --sensitivity-out sensitivity.csv\n" +
            "  parindex uncertainty units.csv --weights-file weights.csv --format json\n" +
            "  parindex uncertainty units.csv -a appraisal.csv --runs 2000 --seed 7 --sensitivity --format html --out uncertainty.html");
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
                if (parse.GetValue(analysis.Sensitivity) && sensitivityFile is null && output.FormatOf(parse) == "csv")
                {
                    throw new CliUsageException("--format csv has one row per unit; write the sensitivity indices to their own CSV file with --sensitivity-out FILE");
                }

                var options = analysis.Options(parse);
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
                        new ReportOutput().Html(stream => Reports.HtmlReport.WriteUncertainty(result, stream, ReportOutput.Options())))),
                    ("--sensitivity-out", OutputFile.Text(sensitivityFile, writer => UncertaintyCsvWriter.WriteSensitivity(result, writer))));

                return ExitCodes.Ok;
            },
            cancellationToken));
        return command;
    }
}
