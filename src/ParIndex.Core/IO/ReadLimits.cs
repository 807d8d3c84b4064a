using System;

namespace ParIndex.IO;

/// <summary>
/// How much of an input file is read before it is refused: a process reading files it did not write (a device such as
/// /dev/zero, a pipe, a file that keeps growing, a 100 MB header line) stops with a <see cref="ParIndexException"/>
/// naming the limit, instead of running out of memory. The defaults are far above any real round (about 10,000 units
/// exist in the whole country); raise them for unusual inputs. See docs/errors.md.
/// </summary>
/// <remarks>
/// The properties have ordinary setters, not <c>init</c>, so that .NET Framework projects on their default C# 7.3 can
/// set them too. On the command line: <c>--limit bytes=N</c>, <c>--limit cell=N</c>, <c>--limit rows=N</c>,
/// <c>--limit columns=N</c>, <c>--limit units=N</c>.
/// </remarks>
public sealed class ReadLimits
{
    /// <summary>A new instance with the default limits.</summary>
    public static ReadLimits Default => new();

    /// <summary>The most bytes read from one table file or stream, counted as they are read (default 128 MiB). Command line: <c>--limit bytes=N</c>.</summary>
    public long MaxBytes { get; set; } = 128L * 1024 * 1024;

    /// <summary>The longest cell (field) of a table, in characters (default 10,000). Command line: <c>--limit cell=N</c>.</summary>
    public int MaxCellLength { get; set; } = 10_000;

    /// <summary>The most data rows in one table (default 2,000,000: 10,000 units × 200 criteria in long form). Command line: <c>--limit rows=N</c>.</summary>
    public int MaxRows { get; set; } = 2_000_000;

    /// <summary>The most columns in a row of a table (default 10,000). Command line: <c>--limit columns=N</c>.</summary>
    public int MaxColumns { get; set; } = 10_000;

    /// <summary>The most units in one round (default 100,000). Command line: <c>--limit units=N</c>.</summary>
    public int MaxUnits { get; set; } = 100_000;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless every limit is positive.</summary>
    internal ReadLimits Validated()
    {
        if (MaxBytes < 1 || MaxCellLength < 1 || MaxRows < 1 || MaxColumns < 1 || MaxUnits < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(ReadLimits), "Every read limit must be 1 or more.");
        }

        return this;
    }
}
