using System;
using System.IO;
using System.Threading.Tasks;

namespace ParIndex.Cli.Tests.Commands;

public class RankCommandTests
{
    private static readonly string Examples = Path.Combine(AppContext.BaseDirectory, "examples");

    private static string Ex(string file) => Path.Combine(Examples, file);

    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        return await CliRun.RunAsync(args);
    }

    private static string[] Round(params string[] more) =>
        new[] { Ex("units.csv"), "-a", Ex("appraisal.csv"), "-a", Ex("appraisal-round2.csv"), "-s", Ex("survey.csv") }.Concat(more);

    [Fact]
    public async Task RankPrintsTheGroupRankingLeadersAndAccuracy()
    {
        var (code, output, error) = await Run(new[] { "rank" }.Concat(Round("--top", "3")));
        Assert.Equal("", error);
        Assert.Equal(0, code);
        Assert.Contains("Group huyen — 13 units", output);
        Assert.Contains("   9  HT-TXKA  Thị xã Kỳ Anh      89.97  Khá           0.08  HT-TH        0.03 → Tốt    2/9", output);
        Assert.Contains("Component index leaders:", output);
        Assert.Contains("all       13     73.60          71.37            2.24           13          0", output);
        Assert.Contains("HT-VQ    Huyện Vũ Quang   68.41      64.70       +3.71            105.73            5", output);
    }

    [Fact]
    public async Task ScoreWithPreviousShowsChangesAndUnitsNotRankedThisYear()
    {
        var previous = Path.Combine(Path.GetTempPath(), $"parindex-prev-{Guid.NewGuid():N}.csv");
        File.WriteAllText(previous, "rank,unit_id,unit_name,index\n1,HT-DT,Huyện Đức Thọ,95.10\n2,HT-OLD,Huyện Cũ,90.00\n");
        try
        {
            var (code, output, error) = await Run(new[] { "score" }.Concat(Round("--previous", previous)));
            Assert.Equal("", error);
            Assert.Equal(0, code);
            Assert.Contains("   2  HT-DT    Huyện Đức Thọ      huyen  74.99   90.56   17.57  97.00  93.36  Tốt      1      -1    -1.74", output);
            Assert.Contains("   1  HT-TP    Thành phố Hà Tĩnh  huyen  76.83   93.56   17.84  98.00  95.47  Tốt            new", output);
            Assert.Contains("Not ranked this year:\n  HT-OLD Huyện Cũ (previous rank 2, index 90.00)", output.Replace("\r\n", "\n"));
        }
        finally
        {
            File.Delete(previous);
        }
    }

    [Fact]
    public async Task MalformedPreviousFileIsExitCode2WithLocation()
    {
        var previous = Path.Combine(Path.GetTempPath(), $"parindex-prev-{Guid.NewGuid():N}.csv");
        File.WriteAllText(previous, "rank,unit_id,index\nfirst,HT-DT,95.10\n");
        try
        {
            var (code, output, error) = await Run(new[] { "score" }.Concat(Round("--previous", previous)));
            Assert.Equal(2, code);
            Assert.Equal("", output);
            Assert.Equal($"error: {previous}:2:1: 'first' is not a rank (a whole number from 1)\n", error.Replace("\r\n", "\n"));
        }
        finally
        {
            File.Delete(previous);
        }
    }

    [Fact]
    public async Task UnknownTieBreakerOptionIsExitCode2()
    {
        var (code, _, error) = await Run(new[] { "score" }.Concat(Round("--tie-breakers", "survey,luck")));
        Assert.Equal(2, code);
        Assert.Equal("error: unknown tie-breaker 'luck'; expected survey, self_accuracy, unit_id or node:CODE\n", error.Replace("\r\n", "\n"));
    }

    [Fact]
    public async Task TieBreakerOptionSeparatesTheSampleTie()
    {
        var (code, output, _) = await Run(new[] { "score" }.Concat(Round("--tie-breakers", "survey")));
        Assert.Equal(0, code);
        Assert.Contains("  11  HT-HS", output);
        Assert.Contains("  12  HT-KA", output);
        Assert.Contains("Ties on the index are broken by: survey.", output);
    }

    [Fact]
    public async Task ExplainShowsWhatItWouldTake()
    {
        var (code, output, _) = await Run(new[] { "explain", "--unit", "HT-TXKA", "--top", "2" }.Concat(Round()));
        Assert.Equal(0, code);
        Assert.Contains("What it would take:\n  Rank 9 of 13 in group huyen (overall 9), index 89.97, band Khá.\n  0.08 points to overtake HT-TH Huyện Thạch Hà (rank 8, index 90.04).\n  0.03 points to reach band Tốt (index ≥ 90).", output.Replace("\r\n", "\n"));
    }

    [Fact]
    public async Task ScoreCsvCarriesRankingColumns()
    {
        var (code, output, _) = await Run(new[] { "score", "--format", "csv", "--group-by", "none" }.Concat(Round()));
        Assert.Equal(0, code);
        var lines = output.Replace("\r\n", "\n").Split('\n');
        Assert.Contains(",group_rank,appraised_points,self_minus_appraised,previous_rank,rank_change,group_rank_change,index_change,next_rank_unit_id,points_to_next_rank,next_band,points_to_next_band,areas_led,area_1_rank,", lines[0]);
        Assert.EndsWith(",,72.31,3.25,,,,,HT-TH,0.08,Tốt,0.03,2,13,1,4,7,1,5,5,4,8", Array.Find(lines, l => l.StartsWith("9,HT-TXKA", StringComparison.Ordinal)));
    }
}

internal static class ArrayExtensions
{
    public static string[] Concat(this string[] first, string[] second)
    {
        var all = new string[first.Length + second.Length];
        first.CopyTo(all, 0);
        second.CopyTo(all, first.Length);
        return all;
    }
}
