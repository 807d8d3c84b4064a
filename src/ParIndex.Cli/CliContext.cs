using System;
using System.Globalization;
using System.IO;

namespace ParIndex.Cli;

/// <summary>
/// Where a command writes: standard output for results, standard error for messages; how wide tables may be. Nothing
/// is written in colour or with other terminal escapes, so output is the same on a terminal, in a file and under
/// NO_COLOR (CliAppTests checks that no escape character is printed).
/// </summary>
internal sealed class CliContext
{
    /// <summary>The table width when standard output is not a terminal and COLUMNS is not set.</summary>
    public const int DefaultWidth = 120;

    /// <summary>The narrowest width honoured: below it tables could not show a code and a number side by side.</summary>
    public const int MinimumWidth = 40;

    public CliContext(TextWriter output, TextWriter error)
        : this(output, error, Environment.GetEnvironmentVariable)
    {
    }

    public CliContext(TextWriter output, TextWriter error, Func<string, string?> environment)
    {
        Output = output;
        Error = error;
        var outputIsTerminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        ErrorIsTerminal = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
        Width = ChooseWidth(outputIsTerminal ? TerminalWidth() : null, environment("COLUMNS"));
    }

    /// <summary>The global --limit option of this run's command tree (see <see cref="Commands.InputLimits"/>).</summary>
    public System.CommandLine.Option<string[]> LimitOption { get; } = Commands.InputLimits.CreateOption();

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    /// <summary>Whether standard error is a terminal (progress bars are drawn only then).</summary>
    public bool ErrorIsTerminal { get; }

    /// <summary>The width tables for people must fit in: the terminal's, else COLUMNS, else <see cref="DefaultWidth"/>.</summary>
    public int Width { get; }

    /// <summary>The terminal's width when known and sensible, else COLUMNS when it is a sensible number, else 120; never below <see cref="MinimumWidth"/>.</summary>
    internal static int ChooseWidth(int? terminal, string? columns)
    {
        if (terminal is > 0)
        {
            return Math.Max(MinimumWidth, terminal.Value);
        }

        if (int.TryParse(columns, NumberStyles.None, CultureInfo.InvariantCulture, out var c) && c > 0)
        {
            return Math.Max(MinimumWidth, c);
        }

        return DefaultWidth;
    }

    private static int? TerminalWidth()
    {
        try
        {
            return Console.WindowWidth;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
