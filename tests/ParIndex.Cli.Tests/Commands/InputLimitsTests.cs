using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace ParIndex.Cli.Tests.Commands;

/// <summary>--limit NAME=N raises the read and work limits; every refusal is exit code 2 naming the limit, without a stack trace or output file.</summary>
public sealed class InputLimitsTests : IDisposable
{
    private readonly CliFixture f = new();

    public void Dispose() => f.Dispose();

    [Fact]
    public async Task DevZeroAsSelfAssessments_IsExitCode2_SayingItIsNotText_AndWritesNothing()
    {
        var (code, output, error) = await f.Run("score", "/dev/zero", "--criteria", f.P("criteria.yaml"), "--limit", "bytes=2000000", "--out", f.P("r.csv"));

        Assert.Equal((2, ""), (code, output));
        Assert.Equal("error: /dev/zero: byte 1 of the first line is a NUL byte (U+0000), so this is not a text file (a device such as /dev/zero, a binary file, or UTF-16 text); give the CSV or YAML file itself, saved as UTF-8\n", error);
        Assert.False(File.Exists(f.P("r.csv")));
    }

    [Fact]
    public async Task DevZeroAsCriteria_ForCriteriaValidate_IsExitCode2()
    {
        var (code, _, error) = await f.Run("criteria", "validate", "/dev/zero");

        Assert.Equal((2, "error: /dev/zero: byte 1 of the first line is a NUL byte (U+0000), so this is not a text file (a device such as /dev/zero, a binary file, or UTF-16 text); give the CSV or YAML file itself, saved as UTF-8\n"), (code, error));
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LimitUnits_RaisesAndLowersTheLimit()
    {
        var (lowered, _, error) = await f.Run([.. f.Round("--limit", "units=1")]);
        var (raised, _, _) = await f.Run([.. f.Round("--limit", "units=5", "--limit", "rows=100")]);

        Assert.Equal(2, lowered);
        Assert.StartsWith($"error: {f.P("units.csv")}:3:1: more than 1 units; raise the limit with --limit units=N (library: ReadLimits.MaxUnits)\n", error, StringComparison.Ordinal);
        Assert.Equal(0, raised);
    }

    [Theory]
    [InlineData("bytes")]
    [InlineData("bytes=-1")]
    [InlineData("memory=5")]
    [InlineData("rows=3000000000")]
    public async Task AMalformedLimit_IsAUsageError(string value)
    {
        var (code, output, error) = await f.Run([.. f.Round("--limit", value)]);

        Assert.Equal((2, ""), (code, output));
        Assert.Equal($"error: --limit {value}: give NAME=N with N a whole number of 1 or more and NAME one of bytes, cell, rows, columns, units, work, file-bytes, unpacked-bytes, zip-entries, cell-chars, shared-strings, styles\n", error);
    }

    [Theory]
    [InlineData("file-bytes=0")]
    [InlineData("styles=x")]
    [InlineData("zip-entries")]
    public async Task AMalformedWorkbookLimit_IsRefusedLikeEveryOtherLimit(string value)
    {
        var (code, output, error) = await f.Run([.. f.Round("--limit", value)]);

        Assert.Equal((2, ""), (code, output));
        Assert.Equal($"error: --limit {value}: give NAME=N with N a whole number of 1 or more and NAME one of bytes, cell, rows, columns, units, work, file-bytes, unpacked-bytes, zip-entries, cell-chars, shared-strings, styles\n", error);
    }

    [Fact]
    public async Task AMalformedWorkbookLimit_IsRefusedByACommandThatOpensNoWorkbook()
    {
        var (code, output, error) = await f.Run("criteria", "validate", f.P("criteria.yaml"), "--limit", "file-bytes=0");

        Assert.Equal((2, ""), (code, output));
        Assert.Equal("error: --limit file-bytes=0: give NAME=N with N a whole number of 1 or more and NAME one of bytes, cell, rows, columns, units, work, file-bytes, unpacked-bytes, zip-entries, cell-chars, shared-strings, styles\n", error);
    }

    [Fact]
    public async Task WorkbookLimits_AreReadLikeTheOtherLimits_InAnyCaseAndWithSeparators()
    {
        // ROWS and COLUMNS set both the CSV and the workbook limit; each reader must accept what the other accepts.
        var (code, _, error) = await f.Run([.. f.Round("--limit", "ROWS=1_000", "--limit", "Columns=500", "--limit", "FILE-BYTES=1_000_000", "--limit", "bytes=1_000_000")]);

        Assert.Equal((0, ""), (code, error));
    }

    [Fact]
    public async Task TheWorkLimitCountsTheSensitivityRuns()
    {
        // 2 areas perturbed: N × (d + 2) = 1,000 × 4 runs of 2 units.
        var (code, output, error) = await f.Run("uncertainty", f.P("units.csv"), "--criteria", f.P("criteria.yaml"), "-s", f.P("survey.csv"),
            "--runs", "1000", "--sensitivity", "--limit", "work=7999");

        Assert.Equal((2, ""), (code, output));
        Assert.Equal("error: 4,000 runs × 2 units = 8,000 unit scorings, more than the limit of 7,999; use fewer runs, or raise the limit with --limit work=N (library: UncertaintyOptions.MaxWork)\n", error);
    }

    [Fact]
    public async Task ThirtyMillionSensitivityRuns_AreRefusedByDefault_NotOutOfMemory()
    {
        var examples = Path.Combine(AppContext.BaseDirectory, "examples");

        var (code, output, error) = await f.Run("uncertainty", Path.Combine(examples, "units.csv"), "-a", Path.Combine(examples, "appraisal.csv"), "-s", Path.Combine(examples, "survey.csv"),
            "--runs", "30000000", "--sensitivity");

        Assert.Equal((2, ""), (code, output));
        Assert.Equal("error: 330,000,000 runs × 13 units = 4,290,000,000 unit scorings, more than the limit of 500,000,000; use fewer runs, or raise the limit with --limit work=N (library: UncertaintyOptions.MaxWork)\n", error);
    }

    [Fact]
    public async Task ErrorListsAreCappedAtTwenty_ThenCounted()
    {
        f.Write("units.csv", "unit_id,unit_name,group,1.1,1.2,D.1\n" + string.Concat(Enumerable.Range(0, 50).Select(i => $"X{i},x,xa,1,abc,0\n")));

        var (code, _, error) = await f.Run(f.Round());

        var lines = error.TrimEnd('\n').Split('\n');
        Assert.Equal(2, code);
        Assert.Equal(21, lines.Length);
        Assert.All(lines.Take(20), l => Assert.Contains(": unit 'X", l, StringComparison.Ordinal));
        Assert.Equal("error: … and 32 more problems; fix the ones above and run again", lines[20]);
    }

    [Fact]
    public async Task AFiveThousandCharacterUnitId_IsQuotedInEightyCharacters()
    {
        var id = new string('Q', 5_000);
        f.Write("round1.csv", $"unit_id,code,value,reason\n{id},1.2,80,x\n");

        var (code, _, error) = await f.Run(f.Round());

        Assert.Equal(2, code);
        Assert.Equal($"error: {f.P("round1.csv")}:2:1: unknown unit '{new string('Q', 80)}…' (5,000 characters): it is not among the self-assessed units\n", error);
    }
}
