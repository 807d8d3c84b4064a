using System.IO;
using BenchmarkDotNet.Attributes;
using ParIndex.Scenarios;
using ParIndex.Scoring;
using ParIndex.Survey;

namespace ParIndex.Benchmarks;

/// <summary>
/// Survey sampling error in the ranking (<c>uncertainty --survey-bootstrap</c>): 10,000 bootstrap runs over a
/// province round of 700 units × 300 respondents on the shipped set and survey definition, survey sampling alone
/// and combined with ±25 % weight noise (what the CLI runs).
/// </summary>
[Config(typeof(BenchConfig))]
public class SurveyBootstrapBenchmarks
{
    private ScoreSheet sheet = null!;
    private SurveyResponses responses = null!;

    /// <summary>Threads: 0 = all cores.</summary>
    [Params(0, 1)]
    public int Threads { get; set; }

    /// <summary>Generates the round, computes the survey values and scores it once (not timed).</summary>
    [GlobalSetup]
    public void Setup()
    {
        var data = SurveyData.Generate(700, 300);
        var directory = Path.Combine(Path.GetTempPath(), "parindex-survey-bench");
        data.WriteFiles(directory);
        responses = SurveyResponseFiles.Parse(data.ResponsesCsv, "responses.csv", data.Definition);
        var survey = SurveyCalculator.Compute(responses, data.CriteriaSet);
        sheet = Scorer.Score(SurveyRoundFiles.Load(data.CriteriaSet, Path.Combine(directory, "units.csv"), null, survey));
    }

    /// <summary>10,000 runs resampling respondents only.</summary>
    [Benchmark]
    public SurveyBootstrapResult Bootstrap10kRuns700Units300Respondents() =>
        SurveyBootstrap.Run(sheet, responses, new SurveyBootstrapOptions { Runs = 10_000, Seed = 1, MaxThreads = Threads });

    /// <summary>10,000 runs resampling respondents and perturbing the weights in the same run.</summary>
    [Benchmark]
    public SurveyBootstrapResult BootstrapWithWeights10kRuns700Units300Respondents() =>
        SurveyBootstrap.Run(sheet, responses, new SurveyBootstrapOptions
        {
            Runs = 10_000,
            Seed = 1,
            MaxThreads = Threads,
            Weights = new UncertaintyOptions { Runs = 10_000, Seed = 1, MaxThreads = Threads },
        });
}
