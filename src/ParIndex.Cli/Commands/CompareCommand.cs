using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using CsvHelper;
using ParIndex.Cli.Rendering;
using ParIndex.Cli.Resources;
using ParIndex.Scenarios;
using ParIndex.Scoring;

namespace ParIndex.Cli.Commands;

/// <summary><c>parindex compare</c>: the baseline ranking and one or more weighting scenarios side by side.</summary>
internal static class CompareCommand
{
    public static Command Build(CliContext context)
    {
        var inputs = new RoundInputs();
        var scenarios = new Option<string[]>("--scenario") { Description = "Scenario YAML file (see docs/scenarios.md); repeat to compare several.", Required = true, AllowMultipleArgumentsPerToken = false };
        var movers = new Option<int>("--movers") { Description = "How many of the largest movers to list per scenario.", DefaultValueFactory = _ => 5 };
        var output = new OutputOptions();
        var command = new Command(
            "compare",
            "Score the round, apply each weighting scenario, and show index and rank under the baseline and each scenario side by side:\n" +
            "rank shifts (+ = places gained), the largest movers, and agreement with the baseline (Spearman's rho, Kendall's tau-b).\n\n" +
            "Examples:\n" +
            "  parindex compare examples/units.csv -a examples/appraisal.csv -s examples/survey.csv --scenario examples/scenarios/e-government-20.yaml\n" +
            "  parindex compare units.csv -a round1.csv --scenario a.yaml --scenario b.yaml --format csv --out compare.csv\n" +
            "  parindex compare units.csv --scenario a.yaml --format json");
        inputs.AddTo(command);
        command.Options.Add(scenarios);
        command.Options.Add(movers);
        output.AddTo(command);
        command.SetAction(parse =>
        {
            var files = parse.GetValue(scenarios) ?? Array.Empty<string>();
            var outputs = output.Plan(parse, inputs.Files(parse).Concat(files));
            outputs.Check();
            if (parse.GetValue(movers) < 0)
            {
                throw new CliUsageException(SafetyText.Format("OptionAtLeast", "--movers", 0, parse.GetValue(movers)));
            }

            var set = inputs.LoadCriteria(parse);
            var loaded = files.Select(f => Load(f, set)).ToArray();
            var problems = loaded.SelectMany(l => l.Problems).ToArray();
            if (problems.Length > 0)
            {
                throw new ParIndexException(problems);
            }

            var sheet = Scorer.Score(inputs.Load(parse, set, context.Error));
            var comparison = ScenarioComparison.Compare(sheet, loaded.Select(l => l.Scenario!));
            var count = parse.GetValue(movers);
            output.Write(parse, context, outputs, table: w => WriteTable(comparison, count, w), csv: w => WriteCsv(comparison, w), json: w => WriteJson(comparison, count, w));

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Loads one scenario, keeping its problems so that every file's are reported together.</summary>
    private static (Scenario? Scenario, Diagnostic[] Problems) Load(string path, Criteria.CriteriaSet set)
    {
        try
        {
            return (ScenarioLoader.Load(path, set), Array.Empty<Diagnostic>());
        }
        catch (ParIndexException ex)
        {
            return (null, ex.Diagnostics.ToArray());
        }
    }

    internal static void WriteTable(ScenarioComparison comparison, int movers, TextWriter writer)
    {
        var baseline = comparison.Baseline;
        var set = baseline.Sheet.CriteriaSet;
        var p = set.Precision;
        var n = comparison.Scenarios.Count;
        writer.WriteLine($"{set.Name} ({set.Id}) — {baseline.Units.Count} units; baseline and {n} scenario{(n == 1 ? "" : "s")}");
        writer.WriteLine();
        for (var i = 0; i < n; i++)
        {
            var s = comparison.Scenarios[i];
            writer.WriteLine($"S{i + 1}  {s.Scenario.Name}{(s.Scenario.Source is { } src ? $" ({src})" : "")}");
            if (s.Scenario.Description is { Length: > 0 } description)
            {
                writer.WriteLine($"    {description}");
            }

            writer.WriteLine($"    rebalance {Rebalance(s.Scenario)}; total max {set.MaxPoints} → {s.Result.CriteriaSet.MaxPoints}");
        }

        writer.WriteLine();
        var headers = new[] { "Rank", "Unit", "Name", "Index" }.Concat(Enumerable.Range(1, n).SelectMany(i => new[] { $"S{i} index", $"S{i} rank", $"S{i} shift" })).ToArray();
        var table = new TextTable(headers).AlignRight(new[] { 0, 3 }.Concat(Enumerable.Range(0, n * 3).Select(i => 4 + i)).ToArray());
        for (var u = 0; u < baseline.Units.Count; u++)
        {
            var b = baseline.Units[u];
            var cells = new[] { Int(b.Rank), b.Id, b.Score.Name, ScoreCommand.Fmt(b.Score.ReportedIndex, p) }
                .Concat(comparison.Scenarios.SelectMany(s => new[] { ScoreCommand.Fmt(s.Units[u].Index, p), Int(s.Units[u].Rank), Shift(s.Units[u].Shift) }));
            table.Add(cells.ToArray());
        }

        table.Write(writer);
        writer.WriteLine();
        writer.WriteLine("Agreement with the baseline ranking:");
        for (var i = 0; i < n; i++)
        {
            var s = comparison.Scenarios[i];
            writer.WriteLine($"  S{i + 1}  Spearman's rho {Corr(s.Spearman)}, Kendall's tau-b {Corr(s.KendallTauB)}");
        }

        if (movers > 0)
        {
            writer.WriteLine();
            writer.WriteLine("Largest movers (places gained; baseline rank → scenario rank):");
            for (var i = 0; i < n; i++)
            {
                var list = comparison.Scenarios[i].LargestMovers(movers);
                writer.WriteLine($"  S{i + 1}  " + (list.Count == 0 ? "no unit changes rank" : string.Join(", ", list.Select(m => $"{m.Unit.Id} {Shift(m.Shift)} ({Int(m.BaselineRank)} → {Int(m.Rank)})"))));
            }
        }

        writer.WriteLine();
        writer.WriteLine("Re-weighting rescales node scores; leaves are not re-scored (docs/scenarios.md). Ranks follow the official rules; ties share a rank.");
    }

    internal static void WriteCsv(ScenarioComparison comparison, TextWriter writer)
    {
        var p = comparison.Baseline.Sheet.CriteriaSet.Precision;
        var number = "F" + p.ToString(CultureInfo.InvariantCulture);
        using var csv = CsvWriter.Create(writer, new CsvWriterOptions { Injection = CsvInjection.Escape, FormatProvider = CultureInfo.InvariantCulture, NewLine = "\n" }, leaveOpen: true);
        foreach (var h in new[] { "scenario", "unit_id", "unit_name", "group", "baseline_index", "baseline_rank", "baseline_band", "index", "rank", "shift", "band" })
        {
            csv.WriteField(h);
        }

        csv.EndRecord();
        foreach (var s in comparison.Scenarios)
        {
            foreach (var u in s.Units)
            {
                csv.WriteField(s.Scenario.Name);
                csv.WriteField(u.Unit.Id);
                csv.WriteField(u.Unit.Name);
                csv.WriteField(u.Unit.Group ?? "");
                csv.WriteField(u.BaselineIndex, number.AsSpan());
                csv.WriteField(u.BaselineRank, "D".AsSpan());
                csv.WriteField(u.BaselineBand?.Name ?? "");
                csv.WriteField(u.Index, number.AsSpan());
                csv.WriteField(u.Rank, "D".AsSpan());
                csv.WriteField(u.Shift, "D".AsSpan());
                csv.WriteField(u.Band?.Name ?? "");
                csv.EndRecord();
            }
        }

        csv.Flush();
    }

    internal static void WriteJson(ScenarioComparison comparison, int movers, TextWriter writer)
    {
        var set = comparison.Baseline.Sheet.CriteriaSet;
        var p = set.Precision;
        JsonFields.Write(writer, json =>
        {
            json.WriteStartObject();
            json.WriteString("criteria_set", set.Id);
            json.WriteNumber("max_points", set.MaxPoints.ToDecimal());
            json.WriteNumber("unit_count", comparison.Baseline.Units.Count);
            json.WriteStartArray("scenarios");
            foreach (var s in comparison.Scenarios)
            {
                json.WriteStartObject();
                json.WriteString("name", s.Scenario.Name);
                JsonFields.StringOrNull(json, "description", s.Scenario.Description);
                JsonFields.StringOrNull(json, "source", s.Scenario.Source);
                json.WriteString("rebalance", Rebalance(s.Scenario));
                json.WriteNumber("max_points", s.Result.CriteriaSet.MaxPoints.ToDecimal());
                JsonFields.NumberOrNull(json, "spearman_rho", s.Spearman);
                JsonFields.NumberOrNull(json, "kendall_tau_b", s.KendallTauB);
                json.WriteStartArray("largest_movers");
                foreach (var m in s.LargestMovers(movers))
                {
                    json.WriteStartObject();
                    json.WriteString("unit_id", m.Unit.Id);
                    json.WriteNumber("baseline_rank", m.BaselineRank);
                    json.WriteNumber("rank", m.Rank);
                    json.WriteNumber("shift", m.Shift);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartArray("units");
                foreach (var u in s.Units)
                {
                    json.WriteStartObject();
                    json.WriteString("unit_id", u.Unit.Id);
                    json.WriteString("unit_name", u.Unit.Name);
                    JsonFields.StringOrNull(json, "group", u.Unit.Group);
                    json.WriteNumber("baseline_index", decimal.Round(u.BaselineIndex, p));
                    json.WriteNumber("baseline_rank", u.BaselineRank);
                    JsonFields.StringOrNull(json, "baseline_band", u.BaselineBand?.Name);
                    json.WriteNumber("index", decimal.Round(u.Index, p));
                    json.WriteNumber("rank", u.Rank);
                    json.WriteNumber("shift", u.Shift);
                    JsonFields.StringOrNull(json, "band", u.Band?.Name);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static string Rebalance(Scenario s) => s.Rebalance == RebalanceMode.Proportional ? "proportional" : "none";

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Shift(int shift) => shift > 0 ? "+" + Int(shift) : Int(shift);

    private static string Corr(double value) => double.IsNaN(value) ? "n/a (a ranking is constant)" : value.ToString("F4", CultureInfo.InvariantCulture);
}
