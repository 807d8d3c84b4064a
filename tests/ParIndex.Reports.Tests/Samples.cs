using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ParIndex.Assessments;
using ParIndex.Criteria;
using ParIndex.IO;
using ParIndex.Ranking;
using ParIndex.Scoring;

namespace ParIndex.Reports.Tests;

/// <summary>The rounds the report tests use: the README sample, the sample with hostile text, and large rounds made from the sample.</summary>
internal static class Samples
{
    /// <summary>Text that would be markup if a report did not escape it.</summary>
    public static readonly string[] HostileNames =
    {
        "<script>document.title='pwned-script'</script>",
        "<img src=x onerror=\"document.title='pwned-img'\">",
        "</svg><b id=injected-b>bold</b>",
        "\"><b>quoted</b>",
        "Huyện <Đức Thọ> & 'Co' \"x\"",
        "</style><style>body{display:none}</style>",
        "\u202Eالمدينة\u202C Xã <Thượng>",
        "Xã Z\u0337a\u0336l\u0335g\u0334o \u0646\u064E",
    };

    public static readonly Lazy<RankingResult> Readme = new(() => Rank(Load(
        File.ReadAllText(TestData.Path("examples", "units.csv")),
        File.ReadAllText(TestData.Path("examples", "appraisal.csv")),
        File.ReadAllText(TestData.Path("examples", "survey.csv")))));

    public static ScoreSheet ReadmeSheet => Readme.Value.Sheet;

    /// <summary>The README sample with the first units' names, the groups and the appraisal reasons replaced by hostile text.</summary>
    public static RankingResult Hostile()
    {
        var units = Csv(File.ReadAllText(TestData.Path("examples", "units.csv")));
        for (var i = 1; i < units.Count; i++)
        {
            if (i - 1 < HostileNames.Length)
            {
                units[i][1] = HostileNames[i - 1];
            }

            units[i][2] = i % 2 == 0 ? "<i>khối</i>" : "huyen\"><script>x()</script>";
        }

        var appraisal = Csv(File.ReadAllText(TestData.Path("examples", "appraisal.csv")));
        for (var i = 1; i < appraisal.Count; i++)
        {
            appraisal[i][5] = HostileNames[i % HostileNames.Length] + " lý do";
        }

        return Rank(Load(Write(units), Write(appraisal), File.ReadAllText(TestData.Path("examples", "survey.csv"))));
    }

    /// <summary>A round of <paramref name="count"/> units made by repeating the sample's units (new ids and names, three groups) with their appraisals and survey.</summary>
    public static RankingResult Large(int count)
    {
        var units = Csv(File.ReadAllText(TestData.Path("examples", "units.csv")));
        var appraisal = Csv(File.ReadAllText(TestData.Path("examples", "appraisal.csv")));
        var survey = Csv(File.ReadAllText(TestData.Path("examples", "survey.csv")));
        var groups = new[] { "xa", "phuong", "thi-tran" };
        var u = new List<string[]> { units[0] };
        var a = new List<string[]> { appraisal[0] };
        var s = new List<string[]> { survey[0] };
        for (var i = 0; i < count; i++)
        {
            var source = units[1 + (i % (units.Count - 1))];
            var id = "X" + i.ToString("D4", CultureInfo.InvariantCulture);
            var row = (string[])source.Clone();
            row[0] = id;
            row[1] = "Xã " + source[1].Split(' ').Last() + " " + i.ToString(CultureInfo.InvariantCulture);
            row[2] = groups[i % groups.Length];
            u.Add(row);
            a.AddRange(appraisal.Skip(1).Where(r => r[0] == source[0]).Select(r => new[] { id }.Concat(r.Skip(1)).ToArray()));
            s.AddRange(survey.Skip(1).Where(r => r[0] == source[0]).Select(r => new[] { id }.Concat(r.Skip(1)).ToArray()));
        }

        return Rank(Load(Write(u), Write(a), Write(s)));
    }

    public static AssessmentInput Load(string units, string appraisal, string survey)
    {
        var builder = new AssessmentInputBuilder(CriteriaSetLoader.LoadShipped());
        AssessmentFiles.ReadSelfAssessments(builder, units, "units.csv");
        AssessmentFiles.ReadAppraisalRound(builder, appraisal, "appraisal.csv", "Vòng 1");
        AssessmentFiles.ReadSurvey(builder, survey, "survey.csv");
        return builder.Build();
    }

    public static RankingResult Rank(AssessmentInput input) => Ranker.Rank(Scorer.Score(input));

    /// <summary>Reads CSV (quoted fields, doubled quotes) into rows of fields.</summary>
    public static List<string[]> Csv(string text)
    {
        var rows = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                fields.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                rows.Add(fields.ToArray());
                fields.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            rows.Add(fields.ToArray());
        }

        return rows;
    }

    public static string Write(IEnumerable<string[]> rows) =>
        string.Join("\n", rows.Select(r => string.Join(",", r.Select(f => f.IndexOfAny(new[] { ',', '"', '\n' }) >= 0 ? "\"" + f.Replace("\"", "\"\"") + "\"" : f)))) + "\n";
}
