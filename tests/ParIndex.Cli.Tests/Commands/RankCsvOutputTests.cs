using System;
using System.IO;
using System.Threading.Tasks;
using ParIndex.Cli.Tests.Commands;

namespace ParIndex.Cli.Tests.Commands;

/// <summary><c>parindex rank --format csv</c> and <c>--criteria-out</c>, written by <see cref="ParIndex.Reporting.RankingCsvWriter"/>.</summary>
public class RankCsvOutputTests
{
    private const string UnitHeader = "group,rank,overall_rank,unit_id,unit_name,index,band,previous_rank,rank_change,index_change,next_rank_unit_id,points_to_next_rank,next_band,points_to_next_band,areas_led,areas_ranked,self_points,appraised_points,self_minus_appraised,self_to_appraised_percent,criteria_marked_down,penalty";

    private static readonly string Examples = Path.Combine(AppContext.BaseDirectory, "examples");

    private static string Ex(string file) => Path.Combine(Examples, file);

    private static string[] Round(params string[] more) =>
        new[] { Ex("units.csv"), "-a", Ex("appraisal.csv"), "-a", Ex("appraisal-round2.csv"), "-s", Ex("survey.csv") }.Concat(more);

    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        return await CliRun.RunAsync(args, newLine: "\n");
    }

    private static string Temp(string extension) => Path.Combine(Path.GetTempPath(), $"parindex-rank-{Guid.NewGuid():N}{extension}");

    [Fact]
    public async Task RankCsvHasOneRowPerUnitInPublishedOrderWithRankingAndAccuracyColumns()
    {
        var (code, output, error) = await Run(new[] { "rank", "--format", "csv" }.Concat(Round()));
        Assert.Equal("", error);
        Assert.Equal(0, code);
        var lines = output.Split('\n');
        Assert.Equal(UnitHeader, lines[0]);
        Assert.Equal(15, lines.Length);   // header, 13 units, the final newline
        Assert.Equal("huyen,1,1,HT-TP,Thành phố Hà Tĩnh,95.47,Tốt,,,,,,,,3,9,76.83,75.72,1.10,101.46,2,0.00", lines[1]);
        Assert.Equal("huyen,9,9,HT-TXKA,Thị xã Kỳ Anh,89.97,Khá,,,,HT-TH,0.08,Tốt,0.03,2,9,75.56,72.31,3.25,104.49,4,0.00", lines[9]);
        Assert.Equal("", lines[14]);
    }

    [Fact]
    public async Task RankCsvWithPreviousResultsFillsThePreviousRankAndChange()
    {
        var previous = Temp(".csv");
        File.WriteAllText(previous, "rank,unit_id,unit_name,index\n1,HT-DT,Huyện Đức Thọ,95.10\n");
        try
        {
            var (code, output, _) = await Run(new[] { "rank", "--format", "csv", "--previous", previous }.Concat(Round()));
            Assert.Equal(0, code);
            Assert.Contains("\nhuyen,1,1,HT-TP,Thành phố Hà Tĩnh,95.47,Tốt,,,,,,,,3,9,", output);
            Assert.Contains("\nhuyen,2,2,HT-DT,Huyện Đức Thọ,93.36,Tốt,1,-1,-1.74,HT-TP,2.06,,,4,9,", output);
        }
        finally
        {
            File.Delete(previous);
        }
    }

    [Fact]
    public async Task RankCsvEscapesTextThatStartsLikeAFormula()
    {
        var units = Temp(".csv");
        File.WriteAllText(units, File.ReadAllText(Ex("units.csv")).Replace("Thành phố Hà Tĩnh", "=1+1"));
        try
        {
            var (code, output, _) = await Run("rank", units, "-a", Ex("appraisal.csv"), "-s", Ex("survey.csv"), "--format", "csv");
            Assert.Equal(0, code);
            Assert.Contains("\nhuyen,1,1,HT-TP,\"'=1+1\",94.96,Tốt,", output);
        }
        finally
        {
            File.Delete(units);
        }
    }

    [Fact]
    public async Task RankOutAndCriteriaOutWriteTheUnitAndCriterionCsvFiles()
    {
        var outFile = Temp(".csv");
        var criteriaFile = Temp(".csv");
        try
        {
            var (code, output, error) = await Run(new[] { "rank", "--format", "csv", "--out", outFile, "--criteria-out", criteriaFile }.Concat(Round()));
            Assert.Equal(("", "", 0), (output, error, code));
            Assert.StartsWith(UnitHeader + "\nhuyen,1,1,HT-TP,", File.ReadAllText(outFile));
            var criteria = File.ReadAllText(criteriaFile).Split('\n');
            Assert.Equal("code,criterion,area,max_points,units_marked_down,total_mark_down,average_mark_down,units_marked_up", criteria[0]);
            Assert.Equal("1.1.1,Ban hành kế hoạch CCHC năm,1,1.00,0,0.00,,0", criteria[1]);
            Assert.Equal("1.2.2,Tất cả báo cáo có đầy đủ nội dung theo hướng dẫn,1,1.00,3,3.00,1.00,0", criteria[6]);
            Assert.Contains("D.1,Báo cáo CCHC gửi chậm hoặc không gửi (mỗi báo cáo),D,-1.00,2,0.75,0.38,0", criteria);
            Assert.Equal(81, criteria.Length);   // header, 79 self-assessed criteria, the final newline
        }
        finally
        {
            File.Delete(outFile);
            File.Delete(criteriaFile);
        }
    }

    [Fact]
    public async Task CriteriaOutWorksWithTheTableOnStandardOutput()
    {
        var criteriaFile = Temp(".csv");
        try
        {
            var (code, output, _) = await Run(new[] { "rank", "--criteria-out", criteriaFile }.Concat(Round()));
            Assert.Equal(0, code);
            Assert.Contains("Criteria most often marked down", output);
            Assert.StartsWith("code,criterion,area,", File.ReadAllText(criteriaFile));
        }
        finally
        {
            File.Delete(criteriaFile);
        }
    }

    [Fact]
    public async Task CriteriaOutThatIsAnInputFileIsExitCode2AndWritesNothing()
    {
        var (code, output, error) = await Run(new[] { "rank", "--criteria-out", Ex("appraisal.csv") }.Concat(Round()));
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal($"error: --criteria-out {Ex("appraisal.csv")} is the input file {Ex("appraisal.csv")}; choose another output file\n", error);
    }

    [Fact]
    public async Task CriteriaOutInAMissingFolderIsExitCode2BeforeOutIsWritten()
    {
        var outFile = Temp(".csv");
        var missing = Path.Combine(Temp(""), "criteria.csv");
        var (code, _, error) = await Run(new[] { "rank", "--format", "csv", "--out", outFile, "--criteria-out", missing }.Concat(Round()));
        Assert.Equal(2, code);
        Assert.Equal($"error: the folder of --criteria-out {missing} does not exist; create it first or choose another folder\n", error);
        Assert.False(File.Exists(outFile));
    }

    [Fact]
    public async Task CriteriaOutThatIsAlsoOutIsExitCode2()
    {
        var file = Temp(".csv");
        var (code, _, error) = await Run(new[] { "rank", "--format", "csv", "--out", file, "--criteria-out", file }.Concat(Round()));
        Assert.Equal(2, code);
        Assert.Equal($"error: --criteria-out {file} is the same file as --out {file}; choose another file\n", error);
        Assert.False(File.Exists(file));
    }
}
