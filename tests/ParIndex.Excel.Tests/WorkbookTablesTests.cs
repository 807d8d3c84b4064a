using System.IO;
using System.Text;
using ParIndex.IO;
using static ParIndex.Excel.Tests.ExcelFixture;
using static ParIndex.Excel.Tests.TestWorkbook;

namespace ParIndex.Excel.Tests;

public class WorkbookTablesTests
{
    private const string UnitsCsv = "unit_id,unit_name,group,1.1,1.2,1.10\nX1,Xã Một,xa,1,95,80\nX2,Xã Hai,xa,0,NA,100\n";

    private static TestWorkbook Units(string sheet = "Tự đánh giá") => new TestWorkbook().Sheet(sheet)
        .Row(1, Header)
        .Row(2, "X1", "Xã Một", "xa", 1, 95, 80)
        .Row(3, "X2", "Xã Hai", "xa", 0, "NA", 100);

    [Fact]
    public void Workbook_ScoresToTheSameJsonAsTheEquivalentCsv()
    {
        var csv = ScoreJson(TableSource.ParseCsv(UnitsCsv, "units.csv"));
        Assert.Equal(csv, ScoreJson(WorkbookTables.Open(new MemoryStream(Units().Bytes()), "units.xlsx")));
    }

    [Fact]
    public void APipeGivenAsAPath_IsReadWhole_AsCsv()
    {
        // bash's <(command) hands the tool /dev/fd/N, an anonymous pipe: telling a workbook from CSV by its first bytes
        // would take them from the read that follows, which then saw a header without 'unit_id'.
        if (!Directory.Exists("/proc/self/fd"))
        {
            return; // no /proc (Windows, macOS): such paths do not exist there
        }

        using var pipe = new System.IO.Pipes.AnonymousPipeServerStream(System.IO.Pipes.PipeDirection.Out);
        using var readEnd = pipe.ClientSafePipeHandle;
        var path = "/proc/self/fd/" + readEnd.DangerousGetHandle();
        var bytes = Encoding.UTF8.GetBytes(UnitsCsv);
        pipe.Write(bytes, 0, bytes.Length);
        pipe.Dispose(); // the writer is done; the text waits in the pipe for the reader

        Assert.False(WorkbookTables.IsWorkbook(path));
        Assert.Equal(ScoreJson(TableSource.ParseCsv(UnitsCsv, "units.csv")), ScoreJson(WorkbookTables.Open(path)));
    }

    [Fact]
    public void NumbersAreReadAsStored_WhateverTheMachineCulture()
    {
        using var culture = Culture.English("de-DE");
        var book = new TestWorkbook().Sheet("S").Row(1, Header).Row(2, "X1", "Xã Một", "xa", 1, 95.5, 80.25).Row(3, "X2", "Xã Hai", "xa", 0, 0.1 + 0.2, 100);
        var csv = "unit_id,unit_name,group,1.1,1.2,1.10\nX1,Xã Một,xa,1,95.5,80.25\nX2,Xã Hai,xa,0,0.3,100\n";
        Assert.Equal(ScoreJson(TableSource.ParseCsv(csv, "units.csv")), ScoreJson(WorkbookTables.Open(new MemoryStream(book.Bytes()), "units.xlsx")));
    }

    [Fact]
    public void PercentageFormattedCell_MeansThePercentageShown()
    {
        // Stored 0.95, shown 95 %: a ratio criterion reads 95, as if "95%" had been typed.
        var book = new TestWorkbook().Sheet("S").Row(1, Header).Row(2, "X1", "Xã Một", "xa", 1, Percent(0.95), Percent(0.8)).Row(3, "X2", "Xã Hai", "xa", 0, "NA", Percent(1));
        Assert.Equal(ScoreJson(TableSource.ParseCsv(UnitsCsv, "units.csv")), ScoreJson(WorkbookTables.Open(new MemoryStream(book.Bytes()), "units.xlsx")));
    }

    [Fact]
    public void FormulaCells_AreReadByTheirSavedResult()
    {
        var book = new TestWorkbook().Sheet("S").Row(1, Header).Row(2, "X1", "Xã Một", "xa", Formula("2-1", "1"), Formula("190/2", "95"), 80).Row(3, "X2", "Xã Hai", "xa", 0, "NA", 100);
        Assert.Equal(ScoreJson(TableSource.ParseCsv(UnitsCsv, "units.csv")), ScoreJson(WorkbookTables.Open(new MemoryStream(book.Bytes()), "units.xlsx")));
    }

    [Fact]
    public void BooleanCells_AreYesOrNo()
    {
        var book = new TestWorkbook().Sheet("S").Row(1, Header).Row(2, "X1", "Xã Một", "xa", true, 95, 80).Row(3, "X2", "Xã Hai", "xa", false, "NA", 100);
        Assert.Equal(ScoreJson(TableSource.ParseCsv(UnitsCsv, "units.csv")), ScoreJson(WorkbookTables.Open(new MemoryStream(book.Bytes()), "units.xlsx")));
    }

    [Fact]
    public void HeaderAfterEmptyRows_AndEmptyRowsBetweenUnits_AreRead()
    {
        var book = new TestWorkbook().Sheet("S").Row(3, Header).Row(4, "X1", "Xã Một", "xa", 1, 95, 80).Row(7, "X2", "Xã Hai", "xa", 0, "NA", 100);
        Assert.Equal(ScoreJson(TableSource.ParseCsv(UnitsCsv, "units.csv")), ScoreJson(WorkbookTables.Open(new MemoryStream(book.Bytes()), "units.xlsx")));
    }

    [Fact]
    public void DateCell_IsRefusedAtItsCell()
    {
        using var culture = Culture.English();
        var book = Units().Set(3, 6, Date(2024, 3, 15));
        Assert.Equal(
            "units.xlsx[Tự đánh giá]!F3: the cell holds a date (2024-03-15); no criterion takes a date: format the cell as Number or Text and enter the value itself",
            Problems(book.Bytes()));
    }

    [Fact]
    public void ErrorCell_IsRefusedWithTheError()
    {
        using var culture = Culture.English();
        var book = Units().Set(2, 5, Error("#DIV/0!")).Set(3, 6, Error("#N/A"));
        Assert.Equal(
            "units.xlsx[Tự đánh giá]!E2: the cell holds the error #DIV/0!; correct the formula or enter the value\n" +
            "units.xlsx[Tự đánh giá]!F3: the cell holds the error #N/A; correct the formula or enter the value",
            Problems(book.Bytes()));
    }

    [Fact]
    public void FormulaWithoutSavedResult_IsRefused()
    {
        using var culture = Culture.English();
        var book = Units().Set(2, 6, Formula("SUM(A1:A2)", null));
        Assert.Equal(
            "units.xlsx[Tự đánh giá]!F2: the cell has a formula with no saved result; open the workbook in a spreadsheet program, let it calculate and save it",
            Problems(book.Bytes()));
    }

    [Fact]
    public void MergedHeaderCells_AreRefused()
    {
        using var culture = Culture.English();
        var book = Units().Merge("B1:C1");
        Assert.Equal(
            "units.xlsx[Tự đánh giá]!B1: cells B1:C1 are merged in the header row; give each column its own header cell (unmerge: Home → Merge & Center)",
            Problems(book.Bytes()));
    }

    [Fact]
    public void MergedDataCells_AreRefused()
    {
        using var culture = Culture.English();
        var book = Units().Merge("E2:E3");
        Assert.Equal(
            "units.xlsx[Tự đánh giá]!E2: cells E2:E3 are merged, and only the first holds a value; unmerge them and fill in each cell",
            Problems(book.Bytes()));
    }

    [Fact]
    public void RuleProblems_NameTheCell()
    {
        using var culture = Culture.English();
        var book = Units().Set(3, 4, "có lẽ");
        Assert.Equal(
            "units.xlsx[Tự đánh giá]!D3: unit 'X2': 'có lẽ' is not yes/no for '1.1'; write 1/0, có/không, yes/no or x/empty",
            Problems(book.Bytes()));
    }

    [Fact]
    public void CodeStoredAsNumber_IsRefusedWhenAnotherCodeDiffersByTrailingZeros()
    {
        // "1.10" typed into a General cell is stored as 1.1: with both 1.1 and 1.10 in the set, the column is ambiguous.
        var book = new TestWorkbook().Sheet("S").Row(1, "unit_id", "unit_name", "group", 1.1, "1.2", "1.10").Row(2, "X1", "Xã Một", "xa", 1, 95, 80).Row(3, "X2", "Xã Hai", "xa", 0, "NA", 100);
        Assert.Equal(
            "units.xlsx[S]!D1: code 1.1 is stored as a number, so it may have been typed as 1.10 (a number loses trailing zeros); format the column as Text and type the code again\n" +
            "units.xlsx[S]!A1: no column for self-assessed criterion '1.1'",
            Problems(book.Bytes()));
    }

    [Fact]
    public void CodeStoredAsNumber_IsReadWhenNoOtherCodeCouldBeMeant()
    {
        var book = new TestWorkbook().Sheet("S").Row(1, "unit_id", "unit_name", "group", "1.1", 1.2, "1.10").Row(2, "X1", "Xã Một", "xa", 1, 95, 80).Row(3, "X2", "Xã Hai", "xa", 0, "NA", 100);
        Assert.Equal(ScoreJson(TableSource.ParseCsv(UnitsCsv, "units.csv")), ScoreJson(WorkbookTables.Open(new MemoryStream(book.Bytes()), "units.xlsx")));
    }

    [Fact]
    public void SheetOption_ReadsTheNamedSheet_IgnoringCase()
    {
        var book = new TestWorkbook().Sheet("Hướng dẫn").Row(1, "đọc kỹ").Sheet("Tự đánh giá").Row(1, Header).Row(2, "X1", "Xã Một", "xa", 1, 95, 80).Row(3, "X2", "Xã Hai", "xa", 0, "NA", 100);
        Assert.Equal(ScoreJson(TableSource.ParseCsv(UnitsCsv, "units.csv")), ScoreJson(WorkbookTables.Open(new MemoryStream(book.Bytes()), "units.xlsx", "TỰ ĐÁNH GIÁ")));
    }

    [Fact]
    public void UnknownSheet_ListsTheSheets()
    {
        using var culture = Culture.English();
        var book = new TestWorkbook().Sheet("Hướng dẫn").Row(1, "x").Sheet("Tự đánh giá").Row(1, Header);
        Assert.Equal("units.xlsx: there is no sheet 'Units'; the sheets are 'Hướng dẫn', 'Tự đánh giá'", Problems(book.Bytes(), sheet: "Units"));
    }

    [Fact]
    public void EmptySheet_IsRefused()
    {
        using var culture = Culture.English();
        Assert.Equal("units.xlsx: sheet 'Trống' is empty", Problems(new TestWorkbook().Sheet("Trống").Bytes()));
    }

    [Fact]
    public void Messages_FollowTheInterfaceLanguage()
    {
        using var culture = Culture.Vietnamese();
        var book = Units().Set(3, 6, Date(2024, 3, 15));
        Assert.Equal(
            "units.xlsx[Tự đánh giá]!F3: ô chứa ngày tháng (2024-03-15); không tiêu chí nào nhận ngày tháng: định dạng ô là Number hoặc Text rồi nhập chính giá trị",
            Problems(book.Bytes()));
    }

    [Fact]
    public void Content_NotExtension_DecidesTheFormat()
    {
        var dir = Directory.CreateTempSubdirectory("parindex-excel-").FullName;
        try
        {
            var workbookNamedCsv = Units().Save(Path.Combine(dir, "units.csv"));
            var csvNamedXlsx = Path.Combine(dir, "units.xlsx");
            File.WriteAllText(csvNamedXlsx, UnitsCsv, new UTF8Encoding(true));
            var expected = ScoreJson(TableSource.ParseCsv(UnitsCsv, "units.csv"));
            Assert.Equal(expected, ScoreJson(WorkbookTables.Open(workbookNamedCsv)));
            Assert.Equal(expected, ScoreJson(WorkbookTables.Open(csvNamedXlsx)));
            Assert.True(WorkbookTables.IsWorkbook(workbookNamedCsv));
            Assert.False(WorkbookTables.IsWorkbook(csvNamedXlsx));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void SheetNamedForACsvFile_IsRefused()
    {
        using var culture = Culture.English();
        var path = Path.Combine(Path.GetTempPath(), "parindex-excel-" + System.Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, UnitsCsv);
        try
        {
            var ex = Assert.Throws<ParIndexException>(() => WorkbookTables.Open(path, "S"));
            Assert.Equal($"{path}: a sheet was named ('S') but the file is CSV, not a workbook", ex.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void BrokenWorkbook_IsRefusedAsNotAWorkbook()
    {
        using var culture = Culture.English();
        var bytes = Units().Bytes();
        var truncated = new byte[bytes.Length / 2];
        System.Array.Copy(bytes, truncated, truncated.Length);
        Assert.StartsWith("units.xlsx: the file is not a readable workbook (", Problems(truncated));
    }
}
