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
            $"lỗi: {units}:2:4: đơn vị 'HT-TP': 'Ban hanh kip thoi' không phải là một phương án của '1.1.1'; các phương án: Ban hành kịp thời | Ban hành không kịp thời | Không ban hành; có phải ý bạn là 'Ban hành kịp thời'?\n",
            vi.Err.Replace("\r\n", "\n"));
        Assert.Equal(
            $"error: {units}:2:4: unit 'HT-TP': 'Ban hanh kip thoi' is not an option of '1.1.1'; options: Ban hành kịp thời | Ban hành không kịp thời | Không ban hành; did you mean 'Ban hành kịp thời'?\n",
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
