using System.CommandLine;
using System.IO;
using ParIndex.Cli.Rendering;
using ParIndex.Cli.Resources;
using ParIndex.Excel;
using ParIndex.IO;

namespace ParIndex.Cli.Commands;

/// <summary>
/// <c>parindex template</c>: an empty self-assessment or appraisal-round sheet, as CSV with its guide (FILE.guide.csv)
/// or as one workbook (the guide a sheet of it; data validation on every input cell).
/// </summary>
internal static class TemplateCommand
{
    private static readonly string[] Kinds = { "self", "appraisal" };

    public static Command Build(CliContext context)
    {
        var criteria = new Option<string?>("--criteria", "-c") { Description = Strings.FormatTemplate_OptionCriteria(ParIndex.Criteria.CriteriaSetLoader.DefaultShippedId) };
        var output = new Option<string?>("--out", "-o") { Description = ExcelCliText.Get("TemplateOutOption") };
        var format = new Option<string>("--format", "-f") { Description = ExcelCliText.Get("TemplateFormatOption"), DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "xlsx");
        var kind = new Option<string>("--kind") { Description = ExcelCliText.Get("TemplateKindOption"), DefaultValueFactory = _ => "self" };
        kind.AcceptOnlyFromAmong(Kinds);
        var command = new Command(
            "template",
            Strings.Template_Description);
        command.Options.Add(criteria);
        command.Options.Add(kind);
        command.Options.Add(format);
        command.Options.Add(output);
        var force = OutputOptions.CreateForce();
        command.Options.Add(force);
        command.Options.Add(context.LimitOption);
        command.SetAction(parse =>
        {
            var outFile = parse.GetValue(output);
            var workbook = FormatOf(parse, format, outFile) == "xlsx";
            var appraisal = parse.GetValue(kind) == "appraisal";
            ReportOutput.EnsureOutFor(workbook ? "xlsx" : "csv", outFile);
            var guide = outFile is null || workbook ? null : Path.ChangeExtension(outFile, null) + ".guide.csv";
            var inputs = parse.GetValue(criteria) is { } file ? new[] { file } : System.Array.Empty<string>();
            var outputs = new OutputFile(parse.GetValue(force), inputs).Add("--out", outFile, toStandardOutput: true);
            if (guide is not null)
            {
                outputs.Add("--out (guide)", guide);
            }

            outputs.Check();
            var set = ParIndex.Criteria.CriteriaSetLoader.LoadFileOrShipped(parse.GetValue(criteria), InputLimits.Of(parse, context).Criteria());
            var sheet = workbook
                ? OutputContent.Binary("xlsx", stream =>
                {
                    if (appraisal)
                    {
                        TemplateWorkbook.WriteAppraisal(set, stream);
                    }
                    else
                    {
                        TemplateWorkbook.WriteSelfAssessment(set, stream);
                    }
                })
                : OutputFile.Text(outFile, w =>
                {
                    if (appraisal)
                    {
                        AssessmentTemplate.WriteAppraisalSheet(set, w);
                    }
                    else
                    {
                        AssessmentTemplate.WriteSheet(set, w);
                    }
                });
            outputs.Write(
                context,
                ("--out", sheet),
                ("--out (guide)", OutputFile.Text(guide, w => AssessmentTemplate.WriteGuide(set, w))));
            if (outFile is not null)
            {
                context.Error.WriteLine(guide is null ? ExcelCliText.Format("TemplateWrote", outFile) : Strings.FormatTemplate_Wrote(outFile, guide));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>--format when given, else xlsx for an --out ending in .xlsx, else csv; a --format that contradicts the extension is refused.</summary>
    private static string FormatOf(ParseResult parse, Option<string> format, string? outFile)
    {
        var given = parse.GetResult(format) is { Implicit: false } ? parse.GetValue(format) : null;
        var byExtension = OutputFormats.OfFile(outFile);
        if (given is not null && byExtension is not null && given != byExtension)
        {
            throw new CliUsageException(Strings.FormatOutput_FormatContradictsExtension(given, outFile, Path.GetExtension(outFile), byExtension));
        }

        return given ?? (byExtension == "xlsx" ? "xlsx" : "csv");
    }
}
