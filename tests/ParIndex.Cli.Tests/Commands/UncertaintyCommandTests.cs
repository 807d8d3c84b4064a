using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace ParIndex.Cli.Tests.Commands;

public class UncertaintyCommandTests
{
    private static readonly string Examples = Path.Combine(AppContext.BaseDirectory, "examples");

    private static string[] Round(params string[] more) => new[]
    {
        "uncertainty",
        Path.Combine(Examples, "units.csv"),
        "-a", Path.Combine(Examples, "appraisal.csv"),
        "-a", Path.Combine(Examples, "appraisal-round2.csv"),
        "-s", Path.Combine(Examples, "survey.csv"),
    }.Concat(more).ToArray();

    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        return await CliRun.RunAsync(args, newLine: "\n");
    }

    private static string Temp(string extension) => Path.Combine(Path.GetTempPath(), $"parindex-uncertainty-{Guid.NewGuid():N}{extension}");

    [Fact]
    public async Task SensitivityOutWritesOneRowPerPerturbedNodeNextToTheUnitCsv()
    {
        var file = Temp(".csv");
        try
        {
            var (code, output, error) = await Run(Round("--runs", "200", "--seed", "3", "--format", "csv", "--sensitivity-out", file));
            Assert.Equal(("", 0), (error, code));
            Assert.StartsWith("unit_id,unit_name,group,index,nominal_rank,", output);
            var lines = File.ReadAllText(file).Split('\n');
            Assert.Equal(11, lines.Length);   // header, 9 areas, the final newline
            Assert.Equal("code,name,max_points,first_order,total", lines[0]);
            Assert.Equal("1,\"Công tác chỉ đạo, điều hành CCHC\",14.00,0.483319,0.673485", lines[1]);
            Assert.Equal("2,Xây dựng và tổ chức thực hiện văn bản QPPL tại huyện,7.00,-0.060820,0.059604", lines[2]);
            Assert.Equal("", lines[10]);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task SensitivityOutGivesTheSameIndicesAsTheTable()
    {
        var file = Temp(".csv");
        try
        {
            var (_, table, _) = await Run(Round("--runs", "200", "--seed", "3", "--sensitivity", "--sensitivity-out", file));
            Assert.Contains("1     Công tác chỉ đạo, điều hành CCHC                                       14        0.483  0.673\n", table);
            Assert.Contains("\n1,\"Công tác chỉ đạo, điều hành CCHC\",14.00,0.483319,0.673485\n", File.ReadAllText(file));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task CsvWithSensitivityButNoSensitivityOutIsAUsageError()
    {
        var (code, output, error) = await Run(Round("--runs", "10", "--format", "csv", "--sensitivity"));
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal("error: --format csv has one row per unit; write the sensitivity indices to their own CSV file with --sensitivity-out FILE\n", error);
    }

    [Fact]
    public async Task SensitivityOutThatIsAlsoOutIsAUsageError()
    {
        var file = Temp(".csv");
        var (code, _, error) = await Run(Round("--runs", "10", "--format", "csv", "--out", file, "--sensitivity-out", file));
        Assert.Equal(2, code);
        Assert.Equal($"error: --sensitivity-out {file} is the same file as --out {file}; choose another file\n", error);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task WeightsFileMissingAColumnIsReportedWithItsPosition()
    {
        var weights = Temp(".csv");
        File.WriteAllText(weights, "run,1,2,3,4,5,6,7,8,X\n1,1,1,1,1,1,1,1,1,1\n");
        try
        {
            var (code, output, error) = await Run(Round("--weights-file", weights));
            Assert.Equal(2, code);
            Assert.Equal("", output);
            Assert.Equal(
                $"error: {weights}:1:10: the weights file has a column 'X', which is not a code in the criteria set 'district-hatinh-52-2019'\n" +
                $"error: {weights}:1:1: the weights file has no column for '9'\n",
                error);
        }
        finally
        {
            File.Delete(weights);
        }
    }
}
