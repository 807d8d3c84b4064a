using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ParIndex.Excel.Tests;

/// <summary>
/// Builds .xlsx files for tests straight through the Open XML SDK, as another program would write them
/// (independent of ParIndex's own writer): text, numbers, percentage and date formats, error values,
/// formulas with or without a saved result, merged cells.
/// </summary>
internal sealed class TestWorkbook
{
    private readonly List<(string Name, SortedDictionary<int, SortedDictionary<int, Func<Cell>>> Rows, List<string> Merges)> sheets = new();

    public TestWorkbook Sheet(string name)
    {
        sheets.Add((name, new(), new()));
        return this;
    }

    /// <summary>Sets a row from A: strings as text, decimals and ints as numbers, Cell-producing functions as given.</summary>
    public TestWorkbook Row(int row, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is not null)
            {
                Set(row, i + 1, values[i]!);
            }
        }

        return this;
    }

    public TestWorkbook Set(int row, int column, object value)
    {
        var rows = sheets[^1].Rows;
        if (!rows.TryGetValue(row, out var cells))
        {
            rows[row] = cells = new();
        }

        cells[column] = value switch
        {
            Func<Cell> f => f,
            string s => () => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(s) { Space = SpaceProcessingModeValues.Preserve }) },
            decimal d => () => new Cell { CellValue = new CellValue(d.ToString(CultureInfo.InvariantCulture)) },
            int n => () => new Cell { CellValue = new CellValue(n.ToString(CultureInfo.InvariantCulture)) },
            double x => () => new Cell { CellValue = new CellValue(x.ToString("R", CultureInfo.InvariantCulture)) },
            bool b => () => new Cell { DataType = CellValues.Boolean, CellValue = new CellValue(b ? "1" : "0") },
            _ => throw new ArgumentException(value.GetType().Name),
        };
        return this;
    }

    public TestWorkbook Merge(string range)
    {
        sheets[^1].Merges.Add(range);
        return this;
    }

    public static Func<Cell> Percent(double value) => () => new Cell { StyleIndex = 1, CellValue = new CellValue(value.ToString("R", CultureInfo.InvariantCulture)) };

    /// <summary>A date as Excel stores it: a serial number with a date format.</summary>
    public static Func<Cell> Date(int year, int month, int day) => () => new Cell { StyleIndex = 2, CellValue = new CellValue((new DateTime(year, month, day) - new DateTime(1899, 12, 30)).TotalDays.ToString(CultureInfo.InvariantCulture)) };

    public static Func<Cell> Error(string error) => () => new Cell { DataType = CellValues.Error, CellFormula = new CellFormula("1/0"), CellValue = new CellValue(error) };

    public static Func<Cell> Formula(string formula, string? cached) => () => cached is null
        ? new Cell { CellFormula = new CellFormula(formula) }
        : new Cell { CellFormula = new CellFormula(formula), CellValue = new CellValue(cached) };

    /// <summary>A number stored in a shared-string-free text cell typed by a user as text (format @).</summary>
    public static Func<Cell> NumberText(string text) => () => new Cell { DataType = CellValues.InlineString, StyleIndex = 3, InlineString = new InlineString(new Text(text)) };

    public byte[] Bytes()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font()) { Count = 1 },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
                new Borders(new Border()) { Count = 1 },
                new CellStyleFormats(new CellFormat()) { Count = 1 },
                new CellFormats(
                    new CellFormat(),
                    new CellFormat { NumberFormatId = 10, ApplyNumberFormat = true },
                    new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true },
                    new CellFormat { NumberFormatId = 49, ApplyNumberFormat = true }) { Count = 4 });
            var list = workbook.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var (name, rows, merges) in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                foreach (var (r, cells) in rows)
                {
                    var row = new Row { RowIndex = (uint)r };
                    foreach (var (c, make) in cells)
                    {
                        var cell = make();
                        cell.CellReference = SourceLocation.CellName(r, c);
                        row.Append(cell);
                    }

                    data.Append(row);
                }

                var worksheet = new Worksheet(data);
                if (merges.Count > 0)
                {
                    var mergeCells = new MergeCells();
                    foreach (var m in merges)
                    {
                        mergeCells.Append(new MergeCell { Reference = m });
                    }

                    worksheet.Append(mergeCells);
                }

                part.Worksheet = worksheet;
                list.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = name });
            }
        }

        return stream.ToArray();
    }

    public string Save(string path)
    {
        File.WriteAllBytes(path, Bytes());
        return path;
    }
}
