using System;
using System.IO;
using System.Text;
using ParIndex.Internal;

namespace ParIndex.IO;

/// <summary>
/// A table read row by row: a header row, then data rows of trimmed text fields, each row with the line
/// (CSV) or row number (worksheet) it is on. Every input format (CSV here, workbooks in ParIndex.Excel)
/// is a table source, and every table source is read by the same row interpretation and checks
/// (<see cref="AssessmentFiles"/>).
/// </summary>
/// <remarks>
/// A source yields text exactly as the rules read typed text (<c>"7,5"</c>, <c>"95%"</c>, <c>"có"</c>);
/// a format whose cells are typed (a workbook's numbers) gives each cell the text that means the same
/// value in every culture. Empty rows are skipped; the header is the first non-empty row.
/// </remarks>
public abstract class TableSource : IDisposable
{
    /// <summary>Creates a source whose header has been read.</summary>
    /// <param name="source">The file path or source name used in diagnostics.</param>
    /// <param name="sheet">The worksheet's name for a workbook (locations are then cells like <c>units.xlsx[Sheet1]!F7</c>), or <see langword="null"/> for a text file.</param>
    /// <param name="header">The header's fields, trimmed; trailing empty fields removed.</param>
    /// <param name="headerLine">The 1-based line or row of the header.</param>
    protected TableSource(string source, string? sheet, string[] header, int headerLine)
    {
        Source = source ?? throw new ArgumentNullException(nameof(source));
        Sheet = sheet;
        Header = header ?? throw new ArgumentNullException(nameof(header));
        HeaderLine = headerLine;
    }

    /// <summary>The file path or source name used in diagnostics.</summary>
    public string Source { get; }

    /// <summary>The worksheet's name, or <see langword="null"/> for a text file.</summary>
    public string? Sheet { get; }

    /// <summary>The header's fields, trimmed.</summary>
    public string[] Header { get; }

    /// <summary>The line (or worksheet row) the header is on: the first non-empty one, not always 1.</summary>
    public int HeaderLine { get; }

    /// <summary>The line (or worksheet row) the current record starts on.</summary>
    public abstract int Line { get; }

    /// <summary>The current record's field count.</summary>
    public abstract int FieldCount { get; }

    /// <summary>The location of a field: <c>file:line:column</c>, or a cell of the worksheet.</summary>
    /// <param name="line">1-based line or row.</param>
    /// <param name="column">1-based column.</param>
    public SourceLocation At(int line, int column) => Sheet is null ? new SourceLocation(Source, line, column) : new SourceLocation(Source, Sheet, line, column);

    /// <summary>Moves to the next non-empty data record.</summary>
    /// <returns>False at the end of the table.</returns>
    public abstract bool Next();

    /// <summary>A field of the current record, trimmed.</summary>
    /// <param name="index">0-based field index, below <see cref="FieldCount"/>.</param>
    public abstract string Field(int index);

    /// <summary>
    /// Whether a field of the current record was stored as a number (a workbook's numeric cell), not typed
    /// as text. A code stored as a number may have lost trailing zeros (2.10 → 2.1), so codes in such cells
    /// are refused. Text sources return false.
    /// </summary>
    /// <param name="index">0-based field index.</param>
    public virtual bool IsNumber(int index) => false;

    /// <summary>Whether a header field was stored as a number (see <see cref="IsNumber"/>); text sources return false.</summary>
    /// <param name="index">0-based header field index.</param>
    public virtual bool IsNumberInHeader(int index) => false;

    /// <summary>Opens a CSV file: UTF-8 (BOM optional, invalid bytes refused), comma or semicolon detected from the header line.</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="ParIndexException">The file is missing, unreadable, too large, empty or not UTF-8.</exception>
    public static TableSource OpenCsv(string path) => CsvStream.Open(path);

    /// <summary>Opens a CSV file with the given read limits (bytes, cell length, rows, columns).</summary>
    /// <param name="path">The file.</param>
    /// <param name="limits">The limits; <see cref="ReadLimits.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ParIndexException">The file is missing, unreadable, over a limit, empty or not UTF-8.</exception>
    public static TableSource OpenCsv(string path, ReadLimits? limits) => CsvStream.Open(path, limits);

    /// <summary>Reads CSV from a stream (an upload, say), with the same rules as a CSV file.</summary>
    /// <param name="stream">The CSV bytes; read to the end, not closed.</param>
    /// <param name="sourceName">The name used in diagnostics (the uploaded file's name).</param>
    /// <exception cref="ParIndexException">The stream is too large, empty or not UTF-8.</exception>
    public static TableSource OpenCsv(Stream stream, string sourceName)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        if (sourceName is null)
        {
            throw new ArgumentNullException(nameof(sourceName));
        }

        return CsvStream.FromBytes(InputFile.ReadAll(stream, sourceName, ReadLimits.Default.MaxBytes, "ReadLimits.MaxBytes"), sourceName);
    }

    /// <summary>Parses CSV text.</summary>
    /// <param name="csv">The text.</param>
    /// <param name="sourceName">The name used in diagnostics.</param>
    public static TableSource ParseCsv(string csv, string sourceName)
    {
        if (csv is null)
        {
            throw new ArgumentNullException(nameof(csv));
        }

        return CsvStream.FromText(csv, sourceName ?? throw new ArgumentNullException(nameof(sourceName)));
    }

    /// <summary>
    /// A field of the current record as UTF-8 bytes when its trimmed text is exactly those bytes (empty,
    /// or starting and ending with a printable ASCII character); false when the caller must use <see cref="Field"/>.
    /// The bytes are valid until <see cref="Next"/>.
    /// </summary>
    internal virtual bool TryGetBytes(int index, out ReadOnlySpan<byte> bytes)
    {
        bytes = default;
        return false;
    }

    /// <summary>
    /// About how many data rows follow the header, never fewer than the rows that are as wide as the header; 0 when
    /// the source cannot tell cheaply. A reader sizes its storage by it.
    /// </summary>
    internal virtual int RowCountHint => 0;

    /// <summary>Releases what the source holds open.</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases what the source holds open.</summary>
    /// <param name="disposing">True when called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
    }
}
