using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace ParIndex.Cli.Tests.Commands;

/// <summary>--format html and docx: the CLI only dispatches to ParIndex.Reports (tested there); these pin the options and errors.</summary>
public class ReportFormatTests : IDisposable
{
    private static readonly string Examples = Path.Combine(AppContext.BaseDirectory, "examples");
    private readonly string folder = Directory.CreateTempSubdirectory("parindex-report-").FullName;

    public void Dispose() => Directory.Delete(folder, true);

    private static string Ex(string file) => Path.Combine(Examples, file);

    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        return await CliRun.RunAsync(args);
    }

    private static string[] Round(string command, params string[] more) =>
        new[] { command, Ex("units.csv"), "-a", Ex("appraisal.csv"), "-s", Ex("survey.csv") }.Concat(more).ToArray();

    [Fact]
    public async Task ScoreWritesTheHtmlReportWithEveryScorecardToOut()
    {
        var file = Path.Combine(folder, "report.html");
        var (code, output, error) = await Run(Round("score", "--format", "html", "--out", file));
        Assert.Equal((0, "", ""), (code, output, error));
        var html = File.ReadAllText(file, Encoding.UTF8);
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Equal(13, html.Split("<article class=\"scorecard\"").Length - 1);
        Assert.Empty(Directory.GetFiles(folder, ".*.tmp"));
    }

    [Fact]
    public async Task RankHtmlToStandardOutputWithChosenScorecards()
    {
        var (code, output, error) = await Run(Round("rank", "--format", "html", "--scorecards", "HT-VQ, HT-TP"));
        Assert.Equal((0, ""), (code, error));
        Assert.Equal(new[] { "sc-HT-TP", "sc-HT-VQ" }, output.Split("<article class=\"scorecard\" id=\"").Skip(1).Select(s => s.Substring(0, s.IndexOf('"'))));
    }

    [Theory]
    [InlineData("auto", 13)]
    [InlineData("all", 13)]
    [InlineData("none", 0)]
    public async Task ScorecardsAutoAllAndNone(string value, int expected)
    {
        var (code, output, error) = await Run(Round("score", "--format", "html", "--scorecards", value));
        Assert.Equal((0, ""), (code, error));
        Assert.Equal(expected, output.Split("<article class=\"scorecard\"").Length - 1);
        Assert.DoesNotContain("<th scope=\"row\">Scorecards<td>", output);
        Assert.DoesNotContain("<th scope=\"row\">Phiếu chấm điểm<td>", output);
    }

    [Fact]
    public async Task UnknownScorecardUnitIsAUsageError()
    {
        var file = Path.Combine(folder, "report.html");
        var (code, output, error) = await Run(Round("score", "--format", "html", "--out", file, "--scorecards", "HT-XX"));
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("--scorecards: unit 'HT-XX' is not in the self-assessment file", error);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task RankWritesTheWordAnnex()
    {
        var file = Path.Combine(folder, "annex.docx");
        var (code, _, error) = await Run(Round("rank", "--format", "docx", "--out", file));
        Assert.Equal((0, ""), (code, error));
        var bytes = File.ReadAllBytes(file);
        Assert.Equal((byte)'P', bytes[0]);
        Assert.Equal((byte)'K', bytes[1]);
    }

    [Fact]
    public async Task DocxWithoutOutIsAUsageErrorBeforeAnythingIsRead()
    {
        var (code, output, error) = await Run("rank", "missing.csv", "--format", "docx");
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("--format docx writes a file; give --out FILE", error);
    }

    [Fact]
    public async Task ExplainAllWritesWordScorecards()
    {
        var file = Path.Combine(folder, "scorecards.docx");
        var (code, _, error) = await Run(Round("explain", "--all", "--format", "docx", "--out", file));
        Assert.Equal((0, ""), (code, error));
        Assert.True(new FileInfo(file).Length > 10_000);
    }

    [Fact]
    public async Task ExplainOneUnitAsHtml()
    {
        var (code, output, error) = await Run(Round("explain", "--unit", "HT-CL", "--format", "html"));
        Assert.Equal((0, ""), (code, error));
        Assert.Single(output.Split("<article class=\"scorecard\"").Skip(1));
        Assert.Contains("id=\"sc-HT-CL\"", output);
    }

    [Theory]
    [InlineData("give the unit with --unit ID, or --all for every unit")]
    [InlineData("give either --unit ID or --all, not both", "--unit", "HT-CL", "--all")]
    public async Task ExplainNeedsExactlyOneOfUnitAndAll(string message, params string[] more)
    {
        var (code, output, error) = await Run(Round("explain", more));
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains(message, error);
    }

    [Fact]
    public async Task ExplainAllAsTableExplainsEveryUnitInRankingOrder()
    {
        var (code, output, error) = await Run(Round("explain", "--all"));
        Assert.Equal((0, ""), (code, error));
        Assert.Equal(13, output.Split("What it would take:").Length - 1);
        Assert.True(output.IndexOf("Thành phố Hà Tĩnh (HT-TP)", StringComparison.Ordinal) < output.IndexOf("Huyện Vũ Quang (HT-VQ)", StringComparison.Ordinal));
    }
}
