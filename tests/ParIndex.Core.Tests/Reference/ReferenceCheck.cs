using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using ParIndex.Criteria;
using ParIndex.IO;
using ParIndex.Ranking;
using ParIndex.Reporting;
using ParIndex.Scoring;

namespace ParIndex.Tests.Reference;

/// <summary>
/// Runs one case through the library as the tool does (criteria and input files read from disk, scored, ranked,
/// written as score CSV and JSON, rank CSV and criteria CSV) and compares every printed figure with the reference.
/// </summary>
internal static class ReferenceCheck
{
    /// <summary>Throws with every difference (and the case's files) when the library and the reference disagree.</summary>
    public static void Check(ReferenceCase c)
    {
        List<string> problems;
        try
        {
            problems = Differences(c);
        }
        catch (ParIndexException ex)
        {
            // The generator writes only valid files: a refusal is a disagreement too.
            problems = PendingFixes.Without(new List<string> { "the library refused the case: " + ex.Message });
        }

        if (problems.Count > 0)
        {
            throw new ReferenceMismatchException(string.Join("\n", problems.Take(40)) + (problems.Count > 40 ? $"\n… and {problems.Count - 40} more" : ""));
        }
    }

    public static long RefTicks, LibTicks, CmpTicks;

    public static List<string> Differences(ReferenceCase c)
    {
        var w0 = System.Diagnostics.Stopwatch.GetTimestamp();
        var expected = ReferenceRanker.Rank(c, ReferenceScorer.Score(c));
        Interlocked.Add(ref RefTicks, System.Diagnostics.Stopwatch.GetTimestamp() - w0);
        var folder = Path.Combine(Path.GetTempPath(), "parindex-ref-" + Guid.NewGuid().ToString("N"));
        try
        {
            var paths = CaseFiles.Write(c, folder);
            var w1 = System.Diagnostics.Stopwatch.GetTimestamp();
            var ranking = RunLibrary(c, paths);
            Interlocked.Add(ref LibTicks, System.Diagnostics.Stopwatch.GetTimestamp() - w1);
            var problems = new List<string>();
            CompareCsv("score.csv", Write(w => ResultsCsvWriter.Write(ranking, w)), ExpectedCsv.Score(expected), problems);
            CompareCsv("rank.csv", Write(w => RankingCsvWriter.WriteUnits(ranking, w)), ExpectedCsv.Rank(expected), problems);
            CompareCsv("criteria.csv", Write(w => RankingCsvWriter.WriteCriteria(ranking, w)), ExpectedCsv.Criteria(expected), problems);
            using var stream = new MemoryStream();
            ResultsJsonWriter.Write(ranking, stream);
            using var json = JsonDocument.Parse(stream.ToArray());
            ExpectedJson.Build(expected).Compare(json.RootElement, "score.json", problems);
            Interlocked.Add(ref CmpTicks, System.Diagnostics.Stopwatch.GetTimestamp() - w1);
            return PendingFixes.Without(problems);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    /// <summary>What the CLI's score and rank commands do, through the public API.</summary>
    public static RankingResult RunLibrary(ReferenceCase c, CasePaths paths)
    {
        var set = CriteriaSetLoader.Load(paths.Criteria);
        var input = AssessmentFiles.Load(set, paths.Units, paths.Appraisals, paths.Survey);
        var sheet = Scorer.Score(input);
        return Ranker.Rank(sheet, new RankingOptions
        {
            RankWithinGroups = c.GroupBy,
            ExactComparison = c.ExactOverride,
            Previous = paths.Previous is { } p ? PreviousResultsReader.Load(p) : null,
        });
    }

    private static string Write(Action<TextWriter> write)
    {
        var sb = new StringBuilder();
        using (var w = new StringWriter(sb))
        {
            write(w);
        }

        return sb.ToString();
    }

    private static void CompareCsv(string name, string text, List<List<KeyValuePair<string, string>>> expected, List<string> problems)
    {
        var rows = ParseCsv(text);
        var header = rows[0];
        var expectedHeader = expected.Count > 0 ? expected[0].Select(kv => kv.Key).ToList() : header;
        foreach (var column in header.Except(expectedHeader))
        {
            problems.Add($"{name}: column '{column}' is one the reference does not know; teach the reference and docs/ranking.md what it means");
        }

        foreach (var column in expectedHeader.Except(header))
        {
            problems.Add($"{name}: column '{column}' is missing");
        }

        if (rows.Count - 1 != expected.Count)
        {
            problems.Add($"{name}: {rows.Count - 1} rows, expected {expected.Count}");
            return;
        }

        for (var i = 0; i < expected.Count; i++)
        {
            var row = rows[i + 1];
            foreach (var (column, value) in expected[i])
            {
                var at = header.IndexOf(column);
                if (at >= 0 && (at >= row.Count || row[at] != value))
                {
                    problems.Add($"{name} row {i + 1} ({expected[i][0].Key} {expected[i][0].Value}, {expected[i].First(kv => kv.Key == "unit_id" || kv.Key == "code").Value}), {column}: expected '{value}', found '{(at < row.Count ? row[at] : "<none>")}'");
                }
            }
        }
    }

    /// <summary>RFC 4180 with ',' and '\n', as the library writes; a leading apostrophe (formula escape) is kept.</summary>
    public static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (ch == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add(row);
                row = new List<string>();
            }
            else if (ch != '\r')
            {
                cell.Append(ch);
            }
        }

        if (cell.Length > 0 || row.Count > 0)
        {
            row.Add(cell.ToString());
            rows.Add(row);
        }

        return rows;
    }
}

/// <summary>The library and the reference disagree.</summary>
public sealed class ReferenceMismatchException : Exception
{
    public ReferenceMismatchException(string message)
        : base(message)
    {
    }
}
