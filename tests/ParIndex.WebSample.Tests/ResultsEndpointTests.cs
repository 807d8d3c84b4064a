using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading.Tasks;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Microsoft.AspNetCore.Mvc.Testing;
using ParIndex.Excel.Tests;
using ParIndex.IO;

namespace ParIndex.WebSample.Tests;

/// <summary>
/// The web sample hosted in memory (WebApplicationFactory): the README sample round uploaded as workbooks (and CSV) comes
/// back as the results workbook; a bad cell comes back as a 400 problem naming the file, sheet and cell.
/// </summary>
public class ResultsEndpointTests : IClassFixture<WebApplicationFactory<Program>>
{
    private static readonly string Examples = Path.Combine(AppContext.BaseDirectory, "examples");
    private readonly WebApplicationFactory<Program> factory;

    public ResultsEndpointTests(WebApplicationFactory<Program> factory) => this.factory = factory;

    /// <summary>
    /// A sample CSV file saved as a workbook the way an office has it: ids, names, groups and codes as text, values that
    /// are numbers as number cells (a decimal comma such as "90,5" stays the text it is in the CSV), on a sheet named <paramref name="sheet"/>.
    /// </summary>
    private static TestWorkbook AsWorkbook(string csvFile, string sheet)
    {
        using var table = TableSource.OpenCsv(Path.Combine(Examples, csvFile));
        var text = new HashSet<string>(StringComparer.Ordinal) { "unit_id", "unit_name", "group", "code", "reason" };
        var book = new TestWorkbook().Sheet(sheet).Row(1, table.Header.Cast<object?>().ToArray());
        var row = 1;
        while (table.Next())
        {
            row++;
            var cells = new object?[table.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                var field = table.Field(i);
                cells[i] = field.Length == 0 ? null
                    : !text.Contains(table.Header[i]) && decimal.TryParse(field, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number
                    : field;
            }

            book.Row(row, cells);
        }

        return book;
    }

    private static ByteArrayContent File(byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return content;
    }

    private static byte[] Csv(string file) => System.IO.File.ReadAllBytes(Path.Combine(Examples, file));

    private async Task<HttpResponseMessage> Post(MultipartFormDataContent form, string? language = null)
    {
        var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/results") { Content = form };
        if (language is not null)
        {
            request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        }

        return await client.SendAsync(request);
    }

    private static List<string[]> FirstSheetRows(byte[] workbook, out string[] sheetNames, out string validation)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), false);
        validation = string.Join("\n", new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var part = document.WorkbookPart!;
        var sheets = part.Workbook.Sheets!.Elements<Sheet>().ToList();
        sheetNames = sheets.Select(s => s.Name!.Value!).ToArray();
        return ((WorksheetPart)part.GetPartById(sheets[0].Id!)).Worksheet.GetFirstChild<SheetData>()!.Elements<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue?.Text ?? "").ToArray())
            .ToList();
    }

    [Fact]
    public async Task SampleWorkbooks_Uploaded_ComeBackAsTheResultsWorkbook()
    {
        using var form = new MultipartFormDataContent
        {
            { File(AsWorkbook("units.csv", "Tự đánh giá").Bytes(), ResultsEndpoint.XlsxContentType), "units", "units.xlsx" },
            { File(AsWorkbook("appraisal.csv", "Thẩm định").Bytes(), ResultsEndpoint.XlsxContentType), "appraisal", "appraisal.xlsx" },
            { File(Csv("survey.csv"), "text/csv"), "survey", "survey.csv" },
        };

        using var response = await Post(form);

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        Assert.Equal(ResultsEndpoint.XlsxContentType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("results.xlsx", response.Content.Headers.ContentDisposition!.FileName);
        var rows = FirstSheetRows(await response.Content.ReadAsByteArrayAsync(), out var sheets, out var validation);
        Assert.Equal("Ranking|Component indices|Points per criterion|Self-assessment accuracy|Accuracy by criterion", string.Join("|", sheets));
        Assert.Equal("", validation);
        Assert.Equal(14, rows.Count);

        // The README's main command prints the same first unit: HT-TP, 93.06 points (self 76.83, survey 17.84) of 98, index 94.96.
        Assert.Equal("1|HT-TP|Thành phố Hà Tĩnh|huyen|76.83|93.06|17.84|98|94.96|Tốt", string.Join("|", rows[1].Take(10)));
    }

    [Fact]
    public async Task SampleCsvFiles_Uploaded_GiveTheSameWorkbookAsTheirWorkbooks()
    {
        async Task<List<string[]>> Results(bool workbooks)
        {
            using var form = new MultipartFormDataContent
            {
                { workbooks ? File(AsWorkbook("units.csv", "Tự đánh giá").Bytes(), ResultsEndpoint.XlsxContentType) : File(Csv("units.csv"), "text/csv"), "units", "units" },
                { workbooks ? File(AsWorkbook("appraisal.csv", "Thẩm định").Bytes(), ResultsEndpoint.XlsxContentType) : File(Csv("appraisal.csv"), "text/csv"), "appraisal", "appraisal" },
                { workbooks ? File(AsWorkbook("survey.csv", "Điều tra").Bytes(), ResultsEndpoint.XlsxContentType) : File(Csv("survey.csv"), "text/csv"), "survey", "survey" },
            };
            using var response = await Post(form);
            Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            return FirstSheetRows(await response.Content.ReadAsByteArrayAsync(), out _, out _);
        }

        Assert.Equal((await Results(false)).Select(r => string.Join("|", r)), (await Results(true)).Select(r => string.Join("|", r)));
    }

    [Theory]
    [InlineData(null, "The uploaded files cannot be scored", "units.xlsx[Tự đánh giá]!E3: the cell holds the error #DIV/0!; correct the formula or enter the value")]
    [InlineData("vi", "Không chấm điểm được các tệp đã tải lên", "units.xlsx[Tự đánh giá]!E3: ô chứa lỗi #DIV/0!; hãy sửa công thức hoặc nhập giá trị")]
    public async Task BadCell_Is400_AProblemNamingTheCell_InTheRequestsLanguage(string? language, string title, string detail)
    {
        var units = AsWorkbook("units.csv", "Tự đánh giá").Set(3, 5, TestWorkbook.Error("#DIV/0!"));
        using var form = new MultipartFormDataContent
        {
            { File(units.Bytes(), ResultsEndpoint.XlsxContentType), "units", "units.xlsx" },
            { File(Csv("survey.csv"), "text/csv"), "survey", "survey.csv" },
        };

        using var response = await Post(form, language);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = problem.RootElement;
        Assert.Equal(400, root.GetProperty("status").GetInt32());
        Assert.Equal(title, root.GetProperty("title").GetString());
        Assert.Equal(detail, root.GetProperty("detail").GetString());
        var error = Assert.Single(root.GetProperty("errors").EnumerateArray());
        Assert.Equal(("units.xlsx", "Tự đánh giá", "E3"), (error.GetProperty("source").GetString(), error.GetProperty("sheet").GetString(), error.GetProperty("cell").GetString()));
        Assert.Equal(detail.Substring(detail.IndexOf(": ", StringComparison.Ordinal) + 2), error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task BadCsvField_Is400_NamingLineAndColumn()
    {
        var csv = System.Text.Encoding.UTF8.GetString(Csv("survey.csv")).Replace("HT-TP,9.1.1,87.8", "HT-TP,9.1.1,87,8", StringComparison.Ordinal);
        using var form = new MultipartFormDataContent
        {
            { File(Csv("units.csv"), "text/csv"), "units", "units.csv" },
            { File(System.Text.Encoding.UTF8.GetBytes(csv), "text/csv"), "survey", "survey.csv" },
        };

        using var response = await Post(form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = problem.RootElement.GetProperty("errors").EnumerateArray().First();
        Assert.Equal(("survey.csv", 2), (error.GetProperty("source").GetString(), error.GetProperty("line").GetInt32()));
        Assert.Equal(JsonValueKind.Null, error.GetProperty("cell").ValueKind);
    }

    [Theory]
    [InlineData("appraisal", null, "the form has no 'units' file: attach the self-assessments (a CSV file or a workbook, .xlsx or .xls)")]
    [InlineData("units", "../criteria.yaml", "there is no shipped criteria set '../criteria.yaml'; the shipped sets are ")]
    public async Task MissingUnitsOrAnUnknownCriteriaSet_Is400(string field, string? criteria, string detail)
    {
        using var form = new MultipartFormDataContent { { File(Csv("units.csv"), "text/csv"), field, "units.csv" } };
        if (criteria is not null)
        {
            form.Add(new StringContent(criteria), "criteria");
        }

        using var response = await Post(form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith(detail, problem.RootElement.GetProperty("detail").GetString());
        Assert.Empty(problem.RootElement.GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public async Task NotAForm_Is400()
    {
        var client = factory.CreateClient();
        using var response = await client.PostAsync("/results", new StringContent("unit_id\n"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("send the files as a multipart form (multipart/form-data): units, and optionally appraisal (each round) and survey", problem.RootElement.GetProperty("detail").GetString());
    }
}
