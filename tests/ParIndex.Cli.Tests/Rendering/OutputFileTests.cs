using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ParIndex.Cli.Tests.Commands;

namespace ParIndex.Cli.Tests.Rendering;

/// <summary>Outputs never destroy: no silent replacement, never over an input, devices and pipes refused, all or nothing.</summary>
public sealed class OutputFileTests : IDisposable
{
    private const string LastYear = "official results 2024 — do not lose\n";
    private readonly CliFixture f = new();

    public void Dispose() => f.Dispose();

    private static void AssertNoStackTrace(string error) => Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);

    /// <summary>The file's text with its byte order mark, if any (File.ReadAllText drops it).</summary>
    private static string Raw(string path) => new System.Text.UTF8Encoding(false).GetString(File.ReadAllBytes(path));

    private string[] TempLeftovers() => Directory.GetFiles(f.Dir, ".*.tmp");

    [Fact]
    public async Task OutOverAnExistingFile_IsRefusedWithoutForce_AndTheFileIsUntouched()
    {
        f.Write("results.csv", LastYear);

        var (code, output, error) = await f.Run(f.Round("--format", "csv", "--out", f.P("results.csv")));

        Assert.Equal((2, ""), (code, output));
        Assert.Equal($"error: --out {f.P("results.csv")} already exists; add --force to replace it\n", error);
        AssertNoStackTrace(error);
        Assert.Equal(LastYear, File.ReadAllText(f.P("results.csv")));
    }

    [Fact]
    public async Task OutWithForce_ReplacesTheExistingFile_AndKeepsItsPermissions()
    {
        f.Write("results.csv", LastYear);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(f.P("results.csv"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        }

        var (code, output, error) = await f.Run(f.Round("--format", "csv", "--out", f.P("results.csv"), "--force"));

        Assert.Equal((0, "", ""), (code, output, error));
        Assert.StartsWith("\uFEFFrank,unit_id,", Raw(f.P("results.csv")), StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(f.P("results.csv")));
        }

        Assert.Empty(TempLeftovers());
    }

    [Fact]
    public async Task TemplateOut_NeverReplacesAFilledInSheet_NorItsGuide()
    {
        f.Write("sheet.csv", "unit_id,unit_name,group,1.1,1.2,D.1\nX1,Xã Một,xa,1,90,0\n");
        f.Write("other.guide.csv", "kept\n");

        var (code, _, error) = await f.Run("template", "--criteria", f.P("criteria.yaml"), "--out", f.P("sheet.csv"));
        var (guideCode, _, guideError) = await f.Run("template", "--criteria", f.P("criteria.yaml"), "--out", f.P("other.csv"));

        Assert.Equal(2, code);
        Assert.Equal($"error: --out {f.P("sheet.csv")} already exists; add --force to replace it\n", error);
        Assert.Equal("unit_id,unit_name,group,1.1,1.2,D.1\nX1,Xã Một,xa,1,90,0\n", File.ReadAllText(f.P("sheet.csv")));
        Assert.Equal(2, guideCode);
        Assert.Equal($"error: --out (guide) {f.P("other.guide.csv")} already exists; add --force to replace it\n", guideError);
        Assert.False(File.Exists(f.P("other.csv")));
        Assert.Equal("kept\n", File.ReadAllText(f.P("other.guide.csv")));
    }

    [Fact]
    public async Task TemplateOutWithForce_ReplacesTheSheetAndTheGuide()
    {
        f.Write("sheet.csv", "old\n");
        f.Write("sheet.guide.csv", "old\n");

        var (code, _, _) = await f.Run("template", "--criteria", f.P("criteria.yaml"), "--out", f.P("sheet.csv"), "--force");

        Assert.Equal(0, code);
        Assert.Equal("\uFEFFunit_id,unit_name,group,1.1,1.2,D.1\n", Raw(f.P("sheet.csv")));
        Assert.StartsWith("\uFEFFcode,area,name,", Raw(f.P("sheet.guide.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutNamingAnInputThroughASymbolicLink_IsRefusedEvenWithForce_AndTheInputIsUntouched()
    {
        // units.csv is a link to victim.csv: writing victim.csv would replace the input being read.
        File.Move(f.P("units.csv"), f.P("victim.csv"));
        File.CreateSymbolicLink(f.P("units.csv"), "victim.csv");
        var before = File.ReadAllText(f.P("victim.csv"));

        var (code, output, error) = await f.Run(f.Round("--format", "csv", "--out", f.P("victim.csv"), "--force"));

        Assert.Equal((2, ""), (code, output));
        Assert.Equal($"error: --out {f.P("victim.csv")} is the input file {f.P("units.csv")}; choose another output file\n", error);
        Assert.Equal(before, File.ReadAllText(f.P("victim.csv")));
    }

    [Fact]
    public async Task OutNamingAnInputThroughALinkedFolderAndDotDot_IsRefused()
    {
        Directory.CreateDirectory(f.P("sub"));
        Directory.CreateSymbolicLink(f.P("alias"), f.Dir);
        var output = Path.Combine(f.P("sub"), "..", "alias", "survey.csv");

        var (code, _, error) = await f.Run(f.Round("--out", output, "--force"));

        Assert.Equal(2, code);
        Assert.Equal($"error: --out {output} is the input file {f.P("survey.csv")}; choose another output file\n", error);
    }

    [Fact]
    public async Task OutNamingADevice_IsRefused_AndTheDeviceIsNotReplaced()
    {

        var (code, output, error) = await f.Run(f.Round("--out", "/dev/null", "--force"));

        Assert.Equal((2, ""), (code, output));
        Assert.Equal("error: --out /dev/null is a device, not a regular file; leave out --out to print to the screen\n", error);
    }

    [Fact]
    public async Task OutNamingANamedPipe_OrALinkToOne_IsRefused()
    {
        using (var mkfifo = Process.Start("mkfifo", f.P("pipe"))!)
        {
            mkfifo.WaitForExit();
        }

        File.CreateSymbolicLink(f.P("stdout-link"), f.P("pipe"));

        var (code, _, error) = await f.Run(f.Round("--out", f.P("pipe")));
        var (linkCode, _, linkError) = await f.Run(f.Round("--out", f.P("stdout-link"), "--force"));

        Assert.Equal(2, code);
        Assert.Equal($"error: --out {f.P("pipe")} is a named pipe or socket, not a regular file; leave out --out and redirect standard output instead\n", error);
        Assert.Equal(2, linkCode);
        Assert.Equal($"error: --out {f.P("stdout-link")} is a named pipe or socket, not a regular file; leave out --out and redirect standard output instead\n", linkError);
        Assert.NotNull(new FileInfo(f.P("stdout-link")).LinkTarget);
    }

    [Fact]
    public async Task OutNamingAFolder_IsRefused()
    {
        var (code, _, error) = await f.Run(f.Round("--out", f.Dir, "--force"));

        Assert.Equal(2, code);
        Assert.Equal($"error: --out {f.Dir} is a folder; give a file name\n", error);
    }

    [Fact]
    public async Task RankWithCriteriaOutAFolder_WritesNeitherOutput()
    {
        var (code, output, error) = await f.Run("rank", f.P("units.csv"), "--criteria", f.P("criteria.yaml"), "-a", f.P("round1.csv"), "-s", f.P("survey.csv"),
            "--format", "csv", "--out", f.P("rk.csv"), "--criteria-out", f.Dir);

        Assert.Equal((2, ""), (code, output));
        Assert.Equal($"error: --criteria-out {f.Dir} is a folder; give a file name\n", error);
        Assert.False(File.Exists(f.P("rk.csv")));
    }

    [Fact]
    public async Task UncertaintyWithSensitivityOutInAMissingFolder_WritesNeitherOutput()
    {
        var missing = Path.Combine(f.P("no-such-folder"), "s.csv");

        var (code, _, error) = await f.Run("uncertainty", f.P("units.csv"), "--criteria", f.P("criteria.yaml"), "--runs", "10",
            "--format", "csv", "--out", f.P("un.csv"), "--sensitivity-out", missing);

        Assert.Equal(2, code);
        Assert.Equal($"error: the folder of --sensitivity-out {missing} does not exist; create it first or choose another folder\n", error);
        Assert.False(File.Exists(f.P("un.csv")));
    }

    [Fact]
    public async Task UncertaintyWithAnExistingSensitivityOut_WritesNeitherOutput()
    {
        f.Write("s.csv", LastYear);

        var (code, _, error) = await f.Run("uncertainty", f.P("units.csv"), "--criteria", f.P("criteria.yaml"), "--runs", "10",
            "--format", "csv", "--out", f.P("un.csv"), "--sensitivity-out", f.P("s.csv"));

        Assert.Equal(2, code);
        Assert.Equal($"error: --sensitivity-out {f.P("s.csv")} already exists; add --force to replace it\n", error);
        Assert.False(File.Exists(f.P("un.csv")));
        Assert.Equal(LastYear, File.ReadAllText(f.P("s.csv")));
    }

    [Theory]
    [InlineData(250)]
    [InlineData(255)]
    public async Task AValidLongFileName_IsWritten(int length)
    {
        var name = new string('r', length - 4) + ".csv";

        var (code, _, error) = await f.Run(f.Round("--format", "csv", "--out", f.P(name)));

        Assert.Equal((0, ""), (code, error));
        Assert.StartsWith("\uFEFFrank,", Raw(f.P(name)), StringComparison.Ordinal);
        Assert.Empty(TempLeftovers());
    }

    [Fact]
    public void ALongVietnameseName_GetsATemporaryNameThatIsItselfValid()
    {
        // 85 × "ệ" is 255 UTF-8 bytes: the longest valid name on ext4.
        var target = Path.Combine(f.Dir, new string('ệ', 85));

        var temp = Path.GetFileName(AtomicWritesFor(target));

        Assert.Matches("^\\.parindex\\.[0-9a-f]{8}\\.tmp$", temp);
    }

    private static string AtomicWritesFor(string target) => Cli.Rendering.AtomicWrites.TempPath(target);

    [Fact]
    public async Task RunningFromADeletedFolder_SaysSo()
    {
        var gone = f.P("gone");
        Directory.CreateDirectory(gone);
        var dll = Path.Combine(AppContext.BaseDirectory, "parindex.dll");
        var start = new ProcessStartInfo("sh", new[] { "-c", $"cd '{gone}' && rmdir '{gone}' && exec dotnet '{dll}' score units.csv" })
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal((2, ""), (process.ExitCode, output));
        Assert.Equal("error: the current folder no longer exists (it was deleted or moved); change to an existing folder and run again\n", error);
    }
}
