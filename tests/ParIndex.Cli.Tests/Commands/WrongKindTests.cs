using System;
using System.IO;
using System.Threading.Tasks;

namespace ParIndex.Cli.Tests.Commands;

/// <summary>
/// A file given to the wrong option is refused in one sentence naming what it looks like and where it goes (issue 15,
/// "swapping the self-assessment and appraisal files gives about 200 lines"): exit code 2, no stack trace, nothing written.
/// </summary>
public sealed class WrongKindTests : IDisposable
{
    private static readonly string Examples = Path.Combine(AppContext.BaseDirectory, "examples");
    private static readonly string Criteria = Path.Combine(AppContext.BaseDirectory, "criteria");
    private readonly CliFixture f = new();

    public void Dispose() => f.Dispose();

    private static string E(string name) => Path.Combine(Examples, name);

    private async Task<string> Refused(params string[] args)
    {
        var (code, output, error) = await f.Run([.. args, "--out", f.P("out.csv")]);
        Assert.Equal((2, ""), (code, output));
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.False(File.Exists(f.P("out.csv")));
        return error;
    }

    [Fact]
    public async Task SwappedSelfAssessmentAndAppraisal_IsOneSentencePerFile()
    {
        var error = await Refused("score", E("appraisal.csv"), "-a", E("units.csv"), "-s", E("survey.csv"));

        Assert.Equal(
            $"error: {E("appraisal.csv")}:1:1: this looks like an appraisal round, not a self-assessment file; give it with --appraisal\n" +
            $"error: {E("units.csv")}: not checked, because {E("appraisal.csv")} has errors; fix those first\n" +
            $"error: {E("survey.csv")}: not checked, because {E("appraisal.csv")} has errors; fix those first\n",
            error);
    }

    [Fact]
    public async Task SurveyResponsesGivenAsAnAppraisalRound_AreNamed()
    {
        var error = await Refused("score", E("units.csv"), "-a", E("responses.csv"), "-s", E("survey.csv"));

        Assert.Equal($"error: {E("responses.csv")}:1:1: this looks like survey responses (one row per respondent), not an appraisal round; give it with --responses (or parindex survey)\n", error);
    }

    [Fact]
    public async Task ACriteriaYamlGivenAsSelfAssessments_IsNamed()
    {
        var yaml = Path.Combine(Criteria, "district-hatinh-52-2019.yaml");
        var error = await Refused("score", yaml, "-s", E("survey.csv"));

        Assert.Equal(
            $"error: {yaml}:1:1: this looks like a YAML file (a criteria set, a scenario or a survey definition), not a self-assessment file; give it with --criteria, --scenario or --survey-definition\n" +
            $"error: {E("survey.csv")}: not checked, because {yaml} has errors; fix those first\n",
            error);
    }

    [Fact]
    public async Task ASelfAssessmentGivenAsTheCriteriaSet_IsNamed()
    {
        var error = await Refused("score", E("units.csv"), "-s", E("survey.csv"), "-c", E("units.csv"));

        Assert.Equal($"error: {E("units.csv")}:1:1: this looks like a self-assessment file, not a criteria set; give it with the first argument (UNITS)\n", error);
    }

    [Fact]
    public async Task ACriteriaSetGivenAsAScenario_IsNamed()
    {
        var yaml = Path.Combine(Criteria, "district-hatinh-52-2019.yaml");
        var error = await Refused("compare", E("units.csv"), "-s", E("survey.csv"), "--scenario", yaml);

        Assert.Equal($"error: {yaml}:1:1: this looks like a criteria set, not a weighting scenario; give it with --criteria\n", error);
    }

    [Fact]
    public async Task AScenarioGivenAsTheCriteriaSet_IsNamed()
    {
        var scenario = Path.Combine(Examples, "scenarios", "e-government-20.yaml");
        var error = await Refused("score", E("units.csv"), "-s", E("survey.csv"), "-c", scenario);

        Assert.Equal($"error: {scenario}:1:1: this looks like a weighting scenario, not a criteria set; give it with --scenario\n", error);
    }

    [Fact]
    public async Task ASurveyDefinitionGivenAsTheCriteriaSet_IsNamed()
    {
        var definition = Path.Combine(Criteria, "surveys", "district-hatinh-52-2019.yaml");
        var error = await Refused("score", E("units.csv"), "-s", E("survey.csv"), "-c", definition);

        Assert.Equal($"error: {definition}:1:1: this looks like a survey definition, not a criteria set; give it with --survey-definition (or --definition of parindex survey)\n", error);
    }

    [Fact]
    public async Task APopulationFileGivenAsSurveyResults_IsNamed()
    {
        var error = await Refused("score", E("units.csv"), "-s", E("population.csv"));

        Assert.Equal($"error: {E("population.csv")}:1:1: this looks like a survey population file, not survey results; give it with --population of parindex survey\n", error);
    }

    [Fact]
    public async Task ResultsGivenAsSelfAssessments_AreNamed()
    {
        f.Write("results.csv", "rank,unit_id,unit_name,group,index\n1,X1,Xã Một,xa,82.00\n");
        var error = await Refused("score", f.P("results.csv"), "-c", f.P("criteria.yaml"), "-s", f.P("survey.csv"));

        Assert.Equal(
            $"error: {f.P("results.csv")}:1:1: this looks like a results file of this tool, not a self-assessment file; give it with --previous\n" +
            $"error: {f.P("survey.csv")}: not checked, because {f.P("results.csv")} has errors; fix those first\n",
            error);
    }

    [Fact]
    public async Task AnAppraisalRoundGivenAsPreviousResults_IsNamed()
    {
        var error = await Refused("rank", E("units.csv"), "-a", E("appraisal.csv"), "-s", E("survey.csv"), "--previous", E("appraisal.csv"));

        Assert.Equal($"error: {E("appraisal.csv")}:1:1: this looks like an appraisal round, not a results file of this tool; give it with --appraisal\n", error);
    }

    [Fact]
    public async Task InVietnamese_TheSentenceIsVietnamese()
    {
        var (code, _, error) = await f.Run("--lang", "vi", "score", E("units.csv"), "-a", E("responses.csv"), "-s", E("survey.csv"));

        Assert.Equal(2, code);
        Assert.Equal($"lỗi: {E("responses.csv")}:1:1: tệp này có vẻ là phiếu trả lời khảo sát (mỗi dòng một người trả lời), không phải một vòng thẩm định; hãy cho nó qua --responses (hoặc parindex survey)\n", error);
    }
}
