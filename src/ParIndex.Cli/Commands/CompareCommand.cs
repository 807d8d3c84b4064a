using System;
using System.CommandLine;
using System.Linq;
using ParIndex.Cli.Rendering;
using ParIndex.Cli.Resources;
using ParIndex.Reporting;
using ParIndex.Scenarios;
using ParIndex.Scoring;

namespace ParIndex.Cli.Commands;

/// <summary><c>parindex compare</c>: the baseline ranking and one or more weighting scenarios side by side.</summary>
internal static class CompareCommand
{
    public static Command Build(CliContext context)
    {
        var inputs = new RoundInputs(context);
        var scenarios = new Option<string[]>("--scenario") { Description = Strings.Compare_OptionScenario, Required = true, AllowMultipleArgumentsPerToken = false };
        var movers = new Option<int>("--movers") { Description = Strings.Compare_OptionMovers, DefaultValueFactory = _ => 5 };
        var output = new OutputOptions(Strings.Compare_OptionFormat + " " + ExcelCliText.Get("FormatXlsxCompare"), "html", "xlsx");
        var command = new Command(
            "compare",
            Strings.Compare_Description);
        inputs.AddTo(command);
        command.Options.Add(scenarios);
        command.Options.Add(movers);
        output.AddTo(command);
        command.SetAction(parse =>
        {
            var files = parse.GetValue(scenarios) ?? Array.Empty<string>();
            var outputs = output.Plan(parse, inputs.Files(parse).Concat(files));
            outputs.Check();
            ReportOutput.EnsureOutFor(output.FormatOf(parse), output.OutFile(parse));
            if (parse.GetValue(movers) < 0)
            {
                throw new CliUsageException(Safety.FormatOption_AtLeast("--movers", 0, parse.GetValue(movers)));
            }

            var set = inputs.LoadCriteria(parse);
            var loaded = files.Select(f => Load(f, set, InputLimits.Of(parse, context).Bytes)).ToArray();
            var problems = loaded.SelectMany(l => l.Problems).ToArray();
            if (problems.Length > 0)
            {
                throw new ParIndexException(problems);
            }

            var sheet = Scorer.Score(inputs.Load(parse, set, context.Error));
            var comparison = ScenarioComparison.Compare(sheet, loaded.Select(l => l.Scenario!));
            var count = parse.GetValue(movers);
            output.Write(
                parse,
                context,
                outputs,
                table: w => ComparisonTable.Write(comparison, count, w),
                csv: w => ComparisonCsvWriter.Write(comparison, w),
                json: OutputOptions.Utf8Json(stream => ComparisonJsonWriter.Write(comparison, stream, count)),
                new ReportOutput()
                    .Html(stream => Reports.HtmlReport.WriteComparison(comparison, stream, new Reports.ReportOptions { Culture = System.Globalization.CultureInfo.CurrentUICulture, Movers = count }))
                    .Xlsx(stream => Excel.ResultsWorkbook.Write(comparison, stream)));

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Loads one scenario, keeping its problems so that every file's are reported together.</summary>
    private static (Scenario? Scenario, Diagnostic[] Problems) Load(string path, Criteria.CriteriaSet set, long? bytes)
    {
        try
        {
            return (ScenarioLoader.Load(path, set, bytes ?? ScenarioLoader.MaxFileBytes), Array.Empty<Diagnostic>());
        }
        catch (ParIndexException ex)
        {
            return (null, ex.Diagnostics.ToArray());
        }
    }
}
