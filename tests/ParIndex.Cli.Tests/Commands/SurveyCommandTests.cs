using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace ParIndex.Cli.Tests.Commands;

public class SurveyCommandTests
{
    private static readonly string Examples = Path.Combine(AppContext.BaseDirectory, "examples");

    private static string Example(string name) => Path.Combine(Examples, name);

    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        return await CliRun.RunAsync(args, newLine: "\n");
    }

    private static string Temp(string extension) => Path.Combine(Path.GetTempPath(), $"parindex-survey-{Guid.NewGuid():N}{extension}");

    [Fact]
    public async Task CsvOfTheExampleResponsesHasExactlyTheValuesOfExamplesSurveyCsv()
    {
        var (code, output, error) = await Run("survey", Example("responses.csv"), "--format", "csv");
        Assert.Equal(("", 0), (error, code));
        var expected = File.ReadAllLines(Example("survey.csv"));
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(expected.Length, lines.Length);
        Assert.Equal("unit_id,code,value", lines[0]);
        Assert.Equal("HT-TP,9.1.1,87.80", lines[1]);
        for (var i = 1; i < lines.Length; i++)
        {
            var (got, want) = (lines[i].Split(','), expected[i].Split(','));
            Assert.Equal((want[0], want[1], decimal.Parse(want[2], System.Globalization.CultureInfo.InvariantCulture)), (got[0], got[1], decimal.Parse(got[2], System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    [Fact]
    public async Task ScoreWithResponsesGivesByteForByteTheScoreWithTheSurveyFile()
    {
        var round = new[] { "score", Example("units.csv"), "-a", Example("appraisal.csv"), "-a", Example("appraisal-round2.csv"), "--format", "csv" };
        var fromFile = await Run(round.Concat(new[] { "--survey", Example("survey.csv") }).ToArray());
        var fromAnswers = await Run(round.Concat(new[] { "--responses", Example("responses.csv"), "--survey-definition", "district-hatinh-52-2019" }).ToArray());
        Assert.Equal((0, ""), (fromAnswers.Code, fromAnswers.Err));
        Assert.Equal(fromFile.Out, fromAnswers.Out);
    }

    [Fact]
    public async Task OutWritesTheSurveyCsvAndSamplesOutTheSampleSizesWithSlovin()
    {
        var (outFile, samples) = (Temp(".csv"), Temp(".csv"));
        try
        {
            var (code, output, error) = await Run("survey", Example("responses.csv"), "--population", Example("population.csv"), "--out", outFile, "--samples-out", samples);
            Assert.Equal(0, code);
            Assert.Equal("", output);
            Assert.Equal($"warning: {Example("population.csv")}:13:3: unit 'HT-KA', group 'can-bo': 143 respondents, fewer than Slovin's sample size for a population of 262 at e = 5 %: 159\n", error);
            Assert.StartsWith("\uFEFFunit_id,code,value\nHT-TP,9.1.1,87.80\n", File.ReadAllText(outFile));
            var rows = File.ReadAllLines(samples);
            Assert.Equal("unit_id,group,respondents,population,slovin_sample_size,below_slovin", rows[0]);
            Assert.Equal(new[] { "HT-TP,,361,,,", "HT-TP,nguoi-dan,105,,,", "HT-TP,doanh-nghiep,52,,,", "HT-TP,can-bo,143,198,133,no", "HT-TP,dai-bieu,61,,," }, rows.Skip(1).Take(5));
            Assert.Contains("HT-KA,can-bo,143,262,159,yes", rows);
        }
        finally
        {
            File.Delete(outFile);
            File.Delete(samples);
        }
    }

    [Fact]
    public async Task TheTableShowsSampleSizesPerGroupAndTheValues()
    {
        var (code, output, _) = await Run("survey", Example("responses.csv"));
        Assert.Equal(0, code);
        // Two tables: sample sizes per group, then the values (split further when the criteria do not fit the width).
        Assert.Contains("Unit     Respondents  Người dân  Doanh nghiệp  Cán bộ, công chức  Đại biểu HĐND huyện\n", output);
        Assert.Contains("HT-TP            361        105            52                143                   61\n", output);
        Assert.Contains("Unit     9.1.1  9.1.2  9.1.3  9.1.4  9.2.1  9.2.2  9.2.3\n", output);
        Assert.Contains("HT-TP    87.80  86.70  90.30  89.90  89.90  92.10  89.50\n", output);
    }

    [Fact]
    public async Task ABadAnswerExitsWith2WithItsLocationAndWritesNothing()
    {
        var (responses, outFile) = (Temp(".csv"), Temp(".csv"));
        File.WriteAllText(responses, "unit_id,respondent_id,group,C1,C2,C3,C4,C5,C6,C7\nHT-TP,1,nguoi-dan,A,B,X,A,,,\n");
        try
        {
            var (code, output, error) = await Run("survey", responses, "--out", outFile);
            Assert.Equal(2, code);
            Assert.Equal("", output);
            Assert.Equal($"error: {responses}:2:6: 'X' is not an answer of question 'C3'; answers: A (Rất hài lòng), B (Hài lòng), C (Chưa hài lòng lắm), D (Không hài lòng), E (Không biết)\n", error);
            Assert.False(File.Exists(outFile));
        }
        finally
        {
            File.Delete(responses);
        }
    }

    [Fact]
    public async Task SurveyAndResponsesTogetherAreAUsageError()
    {
        var (code, output, error) = await Run("score", Example("units.csv"), "--survey", Example("survey.csv"), "--responses", Example("responses.csv"));
        Assert.Equal((2, "", "error: give --survey or --responses, not both\n"), (code, output, error));
    }

    [Fact]
    public async Task AUnitMissingFromTheResponsesIsReportedAsAMissingSurveyResult()
    {
        var responses = Temp(".csv");
        File.WriteAllLines(responses, File.ReadAllLines(Example("responses.csv")).Where(l => !l.StartsWith("HT-HK,", StringComparison.Ordinal)));
        try
        {
            var (code, _, error) = await Run("score", Example("units.csv"), "--responses", responses);
            Assert.Equal(2, code);
            var units = Example("units.csv");
            Assert.Equal(
                string.Concat(new[] { "9.1.1", "9.1.2", "9.1.3", "9.1.4", "9.2.1", "9.2.2", "9.2.3" }.Select(c => $"error: {units}:14:1: unit 'HT-HK' has no survey result for '{c}'\n")),
                error);
        }
        finally
        {
            File.Delete(responses);
        }
    }

    [Fact]
    public async Task SurveyBootstrapIsByteIdenticalAtOneTwoAndFourThreads()
    {
        var args = new[] { "uncertainty", Example("units.csv"), "-a", Example("appraisal.csv"), "--responses", Example("responses.csv"), "--survey-bootstrap", "--runs", "130", "--seed", "9", "--format", "csv", "--threads" };
        var one = await Run(args.Append("1").ToArray());
        Assert.Equal((0, ""), (one.Code, one.Err));
        Assert.StartsWith("unit_id,unit_name,group,index,nominal_rank,index_p05,index_p95,survey_mean_rank,survey_median_rank,survey_p05_rank,survey_p95_rank,combined_mean_rank,", one.Out);
        Assert.Equal(one.Out, (await Run(args.Append("2").ToArray())).Out);
        Assert.Equal(one.Out, (await Run(args.Append("4").ToArray())).Out);
    }

    [Fact]
    public async Task SurveyBootstrapWithoutResponsesIsAUsageError()
    {
        var (code, output, error) = await Run("uncertainty", Example("units.csv"), "--survey", Example("survey.csv"), "--survey-bootstrap");
        Assert.Equal((2, "", "error: --survey-bootstrap resamples respondents: give --responses FILE (and a survey definition)\n"), (code, output, error));
    }
}
