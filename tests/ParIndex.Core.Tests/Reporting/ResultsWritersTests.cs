using System.IO;
using System.Linq;
using System.Text;
using ParIndex.Assessments;
using ParIndex.IO;
using ParIndex.Ranking;
using ParIndex.Reporting;
using ParIndex.Scoring;
using static ParIndex.Tests.ScoringFixture;

namespace ParIndex.Tests.Reporting;

internal static class WriterInput
{
    public const string Units = WideHeader + "\n" +
        "U1,Đơn vị 1,huyen,Kịp thời,100,1,100,3,1,2,1,0,0,0,0\n" +
        "U2,\"=Đơn vị, 2\",,Không kịp thời,\"80,5\",0,50,2.5,NA,NA,NA,1,0,0,0\n" +
        "U3,Đơn vị 3,huyen,Kịp thời,100,1,100,3,1,2,1,0,0,0,0\n";

    public const string Survey = "unit_id;code;value\nU1;3.1;87,5\nU1;3.2;62,5\nU2;3.1;11,675\nU2;3.2;0\nU3;3.1;87.5\nU3;3.2;62.5\n";

    /// <summary>Parses, scores, ranks and writes, all under the current culture.</summary>
    public static RankingResult Rank()
    {
        var builder = new AssessmentInputBuilder(Set);
        AssessmentFiles.ReadSelfAssessments(builder, Units, "units.csv");
        AssessmentFiles.ReadSurvey(builder, Survey, "survey.csv");
        return Ranker.Rank(Scorer.Score(builder.Build()));
    }

    public static string Json(RankingResult ranking)
    {
        using var stream = new MemoryStream();
        ResultsJsonWriter.Write(ranking, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static string Csv(RankingResult ranking)
    {
        using var writer = new StringWriter();
        ResultsCsvWriter.Write(ranking, writer);
        return writer.ToString();
    }
}

public class ResultsJsonWriterTests
{
    [Fact]
    public void Json_HasTheStableShape_WithNumbersAtTheSetsPrecision()
    {
        var json = WriterInput.Json(WriterInput.Rank());
        Assert.Equal(File.ReadAllText(TestData.Path("tests", "ParIndex.Core.Tests", "Reporting", "expected.json")).Replace("\r\n", "\n"), json.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Json_IsByteIdenticalUnderEveryCulture()
    {
        var outputs = UnderEachCulture(() => WriterInput.Json(WriterInput.Rank()));
        Assert.All(outputs, o => Assert.Equal(outputs[0], o));
    }
}

public class ResultsCsvWriterTests
{
    [Fact]
    public void Csv_HasOneRowPerUnit_BestFirst_WithFormulaTextEscaped()
    {
        Assert.Equal(
            "rank,unit_id,unit_name,group,self_points,points,survey_points,max_points,index,band,area_1_points,area_1_index,area_2_points,area_2_index,area_3_points,area_3_index,area_D_points,area_D_index,area_B_points,area_B_index,group_rank,appraised_points,self_minus_appraised,previous_rank,rank_change,group_rank_change,index_change,next_rank_unit_id,points_to_next_rank,next_band,points_to_next_band,areas_led,area_1_rank,area_2_rank,area_3_rank\n" +
            "1,U1,Đơn vị 1,huyen,14.00,18.75,4.75,20.00,93.75,Tốt,10.00,100.00,4.00,100.00,4.75,79.17,0.00,,0.00,,1,14.00,0.00,,,,,,,,,3,1,1,1\n" +
            "1,U3,Đơn vị 3,huyen,14.00,18.75,4.75,20.00,93.75,Tốt,10.00,100.00,4.00,100.00,4.75,79.17,0.00,,0.00,,1,14.00,0.00,,,,,,,,,3,1,1,1\n" +
            "3,U2,\"'=Đơn vị, 2\",,5.00,5.47,0.47,16.00,34.17,Yếu,5.50,55.00,0.00,,0.47,7.78,-0.50,,0.00,,1,5.00,0.00,,,,,,,Khá,7.34,2,1,,1\n",
            WriterInput.Csv(WriterInput.Rank()));
    }

    [Fact]
    public void Csv_IsByteIdenticalUnderEveryCulture()
    {
        var outputs = UnderEachCulture(() => WriterInput.Csv(WriterInput.Rank()));
        Assert.All(outputs, o => Assert.Equal(outputs[0], o));
    }
}
