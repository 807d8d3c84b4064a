using System.IO;
using System.Text;
using ParIndex.Reporting;
using ParIndex.Scenarios;
using ParIndex.Tests.Scenarios;

namespace ParIndex.Tests.Reporting;

/// <summary>The files of <c>compare --format csv|json</c>.</summary>
public class ComparisonWritersTests
{
    /// <summary>
    /// P leads on area 2, Q on area 1; doubling area 1's maximum to 80 (no rebalancing, total 140) turns the order:
    /// P 70/100 → 90/140 = 64.29, Q 60/100 → 100/140 = 71.43.
    /// </summary>
    private static ScenarioComparison Comparison()
    {
        var set = ScenarioFixtures.Set(ScenarioFixtures.ThreeAreas);
        var sheet = ScenarioFixtures.Sheet(set, ("P", new[] { 10m, 10m, 30m, 20m, 0m }), ("Q", new[] { 20m, 20m, 10m, 10m, 0m }));
        var scenario = new Scenario("Một lĩnh vực ×2", new[] { ScenarioChange.SetMax("1", Points.FromDecimal(80)) }, RebalanceMode.None);
        return ScenarioComparison.Compare(sheet, new[] { scenario });
    }

    [Fact]
    public void Csv_HasOneRowPerScenarioAndUnit()
    {
        var writer = new StringWriter();
        ComparisonCsvWriter.Write(Comparison(), writer);

        Assert.Equal(
            "scenario,unit_id,unit_name,group,baseline_index,baseline_rank,baseline_band,index,rank,shift,band\n" +
            "Một lĩnh vực ×2,P,P,,70.00,1,B,64.29,2,-1,B\n" +
            "Một lĩnh vực ×2,Q,Q,,60.00,2,B,71.43,1,1,B\n",
            writer.ToString());
    }

    [Fact]
    public void Json_HasTheScenarioAgreementMoversAndUnits_WithVietnameseAsText()
    {
        using var stream = new MemoryStream();
        ComparisonJsonWriter.Write(Comparison(), stream, movers: 1);
        var json = Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n");

        Assert.StartsWith("{\n  \"schema_version\": 1,\n  \"kind\": \"comparison\",\n  \"criteria_set\": {\n    \"id\": \"t3\",", json);
        Assert.Contains(
            "  \"unit_count\": 2,\n  \"scenarios\": [\n    {\n      \"name\": \"Một lĩnh vực ×2\",\n      \"description\": null,\n      \"source\": null,\n" +
            "      \"rebalance\": \"none\",\n      \"max_points\": 140.00,\n      \"spearman_rho\": -1,\n      \"kendall_tau_b\": -1,\n" +
            "      \"largest_movers\": [\n        {\n          \"unit_id\": \"Q\",\n          \"baseline_rank\": 2,\n          \"rank\": 1,\n          \"shift\": 1\n        }\n      ],\n",
            json);
        Assert.Contains("          \"unit_id\": \"Q\",\n          \"unit_name\": \"Q\",\n          \"group\": null,\n          \"baseline_index\": 60.00,\n          \"baseline_rank\": 2,\n          \"baseline_band\": \"B\",\n          \"index\": 71.43,\n          \"rank\": 1,\n          \"shift\": 1,\n          \"band\": \"B\"\n", json);
    }
}
