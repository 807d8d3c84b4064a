using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ParIndex.Assessments;
using ParIndex.Criteria;
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

    private const string BlocksYaml = """
        format: 1
        id: t
        name: T
        level: district
        max: 10
        areas:
          - { code: "1", name: A, max: 10, rule: { kind: points }, not_applicable: exclude }
          - code: D
            name: Deductions
            block: deduction
            max: -5
            children:
              - { code: D.1, name: d, max: -2, rule: yes_no, not_applicable: full }
              - { code: D.2, name: e, max: -2, rule: { kind: count, per: 1 } }
          - code: B
            name: Bonuses
            block: bonus
            max: 3
            children:
              - { code: B.1, name: b, max: 2, rule: yes_no, not_applicable: exclude }
        """;

    private static string[] NotApplicableColumn(string culture)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var writer = new StringWriter();
            AssessmentTemplate.WriteGuide(CriteriaSetLoader.Parse(BlocksYaml, "t.yaml"), writer);
            return writer.ToString().TrimEnd('\n').Split('\n').Select(line => line.Substring(0, line.IndexOf(',')) + " | " + line.Substring(line.LastIndexOf(',') + 1)).ToArray();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void Guide_SaysNotApplicableInADeductionOrBonusBlockScoresZero_InEnglish()
    {
        Assert.Equal(
            new[] { "code | not_applicable", "1 | NA = left out of the maximum", "D.1 | NA = 0 points (nothing happened)", "D.2 | no", "B.1 | NA = 0 points (nothing happened)" },
            NotApplicableColumn("en"));
    }

    [Fact]
    public void Guide_SaysNotApplicableInADeductionOrBonusBlockScoresZero_InVietnamese()
    {
        Assert.Equal(
            new[] { "code | not_applicable", "1 | KPS (không phát sinh) = không tính vào điểm tối đa", "D.1 | KPS (không phát sinh) = 0 điểm (không có sự việc)", "D.2 | không được phép", "B.1 | KPS (không phát sinh) = 0 điểm (không có sự việc)" },
            NotApplicableColumn("vi"));
    }

    [Fact]
    public void GuideSheetAndAppraisalSheet_ToAStream_AreTheTextOverloadsInUtf8()
    {
        var set = CriteriaSetLoader.Parse(BlocksYaml, "t.yaml");
        foreach (var (toText, toStream) in new (System.Action<TextWriter>, System.Action<Stream>)[]
        {
            (w => AssessmentTemplate.WriteSheet(set, w), s => AssessmentTemplate.WriteSheet(set, s)),
            (w => AssessmentTemplate.WriteAppraisalSheet(set, w), s => AssessmentTemplate.WriteAppraisalSheet(set, s)),
            (w => AssessmentTemplate.WriteGuide(set, w), s => AssessmentTemplate.WriteGuide(set, s)),
        })
        {
            var text = new StringWriter();
            toText(text);
            using var stream = new MemoryStream();
            toStream(stream);
            Assert.Equal(new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray(), stream.ToArray());
        }
    }
}
