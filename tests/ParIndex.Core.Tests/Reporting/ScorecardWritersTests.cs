using System.IO;
using System.Text;
using ParIndex.Assessments;
using ParIndex.Reporting;
using ParIndex.Scoring;
using ParIndex.Tests.Scenarios;

namespace ParIndex.Tests.Reporting;

/// <summary>The scorecard (phiếu chấm điểm) files of <c>explain --format csv|json</c>, on a hand-computable set.</summary>
public class ScorecardWritersTests
{
    /// <summary>Unit A: 1.1 = 20, 1.2 = 10 (appraised to 5), 2 = 30, 3 = 15, D.1 = 2 deducted; final 25 + 30 + 15 − 2 = 68 of 100.</summary>
    private static Scorecard UnitA()
    {
        var set = ScenarioFixtures.Set(ScenarioFixtures.ThreeAreas);
        var builder = new AssessmentInputBuilder(set);
        builder.AddUnit(new UnitInfo("A", "Đơn vị Một", "huyen"));
        foreach (var (code, points) in new[] { ("1.1", 20m), ("1.2", 10m), ("2", 30m), ("3", 15m), ("D.1", 2m) })
        {
            builder.SetSelf("A", code, AssessmentValue.Number(points), evidence: code == "1.2" ? "QĐ 12/QĐ-UBND" : null);
        }

        builder.AddAppraisalRound("vòng 1").SetPoints("A", "1.2", 5m, "thiếu tài liệu");
        return Scorer.Score(builder.Build())["A"].Scorecard();
    }

    private static string Json(Scorecard scorecard)
    {
        using var stream = new MemoryStream();
        ScorecardJsonWriter.Write(scorecard, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void Csv_HasOneRowPerNode_WithTheAppraisalAndThePointsLost()
    {
        var writer = new StringWriter();
        ScorecardCsvWriter.Write(UnitA(), writer);

        Assert.Equal(
            "unit_id,code,name,depth,block,source,max_points,self_value,self_not_applicable,self_points,appraisals,points,lost,evidence,note\n" +
            "A,1,One,0,none,self,40.00,,,30.00,,25.00,15.00,,\n" +
            "A,1.1,x,1,none,self,20.00,20,false,20.00,,20.00,0.00,,\n" +
            "A,1.2,y,1,none,self,20.00,10,false,10.00,vòng 1: points 5 → 5.00 (thiếu tài liệu),5.00,15.00,QĐ 12/QĐ-UBND,\n" +
            "A,2,Two,0,none,self,30.00,30,false,30.00,,30.00,0.00,,\n" +
            "A,3,Three,0,none,self,30.00,15,false,15.00,,15.00,15.00,,\n" +
            "A,D,Deduction,0,deduction,self,-5.00,,,-2.00,,-2.00,2.00,,\n" +
            "A,D.1,d,1,deduction,self,-5.00,2,false,-2.00,,-2.00,2.00,,\n",
            writer.ToString());
    }

    [Fact]
    public void Json_HasTheUnitTotalsAndEveryNode_WithVietnameseAsText()
    {
        var json = Json(UnitA()).Replace("\r\n", "\n");

        Assert.StartsWith("{\n  \"schema_version\": 1,\n  \"kind\": \"scorecard\",\n  \"criteria_set\": {\n    \"id\": \"t3\",\n    \"name\": \"Three areas\",\n    \"max_points\": 100.00,\n    \"precision\": 2\n  },\n", json);
        Assert.Contains(
            "  \"unit\": {\n    \"unit_id\": \"A\",\n    \"unit_name\": \"Đơn vị Một\",\n    \"group\": \"huyen\",\n    \"self_points\": 73.00,\n    \"points\": 68.00,\n" +
            "    \"survey_points\": 0.00,\n    \"max_points\": 100.00,\n    \"index\": 68.00\n  },\n",
            json);
        Assert.Contains(
            "      \"code\": \"1.2\",\n      \"name\": \"y\",\n      \"depth\": 1,\n      \"leaf\": true,\n      \"block\": \"none\",\n      \"source\": \"self\",\n" +
            "      \"max_points\": 20.00,\n      \"self_value\": \"10\",\n      \"self_not_applicable\": false,\n      \"self_points\": 10.00,\n" +
            "      \"appraisals\": [\n        {\n          \"round\": \"vòng 1\",\n          \"kind\": \"points\",\n          \"value\": \"5\",\n" +
            "          \"reason\": \"thiếu tài liệu\",\n          \"points_after\": 5.00\n        }\n      ],\n" +
            "      \"points\": 5.00,\n      \"lost\": 15.00,\n      \"evidence\": \"QĐ 12/QĐ-UBND\",\n      \"note\": null\n",
            json);
        Assert.EndsWith(
            "  \"largest_losses\": [\n" +
            "    {\n      \"code\": \"1.2\",\n      \"name\": \"y\",\n      \"points\": 5.00,\n      \"lost\": 15.00,\n      \"deducted_before_cap\": null\n    },\n" +
            "    {\n      \"code\": \"3\",\n      \"name\": \"Three\",\n      \"points\": 15.00,\n      \"lost\": 15.00,\n      \"deducted_before_cap\": null\n    },\n" +
            "    {\n      \"code\": \"D.1\",\n      \"name\": \"d\",\n      \"points\": -2.00,\n      \"lost\": 2.00,\n      \"deducted_before_cap\": null\n    }\n  ]\n}",
            json);
        Assert.DoesNotContain("\\u", json);
    }

    [Fact]
    public void BothFormats_AreByteIdenticalUnderEveryCulture()
    {
        var outputs = ScoringFixture.UnderEachCulture(() =>
        {
            var csv = new MemoryStream();
            ScorecardCsvWriter.Write(UnitA(), csv);
            return Encoding.UTF8.GetString(csv.ToArray()) + Json(UnitA());
        });

        Assert.All(outputs, o => Assert.Equal(outputs[0], o));
        Assert.StartsWith("\uFEFFunit_id,", outputs[0]);
    }
}
