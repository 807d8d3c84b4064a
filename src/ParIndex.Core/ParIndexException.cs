using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ParIndex.Internal;

namespace ParIndex;

/// <summary>
/// The one exception ParIndex throws for bad input: a criteria set, assessment, appraisal, survey,
/// scenario or weights file (or the same built in memory) that cannot be used as given.
/// It carries every problem found, each with its location, not only the first.
/// </summary>
/// <remarks>
/// <see cref="Message"/> lists the diagnostics in the language of <see cref="CultureInfo.CurrentUICulture"/> when it is read;
/// <see cref="GetMessage(CultureInfo)"/> chooses the language (English or Vietnamese).
/// </remarks>
public sealed class ParIndexException : Exception
{
    /// <summary>Creates the exception from one or more diagnostics.</summary>
    /// <param name="diagnostics">The problems found; at least one.</param>
    public ParIndexException(IEnumerable<Diagnostic> diagnostics)
        : this((diagnostics ?? throw new ArgumentNullException(nameof(diagnostics))).ToArray())
    {
    }

    /// <summary>Creates the exception from a single problem.</summary>
    /// <param name="location">Where the problem is, if known.</param>
    /// <param name="message">What is wrong.</param>
    public ParIndexException(SourceLocation? location, string message)
        : this(new[] { new Diagnostic(location, message) })
    {
    }

    internal ParIndexException(SourceLocation? location, LocalizedText message)
        : this(new[] { new Diagnostic(location, message) })
    {
    }

    private ParIndexException(Diagnostic[] diagnostics)
        : base(diagnostics.Length == 0 ? throw new ArgumentException("At least one diagnostic is required.", nameof(diagnostics)) : null)
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Every problem found, in the order met.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Every diagnostic as "file:line:column: message", one per line, in the current UI culture's language.</summary>
    public override string Message => GetMessage(CultureInfo.CurrentUICulture);

    /// <summary>Every diagnostic as "file:line:column: message", one per line, in <paramref name="culture"/>'s language.</summary>
    /// <param name="culture">The interface language of the messages.</param>
    public string GetMessage(CultureInfo culture)
    {
        if (culture is null)
        {
            throw new ArgumentNullException(nameof(culture));
        }

        return string.Join(Environment.NewLine, Diagnostics.Select(d => d.ToString(culture)));
    }
}
