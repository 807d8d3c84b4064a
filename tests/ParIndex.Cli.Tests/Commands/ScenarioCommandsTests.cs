using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace ParIndex.Cli.Tests.Commands;

public class ScenarioCommandsTests
{
    private static readonly string Examples = Path.Combine(AppContext.BaseDirectory, "examples");

    private static string[] Round => new[]
    {
        Path.Combine(Examples, "units.csv"),
        "-a", Path.Combine(Examples, "appraisal.csv"),
        "-a", Path.Combine(Examples, "appraisal-round2.csv"),
        "-s", Path.Combine(Examples, "survey.csv"),
    };

    private static async Task<(int Code, string Out, string Err)> Run(CancellationToken token, params string[] args)
    {
        return await CliRun.RunAsync(args, newLine: "\n", cancellationToken: token);
    }

    private static Task<(int Code, string Out, string Err)> Run(params string[] args) => Run(CancellationToken.None, args);

    [Fact]
    public async Task CompareShowsRankShiftsAgreementAndMovers()
    {
        var (code, output, error) = await Run(new[] { "compare" }.Concat(Round).Concat(new[] { "--scenario", Path.Combine(Examples, "scenarios", "e-government-20.yaml") }).ToArray());

        Assert.Equal("", error);
        Assert.Equal(0, code);
        Assert.Contains("   3  HT-HL    Thị xã Hồng Lĩnh   93.33     92.53        4        -1\n", output);
        Assert.Contains("  S1  Spearman's rho 0.9739, Kendall's tau-b 0.8903\n", output);
        Assert.Contains("  S1  HT-CX +1 (4 → 3), HT-HS +1 (11 → 10), HT-LH +1 (7 → 6), HT-TXKA +1 (9 → 8), HT-CL -1 (6 → 7)\n", output);
    }

    [Fact]
    public async Task CompareWritesOneCsvRowPerScenarioAndUnit()
    {
        var (code, output, _) = await Run(new[] { "compare" }.Concat(Round).Concat(new[] { "--scenario", Path.Combine(Examples, "scenarios", "e-government-20.yaml"), "--format", "csv" }).ToArray());

        Assert.Equal(0, code);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(14, lines.Length);
        Assert.Equal("scenario,unit_id,unit_name,group,baseline_index,baseline_rank,baseline_band,index,rank,shift,band", lines[0]);
        Assert.Equal("E-government 20 points,HT-HL,Thị xã Hồng Lĩnh,huyen,93.33,3,Tốt,92.53,4,-1,Tốt", lines[3]);
    }

    [Fact]
    public async Task CompareReportsScenarioProblemsWithPositions()
    {
        var file = Path.Combine(Path.GetTempPath(), $"parindex-bad-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(file, "format: 1\nrebalance: none\nchanges:\n  - { code: \"42\", max: 3 }\n");
        try
        {
            var (code, output, error) = await Run(new[] { "compare" }.Concat(Round).Concat(new[] { "--scenario", file }).ToArray());
            Assert.Equal(2, code);
            Assert.Equal("", output);
            Assert.Equal($"error: {file}:4:13: '42' is not a code in the criteria set 'district-hatinh-52-2019'; did you mean '2' or '4' or '4.2'?\n", error);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task UncertaintyJsonIsIdenticalWithOneAndTwoThreads()
    {
        string[] Args(string threads) => new[] { "uncertainty" }.Concat(Round).Concat(new[] { "--runs", "500", "--seed", "9", "--sensitivity", "--format", "json", "--threads", threads }).ToArray();
        var one = await Run(Args("1"));
        var two = await Run(Args("2"));

        Assert.Equal(0, one.Code);
        Assert.Equal(one.Out, two.Out);
        Assert.Contains("\"total_runs\": 5500,", one.Out);
    }

    [Fact]
    public async Task UncertaintyCsvHasOneRowPerUnitInNominalOrder()
    {
        var (code, output, _) = await Run(new[] { "uncertainty" }.Concat(Round).Concat(new[] { "--runs", "200", "--format", "csv", "--top", "1" }).ToArray());

        Assert.Equal(0, code);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal("unit_id,unit_name,group,index,nominal_rank,mean_rank,median_rank,p05_rank,p95_rank,band,band_kept,top_1", lines[0]);
        Assert.StartsWith("HT-TP,Thành phố Hà Tĩnh,huyen,95.47,1,1.0000,1.0000,1.0000,1.0000,Tốt,1.0000,1.0000", lines[1]);
        Assert.Equal(14, lines.Length);
    }

    [Fact]
    public async Task UncertaintyRefusesTwoPerturbations()
    {
        var (code, output, error) = await Run(new[] { "uncertainty" }.Concat(Round).Concat(new[] { "--noise", "0.1", "--dirichlet", "20" }).ToArray());

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal("error: give only one of --noise, --dirichlet and --weights-file\n", error);
    }

    [Fact]
    public async Task UncertaintyWithUnknownLevelIsAUsageError()
    {
        var (code, _, error) = await Run(new[] { "uncertainty" }.Concat(Round).Concat(new[] { "--level", "leaf" }).ToArray());

        Assert.Equal(2, code);
        Assert.Equal("error: --level must be area, criterion, sub-criterion or a depth (0 = areas), not 'leaf'\n", error);
    }

    [Fact]
    public async Task CancelledUncertaintyExitsWith130AndNoOutput()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var (code, output, error) = await Run(cts.Token, new[] { "uncertainty" }.Concat(Round).Concat(new[] { "--runs", "100000" }).ToArray());

        Assert.Equal(130, code);
        Assert.Equal("", output);
        Assert.Equal("cancelled\n", error);
    }
}
