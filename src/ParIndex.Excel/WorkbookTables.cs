using System;
using System.IO;
using ParIndex.Excel.Internal;
using ParIndex.IO;

namespace ParIndex.Excel;

/// <summary>
/// Opens a self-assessment, appraisal or survey table from a workbook (.xlsx or .xls) or a CSV file,
/// recognised by content rather than by extension, as a <see cref="TableSource"/> for
/// <see cref="AssessmentFiles"/>: the same rows, rules and checks as CSV, with problems located at cells
/// (<c>units.xlsx[Tự đánh giá]!F7</c>).
/// </summary>
/// <remarks>
/// A workbook's first sheet is read unless a sheet is named. Numbers are read as stored (never through the
/// machine's regional settings); a percentage-formatted number as shown (stored 0.95, shown 95 % → "95%");
/// text as text; formulas by their saved result. Dates, error values (#DIV/0!), formulas without a saved
/// result, merged cells at or below the header and header codes stored as numbers are refused, each with
/// its cell. Reading is bounded by <see cref="WorkbookLimits"/>. See docs/input-format.md.
/// </remarks>
public static class WorkbookTables
{
    /// <summary>Opens a file as a table: a workbook (.xlsx, .xls) or CSV, told apart by its first bytes (a pipe, which cannot be read twice, is read as CSV).</summary>
    /// <param name="path">The file.</param>
    /// <param name="sheet">The worksheet to read (matched ignoring case), or <see langword="null"/> for the first; must be null for a CSV file.</param>
    /// <param name="limits">Reading limits, or <see langword="null"/> for <see cref="WorkbookLimits.Default"/>.</param>
    /// <exception cref="ParIndexException">The file is missing, unreadable, over a limit, or has problems; all cell problems are listed.</exception>
    public static TableSource Open(string path, string? sheet = null, WorkbookLimits? limits = null)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        limits ??= WorkbookLimits.Default;
        var kind = Sniff(path);
        if (kind == WorkbookKind.Csv)
        {
            return sheet is null ? TableSource.OpenCsv(path) : throw new ParIndexException(null, $"{path}: {Text.Format("SheetOnCsv", sheet)}");
        }

        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > limits.MaxFileBytes)
            {
                throw WorkbookErrors.Limit(path, "file-bytes", limits.MaxFileBytes, "LimitFileBytes");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ParIndexException(null, $"{path}: {Text.Format("CannotRead", ex.Message)}");
        }

        return WorkbookTableSource.Read(new MemoryStream(bytes, writable: false), path, sheet, limits, kind == WorkbookKind.Xlsx);
    }

    /// <summary>Reads a table from a stream (an upload): a workbook (.xlsx, .xls) or CSV, told apart by its first bytes.</summary>
    /// <param name="stream">The file's bytes; read to the end, not closed.</param>
    /// <param name="sourceName">The name used in diagnostics (the uploaded file's name).</param>
    /// <param name="sheet">The worksheet to read, or <see langword="null"/> for the first; ignored for CSV.</param>
    /// <param name="limits">Reading limits, or <see langword="null"/> for <see cref="WorkbookLimits.Default"/>.</param>
    /// <exception cref="ParIndexException">The content is over a limit or has problems; all cell problems are listed.</exception>
    public static TableSource Open(Stream stream, string sourceName, string? sheet = null, WorkbookLimits? limits = null)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        if (sourceName is null)
        {
            throw new ArgumentNullException(nameof(sourceName));
        }

        limits ??= WorkbookLimits.Default;
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limits.MaxFileBytes)
            {
                throw WorkbookErrors.Limit(sourceName, "file-bytes", limits.MaxFileBytes, "LimitFileBytes");
            }

            buffer.Write(chunk, 0, read);
        }

        buffer.Position = 0;
        var head = new byte[8];
        var kind = Sniff(head, buffer.Read(head, 0, head.Length));
        buffer.Position = 0;
        return kind == WorkbookKind.Csv
            ? TableSource.OpenCsv(buffer, sourceName)
            : WorkbookTableSource.Read(buffer, sourceName, sheet, limits, kind == WorkbookKind.Xlsx);
    }

    /// <summary>An opener for <see cref="AssessmentFiles.Load(Criteria.CriteriaSet, string, System.Collections.Generic.IEnumerable{string}?, string?, Func{string, TableSource})"/>: every path read as a workbook or CSV.</summary>
    /// <param name="sheet">The worksheet to read from every workbook, or <see langword="null"/> for each one's first.</param>
    /// <param name="limits">Reading limits, or <see langword="null"/> for the defaults.</param>
    public static Func<string, TableSource> Opener(string? sheet = null, WorkbookLimits? limits = null) => path => Open(path, IsWorkbook(path) ? sheet : null, limits);

    /// <summary>Whether a file is a workbook (.xlsx or .xls) by its first bytes; false for a missing file.</summary>
    /// <param name="path">The file.</param>
    public static bool IsWorkbook(string path)
    {
        try
        {
            return Sniff(path) != WorkbookKind.Csv;
        }
        catch (ParIndexException)
        {
            return false;
        }
    }

    private static WorkbookKind Sniff(string path)
    {
        try
        {
            if (!File.Exists(path))
            {
                return WorkbookKind.Csv; // the CSV reader reports a missing file as for every input
            }

            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (!file.CanSeek)
            {
                // A pipe (<(command), /dev/stdin): the bytes read here would be missing from the real read that follows,
                // which opens the path again. Such input is read as CSV.
                return WorkbookKind.Csv;
            }

            var head = new byte[8];
            var count = 0;
            int read;
            while (count < head.Length && (read = file.Read(head, count, head.Length - count)) > 0)
            {
                count += read;
            }

            return Sniff(head, count);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ParIndexException(null, $"{path}: {Text.Format("CannotRead", ex.Message)}");
        }
    }

    /// <summary>A zip package (PK\3\4) is .xlsx; an OLE compound file (D0 CF 11 E0 A1 B1 1A E1) is .xls; anything else is read as CSV.</summary>
    private static WorkbookKind Sniff(byte[] head, int count)
    {
        if (count >= 4 && head[0] == 0x50 && head[1] == 0x4B && head[2] == 0x03 && head[3] == 0x04)
        {
            return WorkbookKind.Xlsx;
        }

        return count >= 8 && head[0] == 0xD0 && head[1] == 0xCF && head[2] == 0x11 && head[3] == 0xE0 && head[4] == 0xA1 && head[5] == 0xB1 && head[6] == 0x1A && head[7] == 0xE1
            ? WorkbookKind.Xls
            : WorkbookKind.Csv;
    }

    private enum WorkbookKind
    {
        Csv,
        Xlsx,
        Xls,
    }
}
