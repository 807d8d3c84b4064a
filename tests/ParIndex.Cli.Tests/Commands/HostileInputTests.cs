using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace ParIndex.Cli.Tests.Commands;

/// <summary>
/// Hostile and careless inputs of issue 15 through the whole tool (in process, or the AOT binary with
/// PARINDEX_TEST_EXECUTABLE): each is exit code 2 with the exact message, no stack trace and no output file.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private const string NotText = "byte 1 of the first line is a NUL byte (U+0000), so this is not a text file (a device such as /dev/zero, a binary file, or UTF-16 text); give the CSV or YAML file itself, saved as UTF-8";

    private const string Unsized = "more than {0} bytes read from an input without a known size (a device, a pipe or a growing file); raise the limit with --limit bytes=N (library: {1})";

    private readonly CliFixture f = new();

    public void Dispose() => f.Dispose();

    private static string Examples(string name) => Path.Combine(AppContext.BaseDirectory, "examples", name);

    private async Task AssertRefused(string[] args, string expectedError, params string[] outputs)
    {
        var (code, output, error) = await f.Run(args);

        Assert.Equal((2, "", expectedError), (code, output, error));
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.All(outputs, o => Assert.False(File.Exists(o), $"{o} was written"));
    }

    // ------------------------------------------------------------------ /dev/zero as every kind of input

    [Fact]
    public async Task DevZeroAsAScenario_IsRefusedAtItsFirstByte()
    {
        await AssertRefused(
            [.. f.Round("--scenario", "/dev/zero", "--out", f.P("c.csv")).Select(a => a == "score" ? "compare" : a)],
            "error: /dev/zero: " + NotText + "\n",
            f.P("c.csv"));
    }

    [Fact]
    public async Task DevZeroAsAnAppraisalRound_IsRefusedAtItsFirstByte()
    {
        await AssertRefused(
            ["score", f.P("units.csv"), "--criteria", f.P("criteria.yaml"), "-a", "/dev/zero", "-s", f.P("survey.csv"), "--limit", "bytes=2000000", "--out", f.P("r.csv")],
            "error: /dev/zero: " + NotText + "\n",
            f.P("r.csv"));
    }

    [Fact]
    public async Task DevZeroAsPreviousResults_IsRefusedAtItsFirstByte()
    {
        await AssertRefused(
            [.. f.Round("--previous", "/dev/zero", "--limit", "bytes=2000000", "--out", f.P("r.csv")).Select(a => a == "score" ? "rank" : a)],
            "error: /dev/zero: " + NotText + "\n",
            f.P("r.csv"));
    }

    [Fact]
    public async Task DevZeroAsAWeightsFile_IsRefusedAtItsFirstByte()
    {
        await AssertRefused(
            [.. f.Round("--weights-file", "/dev/zero", "--limit", "bytes=2000000", "--out", f.P("u.csv")).Select(a => a == "score" ? "uncertainty" : a)],
            "error: /dev/zero: " + NotText + "\n",
            f.P("u.csv"));
    }

    [Fact]
    public async Task DevZeroAsPreviousResults_WithTheDefaultLimit_EndsAtItsFirstByte()
    {
        await AssertRefused(
            [.. f.Round("--previous", "/dev/zero", "--out", f.P("r.csv")).Select(a => a == "score" ? "rank" : a)],
            "error: /dev/zero: " + NotText + "\n",
            f.P("r.csv"));
    }

    // ------------------------------------------------------------------ a folder given as an input

    [Theory]
    [InlineData("UNITS")]
    [InlineData("--appraisal")]
    [InlineData("--survey")]
    [InlineData("--criteria")]
    [InlineData("--previous")]
    public async Task AFolderGivenAsAnyInput_IsNamedAsAFolder_NotAMissingFile(string input)
    {
        Directory.CreateDirectory(f.P("folder"));
        var args = new List<string> { "rank", input == "UNITS" ? f.P("folder") : f.P("units.csv"), "--lang", "en", "--out", f.P("r.csv") };
        if (input != "--criteria")
        {
            args.AddRange(new[] { "--criteria", f.P("criteria.yaml") });
        }

        if (input != "--survey")
        {
            args.AddRange(new[] { "--survey", f.P("survey.csv") });
        }

        if (input != "UNITS")
        {
            args.AddRange(new[] { input, f.P("folder") });
        }

        await AssertRefused([.. args], $"error: {f.P("folder")}: is a folder, not a file; give the file inside it\n", f.P("r.csv"));
    }

    // ------------------------------------------------------------------ an input the user may not read

    [SkippableFact]
    public async Task AnUnreadableInput_IsNamedAsUnreadable()
    {
        if (OperatingSystem.IsWindows())
        {
            throw new SkipException("file modes are POSIX; Windows denies through ACLs");
        }

        File.Copy(Examples("units.csv"), f.P("locked.csv"));
        File.SetUnixFileMode(f.P("locked.csv"), UnixFileMode.None);
        Skip.If(CanRead(f.P("locked.csv")), "running as root (or with CAP_DAC_OVERRIDE), which reads a file of mode 000 anyway; "
            + "ParIndex.Core.Tests InputFileTests.AFileWithoutReadPermission_IsNamedAsSuch_WhetherOpeningOrReadingIsDenied checks the same message through InputFile's open seam");

        await AssertRefused(
            ["score", f.P("locked.csv"), "-a", Examples("appraisal.csv"), "-s", Examples("survey.csv"), "--out", f.P("r.csv")],
            $"error: {f.P("locked.csv")}: no permission to read the file\n",
            f.P("r.csv"));
    }

    private static bool CanRead(string path)
    {
        try
        {
            using (File.OpenRead(path))
            {
                return true;
            }
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    // ------------------------------------------------------------------ --limit reaches every input and command

    [Fact]
    public async Task DevZeroAsResponses_IsRefusedAtItsFirstByte()
    {
        await AssertRefused(
            ["score", Examples("units.csv"), "-a", Examples("appraisal.csv"), "--responses", "/dev/zero", "--limit", "bytes=2000000", "--out", f.P("r.csv")],
            "error: /dev/zero: " + NotText + "\n",
            f.P("r.csv"));
    }

    [Fact]
    public async Task AnEndlessPipeOfText_AsResponsesOrAnAppraisalRound_StopsAtTheByteLimit()
    {
        // Text for ever (a runaway program writing into a named pipe): nothing is wrong before the byte limit.
        using (var pipe = EndlessPipe.Create(f.P("responses.pipe"), "unit_id,respondent_id,group,C1\n"))
        {
            await AssertRefused(
                ["score", Examples("units.csv"), "-a", Examples("appraisal.csv"), "--responses", pipe.Path, "--limit", "bytes=2000000", "--out", f.P("r.csv")],
                $"error: {pipe.Path}: " + string.Format(Unsized, "2,000,000", "ReadLimits.MaxBytes") + "\n",
                f.P("r.csv"));
        }

        using (var pipe = EndlessPipe.Create(f.P("appraisal.pipe"), "unit_id,criterion,delta,reason\n"))
        {
            await AssertRefused(
                ["score", Examples("units.csv"), "-a", pipe.Path, "--limit", "bytes=2000000", "--out", f.P("r.csv")],
                $"error: {pipe.Path}: " + string.Format(Unsized, "2,000,000", "ReadLimits.MaxBytes") + "\n",
                f.P("r.csv"));
        }
    }

    [Fact]
    public async Task TheRowLimit_ReachesResponses()
    {
        await AssertRefused(
            ["score", Examples("units.csv"), "-a", Examples("appraisal.csv"), "--responses", Examples("responses.csv"), "--limit", "rows=50", "--out", f.P("r.csv")],
            $"error: {Examples("responses.csv")}:52:1: more than 50 rows; raise the limit with --limit rows=N (library: ReadLimits.MaxRows)\n",
            f.P("r.csv"));
    }

    [Fact]
    public async Task TheSurveyCommand_TakesLimits_ForItsResponses()
    {
        await AssertRefused(
            ["survey", "/dev/zero", "--limit", "bytes=2000000", "--out", f.P("s.csv")],
            "error: /dev/zero: " + NotText + "\n",
            f.P("s.csv"));
        await AssertRefused(
            ["survey", Examples("responses.csv"), "--limit", "rows=3", "--out", f.P("s.csv")],
            $"error: {Examples("responses.csv")}:5:1: more than 3 rows; raise the limit with --limit rows=N (library: ReadLimits.MaxRows)\n",
            f.P("s.csv"));
    }

    [Fact]
    public async Task TheColumnLimit_ReachesResponses_AndNamesTheRow_NotAColumnWithinIt()
    {
        // A wide-form responses file of 10 columns (3 reserved + 7 questions) under a limit of 2: the message is
        // about the row, so it is located at column 1, as the row limit is (it once named column 3, the "group" column,
        // which is fine).
        await AssertRefused(
            ["survey", Examples("responses.csv"), "--limit", "columns=2", "--out", f.P("s.csv")],
            $"error: {Examples("responses.csv")}:1:1: a row of 10 columns; the limit is 2 (raise it with --limit columns=N; library: ReadLimits.MaxColumns)\n",
            f.P("s.csv"));
    }

    [Fact]
    public async Task TheSurveyCommand_TakesLimits_ForItsPopulation()
    {
        // The responses' longest cell has 13 characters; the population file's unit id has 50.
        f.Write("population.csv", $"unit_id,group,population\n{new string('H', 50)},can-bo,198\n");

        await AssertRefused(
            ["survey", Examples("responses.csv"), "--population", f.P("population.csv"), "--limit", "cell=40", "--out", f.P("s.csv")],
            $"error: {f.P("population.csv")}:2:1: a cell of 50 characters; the limit is 40 (raise it with --limit cell=N; library: ReadLimits.MaxCellLength)\n",
            f.P("s.csv"));
    }

    [Theory]
    [InlineData("criteria", "validate")]
    [InlineData("criteria", "show")]
    [InlineData("template", "--criteria")]
    public async Task TheByteLimit_ReachesTheCriteriaAndTemplateCommands(string command, string sub)
    {
        await AssertRefused(
            [command, sub, f.P("criteria.yaml"), "--limit", "bytes=100"],
            $"error: {f.P("criteria.yaml")}: the file is larger than the limit of 100 bytes; raise the limit with --limit bytes=N (library: CriteriaLoadOptions.MaxFileBytes)\n");
    }

    [Fact]
    public async Task TheByteLimit_ReachesSurveyDefinitions_BothWays()
    {
        // The shipped definition with a 4.2 MB comment after it: over the 4 MiB default, under a raised limit.
        var definition = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "criteria", "surveys", "district-hatinh-52-2019.yaml"));
        f.Write("definition.yaml", definition + "\n#" + new string('x', 4_200_000) + "\n");
        var size = new FileInfo(f.P("definition.yaml")).Length;

        await AssertRefused(
            ["survey", Examples("responses.csv"), "--definition", f.P("definition.yaml"), "--out", f.P("s.csv")],
            $"error: {f.P("definition.yaml")}: the file is larger than the limit of 4,194,304 bytes; raise the limit with --limit bytes=N (library: SurveyDefinitionLoader.Load(path, set, maxFileBytes))\n",
            f.P("s.csv"));
        await AssertRefused(
            ["score", Examples("units.csv"), "-a", Examples("appraisal.csv"), "--responses", Examples("responses.csv"), "--survey-definition", f.P("definition.yaml"), "--limit", "bytes=1000", "--out", f.P("r.csv")],
            $"error: {f.P("definition.yaml")}: the file is larger than the limit of 1,000 bytes; raise the limit with --limit bytes=N (library: SurveyDefinitionLoader.Load(path, set, maxFileBytes))\n",
            f.P("r.csv"));

        var (code, _, error) = await f.Run("survey", Examples("responses.csv"), "--definition", f.P("definition.yaml"), "--limit", $"bytes={size}", "--out", f.P("s.csv"));

        Assert.Equal((0, ""), (code, error));
        Assert.True(File.Exists(f.P("s.csv")));
    }

    [Fact]
    public async Task TheTemplateCommand_WithARaisedLimit_WritesTheTemplate()
    {
        var (code, _, error) = await f.Run("template", "--criteria", f.P("criteria.yaml"), "--limit", "bytes=100000", "--out", f.P("t.csv"));

        Assert.Equal((0, $"wrote {f.P("t.csv")} and {f.P("t.guide.csv")}\n"), (code, error));
        Assert.Equal("unit_id,unit_name,group,1.1,1.2,D.1\n", File.ReadAllText(f.P("t.csv")).Replace("\r\n", "\n"));
    }

    // ------------------------------------------------------------------ invisible characters inside a CSV

    [Fact]
    public async Task ANulByteInsideAUnitId_IsRefusedWithItsPositionAndCodePoint()
    {
        f.Write("units.csv", "unit_id,unit_name,group,1.1,1.2,D.1\nX1\0,Xã Một,xa,1,90,0\nX2,Xã Hai,xa,0,100,1\n");

        await AssertRefused(
            f.Round("--out", f.P("r.csv")),
            $"error: {f.P("units.csv")}:2:1: unit_id 'X1<U+0000>' contains the invisible or control character U+0000 at character 3; retype it without that character\n" +
            $"error: {f.P("round1.csv")}: not checked, because {f.P("units.csv")} has errors; fix those first\n" +
            $"error: {f.P("survey.csv")}: not checked, because {f.P("units.csv")} has errors; fix those first\n",
            f.P("r.csv"));
    }

    [Fact]
    public async Task TwoCsvFilesPastedTogether_TheSecondByteOrderMarkIsRefusedWithItsPosition()
    {
        // The second file's rows follow the first's, its byte-order mark now in the middle of the file.
        var first = "unit_id,unit_name,group,1.1,1.2,D.1\nX1,Xã Một,xa,1,90,0\n";
        File.WriteAllBytes(f.P("units.csv"), [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(first), .. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("X2,Xã Hai,xa,0,100,1\n")]);

        await AssertRefused(
            f.Round("--out", f.P("r.csv")),
            $"error: {f.P("units.csv")}:3:1: unit_id '<U+FEFF>X2' contains the invisible or control character U+FEFF at character 1; retype it without that character\n" +
            $"error: {f.P("round1.csv")}: not checked, because {f.P("units.csv")} has errors; fix those first\n" +
            $"error: {f.P("survey.csv")}: not checked, because {f.P("units.csv")} has errors; fix those first\n",
            f.P("r.csv"));
    }

    [Fact]
    public async Task ANulByteInAnAppraisalRoundsUnitId_IsRefused_NotReportedAsAnUnknownLookalike()
    {
        f.Write("round1.csv", "unit_id,code,value,points,delta,reason\nX1\0,1.2,80,,,tính lại tỷ lệ\n");

        await AssertRefused(
            f.Round("--out", f.P("r.csv")),
            $"error: {f.P("round1.csv")}:2:1: unit_id 'X1<U+0000>' contains the invisible or control character U+0000 at character 3; retype it without that character\n",
            f.P("r.csv"));
    }

    // ------------------------------------------------------------------ YAML: one error for an alias bomb; capped lists

    private static string AliasBomb(string head)
    {
        var sb = new StringBuilder(head).Append("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < 9; i++)
        {
            sb.Append($"a{i}: &a{i} [").Append(string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9))).Append("]\n");
        }

        return sb.ToString();
    }

    [Fact]
    public async Task AYamlAliasBomb_AsCriteria_IsOneError()
    {
        f.Write("bomb.yaml", AliasBomb("format: 1\nid: bomb\n"));

        await AssertRefused(["criteria", "validate", f.P("bomb.yaml")], $"error: {f.P("bomb.yaml")}:3:5: YAML anchors are not supported (&a0); write the content out\n");
        await AssertRefused(
            ["score", f.P("units.csv"), "--criteria", f.P("bomb.yaml"), "--out", f.P("r.csv")],
            $"error: {f.P("bomb.yaml")}:3:5: YAML anchors are not supported (&a0); write the content out\n",
            f.P("r.csv"));
    }

    [Fact]
    public async Task AYamlAliasBomb_AsAScenario_IsOneError()
    {
        f.Write("bomb.yaml", AliasBomb("format: 1\nname: x\n"));

        await AssertRefused(
            [.. f.Round("--scenario", f.P("bomb.yaml"), "--out", f.P("c.csv")).Select(a => a == "score" ? "compare" : a)],
            $"error: {f.P("bomb.yaml")}:3:5: YAML anchors are not supported (&a0); write the content out\n",
            f.P("c.csv"));
    }

    [Fact]
    public async Task CriteriaValidate_CapsTheErrorsOfAFileAtTwenty()
    {
        var yaml = new StringBuilder("format: 1\nid: many\nname: M\nlevel: commune\nmax: 30\nareas:\n  - code: \"1\"\n    name: A\n    max: 30\n    children:\n");
        for (var i = 1; i <= 30; i++)
        {
            yaml.Append($"      - {{ code: \"1.{i}\", name: L{i}, max: 1, rule: yes_no, colour: red }}\n");
        }

        f.Write("many.yaml", yaml.ToString());

        var (code, output, error) = await f.Run("criteria", "validate", f.P("many.yaml"));

        var lines = error.TrimEnd('\n').Split('\n');
        Assert.Equal((2, ""), (code, output));
        Assert.Equal(21, lines.Length);
        Assert.Equal($"error: {f.P("many.yaml")}:11:56: unknown key 'colour' in '1.1'; expected one of: code, name, description, max, weight, block, source, not_applicable, children, rule", lines[0]);
        Assert.Equal("error: … and 10 more problems; fix the ones above and run again", lines[20]);
    }

    // ------------------------------------------------------------------ option and value ranges

    [Theory]
    [InlineData("explain")]
    [InlineData("rank")]
    public async Task ANegativeTop_IsRefused_AndWritesNothing(string command)
    {
        string[] args = command == "explain"
            ? ["explain", f.P("units.csv"), "--criteria", f.P("criteria.yaml"), "-s", f.P("survey.csv"), "--unit", "X1", "--top", "-5", "--out", f.P("o.txt")]
            : ["rank", f.P("units.csv"), "--criteria", f.P("criteria.yaml"), "-s", f.P("survey.csv"), "--top", "-5", "--out", f.P("o.txt")];

        await AssertRefused(args, "error: --top must be 0 or more, not -5\n", f.P("o.txt"));
    }

    [Theory]
    [InlineData("250")]
    [InlineData("250%")]
    [InlineData("110,7 %")]
    public async Task ARatioValueAbove100_IsFullPoints_AsDocumented(string value)
    {
        // docs/input-format.md: a ratio measures achievement against a target or plan, which may be exceeded (the
        // shipped district set's 9.3.4, new businesses against the plan, 110.7 % in examples/units.csv); from the
        // target up the leaf has full points, and the template's guide says so ("value ≥ 0, full points from 100").
        f.Write("units.csv", $"unit_id,unit_name,group,1.1,1.2,D.1\nX1,Xã Một,xa,1,\"{value}\",0\nX2,Xã Hai,xa,0,100,1\n");

        var (code, _, error) = await f.Run("score", f.P("units.csv"), "--criteria", f.P("criteria.yaml"), "-s", f.P("survey.csv"), "--format", "json", "--out", f.P("r.json"));

        Assert.Equal((0, ""), (code, error));
        Assert.Contains("\"unit_id\": \"X1\",\n      \"unit_name\": \"Xã Một\",\n      \"group\": \"xa\",\n      \"rank\": 1,\n      \"self_points\": 6.00,", File.ReadAllText(f.P("r.json")).Replace("\r\n", "\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANegativeRatioValue_IsRefusedWithItsPosition()
    {
        f.Write("units.csv", "unit_id,unit_name,group,1.1,1.2,D.1\nX1,Xã Một,xa,1,-5,0\nX2,Xã Hai,xa,0,100,1\n");

        await AssertRefused(
            f.Round("--out", f.P("r.csv")),
            $"error: {f.P("units.csv")}:2:5: unit 'X1': -5 is negative for '1.2'\n" +
            $"error: {f.P("round1.csv")}: not checked, because {f.P("units.csv")} has errors; fix those first\n" +
            $"error: {f.P("survey.csv")}: not checked, because {f.P("units.csv")} has errors; fix those first\n",
            f.P("r.csv"));
    }

    // ------------------------------------------------------------------ a right-to-left override in a unit name

    [Fact]
    public async Task AnRtlOverrideInAUnitName_IsShownAsItsCodePoint_InTheTable()
    {
        f.Write("units.csv", "unit_id,unit_name,group,1.1,1.2,D.1\nX1,Xã \u202EMột,xa,1,90,0\nX2,Xã Hai,xa,0,100,1\n");

        var (code, output, _) = await f.Run(f.Round());

        Assert.Equal(0, code);
        Assert.DoesNotContain("\u202E", output, StringComparison.Ordinal);
        var row = Assert.Single(output.Split('\n'), l => l.Contains(" X1 ", StringComparison.Ordinal));
        Assert.Matches(@"^\s+1\s+X1\s+Xã <U\+202E>Một\s+xa\s+\d", row);
    }

    [Fact]
    public async Task AnRtlOverrideInAUnitName_IsShownAsItsCodePoint_InTheHtmlReport()
    {
        f.Write("units.csv", "unit_id,unit_name,group,1.1,1.2,D.1\nX1,Xã \u202EMột,xa,1,90,0\nX2,Xã Hai,xa,0,100,1\n");

        var (code, _, _) = await f.Run(f.Round("--format", "html", "--out", f.P("r.html")));
        var html = File.ReadAllText(f.P("r.html"));

        Assert.Equal(0, code);
        Assert.DoesNotContain("\u202E", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td class=\"n\">1<td>X1<td>Xã &lt;U+202E&gt;Một<td class=\"n\">", html, StringComparison.Ordinal);
        Assert.Contains("<text class=\"label\" x=\"80\" y=\"49\" text-anchor=\"end\">1. Xã &lt;U+202E&gt;Một</text>", html, StringComparison.Ordinal);
        Assert.Contains("<title>Xã &lt;U+202E&gt;Một (X1): 5.20</title>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnRtlOverrideInAUnitName_IsKeptAsReadInTheCsvOutput()
    {
        f.Write("units.csv", "unit_id,unit_name,group,1.1,1.2,D.1\nX1,Xã \u202EMột,xa,1,90,0\nX2,Xã Hai,xa,0,100,1\n");

        var (code, output, _) = await f.Run(f.Round("--format", "csv"));

        Assert.Equal(0, code);
        Assert.Contains(",Xã \u202EMột,", output, StringComparison.Ordinal);
    }
}
