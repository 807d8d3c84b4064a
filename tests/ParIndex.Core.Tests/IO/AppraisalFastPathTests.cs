using System;
using System.IO;
using System.Linq;
using System.Text;
using ParIndex.Assessments;
using ParIndex.Internal;
using ParIndex.IO;
using ParIndex.Scoring;
using static ParIndex.Tests.ScoringFixture;

namespace ParIndex.Tests.IO;

/// <summary>
/// Appraisal and survey rows are read from their bytes when they are plain (AppraisalFastPath, SurveyRows): each row
/// must give exactly what the builder's methods give for the same text, whichever source (text or file bytes) it is.
/// </summary>
public class AppraisalFastPathTests
{
    private const string Units = WideHeader + "\nU1,Đơn vị 1,huyen,Kịp thời,100,1,100,3,1,2,1,0,0,0,0\nU2,Đơn vị 2,xa,Không kịp thời,80,0,50,2.5,0,1,0,1,0,0,0\n";

    private static readonly (string Unit, string Code, string Column, string Text, string Reason)[] Rows =
    {
        ("U1", "1.2", "value", "80", "thiếu tài liệu"),
        ("U1", "1.1", "value", "Không kịp thời", "chậm"),
        ("U2", "1.1", "value", "Không kịp thời", "chậm"),
        ("U1", "1.3", "value", "n/a", "không phát sinh"),
        ("U2", "1.3", "value", "có", "đã bổ sung"),
        ("U1", "2.1", "value", "0", "thiếu tài liệu"),
        ("U2", "1.2", "value", "85,5", "tính lại"),
        ("U1", "1.4", "value", "95 %", "tính lại"),
        ("U2", "1.4", "value", "87.25%", "tính lại"),
        ("U1", "1.5", "points", "2.50", "chưa đủ"),
        ("U2", "2.1", "points", "0,75", "chưa đủ"),
        ("U1", "D.1", "points", "-1", "bị hủy"),
        ("U2", "2.2.1", "delta", "-0.5", "Lý do \"gấp\", có dấu phẩy"),
        ("U1", "2.2.1", "delta", "-1,5", "bổ sung"),
        ("U2", "1.5", "delta", "+0.25", "bổ sung"),
        ("U2", "D.2", "value", "2", "chậm báo cáo"),
    };

    private static string Csv()
    {
        var csv = new StringBuilder("unit_id,code,value,points,delta,reason\n");
        foreach (var (unit, code, column, text, reason) in Rows)
        {
            var cells = new[] { column == "value" ? text : "", column == "points" ? text : "", column == "delta" ? text : "" };
            csv.Append(unit).Append(',').Append(code).Append(',').Append(string.Join(",", cells.Select(Quote))).Append(',').Append(Quote(reason)).Append('\n');
        }

        return csv.ToString();
    }

    private static string Quote(string text) => text.IndexOfAny(new[] { ',', '"' }) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;

    private static AssessmentInputBuilder WithUnits()
    {
        var builder = new AssessmentInputBuilder(Set);
        AssessmentFiles.ReadSelfAssessments(builder, Units, "units.csv");
        AssessmentFiles.ReadSurvey(builder, "unit_id,code,value\nU1,3.1,100\nU1,3.2,100\nU2,3.1,50\nU2,3.2,25\n", "survey.csv");
        return builder;
    }

    private static string Describe(AssessmentInput input) => string.Join(
        "\n",
        input.AppraisalRounds.Single().Adjustments.Select(a => $"{a.UnitId} {a.Code} {a.Kind} [{a.DisplayValue}] [{a.Reason}] {a.Location}"));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void PlainRows_GiveTheAdjustmentsOfTheBuilderMethods(bool fromBytes)
    {
        var read = WithUnits();
        if (fromBytes)
        {
            AssessmentFiles.ReadAppraisalRound(read, new MemoryStream(Encoding.UTF8.GetBytes(Csv())), "r.csv", "vòng 1");
        }
        else
        {
            AssessmentFiles.ReadAppraisalRound(read, Csv(), "r.csv", "vòng 1");
        }

        var given = WithUnits();
        var round = given.AddAppraisalRound("vòng 1");
        for (var i = 0; i < Rows.Length; i++)
        {
            var (unit, code, column, text, reason) = Rows[i];
            var at = new SourceLocation("r.csv", i + 2, column == "value" ? 3 : column == "points" ? 4 : 5);
            Assert.True(column == "value" || ValueText.TryParsePlainNumber(text, out _));
            ValueText.TryParsePlainNumber(text, out var number);
            _ = column switch
            {
                "value" => round.ReplaceValue(unit, code, AssessmentValue.Raw(text), reason, at),
                "points" => round.SetPoints(unit, code, number, reason, at),
                _ => round.AddPoints(unit, code, number, reason, at),
            };
        }

        var fromFile = read.Build();
        var fromMethods = given.Build();
        Assert.Equal(Describe(fromMethods), Describe(fromFile));
        Assert.Equal(Rows.Length, fromFile.AppraisalRounds.Single().Adjustments.Count);
        Assert.Equal(
            "U1 1.4 Value [95] [tính lại] r.csv:9:3\nU1 1.5 Points [2.5] [chưa đủ] r.csv:11:4",
            string.Join("\n", Describe(fromFile).Split('\n').Where(l => l.StartsWith("U1 1.4", StringComparison.Ordinal) || l.StartsWith("U1 1.5", StringComparison.Ordinal))));
        var scores = Scorer.Score(fromFile);
        var expected = Scorer.Score(fromMethods);
        Assert.Equal(expected.Units.Select(u => $"{u.Id} {u.Points}"), scores.Units.Select(u => $"{u.Id} {u.Points}"));
    }

    [Fact]
    public void RowsThatAreNotPlain_AreStillReportedByTheGeneralPath()
    {
        var builder = WithUnits();
        AssessmentFiles.ReadAppraisalRound(builder, "unit_id,code,value,points,delta,reason\nU1,1.2,80,,,a\nU1,1.2,70,,,b\nU1,1.5,,-0,,c\nU2,1.5,,3.1,,d\nU2,1.4,,,1e2,e\n", "r.csv", "vòng 1");
        var ex = Assert.Throws<ParIndexException>(() => builder.Build());
        Assert.Equal(new[] { "r.csv:3:2", "r.csv:5:4", "r.csv:6:5" }, ex.Diagnostics.Select(d => d.Location?.ToString()));
    }

    [Fact]
    public void AdjustmentsAddedAfterBuild_DoNotChangeTheBuiltInput()
    {
        var builder = WithUnits();
        var round = builder.AddAppraisalRound("vòng 1");
        round.SetPoints("U1", "1.5", 2m, "a");
        var input = builder.Build();
        round.SetPoints("U2", "1.5", 1m, "b");
        Assert.Equal("U1 1.5 Points [2] [a] ", Describe(input));
    }

    [Theory]
    [InlineData("95,5 %")]
    [InlineData("95.5%")]
    [InlineData("95,5")]
    public void SurveyPercentages_ReadAsTheirNumber(string text)
    {
        var builder = new AssessmentInputBuilder(Set);
        AssessmentFiles.ReadSelfAssessments(builder, Units, "units.csv");
        AssessmentFiles.ReadSurvey(builder, $"unit_id,code,value\nU1,3.1,\"{text}\"\nU1,3.2,100\nU2,3.1,50\nU2,3.2,25\n", "survey.csv");
        var plain = new AssessmentInputBuilder(Set);
        AssessmentFiles.ReadSelfAssessments(plain, Units, "units.csv");
        AssessmentFiles.ReadSurvey(plain, "unit_id,code,value\nU1,3.1,95.5\nU1,3.2,100\nU2,3.1,50\nU2,3.2,25\n", "survey.csv");
        Assert.Equal(Scorer.Score(plain.Build())["U1"].Points, Scorer.Score(builder.Build())["U1"].Points);
    }

    [Fact]
    public void PlainNumbers_ReadFromBytes_AreCellsTheGeneralRuleGives()
    {
        var compiled = Set.Compiled;
        var texts = new[] { "0", "1", "80", "85,5", "85.5", "95%", "95 %", "95,5 %", "100%", "3", "3,0", "2.25", "2,5", "0.000001", "0.0000001", "-1", "+1", "1e2", "1,000.5", "95%%", "95.", "5,", "007", "1.5%", "999999999999", "1000000000000" };
        var fast = 0;
        foreach (var text in texts)
        {
            for (var leaf = 0; leaf < compiled.LeafCount; leaf++)
            {
                if (!compiled.TryEncodePlain(leaf, Encoding.UTF8.GetBytes(text), out var cell))
                {
                    continue;
                }

                fast++;
                Assert.True(compiled.TryEncode(leaf, AssessmentValue.Raw(text), out var general, out var error), $"{text} on leaf {leaf}: {error}");
                Assert.Equal(general, cell);
            }
        }

        Assert.True(compiled.TryEncodePlain(compiled.TryGetLeaf("1.4", out var ratio) ? ratio : -1, Encoding.UTF8.GetBytes("95,5 %"), out var percent));
        Assert.Equal(95_500_000, percent);
        Assert.True(fast > texts.Length);
    }
}
