using System.IO;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using ParIndex.Assessments;
using ParIndex.IO;
using ParIndex.Ranking;
using ParIndex.Scenarios;
using ParIndex.Scoring;
using static ParIndex.Excel.Tests.ExcelFixture;

namespace ParIndex.Excel.Tests;

public class WorkbookWritersTests
{
    private const string UnitsCsv = "unit_id,unit_name,group,1.1,1.2,1.10\nX1,Xã Một,xa,có,95,80\nX2,=Xã Hai,xa,không,không phát sinh,100\n";

    private static string[] Validate(byte[] workbook)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), false);
        return new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToArray();
    }

    private static RankingResult Ranking()
    {
        var builder = new AssessmentInputBuilder(Set);
        AssessmentFiles.ReadSelfAssessments(builder, UnitsCsv, "units.csv");
        AssessmentFiles.ReadAppraisalRound(builder, "unit_id,code,points,reason\nX1,1.2,1,thiếu tài liệu\n", "round.csv", "vòng 1");
        AssessmentFiles.ReadSurvey(builder, SurveyCsv, "survey.csv");
        return Ranker.Rank(Scorer.Score(builder.Build()));
    }

    [Fact]
    public void Template_FilledInByAnotherProgram_ScoresLikeTheCsv()
    {
        using var culture = Culture.Vietnamese();
        using var stream = new MemoryStream();
        TemplateWorkbook.WriteSelfAssessment(Set, stream);

        // Fill in rows 3 and 4 through the Open XML SDK, as a spreadsheet program would.
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var part = document.WorkbookPart!;
            var first = part.Workbook.Sheets!.Elements<Sheet>().First();
            var data = ((WorksheetPart)part.GetPartById(first.Id!)).Worksheet.GetFirstChild<SheetData>()!;
            foreach (var (r, values) in new[] { (3, new object[] { "X1", "Xã Một", "xa", "có", 95, 80 }), (4, new object[] { "X2", "=Xã Hai", "xa", "không", "không phát sinh", 100 }) })
            {
                var row = new Row { RowIndex = (uint)r };
                for (var c = 0; c < values.Length; c++)
                {
                    var reference = SourceLocation.CellName(r, c + 1);
                    row.Append(values[c] is int n
                        ? new Cell { CellReference = reference, CellValue = new CellValue(n) }
                        : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text((string)values[c])) });
                }

                data.Append(row);
            }
        }

        var fromWorkbook = ScoreJson(WorkbookTables.Open(new MemoryStream(stream.ToArray()), "units.xlsx"));
        Assert.Equal(ScoreJson(TableSource.ParseCsv(UnitsCsv, "units.csv")), fromWorkbook);
    }

    [Fact]
    public void Template_HasNamesRow_HeaderRow_Validation_FrozenPanes_AndGuide()
    {
        using var culture = Culture.Vietnamese();
        using var stream = new MemoryStream();
        TemplateWorkbook.WriteSelfAssessment(Set, stream);
        using var document = SpreadsheetDocument.Open(new MemoryStream(stream.ToArray()), false);
        var part = document.WorkbookPart!;
        var sheets = part.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal("Tự đánh giá|Hướng dẫn|Danh sách", string.Join("|", sheets.Select(s => s.Name!.Value)));
        Assert.Equal(SheetStateValues.Hidden, sheets[2].State!.Value);
        var worksheet = ((WorksheetPart)part.GetPartById(sheets[0].Id!)).Worksheet;
        var rows = worksheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
        Assert.Equal("Mã đơn vị|Tên đơn vị|Khối|1.1 Kế hoạch|1.2 Tỷ lệ|1.10 Tỷ lệ mười", string.Join("|", rows[0].Elements<Cell>().Select(c => c.InnerText)));
        Assert.Equal("unit_id|unit_name|group|1.1|1.2|1.10", string.Join("|", rows[1].Elements<Cell>().Select(c => c.InnerText)));
        var pane = worksheet.GetFirstChild<SheetViews>()!.GetFirstChild<SheetView>()!.GetFirstChild<Pane>()!;
        Assert.Equal("D3", pane.TopLeftCell!.Value);
        var validations = worksheet.GetFirstChild<DataValidations>()!.Elements<DataValidation>().ToList();
        Assert.Equal(
            "D3:D10002 list \"có,không\" | E3:E10002 custom OR(AND(ISNUMBER(E3),E3>=0),E3=\"không phát sinh\",E3=\"NA\") | F3:F10002 decimal 0",
            string.Join(" | ", validations.Select(v => $"{v.SequenceOfReferences!.InnerText} {v.Type!.InnerText} {v.Formula1!.Text}{(v.Formula2 is null ? "" : "-" + v.Formula2.Text)}")));
    }

    private const string BlocksYaml = """
        format: 1
        id: t
        name: T
        level: district
        max: 10
        areas:
          - { code: "1", name: A, max: 10, rule: { kind: points }, not_applicable: exclude }
          - code: D
            name: Deductions
            block: deduction
            max: -5
            children:
              - { code: D.1, name: d, max: -2, rule: yes_no, not_applicable: full }
              - { code: D.2, name: e, max: -2, rule: { kind: count, per: 1 } }
          - code: B
            name: Bonuses
            block: bonus
            max: 3
            children:
              - { code: B.1, name: b, max: 2, rule: yes_no, not_applicable: exclude }
        """;

    /// <summary>The guide sheet's "not applicable" column: "code | text" for each criterion row.</summary>
    private static string[] GuideNotApplicable(Culture culture)
    {
        using (culture)
        {
            using var stream = new MemoryStream();
            TemplateWorkbook.WriteSelfAssessment(Criteria.CriteriaSetLoader.Parse(BlocksYaml, "t.yaml"), stream);
            using var document = SpreadsheetDocument.Open(new MemoryStream(stream.ToArray()), false);
            var part = document.WorkbookPart!;
            var guide = part.Workbook.Sheets!.Elements<Sheet>().ElementAt(1);
            var rows = ((WorksheetPart)part.GetPartById(guide.Id!)).Worksheet.GetFirstChild<SheetData>()!.Elements<Row>();
            return rows.Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList())
                .Where(cells => cells.Count == 7 && new[] { "1", "D.1", "D.2", "B.1" }.Contains(cells[0]))
                .Select(cells => cells[0] + " | " + cells[6])
                .ToArray();
        }
    }

    [Fact]
    public void TemplateGuide_SaysNotApplicableInADeductionOrBonusBlockScoresZero_InEnglish()
    {
        Assert.Equal(
            new[]
            {
                "1 | 'không phát sinh' or empty: left out of the maximum",
                "D.1 | 'không phát sinh': 0 points (nothing happened: nothing deducted or added)",
                "D.2 | not allowed: a value is required",
                "B.1 | 'không phát sinh': 0 points (nothing happened: nothing deducted or added)",
            },
            GuideNotApplicable(Culture.English()));
    }

    [Fact]
    public void TemplateGuide_SaysNotApplicableInADeductionOrBonusBlockScoresZero_InVietnamese()
    {
        Assert.Equal(
            new[]
            {
                "1 | 'không phát sinh' hoặc để trống: không tính vào điểm tối đa",
                "D.1 | 'không phát sinh': 0 điểm (không có sự việc: không trừ, không cộng điểm)",
                "D.2 | không được: bắt buộc nhập",
                "B.1 | 'không phát sinh': 0 điểm (không có sự việc: không trừ, không cộng điểm)",
            },
            GuideNotApplicable(Culture.Vietnamese()));
    }

    [Fact]
    public void EveryWorkbookWeWrite_PassesTheOpenXmlValidator()
    {
        foreach (var culture in new[] { Culture.English(), Culture.Vietnamese() })
        {
            using (culture)
            {
                using var self = new MemoryStream();
                TemplateWorkbook.WriteSelfAssessment(Set, self);
                var errors = string.Join("\n", Validate(self.ToArray()));
                Assert.True(errors.Length == 0, errors);
                using var appraisal = new MemoryStream();
                TemplateWorkbook.WriteAppraisal(Set, appraisal);
                errors = string.Join("\n", Validate(appraisal.ToArray()));
                Assert.True(errors.Length == 0, errors);
                using var results = new MemoryStream();
                ResultsWorkbook.Write(Ranking(), results);
                errors = string.Join("\n", Validate(results.ToArray()));
                Assert.True(errors.Length == 0, errors);
                var sheet = Ranking().Sheet;
                using var comparison = new MemoryStream();
                var scenario = ScenarioLoader.Parse("format: 1\nname: Khảo sát 2\ncriteria: mini\nrebalance: none\nchanges:\n  - { code: \"2\", max: 2 }\n", "s.yaml", Set);
                ResultsWorkbook.Write(ScenarioComparison.Compare(sheet, new[] { scenario }), comparison);
                errors = string.Join("\n", Validate(comparison.ToArray()));
                Assert.True(errors.Length == 0, errors);
                using var uncertainty = new MemoryStream();
                ResultsWorkbook.Write(UncertaintyAnalysis.Run(sheet, new UncertaintyOptions { Runs = 40, Seed = 1, Sensitivity = true }), uncertainty);
                errors = string.Join("\n", Validate(uncertainty.ToArray()));
                Assert.True(errors.Length == 0, errors);
            }
        }
    }

    [Fact]
    public void ResultsWorkbook_TextFromInputs_StaysText_AndNumbersAreNumbers()
    {
        using var culture = Culture.English();
        using var stream = new MemoryStream();
        var ranking = Ranking();
        ResultsWorkbook.Write(ranking, stream);
        using var document = SpreadsheetDocument.Open(new MemoryStream(stream.ToArray()), false);
        var part = document.WorkbookPart!;
        var sheets = part.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal("Ranking|Component indices|Points per criterion|Self-assessment accuracy|Accuracy by criterion", string.Join("|", sheets.Select(s => s.Name!.Value)));
        var cells = ((WorksheetPart)part.GetPartById(sheets[0].Id!)).Worksheet.Descendants<Cell>().ToList();
        Assert.DoesNotContain(cells, c => c.CellFormula is not null);
        var name = cells.Single(c => c.InnerText == "=Xã Hai");
        Assert.Equal(CellValues.InlineString, name.DataType!.Value);
        var index = cells.Single(c => c.CellReference == "I2");
        Assert.Null(index.DataType);
        Assert.Equal(ranking.Units[0].Score.ReportedIndex.ToString(System.Globalization.CultureInfo.InvariantCulture), index.CellValue!.Text);
    }
}
