using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using ParIndex.Cli.Commands;

namespace ParIndex.Cli;

/// <summary>Builds the command tree and runs it with error handling: results on standard output, errors on standard error.</summary>
internal static class CliApp
{
    public static string Version { get; } =
        typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static RootCommand BuildRoot(CliContext context)
    {
        var root = new RootCommand(
            "parindex — scores and ranks public bodies on Vietnam's PAR Index (Chỉ số cải cách hành chính).\n" +
            "Exit codes: 0 ok, 1 unexpected error, 2 bad input or usage. Results go to standard output, messages to standard error.\n\n" +
            "Examples:\n" +
            "  parindex score examples/units.csv --appraisal examples/appraisal.csv --survey examples/survey.csv\n" +
            "  parindex criteria list\n" +
            "  parindex score --help\n" +
            "  parindex --version");
        root.Subcommands.Add(CriteriaCommands.Build(context));
        foreach (var command in CommandRegistry.Commands(context))
        {
            root.Subcommands.Add(command);
        }

        StandardActions.Install(root);
        return root;
    }

    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default) =>
        RunAsync(BuildRoot(new CliContext(output, error)), args, output, error, cancellationToken);

    /// <summary>Parses and runs <paramref name="args"/> against a command tree, mapping every failure to an exit code and a message on <paramref name="error"/>.</summary>
    internal static async Task<int> RunAsync(RootCommand root, string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors)
            {
                error.WriteLine("error: " + e.Message);
            }

            var path = CommandPath(parse.CommandResult.Command, root);
            error.WriteLine($"Run 'parindex {(path.Length == 0 ? "" : path + " ")}--help' for usage.");
            return ExitCodes.BadInput;
        }

        if (!WorkingFolderExists() && !args.Any(a => a is "--help" or "-h" or "-?" or "--version"))
        {
            // .NET would only say "Unable to find the specified file." at the first relative path.
            error.WriteLine("error: " + Resources.SafetyText.Format("WorkingFolderMissing"));
            return ExitCodes.BadInput;
        }

        try
        {
            var config = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
            return await parse.InvokeAsync(config, cancellationToken).ConfigureAwait(false);
        }
        catch (ParIndexException ex)
        {
            foreach (var d in ex.Diagnostics)
            {
                error.WriteLine("error: " + d);
            }

            return ExitCodes.BadInput;
        }
        catch (CliUsageException ex)
        {
            error.WriteLine("error: " + ex.Message);
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("cancelled");
            return ExitCodes.Cancelled;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine("error: " + ex.Message);
            return ExitCodes.BadInput;
        }
        catch (Exception ex)
        {
            error.WriteLine($"unexpected error: {ex.GetType().Name}: {ex.Message}");
            if (Environment.GetEnvironmentVariable("PARINDEX_DEBUG") is { Length: > 0 })
            {
                error.WriteLine(ex);
            }
            else
            {
                error.WriteLine("This is a bug in parindex; set PARINDEX_DEBUG=1 for details and report it.");
            }

            return ExitCodes.Unexpected;
        }
    }

    private static bool WorkingFolderExists()
    {
        try
        {
            return Directory.Exists(Directory.GetCurrentDirectory());
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static string CommandPath(Command command, RootCommand root)
    {
        var names = new System.Collections.Generic.List<string>();
        Command? current = command;
        while (current is not null && current != root)
        {
            names.Insert(0, current.Name);
            current = current.Parents.OfType<Command>().FirstOrDefault();
        }

        return string.Join(" ", names);
    }
}

/// <summary>A usage problem found after parsing (e.g. an output file that is also an input).</summary>
internal sealed class CliUsageException : Exception
{
    public CliUsageException(string message)
        : base(message)
    {
    }
}
