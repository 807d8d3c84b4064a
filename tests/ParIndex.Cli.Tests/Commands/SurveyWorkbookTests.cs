using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ParIndex.Excel.Tests;

namespace ParIndex.Cli.Tests.Commands;

/// <summary>Respondents' answers and the population as workbooks: read like their CSV, problems named at the cell.</summary>
public sealed class SurveyWorkbookTests : IDisposable
{
    private static readonly string Examples = Path.Combine(AppContext.BaseDirectory, "examples");

    private readonly string dir = Path.Combine(Path.GetTempPath(), $"parindex-survey-xlsx-{Guid.NewGuid():N}");

    public SurveyWorkbookTests() => Directory.CreateDirectory(dir);

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static string Example(string name) => Path.Combine(Examples, name);

    private static Task<(int Code, string Out, string Err)> Run(params string[] args) => CliRun.RunAsync(args, newLine: "\n");

    /// <summary>
    /// A CSV file as a workbook sheet, after a guide sheet when <paramref name="guideFirst"/> (then only --sheet finds it);
    /// numbers stay text unless <paramref name="numeric"/> names the column (a population).
    /// </summary>
    private string AsWorkbook(string csv, string name, string sheet, bool guideFirst = false, int? numeric = null)
    {
        var book = new TestWorkbook();
        if (guideFirst)
        {
            book.Sheet("Hướng dẫn").Row(1, "Phiếu khảo sát");
        }

        book.Sheet(sheet);
        var lines = File.ReadAllLines(csv);
        for (var i = 0; i < lines.Length; i++)
        {
            var cells = lines[i].Split(',').Select((v, c) => v.Length == 0 ? null : i > 0 && c == numeric ? (object)int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : v).ToArray();
            book.Row(i + 1, cells);
        }

        return book.Save(Path.Combine(dir, name));
    }

    [Fact]
    public async Task SurveyReadsAnswersAndPopulationFromWorkbooks_LikeFromCsv()
    {
        var responses = AsWorkbook(Example("responses.csv"), "responses.xlsx", "Câu trả lời", guideFirst: true);
        var population = AsWorkbook(Example("population.csv"), "population.xlsx", "Dân số", numeric: 2);

        var fromCsv = await Run("survey", Example("responses.csv"), "--population", Example("population.csv"), "--format", "json");
        var fromWorkbooks = await Run("survey", responses, "--sheet", "câu trả lời", "--population", population, "--format", "json");

        Assert.Equal(0, fromWorkbooks.Code);
        Assert.Equal(fromCsv.Out, fromWorkbooks.Out);
        Assert.Contains("\"below_slovin\": true", fromWorkbooks.Out);

        // The Slovin warning names the population workbook's cell, as the CSV's names its line and column.
        Assert.Contains("warning: " + Example("population.csv") + ":13:3: unit 'HT-KA', group 'can-bo'", fromCsv.Err);
        Assert.Contains("warning: " + population + "[Dân số]!C13: unit 'HT-KA', group 'can-bo'", fromWorkbooks.Err);
    }

    [Fact]
    public async Task ScoreWithResponsesFromAWorkbook_GivesTheScoreOfTheCsvAnswers()
    {
        var responses = AsWorkbook(Example("responses.csv"), "responses.xlsx", "Câu trả lời");
        var round = new[] { "score", Example("units.csv"), "-a", Example("appraisal.csv"), "--format", "csv", "--responses" };

        var fromCsv = await Run(round.Append(Example("responses.csv")).ToArray());
        var fromWorkbook = await Run(round.Append(responses).ToArray());

        Assert.Equal((0, "", ""), (fromWorkbook.Code, fromWorkbook.Err, fromCsv.Err));
        Assert.Equal(fromCsv.Out, fromWorkbook.Out);
    }

    [Fact]
    public async Task ABadAnswerInAWorkbook_ExitCode2_NamesTheCell_AndWritesNothing()
    {
        var responses = new TestWorkbook().Sheet("Câu trả lời")
            .Row(1, "unit_id", "respondent_id", "group", "C1", "C2", "C3", "C4", "C5", "C6", "C7")
            .Row(2, "HT-TP", "1", "nguoi-dan", "A", "B", "X", "A")
            .Save(Path.Combine(dir, "bad.xlsx"));
        var outFile = Path.Combine(dir, "survey.csv");

        var (code, output, error) = await Run("survey", responses, "--out", outFile);

        Assert.Equal((2, ""), (code, output));
        Assert.Equal($"error: {responses}[Câu trả lời]!F2: 'X' is not an answer of question 'C3'; answers: A (Rất hài lòng), B (Hài lòng), C (Chưa hài lòng lắm), D (Không hài lòng), E (Không biết)\n", error);
        Assert.False(File.Exists(outFile));
    }

    [Fact]
    public async Task SheetOnACsvResponsesFile_IsAnError()
    {
        var (code, output, error) = await Run("survey", Example("responses.csv"), "--sheet", "S");

        Assert.Equal((2, ""), (code, output));
        Assert.StartsWith($"error: {Example("responses.csv")}: ", error);
    }
}
