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
                    : Regex.IsMatch(a, @"^[\w.-]+\.(csv|json|yaml|xlsx)$") ? Path.Combine(dir, a)
                    : a)
                .ToArray();
            var run = await Run(args);
            Assert.True(run.Code == 0, $"'{example}' exited with {run.Code}: {run.Err}");
        }
    }

    [Fact]
    public async Task OutToAnXlsWorkbookIsRefusedInsteadOfFilledWithTheTextTable()
    {
        const string format = "xls"; // .xlsx is written (ExcelOutputTests); the old binary format is not
        var path = Path.Combine(dir, "results.xls");
        var run = await Run("score", E("units.csv"), "-s", E("survey.csv"), "--out", path);

        Assert.Equal((2, ""), (run.Code, run.Out));
        Assert.Equal($"error: --out {path}: this command does not write {format}; it writes table, csv, json, html, xlsx (choose one with --format and an extension that matches, or none such as .txt)\n", run.Err.Replace("\r\n", "\n"));
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

    [Theory]
    [InlineData("vi", new[] { "score" }, "lỗi: lệnh 'score' thiếu đối số UNITS")]
    [InlineData("en", new[] { "score" }, "error: 'score' needs its argument UNITS")]
    [InlineData("vi", new[] { "score", "u.csv", "--format", "jsn" }, "lỗi: 'jsn' không phải là giá trị của --format; hãy chọn table, csv, json, html, xlsx; có phải ý bạn là 'json'?")]
    [InlineData("en", new[] { "score", "u.csv", "--format", "jsn" }, "error: 'jsn' is not a value of --format; choose table, csv, json, html, xlsx; did you mean 'json'?")]
    [InlineData("vi", new[] { "uncertainty", "u.csv", "--runs", "many" }, "lỗi: 'many' không phải là giá trị hợp lệ của --runs: cần một số nguyên")]
    [InlineData("en", new[] { "uncertainty", "u.csv", "--noise", "0,25" }, "error: '0,25' is not a valid value of --noise: give a number with a decimal point (0.25)")]
    [InlineData("vi", new[] { "uncertainty", "u.csv", "--seed", "-1" }, "lỗi: '-1' không phải là giá trị hợp lệ của --seed: cần một số nguyên từ 0 trở lên")]
    [InlineData("vi", new[] { "compare", "u.csv" }, "lỗi: thiếu tùy chọn bắt buộc --scenario")]
    [InlineData("en", new[] { "compare", "u.csv" }, "error: --scenario is required")]
    [InlineData("vi", new[] { "score", "u.csv", "--out" }, "lỗi: --out cần có giá trị")]
    [InlineData("vi", new[] { "score", "u.csv", "--group-by", "khoi" }, "lỗi: 'khoi' không phải là giá trị của --group-by; hãy chọn group, none")]
    public async Task TheParsersOwnErrorsSpeakTheInterfaceLanguageAndExitWithTwo(string lang, string[] args, string firstLine)
    {
        var run = await Run(new[] { "--lang", lang }.Concat(args).ToArray());

        Assert.Equal((2, ""), (run.Code, run.Out));
        Assert.Equal(firstLine, run.Err.Replace("\r\n", "\n").Split('\n')[0]);
    }

    [Fact]
    public async Task VietnameseHelpHasNoEnglishLabelsFromTheParser()
    {
        var run = await Run("compare", "--help", "--lang", "vi");

        Assert.True(run.Code == 0, run.Out);
        Assert.Contains(" compare <UNITS> [tùy chọn]", run.Out, StringComparison.Ordinal);
        Assert.Contains("(BẮT BUỘC)", run.Out, StringComparison.Ordinal);
        Assert.Contains("[mặc định: 5]", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("REQUIRED", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("default:", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("[options]", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("criteria", "show", "distrct-hatinh-52-2019")]
    [InlineData("template", "--criteria", "distrct-hatinh-52-2019")]
    public async Task AMistypedShippedSetIdGetsASuggestion(params string[] args)
    {
        var run = await Run(args);

        Assert.Equal((2, ""), (run.Code, run.Out));
        Assert.StartsWith("error: distrct-hatinh-52-2019: neither a file nor a shipped criteria set id (shipped: commune-2025, ", run.Err, StringComparison.Ordinal);
        Assert.Contains("; did you mean 'district-hatinh-52-2019'", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryCommandOptionAndArgumentIsDescribedInVietnamese()
    {
        var english = Descriptions(System.Globalization.CultureInfo.GetCultureInfo("en"));
        var vietnamese = Descriptions(System.Globalization.CultureInfo.GetCultureInfo("vi"));

        Assert.Equal(english.Keys.OrderBy(k => k, StringComparer.Ordinal), vietnamese.Keys.OrderBy(k => k, StringComparer.Ordinal));
        var untranslated = english.Where(e => string.IsNullOrWhiteSpace(e.Value) || e.Value == vietnamese[e.Key]).Select(e => e.Key).ToArray();
        Assert.True(untranslated.Length == 0, "described in English only (or not at all): " + string.Join(", ", untranslated));
    }

    /// <summary>"score --criteria" → its description, for every command, option and argument of the tree built in <paramref name="culture"/>.</summary>
    private static System.Collections.Generic.Dictionary<string, string> Descriptions(System.Globalization.CultureInfo culture)
    {
        var (ui, current) = (System.Globalization.CultureInfo.CurrentUICulture, System.Globalization.CultureInfo.CurrentCulture);
        try
        {
            CliApp.UseLanguage(culture);
            var all = new System.Collections.Generic.Dictionary<string, string>(StringComparer.Ordinal);
            void Walk(System.CommandLine.Command command, string path)
            {
                all[path] = command.Description ?? "";
                foreach (var o in command.Options)
                {
                    all[path + " " + o.Name] = o.Description ?? "";
                }

                foreach (var a in command.Arguments)
                {
                    all[path + " <" + a.Name + ">"] = a.Description ?? "";
                }

                foreach (var c in command.Subcommands)
                {
                    Walk(c, path + " " + c.Name);
                }
            }

            Walk(CliApp.BuildRoot(new CliContext(TextWriter.Null, TextWriter.Null)), "parindex");
            return all;
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = ui;
            System.Globalization.CultureInfo.CurrentCulture = current;
        }
    }

    [Theory]
    [InlineData("src/ParIndex.Cli/README.md", null)]
    [InlineData("README.md", "## Usage\n")]
    public async Task EveryReadmeExampleRunsAfterSample(string readme, string? section)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), readme)).Replace("\r\n", "\n");
        if (section is not null)
        {
            text = text.Substring(text.IndexOf(section, StringComparison.Ordinal));
            text = text.Substring(0, text.IndexOf("\n## ", 3, StringComparison.Ordinal));
        }

        var examples = Regex.Matches(text, "```sh\n(.*?)```", RegexOptions.Singleline)
            .SelectMany(m => m.Groups[1].Value.Split('\n'))
            .Select(l => Regex.Replace(l, @"\s+#.*$", "").Trim())
            .Where(l => l.StartsWith("parindex ", StringComparison.Ordinal))
            .ToArray();
        Assert.True(examples.Length >= 5, string.Join("\n", examples));
        Assert.StartsWith("parindex sample --out sample", examples[0], StringComparison.Ordinal);

        foreach (var example in examples)
        {
            // Files in the example (sample/…, results.csv) go to this test's folder; "sample" alone is the command or --out's folder.
            var words = Regex.Split(example.Substring("parindex ".Length), @"\s+");
            var args = words
                .Select((a, i) => a.StartsWith("sample/", StringComparison.Ordinal) || (a == "sample" && i > 0 && words[i - 1] == "--out")
                    || Regex.IsMatch(a, @"^[\w.-]+\.(csv|json|yaml|html|docx|xlsx)$") ? Path.Combine(dir, a) : a)
                .ToArray();
            var run = await Run(args);
            Assert.True(run.Code == 0, $"{readme}: '{example}' exited with {run.Code}: {run.Err}");
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ParIndex.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("the repository root (ParIndex.sln) was not found");
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
