using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace ParIndex.Cli.Tests.Commands;

public sealed class CriteriaCommandsTests : IDisposable
{
    private const string Good = """
        format: 1
        id: cli-test
        name: "Bộ chỉ số thử"
        decision: "1/2024/QĐ-UBND"
        level: commune
        year: 2024
        max: 10
        bands: [ { name: "Tốt", min: 90 }, { name: "Yếu", min: 0 } ]
        areas:
          - code: "1"
            name: "Chỉ đạo điều hành"
            max: 6
            children:
              - { code: "1.1", name: "Kế hoạch", max: 2, rule: yes_no }
              - { code: "1.2", name: "Báo cáo", max: 4, not_applicable: exclude, rule: { kind: choice, options: { "Đúng hạn": 4, "Chậm": 2 } } }
          - { code: "2", name: "Khảo sát", max: 4, source: survey, rule: { kind: ratio } }
          - code: "D"
            name: "Điểm trừ"
            block: deduction
            max: -2
            children:
              - { code: "D.1", name: "Vi phạm", max: -2, rule: { kind: count, per: 0.5 } }
        """;

    private const string Bad = """
        format: 1
        id: cli-test
        name: T
        level: town
        max: 10
        areas:
          - code: "1"
            name: A
            max: 12
            children:
              - { code: "1.1", name: a, max: 5, rule: yes_no }
        """;

    private readonly string directory = Path.Combine(Path.GetTempPath(), "parindex-cli-test-" + Guid.NewGuid().ToString("N"));

    public CriteriaCommandsTests() => Directory.CreateDirectory(directory);

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        return await CliRun.RunAsync(args);
    }

    private static string[] Lines(string text) => text.Split(new[] { Environment.NewLine }, StringSplitOptions.None).Where(l => l.Length > 0).ToArray();

    [Fact]
    public async Task Validate_GoodFile_PrintsASummaryAndExitsZero()
    {
        var path = Write("good.yaml", Good);

        var (code, output, error) = await Run("criteria", "validate", path);

        Assert.Equal(0, code);
        Assert.Equal($"{path}: ok (cli-test: 3 areas, 0 inner criteria, 4 leaves, max 10){Environment.NewLine}", output);
        Assert.Equal("", error);
    }

    [Fact]
    public async Task Validate_BadFile_PrintsEveryDiagnosticOnStandardErrorAndExitsTwo()
    {
        var path = Write("bad.yaml", Bad);

        var (code, output, error) = await Run("criteria", "validate", path);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal(
            new[]
            {
                $"error: {path}:4:8: 'level' must be one of: ministry, province, department, district, commune; not 'town'",
            },
            Lines(error));
    }

    [Fact]
    public async Task Validate_FileWhoseChildrenDoNotAddUp_ReportsThePositionOfTheParentMax()
    {
        var path = Write("bad.yaml", Bad.Replace("level: town", "level: commune"));

        var (code, output, error) = await Run("criteria", "validate", path);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal(new[] { $"error: {path}:9:10: children of '1' add up to 5 but its max is 12" }, Lines(error));
    }

    [Fact]
    public async Task Validate_SeveralFiles_ChecksEachAndFailsIfAnyFails()
    {
        var good = Write("good.yaml", Good);
        var bad = Write("bad.yaml", Bad);

        var (code, output, error) = await Run("criteria", "validate", good, bad);

        Assert.Equal(2, code);
        Assert.StartsWith($"{good}: ok", output);
        Assert.StartsWith($"error: {bad}:4:8: ", error);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("deep")]
    [InlineData("binary")]
    public async Task Validate_GarbageFile_GivesAClearErrorWithoutAStackTrace(string kind)
    {
        var path = Path.Combine(directory, kind + ".yaml");
        switch (kind)
        {
            case "garbage":
                File.WriteAllText(path, "{ this is: [not, closed\n");
                break;
            case "deep":
                File.WriteAllText(path, new string('[', 100_000) + new string(']', 100_000));
                break;
            default:
                File.WriteAllBytes(path, Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 256)).ToArray());
                break;
        }

        var (code, output, error) = await Run("criteria", "validate", path);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith($"error: {path}:", error);
        Assert.DoesNotContain("   at ", error);
        Assert.DoesNotContain("Exception", error);
        Assert.DoesNotContain("unexpected error", error);
    }

    [Fact]
    public async Task Validate_DeepNesting_IsRefusedWithItsPosition()
    {
        var path = Write("deep.yaml", new string('[', 100_000) + new string(']', 100_000));

        var (_, _, error) = await Run("criteria", "validate", path);

        Assert.Equal(new[] { $"error: {path}:1:65: lists and mappings are nested more than 64 levels deep" }, Lines(error));
    }

    [Fact]
    public async Task Validate_MissingFile_ExitsTwo()
    {
        var path = Path.Combine(directory, "missing.yaml");

        var (code, output, error) = await Run("criteria", "validate", path);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal(new[] { $"error: {path}: file not found" }, Lines(error));
    }

    [Fact]
    public async Task Validate_WithoutAFile_IsAUsageErrorWithExitCodeTwo()
    {
        var (code, output, error) = await Run("criteria", "validate");

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith("error: ", error);
        Assert.Contains("'parindex criteria validate --help'", error);
    }

    [Fact]
    public async Task Show_PrintsTheSettingsAndTheTree()
    {
        var path = Write("good.yaml", Good);

        var (code, output, error) = await Run("criteria", "show", path);

        Assert.Equal(0, code);
        Assert.Equal("", error);
        var lines = Lines(output);
        Assert.Equal("Bộ chỉ số thử (cli-test)", lines[0]);
        Assert.Equal("Decision: 1/2024/QĐ-UBND", lines[1]);
        Assert.Equal("Level: commune, year 2024; max 10 points; reported to 2 decimals", lines[2]);
        Assert.Equal("Bands: Tốt ≥ 90, Yếu ≥ 0", lines[3]);
        Assert.Equal("Code  Name                  Max  Source  N/A      Rule", lines[4]);
        Assert.Equal("----  --------------------  ---  ------  -------  ---------------------------", lines[5]);
        Assert.Equal("1     Chỉ đạo điều hành       6", lines[6]);
        Assert.Equal("1.1     Kế hoạch              2  self             yes_no: có 2 / không 0", lines[7]);
        Assert.Equal("1.2     Báo cáo               4  self    exclude  choice: Đúng hạn 4 / Chậm 2", lines[8]);
        Assert.Equal("2     Khảo sát                4  survey           ratio: 4 × value / 100", lines[9]);
        Assert.Equal("D     Điểm trừ [deduction]   -2", lines[10]);
        Assert.Equal("D.1     Vi phạm              -2  self             count: 0.5 each, up to 2", lines[11]);
        Assert.Equal(
            "Source: self = self-assessed, survey = from the survey results. N/A (không phát sinh): full = full points, exclude = left out of the maximum; blank = not allowed. Rule: how a value becomes points.",
            string.Join(" ", lines.Skip(12).Select(l => l.Trim())));
    }

    [Fact]
    public async Task Show_NamesTheLevelAndTheRulesInVietnamese()
    {
        var path = Write("good.yaml", Good);

        var (code, output, error) = await Run("criteria", "show", path, "--lang", "vi");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        var lines = Lines(output);
        Assert.Equal("Cấp: xã, năm 2024; tối đa 10 điểm; công bố đến 2 chữ số thập phân", lines[2]);
        Assert.EndsWith("self             có/không: có 2 điểm / không 0 điểm", lines[7], StringComparison.Ordinal);
        Assert.EndsWith("exclude  lựa chọn: Đúng hạn 4 / Chậm 2", lines[8], StringComparison.Ordinal);
        Assert.EndsWith("tỷ lệ: 4 × giá trị / 100", lines[9], StringComparison.Ordinal);
        Assert.EndsWith("đếm số lần: 0.5 mỗi lần, tối đa 2", lines[11], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_BadFile_ExitsTwoWithTheDiagnostics()
    {
        var path = Write("bad.yaml", Bad);

        var (code, output, error) = await Run("criteria", "show", path);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal(new[] { $"error: {path}:4:8: 'level' must be one of: ministry, province, department, district, commune; not 'town'" }, Lines(error));
    }

    [Fact]
    public async Task List_ExitsZeroAndPrintsATable()
    {
        var (code, output, error) = await Run("criteria", "list");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.StartsWith("Id", output);
    }
}
