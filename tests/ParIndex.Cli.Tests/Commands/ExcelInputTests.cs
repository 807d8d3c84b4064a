using System;
using System.IO;
using System.Threading.Tasks;
using ParIndex.Excel.Tests;

namespace ParIndex.Cli.Tests.Commands;

/// <summary>Workbooks as inputs of the commands: read like CSV, problems at cells, --sheet and --limit.</summary>
public class ExcelInputTests : IDisposable
{
    private readonly CliFixture f = new();

    public void Dispose() => f.Dispose();

    private string Workbook(string name, TestWorkbook book) => book.Save(f.P(name));

    private static TestWorkbook Units(string sheet = "Tự đánh giá") => new TestWorkbook().Sheet("Hướng dẫn").Row(1, "xem trang sau").Sheet(sheet)
        .Row(1, "unit_id", "unit_name", "group", "1.1", "1.2", "D.1")
        .Row(2, "X1", "Xã Một", "xa", 1, 90, 0)
        .Row(3, "X2", "Xã Hai", "xa", 0, 100, 1);

    [Fact]
    public async Task Score_ReadsWorkbooks_LikeTheirCsv()
    {
        var units = Workbook("units.xlsx", Units());
        var appraisal = Workbook("round1.xlsx", new TestWorkbook().Sheet("Thẩm định").Row(1, "unit_id", "code", "value", "points", "delta", "reason").Row(2, "X1", "1.2", 80, null, null, "tính lại tỷ lệ"));
        var survey = Workbook("survey.xlsx", new TestWorkbook().Sheet("Điều tra").Row(1, "unit_id", "code", "value").Row(2, "X1", "2.1", 75).Row(3, "X2", "2.1", 50));
        var fromCsv = await f.Run(f.Round("--format", "json"));
        var fromWorkbooks = await f.Run("score", units, "--sheet", "Tự đánh giá", "--criteria", f.P("criteria.yaml"), "--appraisal", appraisal, "--survey", survey, "--format", "json");
        Assert.Equal((0, ""), (fromWorkbooks.Code, fromWorkbooks.Err));
        Assert.Equal(fromCsv.Out, fromWorkbooks.Out);
    }

    [Fact]
    public async Task BadCell_ExitCode2_NamesTheCell_AndWritesNothing()
    {
        var units = Workbook("units.xlsx", Units().Set(3, 5, TestWorkbook.Error("#DIV/0!")));
        var (code, output, error) = await f.Run("score", units, "--sheet", "tự đánh giá", "--criteria", f.P("criteria.yaml"), "--survey", f.P("survey.csv"), "--format", "csv", "--out", f.P("results.csv"));
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal($"error: {units}[Tự đánh giá]!E3: the cell holds the error #DIV/0!; correct the formula or enter the value\n", error);
        Assert.False(File.Exists(f.P("results.csv")));
    }

    [Fact]
    public async Task Sheet_OnACsvFile_IsAUsageError()
    {
        var (code, _, error) = await f.Run(f.Round("--sheet", "S"));
        Assert.Equal(2, code);
        Assert.Equal($"error: --sheet applies to a workbook, and {f.P("units.csv")} is not one (.xlsx or .xls)\n", error);
    }

    [Fact]
    public async Task Limit_RaisesOrLowersAWorkbookLimit()
    {
        var units = Workbook("units.xlsx", Units());
        var (code, _, error) = await f.Run("score", units, "--sheet", "Tự đánh giá", "--criteria", f.P("criteria.yaml"), "--survey", f.P("survey.csv"), "--limit", "rows=2");
        Assert.Equal(2, code);
        Assert.Equal($"error: {units}: the sheet has more than 2 rows (limit rows = 2; raise it with --limit rows=N, or WorkbookLimits in the library)\n", error);
    }

    [Fact]
    public async Task Limit_WithAnUnknownName_IsAUsageError()
    {
        var (code, _, error) = await f.Run(f.Round("--limit", "cells=5"));
        Assert.Equal(2, code);
        Assert.Equal("error: --limit cells=5: give NAME=N with N a whole number of at least 1; the limits are file-bytes, unpacked-bytes, zip-entries, rows, columns, cell-chars, shared-strings, styles\n", error);
    }
}
