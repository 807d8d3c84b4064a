using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.IO;
using System.Linq;
using ParIndex.Cli.Resources;

namespace ParIndex.Cli;

/// <summary>
/// The actions of --help and --version. Help shows a command's examples in their own "Examples:"
/// section at the end and keeps them out of the parent's command list: a command gives its examples at
/// the end of its description, after a blank line, under a line "Examples:" (or "Example:").
/// Version prints the bare version of parindex itself (not of whatever process hosts it).
/// System.CommandLine has no Vietnamese texts: its section headings and the descriptions of --help and --version come
/// from our resources.
/// </summary>
internal static class StandardActions
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Command, string[]> AllExamples = new();

    /// <summary>The example command lines of <paramref name="command"/>'s help (after <see cref="Install"/>), trimmed.</summary>
    internal static IEnumerable<string> Examples(Command command) =>
        AllExamples.TryGetValue(command, out var lines) ? lines.Select(l => l.Trim()).Where(l => l.StartsWith("parindex ", StringComparison.Ordinal)) : Enumerable.Empty<string>();

    public static void Install(RootCommand root)
    {
        var examples = new Dictionary<Command, string[]>();
        Collect(root, examples);
        var help = root.Options.OfType<HelpOption>().Single();
        help.Description = Strings.Help_OptionHelp;
        help.Action = new HelpWithExamples((SynchronousCommandLineAction)help.Action!, examples);
        var version = root.Options.OfType<VersionOption>().Single();
        version.Description = Strings.Help_OptionVersion;
        version.Action = new PrintVersion();
    }

    private static void Collect(Command command, Dictionary<Command, string[]> examples)
    {
        var description = (command.Description ?? "").Replace("\r\n", "\n");
        foreach (var header in new[] { "\n\n" + Strings.Help_ExamplesHeader + "\n", "\n\nExamples:\n", "\n\nExample:\n" })
        {
            var at = description.IndexOf(header, StringComparison.Ordinal);
            if (at >= 0)
            {
                examples[command] = description.Substring(at + header.Length).TrimEnd().Split('\n');
                AllExamples.AddOrUpdate(command, examples[command]);
                command.Description = description.Substring(0, at).TrimEnd();
                break;
            }
        }

        foreach (var child in command.Subcommands)
        {
            Collect(child, examples);
        }
    }

    private sealed class HelpWithExamples : SynchronousCommandLineAction
    {
        private readonly SynchronousCommandLineAction help;
        private readonly Dictionary<Command, string[]> examples;

        public HelpWithExamples(SynchronousCommandLineAction help, Dictionary<Command, string[]> examples)
        {
            this.help = help;
            this.examples = examples;
        }

        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            var output = parseResult.InvocationConfiguration.Output;
            var buffer = new StringWriter();
            parseResult.InvocationConfiguration.Output = buffer;
            int result;
            try
            {
                result = help.Invoke(parseResult);
            }
            finally
            {
                parseResult.InvocationConfiguration.Output = output;
            }

            output.Write(TranslateHeadings(buffer.ToString()));
            if (examples.TryGetValue(parseResult.CommandResult.Command, out var lines))
            {
                output.WriteLine(Strings.Help_ExamplesHeader);
                foreach (var line in lines)
                {
                    output.WriteLine(line.Length == 0 ? "" : "  " + line.Trim());
                }

                output.WriteLine();
            }

            return result;
        }
    }

    /// <summary>The section headings and labels of System.CommandLine's help in the interface language.</summary>
    internal static string TranslateHeadings(string help)
    {
        var headings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Description:"] = Strings.Help_Description,
            ["Usage:"] = Strings.Help_Usage,
            ["Arguments:"] = Strings.Help_Arguments,
            ["Options:"] = Strings.Help_Options,
            ["Commands:"] = Strings.Help_Commands,
        };
        var lines = help.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (headings.TryGetValue(lines[i], out var translated))
            {
                lines[i] = translated;
            }
        }

        // The usage line's placeholders and the option labels System.CommandLine writes in English.
        return string.Join(Environment.NewLine, lines)
            .Replace(" [options]", " [" + Strings.Help_UsageOptions + "]", StringComparison.Ordinal)
            .Replace(" [command]", " [" + Strings.Help_UsageCommand + "]", StringComparison.Ordinal)
            .Replace(" (REQUIRED)", " (" + Strings.Help_Required + ")", StringComparison.Ordinal)
            .Replace(" [default: ", " [" + Strings.Help_Default + ": ", StringComparison.Ordinal);
    }

    private sealed class PrintVersion : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(CliApp.Version);
            return ExitCodes.Ok;
        }
    }
}
