using System.Collections.Generic;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ParIndex.Reports.Text;

namespace ParIndex.Reports.Word;

/// <summary>
/// Builds a Word document in the administrative convention (Nghị định 30/2020/NĐ-CP): Times New Roman 13 pt, A4,
/// margins 20 mm top and bottom, 30 mm left, 15 mm right; portrait, or landscape for a section whose table is wide;
/// tables with their header row repeated on every page and rows that do not split across pages.
/// </summary>
internal sealed class DocxWriter
{
    /// <summary>A4 in twentieths of a point.</summary>
    public const int A4Short = 11906;
    public const int A4Long = 16838;
    public const int MarginTop = 1134;
    public const int MarginBottom = 1134;
    public const int MarginLeft = 1701;
    public const int MarginRight = 850;

    /// <summary>13 pt in half-points.</summary>
    public const string FontSize = "26";
    public const string Font = "Times New Roman";

    private readonly Body body = new();
    private readonly string language;

    public DocxWriter(Labels labels) => language = labels.IsVietnamese ? "vi-VN" : "en-GB";

    /// <summary>The text width of a portrait or landscape page, in twips.</summary>
    public static int TextWidth(bool landscape) => (landscape ? A4Long : A4Short) - MarginLeft - MarginRight;

    /// <summary>A paragraph of text; <paramref name="pageBreakBefore"/> starts it on a new page.</summary>
    public void Paragraph(string text, bool bold = false, bool centered = false, bool pageBreakBefore = false, bool keepNext = false, bool uppercase = false)
    {
        var properties = new ParagraphProperties();
        if (keepNext)
        {
            properties.Append(new KeepNext());
        }

        if (pageBreakBefore)
        {
            properties.Append(new PageBreakBefore());
        }

        properties.Append(new SpacingBetweenLines { Before = "0", After = "120" });
        if (centered)
        {
            properties.Append(new Justification { Val = JustificationValues.Center });
        }

        body.Append(new Paragraph(properties, TextRun(uppercase ? text.ToUpperInvariant() : text, bold)));
    }

    /// <summary>
    /// A table: one header row (bold, shaded, repeated on each page), then the rows; columns get the given widths in
    /// twips, <paramref name="numeric"/> columns are right-aligned, <paramref name="boldRows"/> rows are bold.
    /// </summary>
    public void Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<int> widths, ISet<int>? numeric = null, ISet<int>? boldRows = null)
    {
        var table = new Table();
        table.Append(new TableProperties(
            new TableWidth { Width = widths.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                new RightBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "000000" }),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(
                new TopMargin { Width = "20", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 70, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "20", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 70, Type = TableWidthValues.Dxa })));
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        table.Append(Row(headers, widths, numeric, header: true, bold: true));
        var index = 0;
        foreach (var row in rows)
        {
            table.Append(Row(row, widths, numeric, header: false, bold: boldRows is not null && boldRows.Contains(index)));
            index++;
        }

        body.Append(table);

        // Word needs a paragraph between two tables (and after the last one before a section break).
        body.Append(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { Before = "0", After = "120" })));
    }

    /// <summary>Ends a section: the content so far is laid out portrait or landscape; the next section starts on a new page.</summary>
    public void EndSection(bool landscape) => body.Append(new Paragraph(new ParagraphProperties(SectionProperties(landscape))));

    /// <summary>Writes the document; the content after the last <see cref="EndSection"/> is laid out as <paramref name="landscape"/>.</summary>
    public void Save(Stream output, bool landscape, string title)
    {
        body.Append(SectionProperties(landscape));

        // The package is built in memory: System.IO.Packaging needs a stream it can read and seek, the caller's may be neither.
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, DocumentFormat.OpenXml.WordprocessingDocumentType.Document, true))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(body);
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                    new FontSize { Val = FontSize },
                    new FontSizeComplexScript { Val = FontSize },
                    new Languages { Val = language })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0", Line = "264", LineRule = LineSpacingRuleValues.Auto }))));
            styles.Styles.Save();
            document.PackageProperties.Title = Markup.Clean(title);
            document.PackageProperties.Creator = "ParIndex";
            main.Document.Save();
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
        output.Flush();
    }

    private static TableRow Row(IReadOnlyList<string> cells, IReadOnlyList<int> widths, ISet<int>? numeric, bool header, bool bold)
    {
        var row = new TableRow();
        var properties = new TableRowProperties(new CantSplit());
        if (header)
        {
            properties.Append(new TableHeader());
        }

        row.Append(properties);
        for (var i = 0; i < widths.Count; i++)
        {
            var cellProperties = new TableCellProperties(new TableCellWidth { Width = widths[i].ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
            if (header)
            {
                cellProperties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "E9F0F7" });
            }

            var paragraphProperties = new ParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0" });
            if (numeric is not null && numeric.Contains(i) && !header)
            {
                paragraphProperties.Append(new Justification { Val = JustificationValues.Right });
            }
            else if (header)
            {
                paragraphProperties.Append(new Justification { Val = JustificationValues.Center });
            }

            // Several lines in a cell (e.g. two appraisals) become line breaks.
            var paragraph = new Paragraph(paragraphProperties);
            var lines = (i < cells.Count ? cells[i] : "").Split('\n');
            for (var l = 0; l < lines.Length; l++)
            {
                var run = TextRun(lines[l], bold || header);
                if (l > 0)
                {
                    run.InsertAfter(new Break(), run.RunProperties);
                }

                paragraph.Append(run);
            }

            row.Append(new TableCell(cellProperties, paragraph));
        }

        return row;
    }

    private static Run TextRun(string text, bool bold)
    {
        var run = new Run();
        if (bold)
        {
            run.Append(new RunProperties(new Bold()));
        }

        run.Append(new DocumentFormat.OpenXml.Wordprocessing.Text(Markup.Clean(text)) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    private static SectionProperties SectionProperties(bool landscape) => new(
        new PageSize
        {
            Width = (UInt32Value)(uint)(landscape ? A4Long : A4Short),
            Height = (UInt32Value)(uint)(landscape ? A4Short : A4Long),
            Orient = landscape ? PageOrientationValues.Landscape : PageOrientationValues.Portrait,
        },
        new PageMargin { Top = MarginTop, Bottom = MarginBottom, Left = (UInt32Value)(uint)MarginLeft, Right = (UInt32Value)(uint)MarginRight, Header = 709, Footer = 709, Gutter = 0 });
}
