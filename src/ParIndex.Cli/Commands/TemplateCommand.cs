using System.CommandLine;
using System.IO;
using System.Linq;
using ParIndex.Cli.Rendering;
using ParIndex.Cli.Resources;
using ParIndex.IO;

namespace ParIndex.Cli.Commands;

/// <summary><c>parindex template</c>: an empty self-assessment sheet and its guide.</summary>
internal static class TemplateCommand
{
    public static Command Build(CliContext context)
    {
        var criteria = new Option<string?>("--criteria", "-c") { Description = Strings.FormatTemplate_OptionCriteria(ParIndex.Criteria.CriteriaSetLoader.DefaultShippedId) };
        var output = new Option<string?>("--out", "-o") { Description = Strings.Template_OptionOut };
        var command = new Command(
            "template",
            Strings.Template_Description);
        command.Options.Add(criteria);
        command.Options.Add(output);
        var force = OutputOptions.CreateForce();
        command.Options.Add(force);
        command.SetAction(parse =>
        {
            var outFile = parse.GetValue(output);
            var guide = outFile is null ? null : Path.ChangeExtension(outFile, null) + ".guide.csv";
            var inputs = parse.GetValue(criteria) is { } file ? new[] { file } : System.Array.Empty<string>();
            var outputs = new OutputFile(parse.GetValue(force), inputs).Add("--out", outFile, toStandardOutput: true);
            if (guide is not null)
            {
                outputs.Add("--out (guide)", guide);
            }

            outputs.Check();
            var set = ParIndex.Criteria.CriteriaSetLoader.LoadFileOrShipped(parse.GetValue(criteria), InputLimits.Of(parse, context).Criteria());
            outputs.Write(
                context,
                ("--out", OutputFile.Text(outFile, w => AssessmentTemplate.WriteSheet(set, w))),
                ("--out (guide)", OutputFile.Text(guide, w => AssessmentTemplate.WriteGuide(set, w))));
            if (outFile is not null && guide is not null)
            {
                context.Error.WriteLine(Strings.FormatTemplate_Wrote(outFile, guide));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
