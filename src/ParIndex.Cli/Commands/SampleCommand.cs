using System;
using System.Collections.Generic;
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
    };

    public static Command Build(CliContext context)
    {
        var output = new Option<string>("--out", "-o") { Description = Strings.Sample_OptionOut, Required = true };
        var command = new Command("sample", Strings.Sample_Description) { output };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(output)!;
            var targets = Files.Select(f => (Name: f, Path: Path.Combine(folder, f.Replace('/', Path.DirectorySeparatorChar)))).ToArray();
            var existing = targets.Where(t => File.Exists(t.Path)).Select(t => t.Path).ToArray();
            if (existing.Length > 0)
            {
                // Never over a file someone may have edited: all or nothing.
                throw new CliUsageException(Strings.FormatSample_Exists(string.Join(", ", existing)));
            }

            foreach (var (name, path) in targets)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
                using var source = typeof(SampleCommand).Assembly.GetManifestResourceStream("ParIndex.Sample." + name)
                    ?? throw new InvalidOperationException("missing embedded sample file " + name);
                OutputFile.WriteAtomically(path, stream => source.CopyTo(stream));
            }

            context.Error.WriteLine(Strings.FormatSample_Wrote(Files.Length, folder));
            context.Error.WriteLine(Strings.FormatSample_Next(Path.Combine(folder, "units.csv"), Path.Combine(folder, "appraisal.csv"), Path.Combine(folder, "survey.csv")));
            return ExitCodes.Ok;
        });
        return command;
    }
}
