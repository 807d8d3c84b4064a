using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using ParIndex.Cli.Rendering;
using ParIndex.Cli.Resources;

namespace ParIndex.Cli.Commands;

/// <summary>
/// <c>parindex sample --out DIR</c>: writes the shipped sample round (fictitious values for the 13 districts of Hà Tĩnh)
/// so that every example in the help texts can be run by someone who installed the tool and has no clone.
/// </summary>
internal static class SampleCommand
{
    /// <summary>The files written, by name in the folder, from the tool's embedded resources ("ParIndex.Sample." + name).</summary>
    internal static readonly string[] Files =
    {
        "criteria.yaml", "units.csv", "appraisal.csv", "appraisal-round2.csv", "survey.csv",
        "scenarios/e-government-20.yaml", "scenarios/no-deduction-equal-areas.yaml", "README.md",
        "responses.csv", "population.csv", "survey-definition.yaml",
    };

    public static Command Build(CliContext context)
    {
        var output = new Option<string>("--out", "-o") { Description = Strings.Sample_OptionOut, Required = true };
        var force = OutputOptions.CreateForce();
        var command = new Command("sample", Strings.Sample_Description) { output, force };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(output)!;
            var targets = Files.Select(f => (Name: f, Path: Path.Combine(folder, f.Replace('/', Path.DirectorySeparatorChar)))).ToArray();
            foreach (var (_, path) in targets)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            }

            // Every file is checked (never over an existing one without --force) before any is written; then all or nothing.
            var plan = new OutputFile(parse.GetValue(force), Array.Empty<string>());
            string Label(int i) => $"--out ({i + 1}/{targets.Length})";
            for (var i = 0; i < targets.Length; i++)
            {
                plan.Add(Label(i), targets[i].Path);
            }

            plan.Check();
            plan.Write(context, targets.Select((t, i) => (Label(i), OutputContent.Binary("", stream => Copy(t.Name, stream)))).ToArray());
            context.Error.WriteLine(Strings.FormatSample_Wrote(Files.Length, folder));
            context.Error.WriteLine(Strings.FormatSample_Next(Path.Combine(folder, "units.csv"), Path.Combine(folder, "appraisal.csv"), Path.Combine(folder, "survey.csv")));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Copy(string name, Stream target)
    {
        using var source = typeof(SampleCommand).Assembly.GetManifestResourceStream("ParIndex.Sample." + name)
            ?? throw new InvalidOperationException("missing embedded sample file " + name);
        source.CopyTo(target);
    }
}
