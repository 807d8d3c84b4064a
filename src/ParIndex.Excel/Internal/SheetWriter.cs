using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ParIndex.Excel.Internal;

/// <summary>
/// Writes one worksheet as a stream of XML (a results sheet can hold millions of cells): frozen panes and
/// column widths first, then rows, then the autofilter, colour scales and data validations, in the order
/// the schema requires. Text is always an inline string cell, never a formula, whatever it starts with.
/// </summary>
internal sealed class SheetWriter : IDisposable
{
    private readonly OpenXmlWriter xml;
    private readonly List<ConditionalFormatting> colourScales = new();
    private readonly List<DataValidation> validations = new();
    private string? autoFilter;
    private int row;
    private int column;
    private bool inRow;

    public SheetWriter(WorksheetPart part, double[] widths, int frozenRows, int frozenColumns, uint[]? columnStyles = null)
    {
        xml = OpenXmlWriter.Create(part);
        xml.WriteStartElement(new Worksheet());
        if (frozenRows > 0 || frozenColumns > 0)
        {
            var pane = new Pane
            {
                TopLeftCell = SourceLocation.CellName(frozenRows + 1, frozenColumns + 1),
                State = PaneStateValues.Frozen,
                ActivePane = frozenRows > 0 && frozenColumns > 0 ? PaneValues.BottomRight : frozenRows > 0 ? PaneValues.BottomLeft : PaneValues.TopRight,
            };
            if (frozenColumns > 0)
            {
                pane.HorizontalSplit = frozenColumns;
            }

            if (frozenRows > 0)
            {
                pane.VerticalSplit = frozenRows;
            }

            xml.WriteElement(new SheetViews(new SheetView(pane, new Selection { Pane = pane.ActivePane, ActiveCell = pane.TopLeftCell, SequenceOfReferences = new ListValue<StringValue> { InnerText = pane.TopLeftCell } }) { WorkbookViewId = 0 }));
        }

        if (widths.Length > 0)
        {
            var columns = new Columns();
            for (var i = 0; i < widths.Length; i++)
            {
                var column = new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = widths[i], CustomWidth = true };
                if (columnStyles is not null && i < columnStyles.Length && columnStyles[i] != Styles.Default)
                {
                    // The format a cell typed into later gets (Text for codes and names, so 2.10 stays 2.10).
                    column.Style = columnStyles[i];
                }

                columns.Append(column);
            }

            xml.WriteElement(columns);
        }

        xml.WriteStartElement(new SheetData());
    }

    /// <summary>The 1-based row being written.</summary>
    public int Row => row;

    public SheetWriter NewRow()
    {
        EndRow();
        row++;
        column = 0;
        xml.WriteStartElement(new Row { RowIndex = (uint)row });
        inRow = true;
        return this;
    }

    /// <summary>A text cell (inline string), never a formula; characters XML cannot carry become U+FFFD.</summary>
    public SheetWriter Text(string? text, uint style = Styles.Default)
    {
        column++;
        if (string.IsNullOrEmpty(text))
        {
            return Blank(style);
        }

        var cell = new Cell { CellReference = Reference, DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(Clean(text!)) { Space = SpaceProcessingModeValues.Preserve }) };
        if (style != Styles.Default)
        {
            cell.StyleIndex = style;
        }

        xml.WriteElement(cell);
        return this;
    }

    public SheetWriter Number(decimal? value, uint style)
    {
        column++;
        if (value is null)
        {
            return Blank(Styles.Default);
        }

        xml.WriteElement(new Cell { CellReference = Reference, StyleIndex = style, CellValue = new CellValue(value.Value.ToString(CultureInfo.InvariantCulture)) });
        return this;
    }

    public SheetWriter Integer(int? value) => Number(value, Styles.Integer);

    /// <summary>An empty cell (written only when it carries a format, such as Text for a cell to fill in).</summary>
    public SheetWriter Empty(uint style = Styles.Default)
    {
        column++;
        return Blank(style);
    }

    public void AutoFilter(int lastColumn, int headerRow = 1) =>
        autoFilter = $"{SourceLocation.CellName(headerRow, 1)}:{SourceLocation.CellName(Math.Max(row, headerRow), lastColumn)}";

    /// <summary>A red–yellow–green colour scale over a range (low to high).</summary>
    public void ColourScale(string range) => colourScales.Add(new ConditionalFormatting(
        new ConditionalFormattingRule(
            new ColorScale(
                new ConditionalFormatValueObject { Type = ConditionalFormatValueObjectValues.Min },
                new ConditionalFormatValueObject { Type = ConditionalFormatValueObjectValues.Percentile, Val = "50" },
                new ConditionalFormatValueObject { Type = ConditionalFormatValueObjectValues.Max },
                new Color { Rgb = HexBinaryValue.FromString("FFF8696B") },
                new Color { Rgb = HexBinaryValue.FromString("FFFFEB84") },
                new Color { Rgb = HexBinaryValue.FromString("FF63BE7B") }))
        { Type = ConditionalFormatValues.ColorScale, Priority = colourScales.Count + 1 })
    { SequenceOfReferences = new ListValue<StringValue> { InnerText = range } });

    public void Validate(DataValidation validation) => validations.Add(validation);

    public void Dispose()
    {
        EndRow();
        xml.WriteEndElement(); // sheetData
        if (autoFilter is not null)
        {
            xml.WriteElement(new AutoFilter { Reference = autoFilter });
        }

        foreach (var scale in colourScales)
        {
            xml.WriteElement(scale);
        }

        if (validations.Count > 0)
        {
            var list = new DataValidations { Count = (uint)validations.Count };
            foreach (var v in validations)
            {
                list.Append(v);
            }

            xml.WriteElement(list);
        }

        xml.WriteElement(new PageMargins { Left = 0.7, Right = 0.7, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 });
        xml.WriteEndElement(); // worksheet
        xml.Dispose();
    }

    private string Reference => SourceLocation.CellName(row, column);

    private SheetWriter Blank(uint style)
    {
        if (style != Styles.Default)
        {
            xml.WriteElement(new Cell { CellReference = Reference, StyleIndex = style });
        }

        return this;
    }

    private void EndRow()
    {
        if (inRow)
        {
            xml.WriteEndElement();
            inRow = false;
        }
    }

    /// <summary>Replaces characters XML 1.0 cannot carry (control characters, lone surrogates) with U+FFFD.</summary>
    internal static string Clean(string text)
    {
        StringBuilder? clean = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var ok = c is '\t' or '\n' or '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                || (char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]));
            if (!ok)
            {
                clean ??= new StringBuilder(text, 0, i, text.Length);
                clean.Append('\uFFFD');
            }
            else
            {
                clean?.Append(c);
            }
        }

        return clean?.ToString() ?? text;
    }
}
