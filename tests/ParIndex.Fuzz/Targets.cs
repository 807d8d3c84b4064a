using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ParIndex.Assessments;
using ParIndex.Criteria;
using ParIndex.Excel;
using ParIndex.Excel.Tests;
using ParIndex.IO;
using ParIndex.Ranking;
using ParIndex.Reporting;
using ParIndex.Scenarios;
using ParIndex.Scoring;
using ParIndex.Survey;

namespace ParIndex.Fuzz;

/// <summary>
/// The readers under test, each with valid seed inputs (the shipped examples, criteria sets, scenarios and survey
/// definition; results written by the tool; a workbook of the examples) plus tests/ParIndex.Fuzz/corpus/TARGET/*
/// (hostile inputs kept after they once failed). A target reads its input through the public API exactly as the CLI
/// does and, when it reads cleanly, scores, ranks and writes the results, so values that pass a reader reach the math.
/// </summary>
internal sealed class Targets
{
    private readonly string work;
    private readonly CriteriaSet set;
    private readonly SurveyDefinition definition;
    private readonly byte[] units;
    private readonly byte[] survey;
    private readonly HashSet<(string, int)> corpusFiles = new();

    public Targets(string root, string work)
    {
        this.work = work;
        set = CriteriaSetLoader.LoadShipped();
        definition = SurveyDefinitionLoader.LoadShipped(set.Id, set);
        var examples = Path.Combine(root, "examples");
        units = File.ReadAllBytes(Path.Combine(examples, "units.csv"));
        survey = File.ReadAllBytes(Path.Combine(examples, "survey.csv"));
        Add("self", units);
        Add("self", LongFormat());
        Add("appraisal", File.ReadAllBytes(Path.Combine(examples, "appraisal.csv")));
        Add("appraisal", File.ReadAllBytes(Path.Combine(examples, "appraisal-round2.csv")));
        Add("survey", survey);
        Add("responses", File.ReadAllBytes(Path.Combine(examples, "responses.csv")));
        Add("population", File.ReadAllBytes(Path.Combine(examples, "population.csv")));
        foreach (var file in Directory.GetFiles(Path.Combine(root, "criteria"), "*.yaml").OrderBy(f => f, StringComparer.Ordinal))
        {
            Add("criteria", File.ReadAllBytes(file));
        }

        foreach (var file in Directory.GetFiles(Path.Combine(root, "criteria", "surveys"), "*.yaml").OrderBy(f => f, StringComparer.Ordinal))
        {
            Add("definition", File.ReadAllBytes(file));
        }

        foreach (var file in Directory.GetFiles(Path.Combine(examples, "scenarios"), "*.yaml").OrderBy(f => f, StringComparer.Ordinal))
        {
            Add("scenario", File.ReadAllBytes(file));
        }

        var ranking = Ranker.Rank(Scorer.Score(Units().Build()));
        using (var csv = new StringWriter(CultureInfo.InvariantCulture))
        {
            ResultsCsvWriter.Write(ranking, csv);
            Add("previous", Encoding.UTF8.GetBytes(csv.ToString()));
        }

        using (var json = new MemoryStream())
        {
            ResultsJsonWriter.Write(ranking, json);
            Add("previous", json.ToArray());
        }

        var areas = set.Nodes.Where(n => n.Depth == 0 && n.Block == NodeBlock.None).Select(n => n.Code).ToArray();
        var weights = new StringBuilder("run," + string.Join(",", areas) + "\n");
        for (var run = 1; run <= 5; run++)
        {
            weights.Append(run.ToString(CultureInfo.InvariantCulture)).Append(',').Append(string.Join(",", areas.Select((_, i) => ((i + run) % 7 + 1).ToString(CultureInfo.InvariantCulture)))).Append('\n');
        }

        Add("weights", Encoding.UTF8.GetBytes(weights.ToString()));
        Add("workbook", Workbook());
        Add("workbook", File.ReadAllBytes(Path.Combine(root, "tests", "ParIndex.Excel.Tests", "Fixtures", "units.xls")));

        var corpus = Path.Combine(root, "tests", "ParIndex.Fuzz", "corpus");
        foreach (var target in Seeds.Keys.ToArray())
        {
            var folder = Path.Combine(corpus, target);
            if (Directory.Exists(folder))
            {
                foreach (var file in Directory.GetFiles(folder).OrderBy(f => f, StringComparer.Ordinal))
                {
                    corpusFiles.Add((target, Seeds[target].Count));
                    Add(target, File.ReadAllBytes(file));
                }
            }
        }
    }

    /// <summary>The seed inputs of each target.</summary>
    public Dictionary<string, List<byte[]>> Seeds { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether the seed must read cleanly (the valid files do; the kept hostile inputs need not).</summary>
    public bool MustRead(string target, int index) => !corpusFiles.Contains((target, index));

    public static bool IsZip(byte[] bytes) => bytes.Length > 4 && bytes[0] == (byte)'P' && bytes[1] == (byte)'K';

    private void Add(string target, byte[] bytes)
    {
        if (!Seeds.TryGetValue(target, out var list))
        {
            Seeds[target] = list = new List<byte[]>();
        }

        list.Add(bytes);
    }

    /// <summary>Reads one input as <paramref name="target"/>; throws what the reader throws.</summary>
    public void Run(string target, byte[] input)
    {
        switch (target)
        {
            case "self":
                {
                    var builder = new AssessmentInputBuilder(set);
                    AssessmentFiles.ReadSelfAssessments(builder, new MemoryStream(input), "units.csv");
                    AssessmentFiles.ReadSurvey(builder, new MemoryStream(survey), "survey.csv");
                    Score(builder);
                    break;
                }

            case "appraisal":
                {
                    var builder = Units();
                    AssessmentFiles.ReadAppraisalRound(builder, new MemoryStream(input), "appraisal.csv", "vòng 1");
                    Score(builder);
                    break;
                }

            case "survey":
                {
                    var builder = new AssessmentInputBuilder(set);
                    AssessmentFiles.ReadSelfAssessments(builder, new MemoryStream(units), "units.csv");
                    AssessmentFiles.ReadSurvey(builder, new MemoryStream(input), "survey.csv");
                    Score(builder);
                    break;
                }

            case "responses":
                {
                    var result = SurveyCalculator.Compute(SurveyResponseFiles.Load(new MemoryStream(input), "responses.csv", definition), set);
                    var builder = new AssessmentInputBuilder(set);
                    AssessmentFiles.ReadSelfAssessments(builder, new MemoryStream(units), "units.csv");
                    result.AddTo(builder);
                    Score(builder);
                    break;
                }

            case "population":
                SurveyPopulation.Load(new MemoryStream(input), "population.csv", definition);
                break;
            case "criteria":
                {
                    var loaded = CriteriaSetLoader.Load(Write("criteria.yaml", input));
                    AssessmentTemplate.WriteSheet(loaded, TextWriter.Null);
                    AssessmentTemplate.WriteGuide(loaded, TextWriter.Null);
                    break;
                }

            case "definition":
                SurveyDefinitionLoader.Load(new MemoryStream(input), "survey.yaml", set);
                break;
            case "scenario":
                ScenarioComparison.Compare(Scorer.Score(Units().Build()), new[] { ScenarioLoader.Load(Write("scenario.yaml", input), set) });
                break;
            case "previous":
                {
                    var previous = PreviousResultsReader.Load(Write("previous.csv", input));
                    Ranker.Rank(Scorer.Score(Units().Build()), new RankingOptions { Previous = previous });
                    break;
                }

            case "weights":
                {
                    var samples = WeightSamplesReader.Load(Write("weights.csv", input));
                    UncertaintyAnalysis.Run(Scorer.Score(Units().Build()), new UncertaintyOptions { Samples = samples, MaxThreads = 1 });
                    break;
                }

            case "workbook":
                {
                    // First every cell as the reader gives it, then the same workbook as self-assessments.
                    using (var table = WorkbookTables.Open(new MemoryStream(input), "units.xlsx"))
                    {
                        while (table.Next())
                        {
                            for (var i = 0; i < table.FieldCount; i++)
                            {
                                _ = table.Field(i);
                            }
                        }
                    }

                    var builder = new AssessmentInputBuilder(set);
                    using (var table = WorkbookTables.Open(new MemoryStream(input), "units.xlsx"))
                    {
                        AssessmentFiles.ReadSelfAssessments(builder, table);
                    }

                    AssessmentFiles.ReadSurvey(builder, new MemoryStream(survey), "survey.csv");
                    Score(builder);
                    break;
                }

            default:
                throw new InvalidOperationException(target);
        }
    }

    private AssessmentInputBuilder Units()
    {
        var builder = new AssessmentInputBuilder(set);
        AssessmentFiles.ReadSelfAssessments(builder, new MemoryStream(units), "units.csv");
        AssessmentFiles.ReadSurvey(builder, new MemoryStream(survey), "survey.csv");
        return builder;
    }

    private static void Score(AssessmentInputBuilder builder)
    {
        var ranking = Ranker.Rank(Scorer.Score(builder.Build()));
        ResultsCsvWriter.Write(ranking, TextWriter.Null);
        ResultsJsonWriter.Write(ranking, Stream.Null);
    }

    private IEnumerable<string[]> ExampleRows()
    {
        using var table = TableSource.OpenCsv(new MemoryStream(units), "units.csv");
        yield return table.Header;
        while (table.Next())
        {
            yield return Enumerable.Range(0, table.FieldCount).Select(table.Field).ToArray();
        }
    }

    /// <summary>The example units in long form (unit_id,code,value).</summary>
    private byte[] LongFormat()
    {
        var rows = ExampleRows().ToArray();
        var text = new StringBuilder("unit_id,unit_name,group,code,value\n");
        foreach (var row in rows.Skip(1))
        {
            for (var c = 3; c < row.Length; c++)
            {
                text.Append(Csv(row[0])).Append(',').Append(Csv(row[1])).Append(',').Append(Csv(row[2])).Append(',').Append(Csv(rows[0][c])).Append(',').Append(Csv(row[c])).Append('\n');
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string Csv(string cell) => cell.IndexOfAny(new[] { ',', '"', '\n' }) < 0 ? cell : "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>The examples as an .xlsx written by the Open XML SDK, plain numbers as number cells (as Excel stores them).</summary>
    private byte[] Workbook()
    {
        var book = new TestWorkbook().Sheet("Sheet1");
        var line = 0;
        foreach (var row in ExampleRows())
        {
            line++;
            var header = line == 1;
            book.Row(line, row.Select(c => !header && decimal.TryParse(c, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var d) ? (object)d : c).ToArray());
        }

        return book.Bytes();
    }

    private string Write(string name, byte[] input)
    {
        var path = Path.Combine(work, name);
        File.WriteAllBytes(path, input);
        return path;
    }
}
