using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Xml;

namespace ParIndex.Excel.Internal;

/// <summary>
/// A bounded first pass over an .xlsx package, before the cell reader sees it: counts parts and the bytes
/// they unpack to (zip bombs), refuses XML entity declarations and links to other workbooks, counts shared
/// strings and cell formats, and finds in the chosen sheet what the cell reader cannot tell from an empty
/// cell: error values (#DIV/0!) and formulas without a saved result. Every XML part is read with DTDs
/// prohibited and no resolver, so no entity is expanded and nothing outside the package is fetched.
/// </summary>
internal sealed class XlsxPackageScan
{
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private readonly string source;
    private readonly WorkbookLimits limits;
    private long unpacked;

    private XlsxPackageScan(string source, WorkbookLimits limits)
    {
        this.source = source;
        this.limits = limits;
    }

    /// <summary>The sheets in workbook order.</summary>
    public List<string> SheetNames { get; } = new();

    /// <summary>Cells of the chosen sheet that hold an error value, by (row, column), 1-based, with the error's text.</summary>
    public Dictionary<(int Row, int Column), string> Errors { get; } = new();

    /// <summary>Cells of the chosen sheet with a formula and no saved result.</summary>
    public HashSet<(int Row, int Column)> Uncalculated { get; } = new();

    /// <summary>Scans the package; <paramref name="sheet"/> null means the first sheet.</summary>
    public static XlsxPackageScan Run(Stream package, string source, string? sheet, WorkbookLimits limits)
    {
        var scan = new XlsxPackageScan(source, limits);
        try
        {
            using var zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
            scan.Scan(zip, sheet);
        }
        catch (InvalidDataException ex)
        {
            throw WorkbookErrors.NotAWorkbook(source, ex.Message);
        }
        catch (XmlException ex)
        {
            throw WorkbookErrors.NotAWorkbook(source, ex.Message);
        }

        package.Position = 0;
        return scan;
    }

    private void Scan(ZipArchive zip, string? sheet)
    {
        if (zip.Entries.Count > limits.MaxZipEntries)
        {
            throw WorkbookErrors.Limit(source, "zip-entries", limits.MaxZipEntries, "LimitZipEntries");
        }

        var entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in zip.Entries)
        {
            entries[entry.FullName.TrimStart('/')] = entry;
            if (entry.FullName.StartsWith("xl/externalLinks/", StringComparison.OrdinalIgnoreCase) && entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
            {
                throw new ParIndexException(null, $"{source}: {Text.Format("ExternalLinks", entry.FullName)}");
            }
        }

        if (!entries.TryGetValue("xl/workbook.xml", out var workbook))
        {
            throw WorkbookErrors.NotAWorkbook(source, "xl/workbook.xml is missing");
        }

        var sheets = ReadSheets(workbook);
        var targets = entries.TryGetValue("xl/_rels/workbook.xml.rels", out var rels) ? ReadTargets(rels) : new Dictionary<string, string>();
        foreach (var s in sheets)
        {
            SheetNames.Add(s.Name);
        }

        var chosen = sheet is null ? (sheets.Count > 0 ? sheets[0] : default) : sheets.Find(s => string.Equals(s.Name, sheet, StringComparison.OrdinalIgnoreCase));
        if (chosen.Name is null)
        {
            throw WorkbookErrors.SheetNotFound(source, sheet ?? "", SheetNames);
        }

        string? sheetPart = null;
        if (targets.TryGetValue(chosen.RelationshipId, out var target))
        {
            sheetPart = target.StartsWith("/", StringComparison.Ordinal) ? target.Substring(1) : "xl/" + target;
        }

        foreach (var entry in zip.Entries)
        {
            var name = entry.FullName.TrimStart('/');
            if (string.Equals(name, sheetPart, StringComparison.OrdinalIgnoreCase))
            {
                Read(entry, ScanSheet);
            }
            else if (string.Equals(name, "xl/sharedStrings.xml", StringComparison.OrdinalIgnoreCase))
            {
                Read(entry, r => CountElements(r, "si", 1, limits.MaxSharedStrings, "shared-strings", "LimitSharedStrings"));
            }
            else if (string.Equals(name, "xl/styles.xml", StringComparison.OrdinalIgnoreCase))
            {
                Read(entry, r => CountElements(r, "xf", 2, limits.MaxStyles, "styles", "LimitStyles"));
            }
            else if (name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
            {
                Read(entry, DrainXml);
            }
            else
            {
                using var stream = new BoundedStream(entry.Open(), this);
                stream.CopyTo(Stream.Null);
            }
        }
    }

    private List<(string Name, string RelationshipId)> ReadSheets(ZipArchiveEntry workbook)
    {
        var sheets = new List<(string, string)>();
        Read(workbook, r =>
        {
            while (r.Read())
            {
                if (r.NodeType == XmlNodeType.Element && r.LocalName == "sheet")
                {
                    sheets.Add((r.GetAttribute("name") ?? "", r.GetAttribute("id", RelationshipsNamespace) ?? ""));
                }
            }
        });
        return sheets;
    }

    private Dictionary<string, string> ReadTargets(ZipArchiveEntry rels)
    {
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        Read(rels, r =>
        {
            while (r.Read())
            {
                if (r.NodeType == XmlNodeType.Element && r.LocalName == "Relationship" && r.GetAttribute("Id") is { } id && r.GetAttribute("Target") is { } target)
                {
                    targets[id] = target;
                }
            }
        });
        return targets;
    }

    private void Read(ZipArchiveEntry entry, Action<XmlReader> read)
    {
        using var stream = new BoundedStream(entry.Open(), this);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreWhitespace = true,
            CloseInput = false,
        };
        try
        {
            using var reader = XmlReader.Create(stream, settings);
            read(reader);
        }
        catch (XmlException ex) when (ex.Message.IndexOf("DTD", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            throw new ParIndexException(null, $"{source}: {Text.Format("XmlDtd", entry.FullName)}");
        }
    }

    private static void DrainXml(XmlReader reader)
    {
        while (reader.Read())
        {
        }
    }

    private void CountElements(XmlReader reader, string localName, int depth, int max, string limitName, string message)
    {
        var count = 0;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.Depth == depth && reader.LocalName == localName && ++count > max)
            {
                throw WorkbookErrors.Limit(source, limitName, max, message);
            }
        }
    }

    /// <summary>Records error cells and formulas without a result; refuses cells beyond the row and column limits.</summary>
    private void ScanSheet(XmlReader reader)
    {
        var row = 0;
        var column = 0;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.LocalName == "row")
            {
                row = int.TryParse(reader.GetAttribute("r"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var r) ? r : row + 1;
                column = 0;
                if (row > limits.MaxRows)
                {
                    throw WorkbookErrors.Limit(source, "rows", limits.MaxRows, "LimitRows");
                }
            }
            else if (reader.LocalName == "c")
            {
                var reference = reader.GetAttribute("r");
                if (reference is not null && TryParseCell(reference, out var cellRow, out var cellColumn))
                {
                    row = cellRow;
                    column = cellColumn;
                }
                else
                {
                    column++;
                }

                if (column > limits.MaxColumns)
                {
                    throw WorkbookErrors.Limit(source, "columns", limits.MaxColumns, "LimitColumns");
                }

                ScanCell(reader, row, column, reader.GetAttribute("t"));
            }
        }
    }

    private void ScanCell(XmlReader reader, int row, int column, string? type)
    {
        if (reader.IsEmptyElement)
        {
            return;
        }

        var depth = reader.Depth;
        var formula = false;
        string? value = null;
        while (reader.Read() && reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "f")
            {
                formula = true;
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "v")
            {
                value = reader.IsEmptyElement ? "" : reader.ReadElementContentAsString();
                if (reader.Depth <= depth)
                {
                    break;
                }
            }
        }

        if (type == "e")
        {
            Errors[(row, column)] = value ?? "#N/A";
        }
        else if (formula && string.IsNullOrEmpty(value) && type != "str" && type != "inlineStr")
        {
            Uncalculated.Add((row, column));
        }
    }

    /// <summary>Parses an A1 reference.</summary>
    internal static bool TryParseCell(string reference, out int row, out int column)
    {
        row = 0;
        column = 0;
        var i = 0;
        while (i < reference.Length && reference[i] is >= 'A' and <= 'Z' && column <= 1_000_000)
        {
            column = (column * 26) + (reference[i] - 'A' + 1);
            i++;
        }

        if (i == 0 || i == reference.Length)
        {
            return false;
        }

        for (; i < reference.Length; i++)
        {
            if (reference[i] is < '0' or > '9' || row > 100_000_000)
            {
                return false;
            }

            row = (row * 10) + (reference[i] - '0');
        }

        return row > 0;
    }

    /// <summary>An entry's decompressed bytes, counted against the unpacked-size limit as they are read.</summary>
    private sealed class BoundedStream : Stream
    {
        private readonly Stream inner;
        private readonly XlsxPackageScan scan;

        public BoundedStream(Stream inner, XlsxPackageScan scan)
        {
            this.inner = inner;
            this.scan = scan;
        }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            scan.unpacked += read;
            if (scan.unpacked > scan.limits.MaxUnpackedBytes)
            {
                throw WorkbookErrors.Limit(scan.source, "unpacked-bytes", scan.limits.MaxUnpackedBytes, "LimitUnpackedBytes");
            }

            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
