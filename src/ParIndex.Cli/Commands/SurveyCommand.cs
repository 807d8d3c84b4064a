using System;
using System.CommandLine;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ParIndex.Cli.Rendering;
using ParIndex.Criteria;
using ParIndex.Excel;
using ParIndex.IO;
using ParIndex.Reporting;
using ParIndex.Survey;

namespace ParIndex.Cli.Commands;

/// <summary><c>parindex survey</c>: each unit's survey values from respondents' answers, as the survey file <c>score</c> reads.</summary>
internal static class SurveyCommand
{
    public static Command Build(CliContext context)
    {
        var responses = new Argument<string>("RESPONSES") { Description = SurveyCliText.ResponsesArgument };
        var definition = new Option<string?>("--definition", "-d") { Description = SurveyCliText.DefinitionOption };
        var criteria = new Option<string?>("--criteria", "-c") { Description = SurveyCliText.CriteriaOption };
        var population = new Option<string?>("--population") { Description = SurveyCliText.PopulationOption };
        var sheet = new Option<string?>("--sheet") { Description = SurveyCliText.SheetOption };
        var samplesOut = new Option<string?>("--samples-out") { Description = SurveyCliText.SamplesOutOption };
        var format = new Option<string?>("--format", "-f") { Description = SurveyCliText.FormatOption };
        format.AcceptOnlyFromAmong("table", "csv", "json");
        var output = new OutputOptions().Out;
        var force = OutputOptions.CreateForce();
        var command = new Command("survey", SurveyCliText.SurveyDescription);
        command.Arguments.Add(responses);
        foreach (var option in new Option[] { definition, criteria, population, sheet, format, output, samplesOut, force, context.LimitOption })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var outFile = parse.GetValue(output);
            var samplesFile = parse.GetValue(samplesOut);
            var inputs = new[] { parse.GetValue(responses)!, parse.GetValue(definition), parse.GetValue(criteria), parse.GetValue(population) };
            var outputs = new OutputFile(parse.GetValue(force), inputs).Add("--out", outFile, toStandardOutput: true).Add("--samples-out", samplesFile);
            outputs.Check();

            // The criteria set: given, or the one the definition names (a definition file is read once without a set for that).
            var definitionArg = parse.GetValue(definition);
            var criteriaArg = parse.GetValue(criteria);
            // --limit NAME=N reaches every input of this command too: the criteria set, and the answers and population as CSV or workbooks.
            var limits = InputLimits.Of(parse, context);
            var workbookLimits = InputLimits.Workbook(parse, context);
            TableSource Open(string path, string? sheetName) =>
                sheetName is null && !WorkbookTables.IsWorkbook(path) ? TableSource.OpenCsv(path, limits.Read) : WorkbookTables.Open(path, sheetName, workbookLimits);
            var set = criteriaArg is not null || definitionArg is null
                ? CriteriaSetLoader.LoadFileOrShipped(criteriaArg, limits.Criteria())
                : CriteriaSetLoader.LoadFileOrShipped(SurveyDefinitionLoader.LoadFileOrShipped(definitionArg, null, limits.SurveyDefinitionBytes).CriteriaSetId, limits.Criteria());
            var def = LoadDefinition(definitionArg, set, "--definition", limits.SurveyDefinitionBytes);
            // Answers and population come as CSV or as a workbook (told apart by content), read by the same rows code.
            SurveyResponses answers;
            using (var table = Open(parse.GetValue(responses)!, parse.GetValue(sheet)))
            {
                answers = SurveyResponseFiles.Read(table, def);
            }

            var result = SurveyCalculator.Compute(answers, set);
            SurveyPopulation? pop = null;
            if (parse.GetValue(population) is { } populationFile)
            {
                using var table = Open(populationFile, null);
                pop = SurveyPopulation.Read(table, def);
            }

            var checks = pop is null ? Array.Empty<SampleSizeCheck>() : result.CheckSampleSizes(pop);

            var chosen = parse.GetValue(format) ?? (outFile is null ? "table" : string.Equals(Path.GetExtension(outFile), ".json", StringComparison.OrdinalIgnoreCase) ? "json" : "csv");
            Action<TextWriter> write = chosen switch
            {
                "csv" => w => SurveyCsvWriter.Write(result, w),
                "json" => OutputOptions.Utf8Json(stream => SurveyJsonWriter.Write(result, pop is null ? null : checks, stream)),
                _ => OutputOptions.Fitting(w => SurveyTable.Write(result, checks, w), context.Width),
            };
            outputs.Write(
                context,
                ("--out", OutputFile.Text(outFile, write)),
                ("--samples-out", OutputFile.Text(samplesFile, w => SurveyCsvWriter.WriteSampleSizes(result, pop, w))));

            WriteWarnings(result.Warnings.Concat(checks.Where(c => c.IsBelow).Select(c => c.ToWarning(def.MarginOfError))), context.Error);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The definition from a file or shipped id, or the one shipped for the criteria set; checked against the set.</summary>
    internal static SurveyDefinition LoadDefinition(string? pathOrId, CriteriaSet set, string option, long maxFileBytes)
    {
        if (pathOrId is not null)
        {
            return SurveyDefinitionLoader.LoadFileOrShipped(pathOrId, set, maxFileBytes);
        }

        if (!SurveyDefinitionLoader.ShippedIds.Contains(set.Id, StringComparer.Ordinal))
        {
            throw new CliUsageException(SurveyCliText.FormatNoShippedDefinition(set.Id, option));
        }

        return SurveyDefinitionLoader.LoadShipped(set.Id, set);
    }

    internal static void WriteWarnings(IEnumerable<Diagnostic> warnings, TextWriter error)
    {
        foreach (var warning in warnings)
        {
            error.WriteLine(SurveyCliText.FormatWarning(warning));
        }
    }

    private static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);
}
