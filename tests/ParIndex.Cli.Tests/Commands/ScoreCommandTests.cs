using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace ParIndex.Cli.Tests.Commands;

/// <summary>A temporary folder with a tiny criteria set and round, removed after each test.</summary>
public sealed class CliFixture : IDisposable
{
    public const string Criteria = """
        format: 1
        id: mini
        name: "Bộ mini"
        level: commune
        max: 10
        precision: 2
        bands: [ { name: "Tốt", min: 90 }, { name: "Khá", min: 0 } ]
        areas:
          - code: "1"
            name: "Chỉ đạo"
            max: 6
            children:
              - { code: "1.1", name: "Kế hoạch", max: 2, rule: yes_no }
              - { code: "1.2", name: "Tỷ lệ", max: 4, rule: { kind: ratio } }
          - code: "2"
            name: "Khảo sát"
            max: 4
            source: survey
            children:
              - { code: "2.1", name: "Hài lòng", max: 4, rule: { kind: ratio } }
          - code: "D"
            name: "Điểm trừ"
            block: deduction
            max: -1
            children:
              - { code: "D.1", name: "Vi phạm", max: -1, rule: { kind: count, per: 0.5 } }
        """;

    public CliFixture()
    {
        Dir = Path.Combine(Path.GetTempPath(), "parindex-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Dir);
        Write("criteria.yaml", Criteria);
        Write("units.csv", "unit_id,unit_name,group,1.1,1.2,D.1\nX1,Xã Một,xa,1,90,0\nX2,Xã Hai,xa,0,100,1\n");
        Write("round1.csv", "unit_id,code,value,points,delta,reason\nX1,1.2,80,,,tính lại tỷ lệ\n");
        Write("survey.csv", "unit_id,code,value\nX1,2.1,75\nX2,2.1,50\n");
    }

    public string Dir { get; }

    public string P(string name) => Path.Combine(Dir, name);

    public void Write(string name, string text) => File.WriteAllText(P(name), text);

    public async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        return await CliRun.RunAsync(args, newLine: "\n");
    }

    public string[] Round(params string[] extra)
    {
        var args = new[] { "score", P("units.csv"), "--criteria", P("criteria.yaml"), "--appraisal", P("round1.csv"), "--survey", P("survey.csv") };
        return [.. args, .. extra];
    }

    public void Dispose() => Directory.Delete(Dir, true);
}

public class ScoreCommandTests : IDisposable
{
    private readonly CliFixture f = new();

    public void Dispose() => f.Dispose();

    // X1: 2 + 4×80% = 5.2, survey 3, total 8.2 → 82 %; X2: 0 + 4, survey 2, D.1 −0.5 → 5.5 → 55 %.
    [Fact]
    public async Task Table_RanksUnits()
    {
        var (code, output, error) = await f.Run(f.Round());
        Assert.Equal("", error);
        Assert.Equal(0, code);
        Assert.Equal(
            "Bộ mini (mini) — 2 units, max 10 points, 1 appraisal round\n\n" +
            "Rank  Unit  Name    Group  Self  Points  Survey    Max  Index  Band\n" +
            "----  ----  ------  -----  ----  ------  ------  -----  -----  ----\n" +
            "   1  X1    Xã Một  xa     5.60    8.20    3.00  10.00  82.00  Khá\n" +
            "   2  X2    Xã Hai  xa     3.50    5.50    2.00  10.00  55.00  Khá\n",
            output.Substring(0, output.IndexOf("\nSelf =", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Csv_IsWritten()
    {
        var (code, output, _) = await f.Run(f.Round("--format", "csv"));
        Assert.Equal(0, code);
        Assert.Equal(
            "rank,unit_id,unit_name,group,self_points,points,survey_points,max_points,index,band,area_1_points,area_1_index,area_2_points,area_2_index,area_D_points,area_D_index,group_rank,appraised_points,self_minus_appraised,previous_rank,rank_change,group_rank_change,index_change,next_rank_unit_id,points_to_next_rank,next_band,points_to_next_band,areas_led,area_1_rank,area_2_rank\n" +
            "1,X1,Xã Một,xa,5.60,8.20,3.00,10.00,82.00,Khá,5.20,86.67,3.00,75.00,0.00,,1,5.20,0.40,,,,,,,Tốt,0.80,2,1,1\n" +
            "2,X2,Xã Hai,xa,3.50,5.50,2.00,10.00,55.00,Khá,4.00,66.67,2.00,50.00,-0.50,,2,3.50,0.00,,,,,X1,2.71,Tốt,3.50,0,2,2\n",
            output);
    }

    [Fact]
    public async Task CsvOut_StartsWithAByteOrderMarkForExcel_AndReadsBackAsPreviousResults()
    {
        var (code, _, _) = await f.Run(f.Round("--format", "csv", "--out", f.P("last-year.csv")));
        Assert.Equal(0, code);
        var bytes = File.ReadAllBytes(f.P("last-year.csv"));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'r' }, bytes.Take(4).ToArray());

        var (again, output, error) = await f.Run(f.Round("--previous", f.P("last-year.csv")));
        Assert.Equal((0, ""), (again, error));
        Assert.Contains("Prev", output);
    }

    [Fact]
    public async Task Json_IsWrittenAtomicallyToOut()
    {
        var (code, output, error) = await f.Run(f.Round("--format", "json", "--out", f.P("results.json")));
        Assert.Equal((0, "", ""), (code, output, error));
        var json = File.ReadAllText(f.P("results.json"));
        Assert.StartsWith("{\n  \"schema_version\": 1,\n  \"kind\": \"results\",\n  \"criteria_set\": {\n    \"id\": \"mini\",", json.Replace("\r\n", "\n"));
        Assert.Contains("\"index\": 82.00,", json);
        Assert.EndsWith("}", json.TrimEnd());
        Assert.Equal(5, Directory.GetFiles(f.Dir).Length); // the four inputs and results.json; no temporary file left
    }

    [Fact]
    public async Task BadInput_ExitsWith2_NothingOnStdout_AndNoOutFile()
    {
        f.Write("units.csv", "unit_id,unit_name,group,1.1,1.2,D.1\nX1,Xã Một,xa,1,95x,0\nX2,Xã Hai,xa,0,100,1\n");
        var (code, output, error) = await f.Run(f.Round("--out", f.P("results.csv")));
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal(
            $"error: {f.P("units.csv")}:2:5: unit 'X1': '95x' is not a number for '1.2' (value ≥ 0, full points from 100)\n" +
            $"error: {f.P("round1.csv")}: not checked, because {f.P("units.csv")} has errors; fix those first\n" +
            $"error: {f.P("survey.csv")}: not checked, because {f.P("units.csv")} has errors; fix those first\n",
            error);
        Assert.False(File.Exists(f.P("results.csv")));
    }

    [Fact]
    public async Task UnknownUnitInAppraisal_ExitsWith2()
    {
        f.Write("round1.csv", "unit_id,code,value,reason\nX9,1.2,80,tính lại\n");
        var (code, output, error) = await f.Run(f.Round());
        Assert.Equal((2, ""), (code, output));
        Assert.Equal($"error: {f.P("round1.csv")}:2:1: unknown unit 'X9': it is not among the self-assessed units; did you mean 'X1' or 'X2'?\n", error);
    }

    [Fact]
    public async Task OutEqualToAnInput_ExitsWith2_AndLeavesTheInputUntouched()
    {
        var before = File.ReadAllText(f.P("survey.csv"));
        var (code, output, error) = await f.Run(f.Round("--out", f.P("survey.csv")));
        Assert.Equal((2, ""), (code, output));
        Assert.Equal($"error: --out {f.P("survey.csv")} is the input file {f.P("survey.csv")}; choose another output file\n", error);
        Assert.Equal(before, File.ReadAllText(f.P("survey.csv")));
    }

    [Fact]
    public async Task MissingFile_ExitsWith2()
    {
        var (code, _, error) = await f.Run("score", f.P("nope.csv"), "--criteria", f.P("criteria.yaml"));
        Assert.Equal(2, code);
        Assert.Equal($"error: {f.P("nope.csv")}: file not found\n", error);
    }
}

public class ExplainCommandTests : IDisposable
{
    private readonly CliFixture f = new();

    public void Dispose() => f.Dispose();

    [Fact]
    public async Task Explain_ShowsEachCriterionAndTheLargestLosses()
    {
        var args = f.Round("--unit", "X1");
        args[0] = "explain";
        var (code, output, error) = await f.Run(args);
        Assert.Equal((0, ""), (code, error));
        Assert.StartsWith("Xã Một (X1), group xa\nSelf 5.60 → final 8.20 of 10.00 (survey 3.00); index 82.00\n", output);
        Assert.Contains("\n1.2     Tỷ lệ      4.00  90            3.60   3.20  0.80\n        ↳ vòng 1 (round1.csv): value 80 → 3.20 (tính lại tỷ lệ)\n", output);
        Assert.Contains("\nD.1     Vi phạm   -1.00  0             0.00   0.00\n", output);
        Assert.Contains("Where points were lost (largest first, top 2):", output);
        Assert.Contains("2.1   Hài lòng   4.00   3.00  1.00\n1.2   Tỷ lệ      4.00   3.20  0.80\n\nWhat it would take:\n", output);
    }

    private const string CappedCriteria = """
        format: 1
        id: cap
        name: Cap
        level: district
        max: 10
        areas:
          - code: "1"
            name: Work
            max: 6
            children:
              - { code: "1.1", name: Plan, max: 6, rule: { kind: points } }
          - code: "2"
            name: Survey
            max: 4
            source: survey
            children:
              - { code: "2.1", name: Satisfaction, max: 4, rule: { kind: ratio } }
          - code: D
            name: Deductions
            block: deduction
            max: -3
            children:
              - { code: D.1, name: Late reports, max: -2, rule: { kind: count, per: 1 } }
              - { code: D.2, name: Complaints, max: -2, rule: { kind: count, per: 1 } }
        """;

    private async Task<string> ExplainCapped(string unit)
    {
        f.Write("cap.yaml", CappedCriteria);
        f.Write("cap-units.csv", "unit_id,unit_name,1.1,D.1,D.2\nU1,Unit one,5,2,2\nU2,Unit two,6,0,1\n");
        f.Write("cap-survey.csv", "unit_id,code,value\nU1,2.1,50\nU2,2.1,100\n");
        var (code, output, error) = await f.Run("explain", f.P("cap-units.csv"), "--criteria", f.P("cap.yaml"), "-s", f.P("cap-survey.csv"), "--unit", unit);
        Assert.Equal((0, ""), (code, error));
        return output;
    }

    [Fact]
    public async Task Explain_DeductionBlockOverItsCap_IsListedOnceWithTheCappedLoss()
    {
        var output = await ExplainCapped("U1");
        Assert.Contains(
            "D     Deductions      -3.00               -3.00  -3.00  3.00\n" +
            "D.1     Late reports  -2.00  2            -2.00  -2.00  2.00\n" +
            "D.2     Complaints    -2.00  2            -2.00  -2.00  2.00\n" +
            "D: its criteria deduct 4.00 together, but the block deducts at most 3.00; 3.00 is lost.\n",
            output);
        Assert.Contains(
            "Where points were lost (largest first, top 3):\n" +
            "Code  Criterion                                        Max  Final  Lost\n" +
            "----  ---------------------------------------------  -----  -----  ----\n" +
            "D     Deductions (capped: its criteria deduct 4.00)  -3.00  -3.00  3.00\n" +
            "2.1   Satisfaction                                    4.00   2.00  2.00\n" +
            "1.1   Plan                                            6.00   5.00  1.00\n",
            output);
    }

    [Fact]
    public async Task Explain_WhatItWouldTake_ShowsWhatACappedDeductionRegains()
    {
        var output = await ExplainCapped("U1");
        Assert.Contains(
            "  Criteria to recover (those that alone close the 5.01-point gap first, cheapest first; then most regained first):\n" +
            "Code  Criterion       Max  Final  Lost  Regains  Closes gap alone\n" +
            "----  ------------  -----  -----  ----  -------  ----------------\n" +
            "2.1   Satisfaction   4.00   2.00  2.00     2.00\n" +
            "1.1   Plan           6.00   5.00  1.00     1.00\n" +
            "D.1   Late reports  -2.00  -2.00  2.00     1.00\n" +
            "D.2   Complaints    -2.00  -2.00  2.00     1.00\n",
            output);
    }

    [Fact]
    public async Task Explain_EveryCriterionExcludedButOne_MaxIsTheUnitsApplicableMaximum()
    {
        f.Write("na.yaml", """
            format: 1
            id: na
            name: NA
            level: district
            max: 10
            areas:
              - code: "1"
                name: Work
                max: 6
                not_applicable: exclude
                children:
                  - { code: "1.1", name: Plan, max: 2, rule: { kind: points } }
                  - { code: "1.2", name: Rate, max: 4, rule: { kind: ratio } }
              - code: "2"
                name: Other
                max: 4
                not_applicable: exclude
                children:
                  - { code: "2.1", name: Done, max: 4, rule: yes_no }
            """);
        f.Write("na-units.csv", "unit_id,1.1,1.2,2.1\nU1,1,NA,NA\nU2,2,NA,NA\n");
        var (code, output, error) = await f.Run("explain", f.P("na-units.csv"), "--criteria", f.P("na.yaml"), "--unit", "U1");
        Assert.Equal((0, ""), (code, error));
        Assert.StartsWith("U1 (U1)\nSelf 1.00 → final 1.00 of 2.00 (survey 0.00); index 50.00\n", output);
        Assert.Contains(
            "1     Work       2.00                   1.00   1.00  1.00\n" +
            "1.1     Plan     2.00  1                1.00   1.00  1.00\n" +
            "1.2     Rate     0.00  không phát sinh  0.00   0.00\n" +
            "2     Other      0.00                   0.00   0.00  0.00\n" +
            "2.1     Done     0.00  không phát sinh  0.00   0.00\n",
            output);
    }

    [Fact]
    public async Task Explain_UnderADecimalCommaCulture_PrintsTheSameText()
    {
        f.Write("band.yaml", """
            format: 1
            id: band
            name: Band
            level: district
            max: 10
            bands: [ { name: Tốt, min: 87.5 }, { name: Khá, min: 0 } ]
            areas:
              - code: "1"
                name: Work
                max: 10
                children:
                  - { code: "1.1", name: Plan, max: 10, rule: { kind: points } }
            """);
        f.Write("band-units.csv", "unit_id,1.1\nU1,8\nU2,9\n");
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        var outputs = new System.Collections.Generic.List<string>();
        try
        {
            foreach (var name in new[] { "de-DE", "vi-VN", "en-US" })
            {
                System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo(name);
                var (code, output, error) = await f.Run("explain", f.P("band-units.csv"), "--criteria", f.P("band.yaml"), "--unit", "U1");
                Assert.Equal((0, ""), (code, error));
                outputs.Add(output);
            }
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }

        Assert.Contains("  0.75 points to reach band Tốt (index ≥ 87.5).\n", outputs[0]);
        Assert.Equal(outputs[2], outputs[0]);
        Assert.Equal(outputs[2], outputs[1]);
    }

    [Fact]
    public async Task Explain_DeductionBlockWithinItsCap_ListsEachDeduction()
    {
        var output = await ExplainCapped("U2");
        Assert.DoesNotContain("capped", output);
        Assert.DoesNotContain("Regains", output);
        Assert.Contains("D     Deductions      -3.00               -1.00  -1.00  1.00\n", output);
        Assert.Contains("Where points were lost (largest first, top 1):\nCode  Criterion     Max  Final  Lost\n----  ----------  -----  -----  ----\nD.2   Complaints  -2.00  -1.00  1.00\n", output);
    }

    [Fact]
    public async Task Explain_SurveyOnlyNodes_ShowSurveyInsteadOfSelfPoints()
    {
        var output = await ExplainCapped("U1");
        Assert.Contains("\n2     Survey           4.00              survey   2.00  2.00\n2.1     Satisfaction   4.00  50          survey   2.00  2.00\n", output);
    }

    [Fact]
    public async Task Explain_UnknownUnit_ExitsWith2()
    {
        var args = f.Round("--unit", "X9");
        args[0] = "explain";
        var (code, output, error) = await f.Run(args);
        Assert.Equal((2, ""), (code, output));
        Assert.Equal($"error: unit 'X9' is not in {f.P("units.csv")}; did you mean 'X1' or 'X2'?\n", error);
    }
}

public class TemplateCommandTests : IDisposable
{
    private readonly CliFixture f = new();

    public void Dispose() => f.Dispose();

    [Fact]
    public async Task Template_WritesTheSheetAndItsGuide()
    {
        var (code, _, error) = await f.Run("template", "--criteria", f.P("criteria.yaml"), "--out", f.P("sheet.csv"));
        Assert.Equal(0, code);
        Assert.Equal($"wrote {f.P("sheet.csv")} and {f.P("sheet.guide.csv")}\n", error);
        Assert.Equal("unit_id,unit_name,group,1.1,1.2,D.1\n", File.ReadAllText(f.P("sheet.csv")));
        Assert.Equal(
            "code,area,name,max_points,rule,enter,not_applicable\n" +
            "1.1,1,Kế hoạch,2,có 2 / không 0,1/0 (có/không),no\n" +
            "1.2,1,Tỷ lệ,4,4 × value / 100,\"value ≥ 0, full points from 100\",no\n" +
            "D.1,D,Vi phạm,-1,\"0.5 each, up to 1\",\"count (0, 1, 2, …)\",no\n",
            File.ReadAllText(f.P("sheet.guide.csv")));
    }

    [Fact]
    public async Task Template_WritesTheGuideTextsInVietnameseAndTheSameSheetAndHeader()
    {
        var (code, _, error) = await f.Run("template", "--criteria", f.P("criteria.yaml"), "--out", f.P("sheet.csv"), "--lang", "vi");
        Assert.Equal(0, code);
        Assert.Equal($"đã ghi {f.P("sheet.csv")} và {f.P("sheet.guide.csv")}\n", error);
        Assert.Equal("unit_id,unit_name,group,1.1,1.2,D.1\n", File.ReadAllText(f.P("sheet.csv")));
        Assert.Equal(
            "code,area,name,max_points,rule,enter,not_applicable\n" +
            "1.1,1,Kế hoạch,2,có 2 điểm / không 0 điểm,1 hoặc 0 (có/không),không được phép\n" +
            "1.2,1,Tỷ lệ,4,4 × giá trị / 100,\"giá trị ≥ 0, đủ điểm từ 100\",không được phép\n" +
            "D.1,D,Vi phạm,-1,\"0.5 mỗi lần, tối đa 1\",\"số lần (0, 1, 2, …)\",không được phép\n",
            File.ReadAllText(f.P("sheet.guide.csv")));
    }

    [Fact]
    public async Task Template_NeverOverwritesTheCriteriaFile()
    {
        var (code, _, error) = await f.Run("template", "--criteria", f.P("criteria.yaml"), "--out", f.P("criteria.yaml"));
        Assert.Equal(2, code);
        Assert.Equal($"error: --out {f.P("criteria.yaml")} is the input file {f.P("criteria.yaml")}; choose another output file\n", error);
        Assert.Equal(CliFixture.Criteria, File.ReadAllText(f.P("criteria.yaml")));
    }
}
