using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace ParIndex.Cli.Tests;

/// <summary>The friction points of issue 12, each pinned.</summary>
public sealed class FrictionTests : IDisposable
{
    private static readonly string Examples = Path.Combine(AppContext.BaseDirectory, "examples");
    private readonly string dir = Path.Combine(Path.GetTempPath(), "parindex-friction-" + Guid.NewGuid().ToString("N"));

    public FrictionTests() => Directory.CreateDirectory(dir);

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static string E(string name) => Path.Combine(Examples, name);

    /// <summary>The text with line breaks and runs of spaces as one space (a header may wrap).</summary>
    private static string Flat(string text) => Regex.Replace(text, @"\s+", " ");

    private static Task<(int Code, string Out, string Err)> Run(params string[] args) => UiLanguageTests.Run(UiLanguageTests.Env(), args);

    [Theory]
    [InlineData("results.csv", "rank,unit_id,")]
    [InlineData("results.json", "{")]
    public async Task OutTakesTheFormatFromTheExtension(string name, string start)
    {
        var path = Path.Combine(dir, name);
        var run = await Run("score", E("units.csv"), "-a", E("appraisal.csv"), "-s", E("survey.csv"), "--out", path);

        Assert.Equal((0, ""), (run.Code, run.Err));
        Assert.StartsWith(start, File.ReadAllText(path).TrimStart('\uFEFF'), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFormatContradictingTheExtensionIsRefusedAndNothingIsWritten()
    {
        var path = Path.Combine(dir, "results.csv");
        var run = await Run("score", E("units.csv"), "-a", E("appraisal.csv"), "-s", E("survey.csv"), "--out", path, "--format", "json");

        Assert.Equal(2, run.Code);
        Assert.Equal($"error: --format json contradicts --out {path}: a .csv file is written as csv; drop --format or change the file's extension\n", run.Err.Replace("\r\n", "\n"));
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task ABadCellGivesTheVietnameseMessageWithTheSameLocationAndExitCode()
    {
        var units = Path.Combine(dir, "units.csv");
        File.WriteAllLines(units, File.ReadAllLines(E("units.csv")).Select((l, i) => i == 1 ? l.Replace(",Ban hành kịp thời,", ",Ban hanh kip thoi,") : l));
        var vi = await UiLanguageTests.Run(UiLanguageTests.Env(("LANG", "vi_VN.UTF-8")), "score", units, "-s", E("survey.csv"));
        var en = await UiLanguageTests.Run(UiLanguageTests.Env(("LANG", "vi_VN.UTF-8")), "score", units, "-s", E("survey.csv"), "--lang", "en");

        Assert.Equal((2, ""), (vi.Code, vi.Out));
        Assert.Equal((2, ""), (en.Code, en.Out));
        Assert.Equal(
            $"lỗi: {units}:2:4: đơn vị 'HT-TP': 'Ban hanh kip thoi' không phải là một phương án của '1.1.1'; các phương án: Ban hành kịp thời | Ban hành không kịp thời | Không ban hành; có phải ý bạn là 'Ban hành kịp thời'?\n" +
            $"lỗi: {E("survey.csv")}: chưa được kiểm tra vì {units} có lỗi; hãy sửa các lỗi đó trước\n",
            vi.Err.Replace("\r\n", "\n"));
        Assert.Equal(
            $"error: {units}:2:4: unit 'HT-TP': 'Ban hanh kip thoi' is not an option of '1.1.1'; options: Ban hành kịp thời | Ban hành không kịp thời | Không ban hành; did you mean 'Ban hành kịp thời'?\n" +
            $"error: {E("survey.csv")}: not checked, because {units} has errors; fix those first\n",
            en.Err.Replace("\r\n", "\n"));
    }

    [Fact]
    public async Task ScoreUnderAVietnameseLocalePrintsVietnameseHeadersAndNotes()
    {
        var vi = await UiLanguageTests.Run(UiLanguageTests.Env(("LANG", "vi_VN.UTF-8")), "score", E("units.csv"), "-a", E("appraisal.csv"), "-s", E("survey.csv"));
        var en = await UiLanguageTests.Run(UiLanguageTests.Env(("LANG", "vi_VN.UTF-8")), "score", E("units.csv"), "-a", E("appraisal.csv"), "-s", E("survey.csv"), "--lang", "en");

        Assert.Contains("Hạng  Đơn vị   Tên", vi.Out, StringComparison.Ordinal);
        Assert.Contains("13 đơn vị, tối đa 100 điểm, 1 vòng thẩm định", Flat(vi.Out), StringComparison.Ordinal);
        Assert.Contains("Làm tròn: mọi số được tính chính xác", vi.Out, StringComparison.Ordinal);
        Assert.Contains("Rank  Unit     Name", en.Out, StringComparison.Ordinal);
        Assert.Contains("13 units, max 100 points, 1 appraisal round ", Flat(en.Out), StringComparison.Ordinal);
        Assert.Contains("Rounding: every figure is computed exactly and rounded once, to 2 decimals", en.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotesSayOneUnitAndOneRoundInTheSingular()
    {
        var units = Path.Combine(dir, "one.csv");
        File.WriteAllLines(units, File.ReadAllLines(E("units.csv")).Take(2));
        var survey = Path.Combine(dir, "survey.csv");
        File.WriteAllLines(survey, File.ReadAllLines(E("survey.csv")).Where((l, i) => i == 0 || l.StartsWith("HT-TP,", StringComparison.Ordinal)));
        var run = await Run("score", units, "-s", survey);

        Assert.Equal(0, run.Code);
        Assert.Contains("— 1 unit, max 100 points, 0 appraisal rounds ", Flat(run.Out), StringComparison.Ordinal);
        Assert.DoesNotContain("Group rank", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "scor" }, "error: unknown command, option or argument 'scor'; did you mean 'score'?")]
    [InlineData(new[] { "criteria", "shwo" }, "error: unknown command, option or argument 'shwo'; did you mean 'show'?")]
    [InlineData(new[] { "criteria", "list", "--lnag", "vi" }, "error: unknown command, option or argument '--lnag'; did you mean '--lang'?")]
    public async Task AMistypedCommandOrOptionGetsASuggestion(string[] args, string firstLine)
    {
        var run = await Run(args);

        Assert.Equal(2, run.Code);
        Assert.Equal(firstLine, run.Err.Replace("\r\n", "\n").Split('\n')[0]);
    }

    [Fact]
    public async Task AMistypedUnitIdGetsASuggestionAlsoWithoutDiacriticsOrCase()
    {
        var run = await Run("explain", E("units.csv"), "-a", E("appraisal.csv"), "-s", E("survey.csv"), "--unit", "ht-vq");

        Assert.Equal(2, run.Code);
        Assert.EndsWith("; did you mean 'HT-VQ'?\n", run.Err.Replace("\r\n", "\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SampleWritesTheFilesAndEveryHelpExampleRunsAfterIt()
    {
        var sample = await Run("sample", "--out", Path.Combine(dir, "sample"));
        Assert.Equal(0, sample.Code);
        Assert.True(File.Exists(Path.Combine(dir, "sample", "criteria.yaml")));

        var root = CliApp.BuildRoot(new CliContext(TextWriter.Null, TextWriter.Null));
        var examples = HelpExamples(root).Where(e => !e.Contains("sample --out", StringComparison.Ordinal)).ToArray();
        Assert.True(examples.Length > 15, string.Join("\n", examples));
        foreach (var example in examples)
        {
            var args = Regex.Split(example.Substring("parindex ".Length).Trim(), @"\s+")
                .Select(a => a.StartsWith("sample/", StringComparison.Ordinal) ? Path.Combine(dir, a)
                    : Regex.IsMatch(a, @"^[\w.-]+\.(csv|json|yaml)$") ? Path.Combine(dir, a)
                    : a)
                .ToArray();
            var run = await Run(args);
            Assert.True(run.Code == 0, $"'{example}' exited with {run.Code}: {run.Err}");
        }
    }

    [Theory]
    [InlineData("results.xlsx", "xlsx")]
    [InlineData("results.xls", "xls")]
    public async Task OutToAWorkbookIsRefusedInsteadOfFilledWithTheTextTable(string name, string format)
    {
        var path = Path.Combine(dir, name);
        var run = await Run("score", E("units.csv"), "-s", E("survey.csv"), "--out", path);

        Assert.Equal((2, ""), (run.Code, run.Out));
        Assert.Equal($"error: --out {path}: this command does not write {format}; it writes table, csv, json, html (choose one with --format and an extension that matches, or none such as .txt)\n", run.Err.Replace("\r\n", "\n"));
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task RankWithoutAppraisalSaysPlainlyThatNoAppraisalWasGivenInBothLanguages()
    {
        var en = await Run("rank", E("units.csv"), "-s", E("survey.csv"));
        var vi = await Run("rank", E("units.csv"), "-s", E("survey.csv"), "--lang", "vi");

        Assert.Equal((0, 0), (en.Code, vi.Code));
        Assert.Contains("Self-assessment accuracy: not reported, because no appraisal was given (--appraisal): without one, appraised points are the self points and there is nothing to compare.", Flat(en.Out), StringComparison.Ordinal);
        Assert.Contains("Độ chính xác của tự đánh giá: không có, vì chưa có kết quả thẩm định (--appraisal)", Flat(vi.Out), StringComparison.Ordinal);

        // No table of zeros that would read as a perfect self-assessment.
        Assert.DoesNotContain("Furthest from the appraisal", en.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Avg appraised", en.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Chênh lệch nhiều nhất", vi.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RankWithAnAppraisalStatesTheRoundingRuleUnderTheAccuracyTable()
    {
        var en = await Run("rank", E("units.csv"), "-a", E("appraisal.csv"), "-s", E("survey.csv"));
        var vi = await Run("rank", E("units.csv"), "-a", E("appraisal.csv"), "-s", E("survey.csv"), "--lang", "vi");

        Assert.Contains("Furthest from the appraisal (top 10):", en.Out, StringComparison.Ordinal);
        Assert.Contains("Rounding: every figure is computed exactly and rounded once, to 2 decimals, when printed; a printed difference or average may differ in the last digit from one worked out from the printed figures.", Flat(en.Out), StringComparison.Ordinal);
        Assert.Contains("Làm tròn: mọi số được tính chính xác và chỉ làm tròn một lần, đến 2 chữ số thập phân", Flat(vi.Out), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RankNotesDescribeOnlyTheColumnsTheRankTablesShow()
    {
        // Two groups and a previous round: the score table has Group rank, Prev and Index Δ; the rank tables have none of them.
        var units = Path.Combine(dir, "units.csv");
        File.WriteAllLines(units, File.ReadAllLines(E("units.csv")).Select((l, i) => i is 1 or 2 ? l.Replace(",huyen,", ",thixa,") : l));
        var previous = Path.Combine(dir, "previous.csv");
        var last = await Run("score", units, "-s", E("survey.csv"), "--out", previous);
        Assert.Equal(0, last.Code);

        var rank = await Run("rank", units, "-s", E("survey.csv"), "--previous", previous);
        var score = await Run("score", units, "-s", E("survey.csv"), "--previous", previous);

        Assert.Equal((0, 0), (rank.Code, score.Code));
        Assert.Contains("Group thixa — 2 units", rank.Out, StringComparison.Ordinal);
        Assert.Contains($"Change = places moved within the group since {previous} (+ up, - down)", Flat(rank.Out), StringComparison.Ordinal);
        Assert.DoesNotContain("Group rank", rank.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Prev", rank.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Index Δ", rank.Out, StringComparison.Ordinal);
        Assert.Contains("Group rank = rank within the unit's group", Flat(score.Out), StringComparison.Ordinal);
        Assert.Contains("Prev, Change = rank in", Flat(score.Out), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARankingTableSaysOneUnitAndOneScenarioInTheSingular()
    {
        var units = Path.Combine(dir, "one.csv");
        File.WriteAllLines(units, File.ReadAllLines(E("units.csv")).Take(2));
        var survey = Path.Combine(dir, "survey.csv");
        File.WriteAllLines(survey, File.ReadAllLines(E("survey.csv")).Where((l, i) => i == 0 || l.StartsWith("HT-TP,", StringComparison.Ordinal)));

        var rank = await Run("rank", units, "-s", survey);
        var compare = await Run("compare", units, "-s", survey, "--scenario", Path.Combine(Examples, "scenarios", "e-government-20.yaml"));
        var uncertainty = await Run("uncertainty", units, "-s", survey, "--runs", "10");

        Assert.Equal((0, 0, 0), (rank.Code, compare.Code, uncertainty.Code));
        Assert.Contains("— 1 unit", Flat(rank.Out), StringComparison.Ordinal);
        Assert.Contains("Group huyen — 1 unit\n", rank.Out.Replace("\r\n", "\n"), StringComparison.Ordinal);
        Assert.Contains("— 1 unit; baseline and 1 scenario", Flat(compare.Out), StringComparison.Ordinal);
        Assert.Contains("— 1 unit; 10 runs (noise 0.25 on 9 area weights, seed 0)", Flat(uncertainty.Out), StringComparison.Ordinal);
    }

    internal static System.Collections.Generic.IEnumerable<string> HelpExamples(System.CommandLine.Command command)
    {
        foreach (var line in StandardActions.Examples(command))
        {
            yield return line;
        }

        foreach (var child in command.Subcommands)
        {
            foreach (var e in HelpExamples(child))
            {
                yield return e;
            }
        }
    }
}
