using System;
using System.IO;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ParIndex.Excel.Internal;

/// <summary>Assembles a workbook: the shared stylesheet, then sheets in order (a hidden one for dropdown lists), written to any stream.</summary>
internal sealed class WorkbookBuilder : IDisposable
{
    private readonly Stream target;
    private readonly MemoryStream? buffer;
    private readonly SpreadsheetDocument document;
    private readonly WorkbookPart workbook;
    private readonly Sheets sheets;
    private uint nextId = 1;

    public WorkbookBuilder(Stream stream)
    {
        target = stream ?? throw new ArgumentNullException(nameof(stream));

        // The package format needs a readable, seekable, empty stream; anything else (an HTTP response) gets a copy.
        var direct = stream.CanRead && stream.CanSeek && stream.CanWrite && stream.Length == 0;
        buffer = direct ? null : new MemoryStream();
        document = SpreadsheetDocument.Create(buffer ?? stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook);
        workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles.Create();
        sheets = workbook.Workbook.AppendChild(new Sheets());
    }

    /// <summary>Adds a sheet and writes it.</summary>
    /// <returns>The sheet's name as written (cut to Excel's 31 characters).</returns>
    public string Sheet(string name, double[] widths, int frozenRows, int frozenColumns, Action<SheetWriter> write, bool hidden = false, uint[]? columnStyles = null)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        using (var writer = new SheetWriter(part, widths, frozenRows, frozenColumns, columnStyles))
        {
            write(writer);
        }

        name = SheetName(name);
        var sheet = new Sheet { Id = workbook.GetIdOfPart(part), SheetId = nextId++, Name = name };
        if (hidden)
        {
            sheet.State = SheetStateValues.Hidden;
        }

        sheets.Append(sheet);
        return name;
    }

    /// <summary>A valid sheet name: at most 31 characters, none of []:*?/\.</summary>
    internal static string SheetName(string name)
    {
        foreach (var c in "[]:*?/\\")
        {
            name = name.Replace(c, '-');
        }

        return name.Length > 31 ? name.Substring(0, 31) : name;
    }

    public void Dispose()
    {
        workbook.Workbook.Save();
        document.Dispose();
        if (buffer is not null)
        {
            buffer.Position = 0;
            buffer.CopyTo(target);
            buffer.Dispose();
        }
    }
}
