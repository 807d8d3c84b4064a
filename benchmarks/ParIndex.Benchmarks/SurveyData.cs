using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ParIndex.Criteria;
using ParIndex.Survey;

namespace ParIndex.Benchmarks;

/// <summary>
/// A synthetic survey round on the shipped criteria set and survey definition: the self-assessments of
/// examples/units.csv repeated under new unit ids, and <c>respondents</c> questionnaires per unit answered by every
/// group the definition asks, each unit with its own satisfaction level so the survey values (and ranks) differ.
/// </summary>
internal sealed class SurveyData
{
    private SurveyData(CriteriaSet criteriaSet, SurveyDefinition definition, string unitsCsv, string responsesCsv)
    {
        CriteriaSet = criteriaSet;
        Definition = definition;
        UnitsCsv = unitsCsv;
        ResponsesCsv = responsesCsv;
    }

    public CriteriaSet CriteriaSet { get; }

    public SurveyDefinition Definition { get; }

    /// <summary>The self-assessment file (the layout of examples/units.csv).</summary>
    public string UnitsCsv { get; }

    /// <summary>The respondents' answers, wide form: unit_id, respondent_id, group, one column per question.</summary>
    public string ResponsesCsv { get; }

    /// <summary>Generates the round; the same arguments always give the same files.</summary>
    public static SurveyData Generate(int units, int respondentsPerUnit, int seed = 2025)
    {
        var set = CriteriaSetLoader.LoadShipped();
        var definition = SurveyDefinitionLoader.LoadShipped(set.Id, set);
        var examples = File.ReadAllLines(Path.Combine(RepositoryRoot(), "examples", "units.csv"), Encoding.UTF8);
        var random = new Random(seed);

        var unitsCsv = new StringBuilder(examples[0]).Append('\n');
        var ids = new string[units];
        for (var u = 0; u < units; u++)
        {
            ids[u] = "U" + u.ToString("D5", CultureInfo.InvariantCulture);

            // Rows of examples/units.csv start "id,name,group,…"; keep the values and the group, replace id and name.
            var row = examples[1 + (u % (examples.Length - 1))];
            var rest = row.Substring(row.IndexOf(',', row.IndexOf(',') + 1));
            unitsCsv.Append(ids[u]).Append(",Đơn vị ").Append(u.ToString(CultureInfo.InvariantCulture)).Append(rest).Append('\n');
        }

        var questions = definition.Questions;
        var responses = new StringBuilder("unit_id,respondent_id,group");
        foreach (var q in questions)
        {
            responses.Append(',').Append(q.Id);
        }

        responses.Append('\n');
        var groups = definition.Groups;
        for (var u = 0; u < units; u++)
        {
            // A unit's satisfaction shifts every answer towards the first (best) options.
            var satisfaction = 0.3 + (0.6 * random.NextDouble());
            for (var r = 0; r < respondentsPerUnit; r++)
            {
                var group = groups[r % groups.Count];
                responses.Append(ids[u]).Append(",R").Append(r.ToString("D4", CultureInfo.InvariantCulture)).Append(',').Append(group.Id);
                foreach (var q in questions)
                {
                    responses.Append(',');
                    if (q.Groups.Any(g => g.Id == group.Id))
                    {
                        responses.Append(Answer(random, q, satisfaction));
                    }
                }

                responses.Append('\n');
            }
        }

        return new SurveyData(set, definition, unitsCsv.ToString(), responses.ToString());
    }

    /// <summary>Writes units.csv and responses.csv into <paramref name="directory"/>.</summary>
    public void WriteFiles(string directory)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "units.csv"), UnitsCsv, new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(directory, "responses.csv"), ResponsesCsv, new UTF8Encoding(false));
    }

    private static string Answer(Random random, SurveyQuestion question, double satisfaction)
    {
        // Mostly a weighted option (best with probability ≈ satisfaction, then each worse one less likely);
        // one answer in twenty is "don't know" when the scale has one.
        var options = question.Options;
        var dontKnow = options.FirstOrDefault(o => o.IsDontKnow);
        if (dontKnow is not null && random.NextDouble() < 0.05)
        {
            return dontKnow.Answer;
        }

        var weighted = options.Where(o => !o.IsDontKnow).ToArray();
        var i = 0;
        while (i < weighted.Length - 1 && random.NextDouble() > satisfaction)
        {
            i++;
        }

        return weighted[i].Answer;
    }

    private static string RepositoryRoot()
    {
        // BenchmarkDotNet runs each job from a folder under bin/, so walk up to the solution.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ParIndex.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ParIndex.sln not found above " + AppContext.BaseDirectory);
    }
}
