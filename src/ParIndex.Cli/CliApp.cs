using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using ParIndex.Cli.Commands;
using ParIndex.Cli.Resources;

namespace ParIndex.Cli;

/// <summary>Builds the command tree and runs it with error handling: results on standard output, errors on standard error.</summary>
internal static class CliApp
{
    public static string Version { get; } =
        typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>
    /// Where a run reads its environment variables (LANG, LC_ALL, LC_MESSAGES, COLUMNS): the process environment;
    /// the test assembly replaces it so that tests do not depend on the machine's locale or terminal.
    /// </summary>
    internal static Func<string, string?> Environment { get; set; } = System.Environment.GetEnvironmentVariable;

    /// <summary>The global --lang option: the interface language of this run.</summary>
    internal static Option<string> LangOption()
    {
        var option = new Option<string>(UiLanguage.OptionName) { Description = Strings.Option_Lang, Recursive = true, HelpName = "vi|en" };
        option.AcceptOnlyFromAmong(UiLanguage.Values);
        return option;
    }

    public static RootCommand BuildRoot(CliContext context)
    {
        var root = new RootCommand(Strings.Root_Description);
        root.Subcommands.Add(CriteriaCommands.Build(context));
        foreach (var command in CommandRegistry.Commands(context))
        {
            root.Subcommands.Add(command);
        }

        root.Options.Add(LangOption());
        StandardActions.Install(root);
        return root;
    }

    /// <summary>
    /// Runs the tool: chooses the interface language (--lang, else the locale), builds the command tree in it and runs
    /// <paramref name="args"/>. The language and the invariant formatting culture apply to this run only (they flow with
    /// the async call, not back to the caller).
    /// </summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default) =>
        RunAsync(args, output, error, Environment, cancellationToken);

    /// <summary>Runs the tool with the environment variables read from <paramref name="environment"/> (LANG, COLUMNS, …).</summary>
    internal static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, Func<string, string?> environment, CancellationToken cancellationToken = default)
    {
        UseLanguage(UiLanguage.Resolve(args, environment, CultureInfo.CurrentUICulture));
        return await RunAsync(BuildRoot(new CliContext(output, error, environment)), args, output, error, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sets the interface language of the current flow; numbers are always formatted invariantly (a decimal point).</summary>
    internal static void UseLanguage(CultureInfo language)
    {
        CultureInfo.CurrentUICulture = language;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
    }

    /// <summary>Parses and runs <paramref name="args"/> against a command tree, mapping every failure to an exit code and a message on <paramref name="error"/>.</summary>
    internal static async Task<int> RunAsync(RootCommand root, string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            var command = parse.CommandResult.Command;
            var unmatched = parse.UnmatchedTokens.ToArray();
            foreach (var token in unmatched)
            {
                // Our own message, in the interface language, with the nearest command or option.
                var candidates = command.Subcommands.Select(c => c.Name)
                    .Concat(command.Options.Concat(root.Options.Where(o => o.Recursive)).SelectMany(o => o.Aliases.Append(o.Name)))
                    .Where(n => !n.StartsWith("-", StringComparison.Ordinal) || token.StartsWith("-", StringComparison.Ordinal));
                error.WriteLine(Strings.FormatApp_Error(Strings.FormatApp_UnknownToken(token) + Rendering.Suggest.DidYouMean(token, candidates)));
            }

            foreach (var e in parse.Errors)
            {
                if (unmatched.Any(t => e.Message.Contains("'" + t + "'", StringComparison.Ordinal)))
                {
                    continue;
                }

                error.WriteLine(Strings.FormatApp_Error(ParseErrors.Message(e)));
            }

            var path = CommandPath(parse.CommandResult.Command, root);
            error.WriteLine(Strings.FormatApp_RunHelp($"parindex {(path.Length == 0 ? "" : path + " ")}--help"));
            return ExitCodes.BadInput;
        }

        if (!WorkingFolderExists() && !args.Any(a => a is "--help" or "-h" or "-?" or "--version"))
        {
            // .NET would only say "Unable to find the specified file." at the first relative path.
            error.WriteLine(Strings.FormatApp_Error(Safety.App_WorkingFolderMissing));
            return ExitCodes.BadInput;
        }

        try
        {
            var config = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
            return await parse.InvokeAsync(config, cancellationToken).ConfigureAwait(false);
        }
        catch (ParIndexException ex)
        {
            WriteErrors(ex.Diagnostics, error);
            return ExitCodes.BadInput;
        }
        catch (CliUsageException ex)
        {
            error.WriteLine(Strings.FormatApp_Error(ex.Message));
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine(Strings.App_Cancelled);
            return ExitCodes.Cancelled;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine(Strings.FormatApp_Error(ex.Message));
            return ExitCodes.BadInput;
        }
        catch (Exception ex)
        {
            error.WriteLine(Strings.FormatApp_UnexpectedError(ex.GetType().Name, ex.Message));
            if (Environment("PARINDEX_DEBUG") is { Length: > 0 })
            {
                error.WriteLine(ex);
            }
            else
            {
                error.WriteLine(Strings.App_ReportBug);
            }

            return ExitCodes.Unexpected;
        }
    }

    /// <summary>How many problems of one failed command are printed; the rest are counted.</summary>
    internal const int MaxErrorsShown = 20;

    /// <summary>Writes the first <see cref="MaxErrorsShown"/> problems, then how many more there are.</summary>
    internal static void WriteErrors(IReadOnlyList<Diagnostic> diagnostics, TextWriter error)
    {
        // The first problems are what a user can act on; thousands of lines would bury them.
        foreach (var d in diagnostics.Take(MaxErrorsShown))
        {
            error.WriteLine(Strings.FormatApp_Error(d));
        }

        if (diagnostics.Count > MaxErrorsShown)
        {
            error.WriteLine(Strings.FormatApp_Error(Safety.FormatApp_MoreErrors((diagnostics.Count - MaxErrorsShown).ToString("N0", CultureInfo.InvariantCulture))));
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
