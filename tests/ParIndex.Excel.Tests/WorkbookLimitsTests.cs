using System;
using System.IO;
using System.IO.Compression;
using System.Text;
using static ParIndex.Excel.Tests.ExcelFixture;

namespace ParIndex.Excel.Tests;

public class WorkbookLimitsTests
{
    private static TestWorkbook Units() => new TestWorkbook().Sheet("S")
        .Row(1, Header)
        .Row(2, "X1", "Xã Một", "xa", 1, 95, 80)
        .Row(3, "X2", "Xã Hai", "xa", 0, "NA", 100);

    /// <summary>The workbook with its package changed: a part added, or a part's text rewritten.</summary>
    private static byte[] Change(byte[] workbook, Action<ZipArchive> change)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            change(zip);
        }

        return stream.ToArray();
    }

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        entry.Write(content);
    }

    private static void Rewrite(ZipArchive zip, string name, Func<string, string> change)
    {
        var entry = zip.GetEntry(name)!;
        string text;
        using (var reader = new StreamReader(entry.Open()))
        {
            text = reader.ReadToEnd();
        }

        entry.Delete();
        Add(zip, name, Encoding.UTF8.GetBytes(change(text)));
    }

    [Fact]
    public void Rows_OverTheLimit_NameItAndHowToRaiseIt()
    {
        using var culture = Culture.English();
        Assert.Equal(
            "units.xlsx: the sheet has more than 2 rows (limit rows = 2; raise it with --limit rows=N, or WorkbookLimits in the library)",
            Problems(Units().Bytes(), limits: WorkbookLimits.Default.With("rows", 2)));
    }

    [Fact]
    public void Columns_OverTheLimit_AreRefusedBeforeReadingCells()
    {
        using var culture = Culture.English();
        Assert.Equal(
            "units.xlsx: the sheet has more than 5 columns (limit columns = 5; raise it with --limit columns=N, or WorkbookLimits in the library)",
            Problems(Units().Bytes(), limits: WorkbookLimits.Default.With("columns", 5)));
    }

    [Fact]
    public void CellLength_OverTheLimit_NamesTheCell()
    {
        using var culture = Culture.English();
        Assert.Equal(
            "units.xlsx[S]!B1: the cell has more than 8 characters (limit cell-chars = 8; raise it with --limit cell-chars=N, or WorkbookLimits in the library)",
            Problems(Units().Bytes(), limits: WorkbookLimits.Default.With("cell-chars", 8)));
    }

    [Fact]
    public void ZipBomb_IsStoppedAtTheUnpackedSizeLimit()
    {
        using var culture = Culture.English();
        var bomb = Change(Units().Bytes(), zip => Add(zip, "xl/media/image1.bin", new byte[50_000_000]));
        Assert.True(bomb.Length < 200_000, $"the test's bomb is {bomb.Length} bytes packed");
        Assert.Equal(
            "units.xlsx: the workbook unpacks to more than 10,000,000 bytes (a zip bomb, or far more data than a round holds) (limit unpacked-bytes = 10,000,000; raise it with --limit unpacked-bytes=N, or WorkbookLimits in the library)",
            Problems(bomb, limits: WorkbookLimits.Default.With("unpacked-bytes", 10_000_000)));
    }

    [Fact]
    public void ZipEntries_OverTheLimit_AreRefused()
    {
        using var culture = Culture.English();
        Assert.Equal(
            "units.xlsx: the workbook has more than 3 parts (limit zip-entries = 3; raise it with --limit zip-entries=N, or WorkbookLimits in the library)",
            Problems(Units().Bytes(), limits: WorkbookLimits.Default.With("zip-entries", 3)));
    }

    [Fact]
    public void SharedStrings_OverTheLimit_AreRefused()
    {
        using var culture = Culture.English();
        var book = Change(Units().Bytes(), zip => Add(zip, "xl/sharedStrings.xml", Encoding.UTF8.GetBytes(
            "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>a</t></si><si><t>b</t></si><si><t>c</t></si></sst>")));
        Assert.Equal(
            "units.xlsx: the workbook has more than 2 shared strings (limit shared-strings = 2; raise it with --limit shared-strings=N, or WorkbookLimits in the library)",
            Problems(book, limits: WorkbookLimits.Default.With("shared-strings", 2)));
    }

    [Fact]
    public void Styles_OverTheLimit_AreRefused()
    {
        using var culture = Culture.English();
        Assert.Equal(
            "units.xlsx: the workbook has more than 2 cell formats (limit styles = 2; raise it with --limit styles=N, or WorkbookLimits in the library)",
            Problems(Units().Bytes(), limits: WorkbookLimits.Default.With("styles", 2)));
    }

    [Fact]
    public void FileSize_OverTheLimit_IsRefusedBeforeUnpacking()
    {
        using var culture = Culture.English();
        Assert.Equal(
            "units.xlsx: the workbook is larger than 1,000 bytes (limit file-bytes = 1,000; raise it with --limit file-bytes=N, or WorkbookLimits in the library)",
            Problems(Units().Bytes(), limits: WorkbookLimits.Default.With("file-bytes", 1000)));
    }

    [Fact]
    public void XmlEntityDeclarations_AreRefused()
    {
        using var culture = Culture.English();
        var book = Change(Units().Bytes(), zip => Rewrite(zip, "xl/workbook.xml", xml =>
            "<?xml version=\"1.0\"?><!DOCTYPE workbook [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>" + xml.Substring(xml.IndexOf("<x:workbook", StringComparison.Ordinal) is var i and >= 0 ? i : xml.IndexOf("<workbook", StringComparison.Ordinal))));
        Assert.Equal(
            "units.xlsx: the part xl/workbook.xml declares XML entities (<!DOCTYPE>), which spreadsheet programs never write; the file is refused",
            Problems(book));
    }

    [Fact]
    public void LinksToOtherWorkbooks_AreRefused()
    {
        using var culture = Culture.English();
        var book = Change(Units().Bytes(), zip => Add(zip, "xl/externalLinks/externalLink1.xml", Encoding.UTF8.GetBytes("<externalLink xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>")));
        Assert.Equal(
            "units.xlsx: the workbook links to other workbooks (xl/externalLinks/externalLink1.xml); values pulled from other files are not read: break the links (Excel: Data → Edit Links → Break Link) and save again",
            Problems(book));
    }

    [Fact]
    public void UnknownLimitName_IsRefused()
    {
        var ex = Assert.Throws<ArgumentException>(() => WorkbookLimits.Default.With("cells", 5));
        Assert.StartsWith("'cells' is not a workbook limit; the limits are file-bytes, unpacked-bytes, zip-entries, rows, columns, cell-chars, shared-strings, styles.", ex.Message);
    }
}
