using System.IO;
using ParIndex.Assessments;
using ParIndex.IO;
using static ParIndex.Tests.ScoringFixture;

namespace ParIndex.Tests.IO;

public class AssessmentTemplateTests
{
    [Fact]
    public void AppraisalSheet_IsTheRoundHeader_AndReadsBackAsAnEmptyRound()
    {
        var writer = new StringWriter();
        AssessmentTemplate.WriteAppraisalSheet(Set, writer);
        Assert.Equal("unit_id,code,value,points,delta,reason\n", writer.ToString());

        var builder = new AssessmentInputBuilder(Set);
        AssessmentFiles.ReadSelfAssessments(builder, WideHeader + "\nU1,Đơn vị 1,huyen,Kịp thời,100,1,100,3,1,2,1,0,0,0,0\n", "units.csv");
        AssessmentFiles.ReadAppraisalRound(builder, writer.ToString(), "round.csv", "vòng 1");
        AssessmentFiles.ReadSurvey(builder, "unit_id,code,value\nU1,3.1,100\nU1,3.2,100\n", "survey.csv");
        var round = Assert.Single(builder.Build().AppraisalRounds);
        Assert.Empty(round.Adjustments);
    }
}
