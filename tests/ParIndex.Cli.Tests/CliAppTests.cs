using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace ParIndex.Cli.Tests;

public class CliAppTests
{
    private static readonly string Examples = Path.Combine(AppContext.BaseDirectory, "examples");

    [Fact]
    public async Task VersionPrintsTheBareVersionOnStandardOutput()
    {
        var run = await Run("--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(new Regex(@"\A\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?\r?\n\z"), run.Output);
        Assert.Equal(CliApp.Version + Environment.NewLine, run.Output);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public async Task HelpOfEveryCommandEndsWithExamplesOfThatCommand()
    {
        var paths = CommandPaths(CliApp.BuildRoot(new CliContext(TextWriter.Null, TextWriter.Null))).ToArray();
        Assert.Contains("score", paths);
        Assert.Contains("criteria validate", paths);

        foreach (var path in paths)
        {
            var args = path.Length == 0 ? new[] { "--help" } : path.Split(' ').Append("--help").ToArray();
            var run = await Run(args);

            Assert.True(run.ExitCode == 0, $"'parindex {path} --help' exited with {run.ExitCode}: {run.Error}");
            Assert.Equal("", run.Error);
            var examples = run.Output.IndexOf("\nExamples:\n", StringComparison.Ordinal);
            Assert.True(examples > 0, $"'parindex {path} --help' shows no examples:\n{run.Output}");
            Assert.Contains(("\n  parindex " + path).TrimEnd(), run.Output.Substring(examples), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ReadmeCommandsTableListsEveryCommandWithEachOfItsOptions()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ParIndex.sln")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        var readme = File.ReadAllText(Path.Combine(directory!.FullName, "README.md")).Replace("\r\n", "\n");
        var section = readme.Substring(readme.IndexOf("## Commands\n", StringComparison.Ordinal));
        section = section.Substring(0, section.IndexOf("\n## ", 3, StringComparison.Ordinal));
        string Definition(string name) => Regex.Match(section, "`" + name + "` = `([^`]*)`").Groups[1].Value;
        var inputs = Definition("INPUTS");
        var ranking = Definition("RANKING");
        Assert.Contains("--criteria", inputs);
        Assert.Contains("--group-by", ranking);

        var root = CliApp.BuildRoot(new CliContext(TextWriter.Null, TextWriter.Null));
        var leaves = Leaves(root).ToArray();
        Assert.Equal(11, leaves.Length);
        foreach (var (path, command) in leaves)
        {
            var row = section.Split('\n').SingleOrDefault(l => l.StartsWith("| `parindex " + path + " ", StringComparison.Ordinal) || l.StartsWith("| `parindex " + path + "`", StringComparison.Ordinal));
            Assert.True(row is not null, $"README's Commands table has no row for 'parindex {path}'");
            var usage = row!.Substring(0, row.IndexOf("` |", StringComparison.Ordinal));
            foreach (var option in command.Options.Where(o => o.Name.StartsWith("--", StringComparison.Ordinal) && o.Name != "--help"))
            {
                var listed = usage.Contains(option.Name + " ", StringComparison.Ordinal) || usage.Contains(option.Name + "]", StringComparison.Ordinal)
                    || (usage.Contains("[INPUTS]", StringComparison.Ordinal) && inputs.Contains(option.Name + " ", StringComparison.Ordinal))
                    || (usage.Contains("[RANKING]", StringComparison.Ordinal) && ranking.Contains(option.Name + " ", StringComparison.Ordinal));
                Assert.True(listed, $"README's row for 'parindex {path}' does not show {option.Name}");
            }

            foreach (var shown in Regex.Matches(usage, @"--[a-z-]+").Select(m => m.Value))
            {
                Assert.True(command.Options.Any(o => o.Name == shown), $"README's row for 'parindex {path}' shows {shown}, which the command does not have");
            }
        }
    }

    private static IEnumerable<(string Path, Command Command)> Leaves(Command command, string prefix = "")
    {
        if (command.Subcommands.Count == 0 && prefix.Length > 0)
        {
            yield return (prefix, command);
        }

        foreach (var child in command.Subcommands)
        {
            foreach (var leaf in Leaves(child, (prefix + " " + child.Name).Trim()))
            {
                yield return leaf;
            }
        }
    }

    [Fact]
    public async Task ExamplesAreNotRepeatedInTheParentCommandList()
    {
        var run = await Run("criteria", "--help");

        Assert.Single(Regex.Matches(run.Output, "Examples:"));
        Assert.Contains("  list             List the criteria sets shipped with parindex.\n", run.Output.Replace("\r\n", "\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCommandExitsWithTwoAndAUsageHintOnStandardErrorOnly()
    {
        var run = await Run("frobnicate");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Contains("error: unknown command, option or argument 'frobnicate'", run.Error, StringComparison.Ordinal);
        Assert.EndsWith("Run 'parindex --help' for usage." + Environment.NewLine, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownOptionOfASubcommandPointsToThatCommandsHelp()
    {
        var run = await Run("criteria", "list", "--bogus");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.EndsWith("Run 'parindex criteria list --help' for usage." + Environment.NewLine, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoCommandExitsWithTwo()
    {
        var run = await Run();

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Contains("Run 'parindex --help' for usage.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingInputFileExitsWithTwoAndNamesTheFileOnStandardError()
    {
        var missing = Path.Combine(Path.GetTempPath(), "parindex-no-such-file.csv");

        var run = await Run("score", missing);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.StartsWith("error: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("parindex-no-such-file.csv", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnexpectedExceptionExitsWithOneWithoutStackTrace()
    {
        var root = new RootCommand("test");
        var boom = new Command("boom", "Throws.");
        boom.SetAction(new Func<ParseResult, int>(_ => throw new InvalidOperationException("something broke")));
        root.Subcommands.Add(boom);
        var output = new StringWriter();
        var error = new StringWriter();

        var exitCode = await CliApp.RunAsync(root, new[] { "boom" }, output, error);

        Assert.Equal(1, exitCode);
        Assert.Equal("", output.ToString());
        Assert.StartsWith("unexpected error: InvalidOperationException: something broke" + Environment.NewLine, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScoreWritesTheRankingToStandardOutputWithoutColourCodes()
    {
        var run = await Run("score", Path.Combine(Examples, "units.csv"), "--appraisal", Path.Combine(Examples, "appraisal.csv"), "--survey", Path.Combine(Examples, "survey.csv"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Contains("Thành phố Hà Tĩnh", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', run.Output);
    }

    private static IEnumerable<string> CommandPaths(Command command, string prefix = "")
    {
        yield return prefix;
        foreach (var child in command.Subcommands)
        {
            foreach (var path in CommandPaths(child, (prefix + " " + child.Name).Trim()))
            {
                yield return path;
            }
        }
    }

    private static async Task<(int ExitCode, string Output, string Error)> Run(params string[] args)
    {
        return await CliRun.RunAsync(args);
    }
}
