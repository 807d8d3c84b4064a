using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ParIndex.Assessments;
using ParIndex.IO;
using ParIndex.Scoring;
using static ParIndex.Tests.ScoringFixture;

namespace ParIndex.Tests.IO;

public class AssessmentFilesTests
{
    private const string Row1 = "U1,Đơn vị 1,huyen,Kịp thời,100,1,100,3,1,2,1,0,0,0,0";
    private const string Row2 = "U2,Đơn vị 2,xa,Không kịp thời,80,0,50,2.5,0,1,0,1,0,0,0";
    private const string Units = WideHeader + "\n" + Row1 + "\n" + Row2 + "\n";
    private const string Survey = "unit_id,code,value\nU1,3.1,100\nU1,3.2,100\nU2,3.1,50\nU2,3.2,25\n";

    private static AssessmentInput Read(string units, string? survey = Survey, params string[] rounds)
    {
        var builder = new AssessmentInputBuilder(Set);
        AssessmentFiles.ReadSelfAssessments(builder, units, "units.csv");
        for (var i = 0; i < rounds.Length; i++)
        {
            AssessmentFiles.ReadAppraisalRound(builder, rounds[i], $"round{i + 1}.csv", $"vòng {i + 1}");
        }

        if (survey is not null)
        {
            AssessmentFiles.ReadSurvey(builder, survey, "survey.csv");
        }

        return builder.Build();
    }

    private static string[] Errors(string units, string? survey = Survey, params string[] rounds)
    {
        var ex = Assert.Throws<ParIndexException>(() => Scorer.Score(Read(units, survey, rounds)));
        return ex.Diagnostics.Select(d => d.ToString()).ToArray();
    }

    private static string Error(string units, string? survey = Survey, params string[] rounds) => Assert.Single(Errors(units, survey, rounds));

    private const string SurveyU1 = "unit_id,code,value\nU1,3.1,100\nU1,3.2,100\n";

    private static string Wide(string row) => WideHeader + "\n" + row + "\n";

    [Fact]
    public void WideFile_IsScored()
    {
        var sheet = Scorer.Score(Read(Units));
        // U2: 0.5 + 1 + 0 + 1.5 + 2.5 = 5.5; area 2: 0 + 1 + 0 = 1; survey 2 + 0.5; D.1 -0.5.
        Assert.Equal("U1 20/20 | U2 8.5/20", string.Join(" | ", sheet.Units.Select(u => $"{u.Id} {u.Points}/{u.MaxPoints}")));
        Assert.Equal("xa", sheet["U2"].Group);
        Assert.Equal("Đơn vị 2", sheet["U2"].Name);
    }

    [Fact]
    public void LongFile_IsScored_WithEvidenceAndNotes_AndOmittedNotApplicableLeaves()
    {
        var longForm = "unit_id,code,value,evidence,note\n" +
            string.Join("\n", Full.Where(f => f.Code != "2.1").Select(f => $"U1,{f.Code},\"{f.Value}\",,")) +
            "\nU1,2.1,1,QĐ 12/QĐ-UBND,đã ban hành\n";
        var u = Scorer.Score(Read(longForm, SurveyU1))["U1"];
        Assert.Equal("20/20", $"{u.Points}/{u.MaxPoints}");
        var leaf = u.Scorecard().Leaves.Single(l => l.Leaf.Code == "2.1");
        Assert.Equal("QĐ 12/QĐ-UBND | đã ban hành", $"{leaf.Evidence} | {leaf.Note}");

        var withoutExcludable = "unit_id,code,value\n" + string.Join("\n", Full.Where(f => f.Code != "2.1").Select(f => $"U1,{f.Code},{f.Value}")) + "\n";
        Assert.Equal("19/19", $"{Scorer.Score(Read(withoutExcludable, SurveyU1))["U1"].Points}/19");
    }

    [Fact]
    public void SemicolonFile_WithDecimalCommas_IsRead()
    {
        var text = WideHeader.Replace(',', ';') + "\nU1;Đơn vị 1;huyen;Kịp thời;95,5 %;1;82,5;2,75;1;2;1;0;0;0;0\n";
        var survey = "unit_id;code;value\nU1;3.1;87,5\nU1;3.2;62,5%\n";
        var u = Scorer.Score(Read(text, survey))["U1"];
        // 1 + 2 + 1 + 2.475 + 2.75 + 4 + 3.5 + 1.25 = 17.975
        Assert.Equal("17.975", u.Points.ToString());
    }

    [Fact]
    public void FileWithBom_IsRead()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Units)).ToArray();
        var builder = new AssessmentInputBuilder(Set);
        AssessmentFiles.ReadSelfAssessments(builder, CsvTable.Parse(CsvTable.Decode(bytes, "units.csv"), "units.csv"));
        AssessmentFiles.ReadSurvey(builder, Survey, "survey.csv");
        Assert.Equal(2, Scorer.Score(builder.Build()).Units.Count);
    }

    [Fact]
    public void AppraisalFile_ValuePointsAndDelta_LaterRoundWins()
    {
        var round1 = "unit_id,code,value,points,delta,reason\nU1,1.2,80,,,thiếu tài liệu\nU1,1.5,,2,,chưa đủ\nU1,1.4,,,\"-0,5\",tính lại\n";
        var round2 = "unit_id;code;value;points;delta;reason\nU1;1.2;60;;;sau giải trình\nU1;1.5;;;+0,25;bổ sung\n";
        var u = Scorer.Score(Read(Units, Survey, round1, round2))["U1"];
        // 1 + 0 + 1 + 2.5 + 2.25 + 4 + 6 = 16.75
        Assert.Equal("16.75", u.Points.ToString());
        Assert.Equal("vòng 1: 80 → 1 (thiếu tài liệu); vòng 2: 60 → 0 (sau giải trình)", string.Join("; ", u.Scorecard().Leaves.Single(l => l.Leaf.Code == "1.2").Appraisals.Select(a => $"{a.Round}: {a.Adjustment.DisplayValue} → {a.PointsAfter} ({a.Adjustment.Reason})")));
    }

    [Fact]
    public void UnknownUnitInAppraisal_IsReportedAtTheUnitColumn() =>
        Assert.Equal("round1.csv:2:1: unknown unit 'U9': it is not among the self-assessed units; did you mean 'U1' or 'U2'?", Error(Units, Survey, "unit_id,code,value,reason\nU9,1.2,80,thiếu tài liệu\n"));

    [Fact]
    public void UnknownCriterionInHeader_IsReported() =>
        Assert.Equal("units.csv:1:16: unknown criterion '9.9' in the header (not in criteria set 'test-set')", Error(WideHeader + ",9.9\n" + Row1 + ",1\n", SurveyU1));

    [Fact]
    public void UnknownCriterionInLongForm_IsReportedAtTheCodeColumn()
    {
        var longForm = "unit_id,code,value\n" + string.Join("\n", Full.Select(f => $"U1,{f.Code},{f.Value}")) + "\nU1,9.9,1\n";
        Assert.Equal("units.csv:14:2: unknown criterion '9.9' (not in criteria set 'test-set')", Error(longForm, SurveyU1));
    }

    [Fact]
    public void InnerNodeCode_IsNotALeaf() =>
        Assert.Equal("round1.csv:2:2: '2.2' is not a leaf criterion; give values for its sub-criteria", Error(Units, Survey, "unit_id,code,points,reason\nU1,2.2,1,x\n"));

    [Fact]
    public void NumberWithJunk_IsReportedAtItsCell() =>
        Assert.Equal("units.csv:2:5: unit 'U1': '95x' is not a number for '1.2' (value 0–100)", Error(Wide(Row1.Replace(",100,1,100,", ",95x,1,100,")), SurveyU1));

    [Fact]
    public void OptionNotInTheList_ListsTheOptions() =>
        Assert.Equal("units.csv:2:4: unit 'U1': 'Đúng hạn' is not an option of '1.1'; options: Kịp thời | Không kịp thời | Không ban hành", Error(Wide(Row1.Replace("Kịp thời", "Đúng hạn")), SurveyU1));

    [Fact]
    public void PointsAboveMax_AreRefused() =>
        Assert.Equal("units.csv:2:8: unit 'U1': 3.5 points is outside 0–3 for '1.5'", Error(Wide(Row1.Replace(",100,3,1,", ",100,3.5,1,")), SurveyU1));

    [Fact]
    public void PointsOffTheStep_AreRefused() =>
        Assert.Equal("units.csv:2:8: unit 'U1': 2.3 points is not on the step 0.25 of '1.5'", Error(Wide(Row1.Replace(",100,3,1,", ",100,\"2,3\",1,")), SurveyU1));

    [Fact]
    public void PercentageForACount_IsRefused() =>
        Assert.Equal("units.csv:2:12: unit 'U1': '5%' is a percentage, but 'D.1' takes count (0, 1, 2, …)", Error(Wide(Row1.Replace(",1,0,0,0,0", ",1,5%,0,0,0")), SurveyU1));

    [Fact]
    public void ValueOutsideTheTiersRange_IsRefused() =>
        Assert.Equal("units.csv:2:5: unit 'U1': 100.5 is outside 0–100 for '1.2'", Error(Wide(Row1.Replace(",100,1,100,", ",100.5,1,100,")), SurveyU1));

    [Theory]
    [InlineData("250%")]
    [InlineData("250")]
    [InlineData("110.7")]
    [InlineData("100%")]
    public void ARatioValueAtOrAboveItsTarget_IsFullPoints_AchievementAgainstAPlanMayExceed100(string cell) =>
        Assert.Equal("20", Scorer.Score(Read(Wide(Row1.Replace(",1,100,3,", $",1,{cell},3,")), SurveyU1))["U1"].Points.ToString());

    [Fact]
    public void ANegativeRatioValue_IsRefusedWithItsPosition() =>
        Assert.Equal("units.csv:2:7: unit 'U1': -5 is negative for '1.4'", Error(Wide(Row1.Replace(",1,100,3,", ",1,-5,3,")), SurveyU1));

    [Fact]
    public void EmptyCell_ForALeafThatForbidsNotApplicable_IsMissing() =>
        Assert.Equal("units.csv:2:5: unit 'U1' has no value for '1.2'", Error(Wide(Row1.Replace(",100,1,100,", ",,1,100,")), SurveyU1));

    [Fact]
    public void EmptyCells_ForNotApplicableAndYesNoLeaves_AreFine()
    {
        // 2.2.1 empty → excluded (not applicable); 2.2.2 (yes/no) empty → no.
        var u = Scorer.Score(Read(Wide("U1,Đơn vị 1,huyen,Kịp thời,100,1,100,3,1,,,0,0,0,0"), SurveyU1))["U1"];
        Assert.Equal("17/18", $"{u.Points}/{u.MaxPoints}");
    }

    [Fact]
    public void MissingColumn_IsReportedOnce()
    {
        var header = WideHeader.Replace(",1.2,", ",");
        var row = Row1.Replace(",100,1,100,", ",1,100,");
        Assert.Equal("units.csv:1:1: no column for self-assessed criterion '1.2'", Error(header + "\n" + row + "\n" + row.Replace("U1", "U2") + "\n"));
    }

    [Fact]
    public void MissingLeafInLongForm_NamesUnitAndCode()
    {
        var longForm = "unit_id,code,value\n" + string.Join("\n", Full.Where(f => f.Code != "1.3").Select(f => $"U1,{f.Code},{f.Value}")) + "\n";
        var result = Scorer.Score(Read(longForm, SurveyU1));
        Assert.Equal("20", result["U1"].Points.ToString()); // 1.3 allows not applicable (full points)

        var withoutForbidden = "unit_id,code,value\n" + string.Join("\n", Full.Where(f => f.Code != "1.4").Select(f => $"U1,{f.Code},{f.Value}")) + "\n";
        Assert.Equal("units.csv:2:1: unit 'U1' has no value for '1.4'", Error(withoutForbidden, SurveyU1));
    }

    [Fact]
    public void DuplicateUnitIds_AreReportedWithTheFirstLine() =>
        Assert.Equal("units.csv:3:1: duplicate unit id 'U1'; first at line 2", Error(Units.Replace("U2,", "U1,"), SurveyU1));

    [Fact]
    public void DuplicateLeafColumn_IsReported() =>
        Assert.Equal("units.csv:1:16: column '1.3' appears twice in the header; first at column 6", Error(WideHeader + ",1.3\n" + Row1 + ",1\n", SurveyU1));

    [Fact]
    public void EmptyFile_IsReported() =>
        Assert.Equal("units.csv:1:1: the file is empty", Assert.Throws<ParIndexException>(() => Read("\n  \n")).Diagnostics.Single().ToString());

    [Fact]
    public void HeaderOnlyFile_HasNoUnitsToScore() =>
        Assert.Equal("units.csv:1:1: there are no units to score: the file has a header row but no unit rows", Error(WideHeader + "\n", null));

    [Fact]
    public void RaggedRow_IsReportedAtTheFirstExtraOrMissingField()
    {
        Assert.Equal("units.csv:3:16: the row has 16 fields but the header has 15", Error(WideHeader + "\n" + Row1 + "\n" + Row2 + ",1\n", SurveyU1));
        Assert.Equal("units.csv:2:15: the row has 14 fields but the header has 15", Error(WideHeader + "\n" + Row1.Substring(0, Row1.LastIndexOf(',')) + "\n", null));
    }

    [Fact]
    public void SurveyValueAbove100_IsRefused() =>
        Assert.Equal("survey.csv:3:3: unit 'U1': survey result 100.5 for '3.2' is outside 0–100 %", Error(Units, Survey.Replace("U1,3.2,100", "U1,3.2,100.5")));

    [Fact]
    public void SurveyCriterionInTheSelfAssessment_IsRefused() =>
        Assert.Equal("units.csv:1:16: '3.1' is assessed by the survey and cannot be self-scored; give it in the survey file", Error(WideHeader + ",3.1\n" + Row1 + ",100\n", SurveyU1));

    [Fact]
    public void SelfAssessedCriterionInTheSurvey_IsRefused() =>
        Assert.Equal("survey.csv:6:3: '1.4' is self-assessed, not a survey criterion", Error(Units, Survey + "U1,1.4,100\n"));

    [Fact]
    public void MissingSurveyFile_IsOneMessage() =>
        Assert.Equal("no survey results were given, but criteria set 'test-set' scores '3.1', '3.2' by survey; give the survey results file", Error(Units, null));

    [Fact]
    public void MissingSurveyResult_NamesUnitAndCode() =>
        Assert.Equal("units.csv:3:1: unit 'U2' has no survey result for '3.2'", Error(Units, Survey.Replace("U2,3.2,25\n", "")));

    [Fact]
    public void AppraisalOfASurveyCriterion_IsRefused() =>
        Assert.Equal("round1.csv:2:3: '3.1' is assessed by the survey and cannot be changed by an appraisal", Error(Units, Survey, "unit_id,code,points,reason\nU1,3.1,3,x\n"));

    [Theory]
    [InlineData("U1,1.2,,,,thiếu", "round1.csv:2:3: unit 'U1': give exactly one of value, points or delta for '1.2' (this row gives none)")]
    [InlineData("U1,1.2,80,1,,thiếu", "round1.csv:2:4: unit 'U1': give exactly one of value, points or delta for '1.2' (this row gives value and points)")]
    [InlineData("U1,1.2,,1,-1,thiếu", "round1.csv:2:5: unit 'U1': give exactly one of value, points or delta for '1.2' (this row gives points and delta)")]
    [InlineData("U1,1.2,80,,,", "round1.csv:2:6: unit 'U1': an appraisal of '1.2' needs a reason")]
    [InlineData("U1,1.5,,2.3,,x", "round1.csv:2:4: unit 'U1': 2.3 points is not on the step 0.25 of '1.5'")]
    [InlineData("U1,1.3,,1.5,,x", "round1.csv:2:4: unit 'U1': 1.5 points is outside 0–1 for '1.3'")]
    [InlineData("U1,D.1,,0.5,,x", "round1.csv:2:4: unit 'U1': 0.5 points is outside -1.5–0 for 'D.1'")]
    [InlineData("U1,1.3,,1x,,x", "round1.csv:2:4: unit 'U1': '1x' is not a number of points for '1.3'")]
    [InlineData("U1,1.3,,,+0.5,x", "round1.csv:2:5: unit 'U1': delta +0.5 takes '1.3' from 1 to 1.5, outside 0–1")]
    [InlineData(",1.3,,,+0.5,x", "round1.csv:2:1: empty unit_id")]
    public void BadAppraisalRows_AreReportedAtTheirCell(string row, string expected) =>
        Assert.Equal(expected, Error(Units, Survey, "unit_id,code,value,points,delta,reason\n" + row + "\n"));

    [Fact]
    public void AppraisalFileWithoutAdjustmentColumns_IsReported() =>
        Assert.Equal("round1.csv:1:1: an appraisal file needs a 'value', 'points' or 'delta' column", Error(Units, Survey, "unit_id,code,reason\nU1,1.2,x\n"));

    [Fact]
    public void AppraisalFileWithoutReasonColumn_IsReported() =>
        Assert.Equal("round1.csv:1:1: the header has no 'reason' column", Error(Units, Survey, "unit_id,code,value\nU1,1.2,80\n"));

    /// <summary>
    /// A file's storage is sized from its line count (blank lines and quoted line breaks make that too many) or grows
    /// (text has no count): every way gives the same cells as reading the rows one by one.
    /// </summary>
    [Fact]
    public void ManyUnits_ReadFromBytesWithBlankLinesAndQuotedBreaks_OrFromText_GiveTheSameScores()
    {
        var rows = Enumerable.Range(1, 150).Select(i => (i % 2 == 0 ? Row1 : Row2).Replace("U1,Đơn vị 1", $"U{i},\"Đơn vị\n{i}\"").Replace("U2,Đơn vị 2", $"U{i},Đơn vị {i}"));
        var plain = WideHeader + "\n" + string.Join("\n", rows) + "\n";
        var spaced = WideHeader + "\n\n" + string.Join("\n\n", rows) + "\n\n\n";
        var survey = "unit_id,code,value\n" + string.Concat(Enumerable.Range(1, 150).Select(i => $"U{i},3.1,{i % 101}\nU{i},3.2,50\n"));

        string Scores(AssessmentInput input) => string.Join(" ", Scorer.Score(input).Units.Select(u => $"{u.Id}:{u.Name}:{u.Points}/{u.MaxPoints}"));
        AssessmentInput FromBytes(string units)
        {
            var builder = new AssessmentInputBuilder(Set);
            AssessmentFiles.ReadSelfAssessments(builder, new System.IO.MemoryStream(Encoding.UTF8.GetBytes(units)), "units.csv");
            AssessmentFiles.ReadSurvey(builder, survey, "survey.csv");
            return builder.Build();
        }

        var expected = Scores(Read(plain, survey));
        Assert.Contains("U150:Đơn vị\n150:", expected);
        Assert.Equal(expected, Scores(FromBytes(plain)));
        Assert.Equal(expected, Scores(FromBytes(spaced)));
        Assert.Equal(expected, Scores(Read(spaced, survey)));
    }

    [Fact]
    public void ASecondAdjustmentInARound_IsReportedWithTheFirstOnesLine_WhicheverPathReadEither() =>
        Assert.Equal(
            new[]
            {
                // Line 3 repeats line 2 (both plain rows); line 5 repeats line 4, whose value the general path read.
                "round1.csv:3:2: unit 'U1' has a second adjustment of '1.2' in this round; first at line 2",
                "round1.csv:5:2: unit 'U2' has a second adjustment of '1.2' in this round; first at line 4",
            },
            Errors(Units, Survey, "unit_id,code,value,reason\nU1,1.2,80,a\nU1,1.2,70,b\nU2,1.2,\u00A060,c\nU2,1.2,50,d\n"));

    [Fact]
    public void RoundRowsAlternatingBetweenUnits_EachAdjustTheirOwnUnit()
    {
        // The reader compares each unit id with the last one found first: rows that switch units at every line
        // must still each find their own unit, and the adjustments keep their reasons and shown values (U2 self-assessed
        // 1.2 as 80, worth 1 point, as U1's appraised 80 is).
        var round = "unit_id,code,value,points,delta,reason\nU1,1.2,80,,,a\nU2,1.2,,,+0.5,b\nU1,1.5,,2,,c\nU2,1.5,,1,,a\n";
        var sheet = Scorer.Score(Read(Units, Survey, round));
        var shown = new[] { "U1", "U2" }.SelectMany(id => sheet[id].Scorecard().Leaves.Where(l => l.Leaf.Code is "1.2" or "1.5")
            .SelectMany(l => l.Appraisals.Select(a => $"{id} {l.Leaf.Code}: {a.Adjustment.DisplayValue} → {a.PointsAfter} ({a.Adjustment.Reason})")));
        Assert.Equal(
            new[] { "U1 1.2: 80 → 1 (a)", "U1 1.5: 2 → 2 (c)", "U2 1.2: +0.5 → 1.5 (b)", "U2 1.5: 1 → 1 (a)" },
            shown);
    }

    [Fact]
    public void EveryProblem_IsReportedAtOnce()
    {
        var errors = Errors(Wide(Row1.Replace("Kịp thời", "Sai").Replace(",100,1,100,", ",95x,1,100,")), Survey.Replace("U2", "U1").Replace("U1,3.1,50", "U1,3.1,101"));
        Assert.Equal(
            new[]
            {
                "units.csv:2:4: unit 'U1': 'Sai' is not an option of '1.1'; options: Kịp thời | Không kịp thời | Không ban hành",
                "units.csv:2:5: unit 'U1': '95x' is not a number for '1.2' (value 0–100)",
                "survey.csv:4:2: unit 'U1' has a second survey result for '3.1'; first at line 2",
                "survey.csv:5:2: unit 'U1' has a second survey result for '3.2'; first at line 3",
            },
            errors);
    }

    [Fact]
    public void RandomFiles_OnlyEverThrowParIndexException()
    {
        var random = new Random(2024);
        var words = new[] { "unit_id", "unit_name", "group", "code", "value", "points", "delta", "reason", "1.1", "1.2", "1.5", "2.1", "3.1", "D.1", "U1", "U2", "NA", "x", "", "95,5 %", "-1", "1e9", "99999999999999999999", "Kịp thời", "\"", ";" };
        for (var i = 0; i < 2000; i++)
        {
            string Text() => string.Join("\n", Enumerable.Range(0, random.Next(0, 5)).Select(_ => string.Join(random.Next(2) == 0 ? "," : ";", Enumerable.Range(0, random.Next(1, 8)).Select(_ => words[random.Next(words.Length)]))));
            try
            {
                Scorer.Score(Read(Text(), Text(), Text()));
            }
            catch (ParIndexException)
            {
            }
        }
    }

    [Fact]
    public void ExcelTrailingEmptyColumns_AreIgnored_InEveryFile()
    {
        // Excel writes ",,," after the last column when cells to the right were ever formatted, with or without empty header names.
        static string Pad(string csv) => string.Join("\n", csv.Split('\n').Select(l => l.Length == 0 ? l : l + ",,,"));
        var round = "unit_id,code,value,points,delta,reason\nU2,1.2,,0,,thiếu tài liệu\n";
        var expected = Scorer.Score(Read(Units, Survey, round));
        var padded = Scorer.Score(Read(Pad(Units), Pad(Survey), Pad(round)));
        var rowsOnly = Scorer.Score(Read(WideHeader + "\n" + Pad(Row1 + "\n" + Row2 + "\n"), Survey, round));
        Assert.Equal("U1 20/20 | U2 7.5/20", string.Join(" | ", expected.Units.Select(u => $"{u.Id} {u.Points}/{u.MaxPoints}")));
        Assert.Equal("U1 20/20 | U2 7.5/20", string.Join(" | ", padded.Units.Select(u => $"{u.Id} {u.Points}/{u.MaxPoints}")));
        Assert.Equal("U1 20/20 | U2 7.5/20", string.Join(" | ", rowsOnly.Units.Select(u => $"{u.Id} {u.Points}/{u.MaxPoints}")));
    }

    [Fact]
    public void ValueUnderAnUnnamedTrailingColumn_IsReportedAtThatField() =>
        Assert.Equal("units.csv:3:17: the row has 17 fields but the header has 15", Error(WideHeader + ",,\n" + Row1 + ",,\n" + Row2 + ",,1\n", SurveyU1));

    [Fact]
    public void HeaderAfterBlankLines_ProblemsNameTheHeaderLine()
    {
        Assert.Equal("units.csv:3:16: unknown criterion '9.9' in the header (not in criteria set 'test-set')", Error("\n\n" + WideHeader + ",9.9\n" + Row1 + ",1\n", SurveyU1));
        Assert.Equal("round1.csv:2:1: the header has no 'reason' column", Error(Units, Survey, "\nunit_id,code,value\nU1,1.2,80\n"));
    }

    [Fact]
    public void UnitIdsDifferingOnlyByCase_AreRefused_InBothForms()
    {
        Assert.Equal("units.csv:3:1: unit id 'u1' differs only by case from unit 'U1' on line 2; give each unit one id, written the same way everywhere", Error(Units.Replace("U2,", "u1,"), SurveyU1));
        var longForm = "unit_id,code,value\nU1,1.1,Kịp thời\nu1,1.1,Kịp thời\n";
        Assert.Contains("units.csv:3:1: unit id 'u1' differs only by case from unit 'U1' on line 2; give each unit one id, written the same way everywhere", Errors(longForm, null));
    }

    [Fact]
    public void StreamOverloads_ReadUploadsLikeFiles()
    {
        var builder = new AssessmentInputBuilder(Set);
        using (var units = new System.IO.MemoryStream(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Units)).ToArray()))
        {
            AssessmentFiles.ReadSelfAssessments(builder, units, "upload.csv");
        }

        AssessmentFiles.ReadAppraisalRound(builder, new System.IO.MemoryStream(Encoding.UTF8.GetBytes("unit_id,code,points,reason\nU1,1.5,2,chưa đủ\n")), "round.csv", "vòng 1");
        AssessmentFiles.ReadSurvey(builder, new System.IO.MemoryStream(Encoding.UTF8.GetBytes(Survey)), "survey.csv");
        Assert.Equal(Scorer.Score(Read(Units, Survey, "unit_id,code,points,reason\nU1,1.5,2,chưa đủ\n"))["U1"].Points, Scorer.Score(builder.Build())["U1"].Points);
    }

    [Fact]
    public void StreamProblems_NameTheUploadedFile()
    {
        var builder = new AssessmentInputBuilder(Set);
        var ex = Assert.Throws<ParIndexException>(() => AssessmentFiles.ReadSelfAssessments(builder, new System.IO.MemoryStream(new byte[] { 0x75, 0xC3, 0x28 }), "upload.csv"));
        Assert.Equal("upload.csv:1:1: the file is not valid UTF-8; save it as 'CSV UTF-8' (Excel: Save As → CSV UTF-8)", ex.Message);
    }
}
