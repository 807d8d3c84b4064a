using System;

namespace ParIndex.Excel;

/// <summary>
/// Bounds on what reading one workbook may cost, so that a hostile or broken file (a zip bomb, a million
/// styles, a sheet reaching column XFD) ends with a clear <see cref="ParIndexException"/> instead of
/// exhausting memory. The defaults fit every real round (10,000 units × a few hundred criteria) with room
/// to spare; raise one when a legitimate file exceeds it. Exceeding a limit names it and how to raise it.
/// </summary>
public sealed class WorkbookLimits
{
    /// <summary>The defaults.</summary>
    public static WorkbookLimits Default { get; } = new();

    /// <summary>The largest workbook file read, in bytes (default 256 MiB). Name: <c>file-bytes</c>.</summary>
    public long MaxFileBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>The most bytes an .xlsx may unpack to, all parts together (default 1 GiB). Name: <c>unpacked-bytes</c>.</summary>
    public long MaxUnpackedBytes { get; init; } = 1024L * 1024 * 1024;

    /// <summary>The most entries (parts) in an .xlsx package (default 10,000). Name: <c>zip-entries</c>.</summary>
    public int MaxZipEntries { get; init; } = 10_000;

    /// <summary>The most rows read from a sheet, empty rows included (default 1,048,576: all of an .xlsx sheet). Name: <c>rows</c>.</summary>
    public int MaxRows { get; init; } = 1_048_576;

    /// <summary>The most columns read from a sheet (default 4,096). Name: <c>columns</c>.</summary>
    public int MaxColumns { get; init; } = 4_096;

    /// <summary>The most characters in one cell (default 32,767, Excel's own limit). Name: <c>cell-chars</c>.</summary>
    public int MaxCellChars { get; init; } = 32_767;

    /// <summary>The most shared strings in an .xlsx (default 5,000,000). Name: <c>shared-strings</c>.</summary>
    public int MaxSharedStrings { get; init; } = 5_000_000;

    /// <summary>The most cell formats (styles) in an .xlsx (default 65,536; Excel allows 64,000). Name: <c>styles</c>.</summary>
    public int MaxStyles { get; init; } = 65_536;

    /// <summary>The limits' names as used by <see cref="With"/> and the command line's <c>--limit NAME=N</c>.</summary>
    public static string[] Names { get; } = { "file-bytes", "unpacked-bytes", "zip-entries", "rows", "columns", "cell-chars", "shared-strings", "styles" };

    /// <summary>A copy with one limit, given by its name (<see cref="Names"/>), set to a new value.</summary>
    /// <param name="name">The limit's name, such as <c>rows</c>.</param>
    /// <param name="value">The new limit, at least 1.</param>
    /// <exception cref="ArgumentException">The name is not a limit's, or the value is below 1.</exception>
    public WorkbookLimits With(string name, long value)
    {
        if (value < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A limit is at least 1.");
        }

        var count = (int)Math.Min(int.MaxValue, value);
        return name switch
        {
            "file-bytes" => Copy(maxFileBytes: value),
            "unpacked-bytes" => Copy(maxUnpackedBytes: value),
            "zip-entries" => Copy(maxZipEntries: count),
            "rows" => Copy(maxRows: count),
            "columns" => Copy(maxColumns: count),
            "cell-chars" => Copy(maxCellChars: count),
            "shared-strings" => Copy(maxSharedStrings: count),
            "styles" => Copy(maxStyles: count),
            _ => throw new ArgumentException($"'{name}' is not a workbook limit; the limits are {string.Join(", ", Names)}.", nameof(name)),
        };
    }

    private WorkbookLimits Copy(long? maxFileBytes = null, long? maxUnpackedBytes = null, int? maxZipEntries = null, int? maxRows = null, int? maxColumns = null, int? maxCellChars = null, int? maxSharedStrings = null, int? maxStyles = null) => new()
    {
        MaxFileBytes = maxFileBytes ?? MaxFileBytes,
        MaxUnpackedBytes = maxUnpackedBytes ?? MaxUnpackedBytes,
        MaxZipEntries = maxZipEntries ?? MaxZipEntries,
        MaxRows = maxRows ?? MaxRows,
        MaxColumns = maxColumns ?? MaxColumns,
        MaxCellChars = maxCellChars ?? MaxCellChars,
        MaxSharedStrings = maxSharedStrings ?? MaxSharedStrings,
        MaxStyles = maxStyles ?? MaxStyles,
    };
}
