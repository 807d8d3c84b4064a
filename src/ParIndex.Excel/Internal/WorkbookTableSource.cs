using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using ExcelDataReader;
using ParIndex.IO;

namespace ParIndex.Excel.Internal;

/// <summary>
/// One worksheet as a <see cref="TableSource"/>: every cell turned into the text that means the same value
/// in every culture (numbers as stored, percentage-formatted numbers as shown), read whole and checked
/// before any row is interpreted, so that dates, error values, formulas without a result, merged cells and
/// codes typed as numbers are refused with their cells.
/// </summary>
internal sealed class WorkbookTableSource : TableSource
{
    private readonly List<(int Row, string[] Fields, bool[] Numbers)> rows;
    private bool[] headerNumbers = Array.Empty<bool>();
    private int next;
    private (int Row, string[] Fields, bool[] Numbers) current;

    static WorkbookTableSource()
    {
        // .xls files store text in Windows code pages.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    private WorkbookTableSource(string source, string sheet, string[] header, int headerRow, List<(int, string[], bool[])> rows)
        : base(source, sheet, header, headerRow) => this.rows = rows;

    public override int Line => current.Row;

    public override int FieldCount => current.Fields.Length;

    public override bool Next()
    {
        if (next >= rows.Count)
        {
            return false;
        }

        current = rows[next++];
        return true;
    }

    public override string Field(int index) => current.Fields[index];

    public override bool IsNumber(int index) => index < current.Numbers.Length && current.Numbers[index];

    public override bool IsNumberInHeader(int index) => index < headerNumbers.Length && headerNumbers[index];

    /// <summary>Reads a sheet of a workbook (.xlsx or .xls) held in a seekable stream.</summary>
    public static WorkbookTableSource Read(Stream stream, string source, string? sheet, WorkbookLimits limits, bool xlsx)
    {
        var scan = xlsx ? XlsxPackageScan.Run(stream, source, sheet, limits) : null;
        IExcelDataReader reader;
        try
        {
            reader = ExcelReaderFactory.CreateReader(stream, new ExcelReaderConfiguration { LeaveOpen = true, FallbackEncoding = Encoding.GetEncoding(1252) });
        }
        catch (Exception ex) when (ex is not ParIndexException and not OutOfMemoryException)
        {
            throw ex is ExcelDataReader.Exceptions.InvalidPasswordException
                ? new ParIndexException(null, $"{source}: {Text.Get("Encrypted")}")
                : WorkbookErrors.NotAWorkbook(source, ex.Message);
        }

        using (reader)
        {
            try
            {
                return ReadSheet(reader, source, sheet, limits, scan);
            }
            catch (Exception ex) when (ex is not ParIndexException and not OutOfMemoryException)
            {
                throw WorkbookErrors.NotAWorkbook(source, ex.Message);
            }
        }
    }

    private static WorkbookTableSource ReadSheet(IExcelDataReader reader, string source, string? sheet, WorkbookLimits limits, XlsxPackageScan? scan)
    {
        var names = new List<string>();
        while (true)
        {
            names.Add(reader.Name);
            if (sheet is null || string.Equals(reader.Name, sheet, StringComparison.OrdinalIgnoreCase))
            {
                break;
            }

            if (!reader.NextResult())
            {
                throw WorkbookErrors.SheetNotFound(source, sheet, names);
            }
        }

        var name = reader.Name;
        var problems = new List<Diagnostic>();
        var read = new List<(int Row, string[] Fields, bool[] Numbers, int Used)>();
        var row = 0;
        while (reader.Read())
        {
            row++;
            if (row > limits.MaxRows)
            {
                throw WorkbookErrors.Limit(source, "rows", limits.MaxRows, "LimitRows");
            }

            var width = reader.FieldCount;
            if (width > limits.MaxColumns)
            {
                throw WorkbookErrors.Limit(source, "columns", limits.MaxColumns, "LimitColumns");
            }

            var fields = new string[width];
            var numbers = new bool[width];
            var used = 0;
            for (var i = 0; i < width; i++)
            {
                var at = new SourceLocation(source, name, row, i + 1);
                fields[i] = CellText(reader, i, at, limits, scan, problems, out numbers[i]);
                if (fields[i].Length > 0)
                {
                    used = i + 1;
                }
            }

            if (used > 0)
            {
                read.Add((row, fields, numbers, used));
            }
        }

        if (read.Count == 0)
        {
            throw new ParIndexException(null, $"{source}: {Text.Format("SheetEmpty", name)}");
        }

        // The header is the first row with a unit_id cell (rows above it, such as the template's row of
        // criterion names, are for people), or else the first non-empty row, as in CSV.
        var first = read.FindIndex(r => Array.Exists(r.Fields, f => string.Equals(f, "unit_id", StringComparison.OrdinalIgnoreCase)));
        first = first < 0 ? 0 : first;
        var (headerRow, headerFields, headerNumberCells, headerWidth) = read[first];
        problems.RemoveAll(d => d.Location!.Line < headerRow);

        // Trailing empty header cells are not columns; a value under one is still reported as a row wider than the header.
        var header = new string[headerWidth];
        Array.Copy(headerFields, header, headerWidth);
        var headerNumbers = new bool[headerWidth];
        Array.Copy(headerNumberCells, headerNumbers, headerWidth);
        var data = new List<(int, string[], bool[])>(read.Count - first - 1);
        for (var k = first + 1; k < read.Count; k++)
        {
            var (dataRow, fields, numbers, used) = read[k];
            var length = Math.Max(used, Math.Min(fields.Length, header.Length));
            if (length < fields.Length)
            {
                Array.Resize(ref fields, length);
                Array.Resize(ref numbers, length);
            }

            data.Add((dataRow, fields, numbers));
        }

        CheckMerges(reader, source, name, headerRow, problems);
        if (problems.Count > 0)
        {
            problems.Sort((a, b) => a.Location!.Line != b.Location!.Line ? a.Location.Line.CompareTo(b.Location.Line) : a.Location.Column.CompareTo(b.Location.Column));
            throw new ParIndexException(problems.Count > MaxProblems ? problems.GetRange(0, MaxProblems) : problems);
        }

        return new WorkbookTableSource(source, name, header, headerRow, data) { headerNumbers = headerNumbers };
    }

    private const int MaxProblems = 200;

    /// <summary>A decimal without exponent or trailing zeros.</summary>
    private const string PlainNumber = "0.############################";

    private static void CheckMerges(IExcelDataReader reader, string source, string sheet, int headerRow, List<Diagnostic> problems)
    {
        foreach (var range in reader.MergeCells ?? Array.Empty<CellRange>())
        {
            if (range.ToRow + 1 < headerRow)
            {
                continue;
            }

            var name = SourceLocation.CellName(range.FromRow + 1, range.FromColumn + 1) + ":" + SourceLocation.CellName(range.ToRow + 1, range.ToColumn + 1);
            var inHeader = range.FromRow + 1 <= headerRow;
            problems.Add(new Diagnostic(new SourceLocation(source, sheet, range.FromRow + 1, range.FromColumn + 1), Text.Format(inHeader ? "MergedHeader" : "MergedCells", name)));
        }
    }

    /// <summary>The text a cell means: strings trimmed; numbers as stored (a percentage-formatted one as shown, "95%"); booleans as true/false.</summary>
    private static string CellText(IExcelDataReader reader, int i, SourceLocation at, WorkbookLimits limits, XlsxPackageScan? scan, List<Diagnostic> problems, out bool number)
    {
        number = false;
        var value = reader.GetValue(i);
        switch (value)
        {
            case null:
                if (scan is not null && scan.Errors.TryGetValue((at.Line, at.Column), out var error))
                {
                    problems.Add(new Diagnostic(at, Text.Format("CellError", error)));
                }
                else if (scan is not null && scan.Uncalculated.Contains((at.Line, at.Column)))
                {
                    problems.Add(new Diagnostic(at, Text.Get("CellUncalculated")));
                }

                return "";
            case string text:
                if (text.Length > limits.MaxCellChars)
                {
                    throw new ParIndexException(at, $"{Text.Format("LimitCellChars", Text.Count(limits.MaxCellChars))} {Text.Format("LimitHowToRaise", "cell-chars", Text.Count(limits.MaxCellChars))}");
                }

                return text.Trim();
            case double d:
                number = true;
                if (double.IsNaN(d) || double.IsInfinity(d) || Math.Abs(d) > 7.9e27)
                {
                    problems.Add(new Diagnostic(at, Text.Format("CellNumberTooLarge", d.ToString("R", CultureInfo.InvariantCulture))));
                    return "";
                }

                // A double converts to decimal at 15 significant digits, what the spreadsheet shows: 0.1 + 0.2 reads as 0.3.
                var exact = (decimal)d;
                return IsPercentFormat(reader.GetNumberFormatString(i))
                    ? (exact * 100).ToString(PlainNumber, CultureInfo.InvariantCulture) + "%"
                    : exact.ToString(PlainNumber, CultureInfo.InvariantCulture);
            case bool b:
                return b ? "true" : "false";
            case DateTime date:
                problems.Add(new Diagnostic(at, Text.Format("CellDate", date.TimeOfDay == TimeSpan.Zero ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : date.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))));
                return "";
            case TimeSpan time:
                problems.Add(new Diagnostic(at, Text.Format("CellDate", time.ToString("c", CultureInfo.InvariantCulture))));
                return "";
            default:
                number = value is int or long or decimal or float;
                return Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim() ?? "";
        }
    }

    /// <summary>Whether a number format shows the value as a percentage: a '%' outside quotes and escapes.</summary>
    internal static bool IsPercentFormat(string? format)
    {
        if (format is null)
        {
            return false;
        }

        var quoted = false;
        for (var k = 0; k < format.Length; k++)
        {
            var c = format[k];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == '\\')
            {
                k++;
            }
            else if (!quoted && c == '%')
            {
                return true;
            }
        }

        return false;
    }
}
