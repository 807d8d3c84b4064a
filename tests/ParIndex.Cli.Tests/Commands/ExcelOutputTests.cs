using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace ParIndex.Cli.Tests.Commands;

/// <summary>
/// Workbooks as outputs: --format xlsx (or --out FILE.xlsx) on score, rank, compare and uncertainty writes ParIndex.Excel's
/// results workbook through the atomic output layer; template --format xlsx writes the fill-in workbooks. The workbooks'
/// layout is pinned in ParIndex.Excel.Tests; these pin what the commands choose, write and refuse.
/// </summary>
public class ExcelOutputTests : IDisposable
{
    private readonly CliFixture f = new();

    public void Dispose() => f.Dispose();

    /// <summary>Sheet names, and each sheet's rows as the text of its cells (numbers as stored).</summary>
    internal static (string[] Sheets, List<string[]>[] Rows) Read(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var part = document.WorkbookPart!;
        var sheets = part.Workbook.Sheets!.Elements<Sheet>().ToList();
        var rows = sheets.Select(s => ((WorksheetPart)part.GetPartById(s.Id!)).Worksheet.GetFirstChild<SheetData>()!.Elements<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue?.Text ?? "").ToArray()).ToList()).ToArray();
        return (sheets.Select(s => s.Name!.Value!).ToArray(), rows);
    }

    internal static string Validate(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        return string.Join("\n", new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
    }

    [Fact]
    public async Task Score_OutEndingInXlsx_WritesTheResultsWorkbook()
    {
        var (code, output, error) = await f.Run(f.Round("--out", f.P("results.xlsx")));
        Assert.Equal((0, "", ""), (code, output, error));
        var (sheets, rows) = Read(f.P("results.xlsx"));
        Assert.Equal("Ranking|Component indices|Points per criterion|Self-assessment accuracy|Accuracy by criterion", string.Join("|", sheets));

        // X1: 2 + 4 × 80 % + survey 3 = 8.2 of 10 → 82 %; X2: 4 + survey 2 − 0.5 = 5.5 → 55 %.
        Assert.Equal("1|X1|Xã Một|xa|5.6|8.2|3|10|82|Khá", string.Join("|", rows[0][1].Take(10)));
        Assert.Equal("2|X2|Xã Hai|xa|3.5|5.5|2|10|55|Khá", string.Join("|", rows[0][2].Take(10)));
        Assert.Equal("", Validate(f.P("results.xlsx")));
        Assert.Empty(Directory.GetFiles(f.Dir, "*.tmp"));
    }

    [Fact]
    public async Task Rank_FormatXlsx_WritesTheSameWorkbookAsScore()
    {
        var (code, _, error) = await f.Run(f.Round("--format", "xlsx", "--out", f.P("score.xlsx")));
        Assert.Equal((0, ""), (code, error));
        var rank = f.Round("--format", "xlsx", "--out", f.P("rank.xlsx"));
        rank[0] = "rank";
        (code, _, error) = await f.Run(rank);
        Assert.Equal((0, ""), (code, error));
        var (scoreSheets, scoreRows) = Read(f.P("score.xlsx"));
        var (rankSheets, rankRows) = Read(f.P("rank.xlsx"));
        Assert.Equal(scoreSheets, rankSheets);
        Assert.Equal(scoreRows.Select(s => s.Select(r => string.Join("|", r))), rankRows.Select(s => s.Select(r => string.Join("|", r))));
    }

    [Fact]
    public async Task FormatXlsx_WithoutOut_IsAUsageError_BeforeAnyInputIsRead()
    {
        foreach (var command in new[] { "score", "rank", "compare", "uncertainty" })
        {
            var args = new[] { command, f.P("missing.csv"), "--format", "xlsx" };
            var (code, output, error) = await f.Run(command == "compare" ? [.. args, "--scenario", f.P("s.yaml")] : args);
            Assert.Equal((2, ""), (code, output));
            Assert.StartsWith("error: --format xlsx writes a file; give --out FILE\n", error);
        }
    }

    [Fact]
    public async Task FormatCsv_WithAnXlsxOut_IsRefused()
    {
        var (code, output, error) = await f.Run(f.Round("--format", "csv", "--out", f.P("results.xlsx")));
        Assert.Equal((2, ""), (code, output));
        Assert.StartsWith($"error: --format csv contradicts --out {f.P("results.xlsx")}: a .xlsx file is written as xlsx; drop --format or change the file's extension\n", error);
        Assert.False(File.Exists(f.P("results.xlsx")));
    }

    [Fact]
    public async Task Xlsx_NeverReplacesAFileWithoutForce_AndReplacesItWithForce()
    {
        f.Write("results.xlsx", "last year's");
        var (code, _, error) = await f.Run(f.Round("--out", f.P("results.xlsx")));
        Assert.Equal(2, code);
        Assert.Equal($"error: --out {f.P("results.xlsx")} already exists; add --force to replace it\n", error);
        Assert.Equal("last year's", File.ReadAllText(f.P("results.xlsx")));
        (code, _, error) = await f.Run(f.Round("--out", f.P("results.xlsx"), "--force"));
        Assert.Equal((0, ""), (code, error));
        Assert.Equal("Ranking", Read(f.P("results.xlsx")).Sheets[0]);
    }

    [Fact]
    public async Task Xlsx_AfterABadCell_WritesNothing()
    {
        f.Write("units.csv", "unit_id,unit_name,group,1.1,1.2,D.1\nX1,Xã Một,xa,1,9O,0\n");
        var (code, output, error) = await f.Run(f.Round("--out", f.P("results.xlsx")));
        Assert.Equal((2, ""), (code, output));
        Assert.StartsWith($"error: {f.P("units.csv")}:2:5:", error);
        Assert.False(File.Exists(f.P("results.xlsx")));
    }

    [Fact]
    public async Task Compare_Xlsx_HasTheScenariosAndTheBaselineRanking()
    {
        f.Write("equal.yaml", "format: 1\nname: Không trừ điểm\ncriteria: mini\nrebalance: none\nchanges:\n  - { code: \"D\", drop: true }\n");
        var (code, output, error) = await f.Run("compare", f.P("units.csv"), "--criteria", f.P("criteria.yaml"), "-a", f.P("round1.csv"), "-s", f.P("survey.csv"), "--scenario", f.P("equal.yaml"), "--out", f.P("compare.xlsx"));
        Assert.Equal((0, "", ""), (code, output, error));
        var (sheets, rows) = Read(f.P("compare.xlsx"));
        Assert.Equal("Scenarios|Ranking", string.Join("|", sheets));
        Assert.Equal(3, rows[0].Count);
        Assert.Equal("Không trừ điểm|X1|Xã Một|xa|82|1|Khá", string.Join("|", rows[0][1].Take(7)));
        Assert.Equal("", Validate(f.P("compare.xlsx")));
    }

    [Fact]
    public async Task Uncertainty_Xlsx_WithSensitivity_HasBothSheets()
    {
        var (code, output, error) = await f.Run("uncertainty", f.P("units.csv"), "--criteria", f.P("criteria.yaml"), "-s", f.P("survey.csv"), "--runs", "40", "--seed", "3", "--sensitivity", "--out", f.P("u.xlsx"));
        Assert.Equal((0, "", ""), (code, output, error));
        var (sheets, rows) = Read(f.P("u.xlsx"));
        Assert.Equal("Rank uncertainty|Sensitivity", string.Join("|", sheets));
        Assert.Equal(new[] { "X1", "X2" }, rows[0].Skip(1).Select(r => r[0]));
        Assert.Equal(new[] { "1", "2" }, rows[1].Skip(1).Select(r => r[0]));
        Assert.Equal("", Validate(f.P("u.xlsx")));
    }

    [Fact]
    public async Task Uncertainty_SurveyBootstrap_RefusesDocumentFormats()
    {
        var (code, output, error) = await f.Run("uncertainty", f.P("units.csv"), "--criteria", f.P("criteria.yaml"), "--responses", f.P("responses.csv"), "--survey-bootstrap", "--out", f.P("u.xlsx"));
        Assert.Equal((2, ""), (code, output));
        Assert.Equal("error: --survey-bootstrap writes table, csv or json, not --format xlsx\n", error);
    }

    [Fact]
    public async Task Template_OutEndingInXlsx_WritesTheSelfAssessmentWorkbook_WithoutAGuideFile()
    {
        var (code, output, error) = await f.Run("template", "--criteria", f.P("criteria.yaml"), "--out", f.P("units.xlsx"));
        Assert.Equal((0, "", $"wrote {f.P("units.xlsx")}\n"), (code, output, error));
        Assert.False(File.Exists(f.P("units.guide.csv")));
        var (sheets, rows) = Read(f.P("units.xlsx"));
        Assert.Equal("Self-assessment|Guide|Lists", string.Join("|", sheets));
        Assert.Equal("Unit code|Unit name|Group|1.1 Kế hoạch|1.2 Tỷ lệ|D.1 Vi phạm", string.Join("|", rows[0][0]));
        Assert.Equal("unit_id|unit_name|group|1.1|1.2|D.1", string.Join("|", rows[0][1]));
        Assert.Equal("", Validate(f.P("units.xlsx")));
    }

    [Fact]
    public async Task Template_KindAppraisal_Xlsx_WritesTheAppraisalWorkbook()
    {
        var (code, output, error) = await f.Run("template", "--criteria", f.P("criteria.yaml"), "--kind", "appraisal", "--format", "xlsx", "--out", f.P("round2.xlsx"));
        Assert.Equal((0, "", $"wrote {f.P("round2.xlsx")}\n"), (code, output, error));
        var (sheets, rows) = Read(f.P("round2.xlsx"));
        Assert.Equal("Appraisal|Guide|Lists", string.Join("|", sheets));
        Assert.Equal("unit_id|code|value|points|delta|reason", string.Join("|", rows[0][1]));
        Assert.Equal("Criterion code|1.1|1.2|D.1", string.Join("|", rows[2].Select(r => r[0])));
        Assert.Equal("", Validate(f.P("round2.xlsx")));
    }

    [Fact]
    public async Task Template_KindAppraisal_Csv_WritesTheRoundsHeaderAndTheGuide()
    {
        var (code, output, error) = await f.Run("template", "--criteria", f.P("criteria.yaml"), "--kind", "appraisal");
        Assert.Equal((0, "unit_id,code,value,points,delta,reason\n", ""), (code, output, error));
        (code, _, error) = await f.Run("template", "--criteria", f.P("criteria.yaml"), "--kind", "appraisal", "--out", f.P("round2.csv"));
        Assert.Equal((0, $"wrote {f.P("round2.csv")} and {f.P("round2.guide.csv")}\n"), (code, error));
        Assert.StartsWith("code,area,name,max_points,rule,enter,not_applicable\n1.1,1,Kế hoạch,", File.ReadAllText(f.P("round2.guide.csv")));
    }

    [Fact]
    public async Task Template_Xlsx_WithoutOut_OrAgainstItsExtension_IsAUsageError()
    {
        var (code, output, error) = await f.Run("template", "--format", "xlsx");
        Assert.Equal((2, "", "error: --format xlsx writes a file; give --out FILE\n"), (code, output, error.Split("Run ")[0]));
        (code, output, error) = await f.Run("template", "--format", "xlsx", "--out", f.P("units.csv"));
        Assert.Equal((2, ""), (code, output));
        Assert.StartsWith($"error: --format xlsx contradicts --out {f.P("units.csv")}: a .csv file is written as csv;", error);
        Assert.Empty(Directory.GetFiles(f.Dir, "units.*.csv"));
    }

    [Fact]
    public async Task Template_Vietnamese_LabelsTheWorkbookInVietnamese()
    {
        var (code, _, error) = await f.Run("template", "--criteria", f.P("criteria.yaml"), "--out", f.P("units.xlsx"), "--lang", "vi");
        Assert.Equal((0, $"đã ghi {f.P("units.xlsx")}\n"), (code, error));
        var (sheets, rows) = Read(f.P("units.xlsx"));
        Assert.Equal("Tự đánh giá|Hướng dẫn|Danh sách", string.Join("|", sheets));
        Assert.Equal("Mã đơn vị|Tên đơn vị|Khối", string.Join("|", rows[0][0].Take(3)));
    }

    [Fact]
    public async Task AppraisalTemplate_FilledInByAnotherProgram_ScoresLikeTheCsvRound()
    {
        var (code, _, error) = await f.Run("template", "--criteria", f.P("criteria.yaml"), "--kind", "appraisal", "--out", f.P("round1.xlsx"));
        Assert.Equal((0, ""), (code, error.Replace($"wrote {f.P("round1.xlsx")}\n", "")));

        // The same adjustment as round1.csv, typed into row 3 of the first sheet as a spreadsheet program saves it.
        using (var document = SpreadsheetDocument.Open(f.P("round1.xlsx"), true))
        {
            var part = document.WorkbookPart!;
            var first = part.Workbook.Sheets!.Elements<Sheet>().First();
            var data = ((WorksheetPart)part.GetPartById(first.Id!)).Worksheet.GetFirstChild<SheetData>()!;
            data.Append(new Row(
                new Cell { CellReference = "A3", DataType = CellValues.InlineString, InlineString = new InlineString(new Text("X1")) },
                new Cell { CellReference = "B3", DataType = CellValues.InlineString, InlineString = new InlineString(new Text("1.2")) },
                new Cell { CellReference = "C3", CellValue = new CellValue(80) },
                new Cell { CellReference = "F3", DataType = CellValues.InlineString, InlineString = new InlineString(new Text("tính lại tỷ lệ")) })
            { RowIndex = 3 });
        }

        var fromCsv = await f.Run(f.Round("--format", "json"));
        var args = f.Round("--format", "json");
        args[Array.IndexOf(args, f.P("round1.csv"))] = f.P("round1.xlsx");
        var fromWorkbook = await f.Run(args);
        Assert.Equal((0, ""), (fromWorkbook.Code, fromWorkbook.Err));
        Assert.Equal(fromCsv.Out.Replace("round1.csv", "round1.xlsx"), fromWorkbook.Out);
    }
}
