using System.IO;
using System.Linq;
using System.Text;
using ParIndex.Assessments;
using ParIndex.IO;
using ParIndex.Reporting;
using ParIndex.Scoring;
using ParIndex.Survey;
using ParIndex.Tests.Survey;

namespace ParIndex.Tests.Reporting;

/// <summary>The files of <c>survey --format json</c> and <c>uncertainty --survey-bootstrap --format csv|json</c>.</summary>
public class SurveyWritersTests
{
    private static string Json(System.Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n");
    }

    /// <summary>
    /// Three units of the tiny set (1.1 = yes: 60 points), each with two citizens and two businesses who all answer
    /// alike: U0 A/B/5, U1 B/B/4, U2 C/A/2. 2.1 (Q1, pooled) = 100, 60, 20; 2.2 = (3·Q2 + Q3) / 4 = 70, 63.75, 81.25;
    /// points 60 + 20·2.1% + 20·2.2% = 94.00, 84.75, 80.25: ranks 1, 2, 3 in every run, intervals of zero width.
    /// </summary>
    private static SurveyBootstrapResult IdenticalAnswers()
    {
        var answers = new[] { ("A", "B", "5"), ("B", "B", "4"), ("C", "A", "2") };
        var csv = new StringBuilder("unit_id,respondent_id,group,Q1,Q2,Q3\n");
        for (var u = 0; u < 3; u++)
        {
            var (q1, q2, q3) = answers[u];
            csv.Append($"U{u},1,dan,{q1},{q2},\nU{u},2,dan,{q1},{q2},\nU{u},3,dn,{q1},{q2},{q3}\nU{u},4,dn,{q1},{q2},{q3}\n");
        }

        var set = SurveyFixtures.Set();
        var responses = SurveyResponseFiles.Parse(csv.ToString(), "r.csv", SurveyFixtures.Definition());
        var builder = new AssessmentInputBuilder(set);
        AssessmentFiles.ReadSelfAssessments(builder, "unit_id,1.1\nU0,1\nU1,1\nU2,1\n", "units.csv");
        SurveyCalculator.Compute(responses, set).AddTo(builder);
        return SurveyBootstrap.Run(Scorer.Score(builder.Build()), responses, new SurveyBootstrapOptions { Runs = 100, Seed = 5 });
    }

    [Fact]
    public void BootstrapCsv_HasOneRowPerUnit_WithIndexIntervalAndSurveyRanks_AndEmptyCombinedCellsWithoutWeights()
    {
        var writer = new StringWriter();
        SurveyBootstrapCsvWriter.Write(IdenticalAnswers(), writer);

        Assert.Equal(
            "unit_id,unit_name,group,index,nominal_rank,index_p05,index_p95,survey_mean_rank,survey_median_rank,survey_p05_rank,survey_p95_rank,combined_mean_rank,combined_median_rank,combined_p05_rank,combined_p95_rank\n" +
            "U0,U0,,94.00,1,94.00,94.00,1.0000,1.0000,1.0000,1.0000,,,,\n" +
            "U1,U1,,84.75,2,84.75,84.75,2.0000,2.0000,2.0000,2.0000,,,,\n" +
            "U2,U2,,80.25,3,80.25,80.25,3.0000,3.0000,3.0000,3.0000,,,,\n",
            writer.ToString());
    }

    [Fact]
    public void BootstrapJson_HasTheCommonHeaderTheSettingsAndOneObjectPerUnit()
    {
        var json = Json(s => SurveyBootstrapJsonWriter.Write(IdenticalAnswers(), s));

        Assert.StartsWith(
            "{\n  \"schema_version\": 1,\n  \"kind\": \"survey-bootstrap\",\n  \"criteria_set\": {\n    \"id\": \"tiny\",\n    \"name\": \"Tiny\",\n    \"max_points\": 100.00,\n    \"precision\": 2\n  },\n" +
            "  \"unit_count\": 3,\n  \"runs\": 100,\n  \"seed\": 5,\n  \"perturbation\": null,\n  \"borrowed_samples\": [],\n  \"units\": [\n",
            json);
        Assert.Contains(
            "      \"unit_id\": \"U1\",\n      \"unit_name\": \"U1\",\n      \"group\": null,\n      \"index\": 84.75,\n      \"nominal_rank\": 2,\n      \"index_p05\": 84.75,\n      \"index_p95\": 84.75,\n" +
            "      \"survey\": {\n        \"mean_rank\": 2,\n        \"median_rank\": 2,\n        \"p05_rank\": 2,\n        \"p95_rank\": 2\n      },\n      \"combined\": null\n",
            json);
    }

    [Fact]
    public void SurveyJson_HasTheCommonHeader_SampleSizesValuesAndQuestionShares_AndTheSlovinChecks()
    {
        var definition = SurveyFixtures.Definition();
        var responses = SurveyResponseFiles.Parse("unit_id,respondent_id,group,Q1,Q2,Q3\nU,1,dan,A,A,\nU,2,dan,B,A,\nU,3,dn,D,A,5\n", "r.csv", definition);
        var result = SurveyCalculator.Compute(responses, SurveyFixtures.Set());
        var population = SurveyPopulation.Load(new MemoryStream(Encoding.UTF8.GetBytes("unit_id,group,population\nU,dan,100\n")), "population.csv", definition);

        var json = Json(s => SurveyJsonWriter.Write(result, result.CheckSampleSizes(population), s));

        // Values at the definition's precision like the survey CSV; shares to 6 decimals; 2 citizens of 100 < Slovin's 80.
        Assert.Equal(
            "{\n" +
            "  \"schema_version\": 1,\n" +
            "  \"kind\": \"survey\",\n" +
            "  \"criteria_set\": {\n" +
            "    \"id\": \"tiny\",\n" +
            "    \"name\": \"Tiny\",\n" +
            "    \"max_points\": 100.00,\n" +
            "    \"precision\": 2\n" +
            "  },\n" +
            "  \"survey_definition\": \"tiny-survey\",\n" +
            "  \"precision\": 2,\n" +
            "  \"margin_of_error\": 0.05,\n" +
            "  \"units\": [\n" +
            "    {\n" +
            "      \"unit_id\": \"U\",\n" +
            "      \"respondents\": 3,\n" +
            "      \"groups\": {\n" +
            "        \"dan\": 2,\n" +
            "        \"dn\": 1\n" +
            "      },\n" +
            "      \"values\": [\n" +
            "        {\n" +
            "          \"code\": \"2.1\",\n" +
            "          \"value\": 53.33,\n" +
            "          \"answers\": 3\n" +
            "        },\n" +
            "        {\n" +
            "          \"code\": \"2.2\",\n" +
            "          \"value\": 100.00,\n" +
            "          \"answers\": 4\n" +
            "        }\n" +
            "      ],\n" +
            "      \"questions\": [\n" +
            "        {\n" +
            "          \"question\": \"Q1\",\n" +
            "          \"code\": \"2.1\",\n" +
            "          \"share\": 53.333333,\n" +
            "          \"answers\": 3,\n" +
            "          \"not_counted\": 0\n" +
            "        },\n" +
            "        {\n" +
            "          \"question\": \"Q2\",\n" +
            "          \"code\": \"2.2\",\n" +
            "          \"share\": 100,\n" +
            "          \"answers\": 3,\n" +
            "          \"not_counted\": 0\n" +
            "        },\n" +
            "        {\n" +
            "          \"question\": \"Q3\",\n" +
            "          \"code\": \"2.2\",\n" +
            "          \"share\": 100,\n" +
            "          \"answers\": 1,\n" +
            "          \"not_counted\": 0\n" +
            "        }\n" +
            "      ]\n" +
            "    }\n" +
            "  ],\n" +
            "  \"sample_checks\": [\n" +
            "    {\n" +
            "      \"unit_id\": \"U\",\n" +
            "      \"group\": \"dan\",\n" +
            "      \"respondents\": 2,\n" +
            "      \"population\": 100,\n" +
            "      \"slovin_sample_size\": 80,\n" +
            "      \"below_slovin\": true\n" +
            "    }\n" +
            "  ]\n" +
            "}",
            json);
    }
}
