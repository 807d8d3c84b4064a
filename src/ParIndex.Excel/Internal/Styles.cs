using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ParIndex.Excel.Internal;

/// <summary>The one stylesheet every workbook we write uses, and its cell format indices.</summary>
internal static class Styles
{
    public const uint Default = 0;
    public const uint Header = 1;
    public const uint Text = 2;
    public const uint Wrap = 3;
    public const uint Title = 4;
    public const uint Integer = 5;

    /// <summary>Numbers with 0–6 decimals: formats 6–12.</summary>
    private const uint FirstNumber = 6;

    /// <summary>The format showing a number with the set's precision (at most 6 decimals).</summary>
    public static uint Number(int decimals) => FirstNumber + (uint)System.Math.Min(System.Math.Max(decimals, 0), 6);

    public static Stylesheet Create()
    {
        var numberFormats = new NumberingFormats();
        var formats = new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, FillId = 2, BorderId = 1, ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true, Alignment = new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top } },
            new CellFormat { NumberFormatId = 49, ApplyNumberFormat = true },
            new CellFormat { ApplyAlignment = true, Alignment = new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top } },
            new CellFormat { FontId = 2, ApplyFont = true },
            new CellFormat { NumberFormatId = 1, ApplyNumberFormat = true });
        for (var d = 0; d <= 6; d++)
        {
            var id = (uint)(164 + d);
            numberFormats.Append(new NumberingFormat { NumberFormatId = id, FormatCode = d == 0 ? "0" : "0." + new string('0', d) });
            formats.Append(new CellFormat { NumberFormatId = id, ApplyNumberFormat = true });
        }

        numberFormats.Count = (uint)numberFormats.ChildElements.Count;
        formats.Count = (uint)formats.ChildElements.Count;
        return new Stylesheet(
            numberFormats,
            new Fonts(
                new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
                new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
                new Font(new Bold(), new FontSize { Val = 14 }, new FontName { Val = "Calibri" })) { Count = 3 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = HexBinaryValue.FromString("FFD9E1F2") }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid })) { Count = 3 },
            new Borders(
                new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
                new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin }, new DiagonalBorder())) { Count = 2 },
            new CellStyleFormats(new CellFormat()) { Count = 1 },
            formats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }
}
