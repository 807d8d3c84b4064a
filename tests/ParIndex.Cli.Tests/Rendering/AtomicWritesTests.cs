using System;
using System.IO;
using System.Linq;
using System.Text;
using ParIndex.Cli.Rendering;

namespace ParIndex.Cli.Tests.Rendering;

/// <summary>Several files written all or nothing; an interruption or a failure leaves every target as it was.</summary>
public sealed class AtomicWritesTests : IDisposable
{
    private readonly string dir = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "parindex-atomic-" + Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose() => Directory.Delete(dir, true);

    private string P(string name) => Path.Combine(dir, name);

    private AtomicWrites.Planned Plan(string name, string text) => new("--out", P(name), P(name), s => s.Write(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void WhenTheSecondOutputFails_TheFirstIsPutBack_AndNoTemporaryFileRemains()
    {
        File.WriteAllText(P("a.csv"), "original a");
        var failing = new AtomicWrites.Planned("--criteria-out", P("b.csv"), P("b.csv"), _ => throw new IOException("No space left on device"));

        var ex = Assert.Throws<CliUsageException>(() => AtomicWrites.WriteAll(new[] { Plan("a.csv", "new a"), failing }));

        Assert.Equal($"cannot write --criteria-out {P("b.csv")}: No space left on device; nothing was written", ex.Message);
        Assert.Equal("original a", File.ReadAllText(P("a.csv")));
        Assert.False(File.Exists(P("b.csv")));
        Assert.Equal(new[] { "a.csv" }, Directory.GetFiles(dir).Select(Path.GetFileName).ToArray());
    }

    [Fact]
    public void WhenTheSecondRenameFails_TheReplacedFirstFileIsRestored()
    {
        File.WriteAllText(P("a.csv"), "original a");
        Directory.CreateDirectory(P("b.csv")); // appears between the check and the rename

        Assert.Throws<CliUsageException>(() => AtomicWrites.WriteAll(new[] { Plan("a.csv", "new a"), Plan("b.csv", "new b") }));

        Assert.Equal("original a", File.ReadAllText(P("a.csv")));
        Assert.True(Directory.Exists(P("b.csv")));
        Assert.Equal(new[] { "a.csv" }, Directory.GetFiles(dir).Select(Path.GetFileName).ToArray());
    }

    [Fact]
    public void CtrlCWhileWriting_LeavesNothing_NotEvenATemporaryFile()
    {
        File.WriteAllText(P("a.csv"), "original a");
        var interrupted = new AtomicWrites.Planned("--out", P("b.csv"), P("b.csv"), s =>
        {
            s.Write(Encoding.UTF8.GetBytes("partial"));
            AtomicWrites.Interrupt();
        });

        Assert.Throws<OperationCanceledException>(() => AtomicWrites.WriteAll(new[] { Plan("a.csv", "new a"), interrupted }));

        Assert.Equal("original a", File.ReadAllText(P("a.csv")));
        Assert.Equal(new[] { "a.csv" }, Directory.GetFiles(dir).Select(Path.GetFileName).ToArray());
    }

    [Fact]
    public void AllOutputsAreWritten_WhenNothingFails()
    {
        File.WriteAllText(P("a.csv"), "original a");

        AtomicWrites.WriteAll(new[] { Plan("a.csv", "new a"), Plan("b.csv", "new b") });

        Assert.Equal("new a", File.ReadAllText(P("a.csv")));
        Assert.Equal("new b", File.ReadAllText(P("b.csv")));
        Assert.Equal(2, Directory.GetFiles(dir).Length);
    }
}
