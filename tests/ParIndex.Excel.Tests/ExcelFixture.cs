using System;
using System.Globalization;
using System.IO;
using System.Linq;
using ParIndex.Assessments;
using ParIndex.Criteria;
using ParIndex.IO;
using ParIndex.Ranking;
using ParIndex.Reporting;
using ParIndex.Scoring;

namespace ParIndex.Excel.Tests;

/// <summary>A small criteria set with a yes/no, two ratio leaves whose codes differ by a trailing zero (1.1 / 1.10) and a survey leaf; helpers to read and score.</summary>
internal static class ExcelFixture
{
    public const string Yaml = """
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
              - { code: "1.2", name: "Tỷ lệ", max: 2, rule: { kind: ratio }, not_applicable: exclude }
              - { code: "1.10", name: "Tỷ lệ mười", max: 2, rule: { kind: ratio } }
          - code: "2"
            name: "Khảo sát"
            max: 4
            source: survey
            children:
              - { code: "2.1", name: "Hài lòng", max: 4, rule: { kind: ratio } }
        """;

    public static CriteriaSet Set { get; } = CriteriaSetLoader.Parse(Yaml, "mini.yaml");

    public const string SurveyCsv = "unit_id,code,value\nX1,2.1,75\nX2,2.1,50\n";

    public static readonly object[] Header = { "unit_id", "unit_name", "group", "1.1", "1.2", "1.10" };

    /// <summary>Reads a self-assessment table (and the survey above) and scores and ranks it as JSON.</summary>
    public static string ScoreJson(TableSource units, string survey = SurveyCsv)
    {
        var builder = new AssessmentInputBuilder(Set);
        using (units)
        {
            AssessmentFiles.ReadSelfAssessments(builder, units);
        }

        AssessmentFiles.ReadSurvey(builder, survey, "survey.csv");
        var ranking = Ranker.Rank(Scorer.Score(builder.Build()));
        using var stream = new MemoryStream();
        ResultsJsonWriter.Write(ranking, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The diagnostics, one per line, of reading a workbook as self-assessments.</summary>
    public static string Problems(byte[] workbook, string name = "units.xlsx", string? sheet = null, WorkbookLimits? limits = null)
    {
        var ex = Assert.Throws<ParIndexException>(() => ScoreJson(WorkbookTables.Open(new MemoryStream(workbook), name, sheet, limits)));
        return string.Join("\n", ex.Diagnostics.Select(d => d.ToString()));
    }
}

/// <summary>Sets the UI culture (messages, labels) and the culture (numbers) for one test, and restores them.</summary>
internal sealed class Culture : IDisposable
{
    private readonly CultureInfo ui = CultureInfo.CurrentUICulture;
    private readonly CultureInfo culture = CultureInfo.CurrentCulture;

    private Culture(string ui, string culture)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(ui);
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
    }

    public static Culture English(string culture = "en-US") => new("en-US", culture);

    public static Culture Vietnamese() => new("vi-VN", "vi-VN");

    public void Dispose()
    {
        CultureInfo.CurrentUICulture = ui;
        CultureInfo.CurrentCulture = culture;
    }
}
