using System.IO;
using System.Text;
using ParIndex.Reporting;
using ParIndex.Scenarios;
using ParIndex.Tests.Scenarios;

namespace ParIndex.Tests.Reporting;

/// <summary>The files of <c>uncertainty --format csv|json</c> and <c>--sensitivity-out</c>.</summary>
public class UncertaintyWritersTests
{
    /// <summary>Two explicit weight samples on areas W1 : W2: the nominal 3 : 1, then 1 : 3; P is strong on W1, Q on W2.</summary>
    private static UncertaintyResult Result()
    {
        var set = ScenarioFixtures.Set(ScenarioFixtures.Weighted);
        var sheet = ScenarioFixtures.Sheet(set, ("P", new[] { 75m, 0m }), ("Q", new[] { 0m, 25m }));
        var samples = new WeightSamples(new[] { "W1", "W2" }, new[] { new double[] { 3, 1 }, new double[] { 1, 3 } });
        return UncertaintyAnalysis.Run(sheet, new UncertaintyOptions { Samples = samples, Top = 1 });
    }

    [Fact]
    public void Csv_HasOneRowPerUnit_WithTheRankStatistics()
    {
        var writer = new StringWriter();
        UncertaintyCsvWriter.WriteUnits(Result(), writer);

        Assert.Equal(
            "unit_id,unit_name,group,index,nominal_rank,mean_rank,median_rank,p05_rank,p95_rank,band,band_kept,top_1\n" +
            "P,P,,75.00,1,1.5000,1.5000,1.0500,1.9500,,,0.5000\n" +
            "Q,Q,,25.00,2,1.5000,1.5000,1.0500,1.9500,,,0.5000\n",
            writer.ToString());
    }

    [Fact]
    public void Json_HasTheSettingsAndOneObjectPerUnit_WithoutSensitivityUnlessAsked()
    {
        using var stream = new MemoryStream();
        UncertaintyJsonWriter.Write(Result(), stream);
        var json = Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n");

        Assert.StartsWith(
            "{\n  \"schema_version\": 1,\n  \"kind\": \"uncertainty\",\n  \"criteria_set\": {\n    \"id\": \"tw\",\n    \"name\": \"Weighted\",\n    \"max_points\": 100.00,\n    \"precision\": 2\n  },\n" +
            "  \"unit_count\": 2,\n  \"runs\": 2,\n  \"total_runs\": 2,\n  \"seed\": null,\n  \"perturbation\": \"weights-file\",\n  \"level\": 0,\n  \"nodes\": [\n    \"W1\",\n    \"W2\"\n  ],\n  \"top\": 1,\n",
            json);
        Assert.Contains(
            "      \"unit_id\": \"P\",\n      \"unit_name\": \"P\",\n      \"group\": null,\n      \"index\": 75.00,\n      \"nominal_rank\": 1,\n      \"mean_rank\": 1.5,\n" +
            "      \"median_rank\": 1.5,\n      \"p05_rank\": 1.05,\n      \"p95_rank\": 1.95,\n      \"band\": null,\n      \"band_kept\": null,\n      \"top_probability\": 0.5\n",
            json);
        Assert.DoesNotContain("sensitivity", json);
    }

    [Fact]
    public void SensitivityCsv_WithoutSensitivity_IsTheHeaderOnly()
    {
        var writer = new StringWriter();
        UncertaintyCsvWriter.WriteSensitivity(Result(), writer);

        Assert.Equal("code,name,max_points,first_order,total\n", writer.ToString());
    }
}
