using System.IO;
using System.Linq;
using System.Text;
using ParIndex.Survey;

namespace ParIndex.Tests.Survey;

public class SurveyResponseFilesTests
{
    private static SurveyResponses Parse(string csv) => SurveyResponseFiles.Parse(csv, "r.csv", SurveyFixtures.Definition());

    private static string[] Errors(string csv) => Assert.Throws<ParIndexException>(() => Parse(csv)).Diagnostics.Select(d => d.ToString()).ToArray();

    [Fact]
    public void LongAndWideFormsGiveTheSameAnswers()
    {
        var wide = Parse("unit_id,respondent_id,group,Q1,Q2,Q3\nU,1,dan,A,B,\nU,2,dn,Rất hài lòng,,4\n");
        var longForm = Parse("unit_id,respondent_id,group,question,answer\nU,1,dan,Q1,A\nU,1,dan,Q2,B\nU,2,Doanh nghiệp,Q1,a\nU,2,dn,Q3,4\n");
        var definition = wide.Definition;
        foreach (var responses in new[] { wide, longForm })
        {
            Assert.Equal("B", responses.Answer("U", "1", definition.Questions[1])?.Answer);
            Assert.Equal("A", responses.Answer("U", "2", definition.Questions[0])?.Answer);
            Assert.Null(responses.Answer("U", "2", definition.Questions[1]));
            Assert.Equal(1, responses.RespondentCount("U", definition.Groups[1]));
        }
    }

    [Fact]
    public void AStreamWithSemicolonsAndABomReadsLikeText()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("unit_id;respondent_id;group;Q1;Q2;Q3\nU;1;dan;A;B;\n")).ToArray();
        using var stream = new MemoryStream(bytes);
        var responses = SurveyResponseFiles.Load(stream, "upload.csv", SurveyFixtures.Definition());
        Assert.Equal(new[] { "U" }, responses.UnitIds);
    }

    [Fact]
    public void EveryBadAnswerIsReportedAtItsCell()
    {
        Assert.Equal(
            new[]
            {
                "r.csv:2:4: 'F' is not an answer of question 'Q1'; answers: A (Rất hài lòng), B (Hài lòng), C, D, E (Không biết)",
                "r.csv:3:6: question 'Q3' is not asked to group 'dan' (asked to: dn)",
                "r.csv:4:3: unknown respondent group 'citizen'; groups: dan, dn",
                "r.csv:5:2: respondent '1' of unit 'U' has a second row; first at line 2",
                "r.csv:6:2: respondent '2' of unit 'U' has a second row; first at line 3",
                "r.csv:7:4: the row has 3 fields but the header has 6",
            },
            Errors("unit_id,respondent_id,group,Q1,Q2,Q3\nU,1,dan,F,A,\nU,2,dan,A,A,5\nU,3,citizen,A,A,\nU,1,dn,A,A,5\nU,2,dan,A,A,\nU,4,dan\n"));
    }

    [Fact]
    public void LongFormReportsUnknownQuestionsAtTheQuestionCellAndSecondAnswers()
    {
        Assert.Equal(
            new[]
            {
                "r.csv:2:4: unknown question 'Q9' (not in survey definition 'tiny-survey')",
                "r.csv:4:5: respondent '1' answered question 'Q1' twice; first at line 3",
                "r.csv:5:5: respondent '1' of unit 'U' is in group 'dan' on an earlier row, here 'dn'",
            },
            Errors("unit_id,respondent_id,group,question,answer\nU,1,dan,Q9,A\nU,1,dan,Q1,A\nU,1,dan,Q1,B\nU,1,dn,Q2,A\n"));
    }

    [Fact]
    public void HeaderProblemsAreReportedAtTheHeaderLine()
    {
        Assert.Equal(
            new[]
            {
                "r.csv:2:1: the header has no 'respondent_id' column",
                "r.csv:2:4: unknown question 'Q9' (not in survey definition 'tiny-survey')",
            },
            Errors("\nunit_id,group,Q1,Q9\nU,dan,A,B\n"));
    }

    [Fact]
    public void UnitIdsThatDifferOnlyByCaseAreAnError()
    {
        Assert.Equal(
            new[] { "r.csv:3:1: unit id 'u' differs only by case from unit 'U' on line 2; give each unit one id, written the same way everywhere" },
            Errors("unit_id,respondent_id,group,Q1,Q2,Q3\nU,1,dan,A,A,\nu,2,dan,A,A,\n"));
    }

    [Fact]
    public void AHeaderWithoutRowsIsAnError()
    {
        Assert.Equal(new[] { "r.csv:1:1: there are no answers: the file has a header row but no answer rows" }, Errors("unit_id,respondent_id,group,Q1\n"));
    }
}
