using System;
using System.Threading.Tasks;

namespace ParIndex.Cli.Tests.Commands;

/// <summary>Option values out of range are refused with exit code 2 before any work, never silently clamped.</summary>
public sealed class OptionRangeTests : IDisposable
{
    private readonly CliFixture f = new();

    public void Dispose() => f.Dispose();

    [Theory]
    [InlineData("explain", "--top", "-5", "error: --top must be 0 or more, not -5\n")]
    [InlineData("rank", "--top", "-5", "error: --top must be 0 or more, not -5\n")]
    [InlineData("compare", "--movers", "-1", "error: --movers must be 0 or more, not -1\n")]
    [InlineData("uncertainty", "--runs", "-1", "error: --runs must be 1 or more, not -1\n")]
    [InlineData("uncertainty", "--runs", "0", "error: --runs must be 1 or more, not 0\n")]
    [InlineData("uncertainty", "--top", "0", "error: --top must be 1 or more, not 0\n")]
    [InlineData("uncertainty", "--threads", "0", "error: --threads must be 1 or more, not 0\n")]
    [InlineData("uncertainty", "--threads", "-2", "error: --threads must be 1 or more, not -2\n")]
    public async Task AnOptionBelowItsRange_IsExitCode2WithTheOptionAndValue(string command, string option, string value, string expected)
    {
        var args = command switch
        {
            "explain" => new[] { "explain", f.P("units.csv"), "--criteria", f.P("criteria.yaml"), "--unit", "X1" },
            "compare" => new[] { "compare", f.P("units.csv"), "--criteria", f.P("criteria.yaml"), "--scenario", f.P("criteria.yaml") },
            _ => new[] { command, f.P("units.csv"), "--criteria", f.P("criteria.yaml") },
        };

        var (code, output, error) = await f.Run([.. args, option, value]);

        Assert.Equal((2, "", expected), (code, output, error));
    }
}
