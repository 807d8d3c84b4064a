using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Linq;

namespace ParIndex.Cli;

/// <summary>
/// The actions of --help and --version. Help shows a command's examples in their own "Examples:"
/// section at the end and keeps them out of the parent's command list: a command gives its examples at
/// the end of its description, after a blank line, under a line "Examples:" (or "Example:").
/// Version prints the bare version of parindex itself (not of whatever process hosts it).
/// </summary>
internal static class StandardActions
{
    public static void Install(RootCommand root)
    {
        var examples = new Dictionary<Command, string[]>();
        Collect(root, examples);
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new HelpWithExamples((SynchronousCommandLineAction)help.Action!, examples);
        root.Options.OfType<VersionOption>().Single().Action = new PrintVersion();
    }

    private static void Collect(Command command, Dictionary<Command, string[]> examples)
    {
        var description = (command.Description ?? "").Replace("\r\n", "\n");
        foreach (var header in new[] { "\n\nExamples:\n", "\n\nExample:\n" })
        {
            var at = description.IndexOf(header, StringComparison.Ordinal);
            if (at >= 0)
            {
                examples[command] = description.Substring(at + header.Length).TrimEnd().Split('\n');
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
            var result = help.Invoke(parseResult);
            if (examples.TryGetValue(parseResult.CommandResult.Command, out var lines))
            {
                var output = parseResult.InvocationConfiguration.Output;
                output.WriteLine("Examples:");
                foreach (var line in lines)
                {
                    output.WriteLine(line.Length == 0 ? "" : "  " + line.Trim());
                }

                output.WriteLine();
            }

            return result;
        }
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
