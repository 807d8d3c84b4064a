using System;

namespace ParIndex;

/// <summary>Where something was read: a file (or other source name), a 1-based line and a 1-based column.</summary>
/// <remarks>For CSV inputs the line is the physical line of the record and the column is the 1-based field number.</remarks>
public sealed class SourceLocation : IEquatable<SourceLocation>
{
    /// <summary>Creates a location.</summary>
    /// <param name="source">The file path or source name.</param>
    /// <param name="line">1-based line.</param>
    /// <param name="column">1-based column.</param>
    public SourceLocation(string source, int line, int column)
    {
        Source = source ?? throw new ArgumentNullException(nameof(source));
        Line = line;
        Column = column;
    }

    /// <summary>The file path or source name.</summary>
    public string Source { get; }

    /// <summary>1-based line (for CSV, the line on which the record starts).</summary>
    public int Line { get; }

    /// <summary>1-based column (for CSV, the field number).</summary>
    public int Column { get; }

    /// <summary>"source:line:column".</summary>
    public override string ToString() => $"{Source}:{Line}:{Column}";

    /// <inheritdoc/>
    public bool Equals(SourceLocation? other) => other is not null && Source == other.Source && Line == other.Line && Column == other.Column;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SourceLocation);

    /// <inheritdoc/>
    public override int GetHashCode() => (Source.GetHashCode() * 397) ^ (Line * 31) ^ Column;
}
