using System;
using System.CommandLine;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ParIndex.Cli.Rendering;
using ParIndex.Criteria;
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
        var samplesOut = new Option<string?>("--samples-out") { Description = SurveyCliText.SamplesOutOption };
        var format = new Option<string?>("--format", "-f") { Description = SurveyCliText.FormatOption };
        format.AcceptOnlyFromAmong("table", "csv", "json");
        var output = new OutputOptions().Out;
        var force = OutputOptions.CreateForce();
        var command = new Command("survey", SurveyCliText.SurveyDescription);
        command.Arguments.Add(responses);
        foreach (var option in new Option[] { definition, criteria, population, format, output, samplesOut, force })
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
            var set = criteriaArg is not null || definitionArg is null
                ? CriteriaSetLoader.LoadFileOrShipped(criteriaArg)
                : CriteriaSetLoader.LoadFileOrShipped(SurveyDefinitionLoader.LoadFileOrShipped(definitionArg).CriteriaSetId);
            var def = LoadDefinition(definitionArg, set, "--definition");
            var result = SurveyCalculator.Compute(SurveyResponseFiles.Load(parse.GetValue(responses)!, def), set);
            var pop = parse.GetValue(population) is { } populationFile ? SurveyPopulation.Load(populationFile, def) : null;
            var checks = pop is null ? Array.Empty<SampleSizeCheck>() : result.CheckSampleSizes(pop);

            var chosen = parse.GetValue(format) ?? (outFile is null ? "table" : string.Equals(Path.GetExtension(outFile), ".json", StringComparison.OrdinalIgnoreCase) ? "json" : "csv");
            Action<TextWriter> write = chosen switch
            {
                "csv" => w => SurveyCsvWriter.Write(result, w),
                "json" => w => WriteJson(result, checks, w),
                _ => w => WriteTable(result, checks, w),
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
    internal static SurveyDefinition LoadDefinition(string? pathOrId, CriteriaSet set, string option)
    {
        if (pathOrId is not null)
        {
            return SurveyDefinitionLoader.LoadFileOrShipped(pathOrId, set);
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

    internal static void WriteTable(SurveyResult result, IReadOnlyList<SampleSizeCheck> checks, TextWriter writer)
    {
        var def = result.Definition;
        var set = result.CriteriaSet;
        writer.WriteLine(SurveyCliText.FormatTableTitle(set.Name, set.Id, def.Id, result.Units.Count, result.Units.Sum(u => u.Respondents), def.Precision));
        writer.WriteLine();
        var headers = new List<string> { SurveyCliText.Unit, SurveyCliText.Respondents };
        headers.AddRange(def.Groups.Select(g => g.Name));
        headers.AddRange(result.Codes);
        var table = new TextTable(headers.ToArray()).AlignRight(Enumerable.Range(1, headers.Count - 1).ToArray());
        foreach (var unit in result.Units)
        {
            var cells = new List<string?> { unit.UnitId, Int(unit.Respondents) };
            cells.AddRange(unit.SampleSizes.Select(s => Int(s.Respondents)));
            cells.AddRange(unit.Values.Select(v => v.Value.ToString("F" + Int(def.Precision), CultureInfo.InvariantCulture)));
            table.Add(cells.ToArray());
        }

        table.Write(writer);
        writer.WriteLine();
        writer.WriteLine(SurveyCliText.TableNote);
        if (checks.Count > 0)
        {
            writer.WriteLine(SurveyCliText.FormatSlovinNote((def.MarginOfError * 100).ToString("0.######", CultureInfo.InvariantCulture), checks.Count(c => c.IsBelow), checks.Count));
        }
    }

    internal static void WriteJson(SurveyResult result, IReadOnlyList<SampleSizeCheck> checks, TextWriter writer)
    {
        var def = result.Definition;
        JsonFields.Write(writer, json =>
        {
            json.WriteStartObject();
            json.WriteString("criteria_set", result.CriteriaSet.Id);
            json.WriteString("survey_definition", def.Id);
            json.WriteNumber("precision", def.Precision);
            json.WriteNumber("margin_of_error", def.MarginOfError);
            json.WriteStartArray("units");
            foreach (var unit in result.Units)
            {
                json.WriteStartObject();
                json.WriteString("unit_id", unit.UnitId);
                json.WriteNumber("respondents", unit.Respondents);
                json.WriteStartObject("groups");
                foreach (var size in unit.SampleSizes)
                {
                    json.WriteNumber(size.Group.Id, size.Respondents);
                }

                json.WriteEndObject();
                json.WriteStartArray("values");
                foreach (var value in unit.Values)
                {
                    json.WriteStartObject();
                    json.WriteString("code", value.Code);
                    json.WriteNumber("value", value.Value);
                    json.WriteNumber("answers", value.Answers);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartArray("questions");
                foreach (var q in unit.Questions)
                {
                    json.WriteStartObject();
                    json.WriteString("question", q.Question.Id);
                    json.WriteString("code", q.Question.LeafCode);
                    if (q.Share is { } share)
                    {
                        json.WriteNumber("share", share);
                    }
                    else
                    {
                        json.WriteNull("share");
                    }

                    json.WriteNumber("answers", q.Answers);
                    json.WriteNumber("not_counted", q.NotCounted);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("sample_checks");
            foreach (var check in checks)
            {
                json.WriteStartObject();
                json.WriteString("unit_id", check.Entry.UnitId);
                JsonFields.StringOrNull(json, "group", check.Entry.Group?.Id);
                json.WriteNumber("respondents", check.Respondents);
                json.WriteNumber("population", check.Entry.Population);
                json.WriteNumber("slovin_sample_size", check.Required);
                json.WriteBoolean("below_slovin", check.IsBelow);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);
}
