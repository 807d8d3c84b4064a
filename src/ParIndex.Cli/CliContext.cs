using System;
using System.IO;

namespace ParIndex.Cli;

/// <summary>Where a command writes: standard output for results, standard error for messages; colour only when allowed.</summary>
internal sealed class CliContext
{
    public CliContext(TextWriter output, TextWriter error)
    {
        Output = output;
        Error = error;
        UseColor = Environment.GetEnvironmentVariable("NO_COLOR") is not { Length: > 0 }
            && ReferenceEquals(output, Console.Out)
            && !Console.IsOutputRedirected;
        ErrorIsTerminal = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    /// <summary>Whether ANSI colour may be used on standard output (a terminal, and NO_COLOR not set).</summary>
    public bool UseColor { get; }

    /// <summary>Whether standard error is a terminal (progress bars are drawn only then).</summary>
    public bool ErrorIsTerminal { get; }
}
