using System;
using System.Collections.Generic;
using System.Linq;

namespace ParIndex;

/// <summary>
/// The one exception ParIndex throws for bad input: a criteria set, assessment, appraisal, survey,
/// scenario or weights file (or the same built in memory) that cannot be used as given.
/// It carries every problem found, each with its location, not only the first.
/// </summary>
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

    private ParIndexException(Diagnostic[] diagnostics)
        : base(BuildMessage(diagnostics))
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Every problem found, in the order met.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    private static string BuildMessage(Diagnostic[] diagnostics)
    {
        if (diagnostics.Length == 0)
        {
            throw new ArgumentException("At least one diagnostic is required.", nameof(diagnostics));
        }

        return string.Join(Environment.NewLine, diagnostics.Select(d => d.ToString()));
    }
}
