using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using CsvHelper;
using ParIndex.Cli.Rendering;
using ParIndex.Cli.Resources;
using ParIndex.Scenarios;
using ParIndex.Scoring;

namespace ParIndex.Cli.Commands;

/// <summary><c>parindex uncertainty</c>: Monte Carlo over the weights of one tree level; rank distribution per unit and sensitivity indices.</summary>
internal static class UncertaintyCommand
{
    public static Command Build(CliContext context)
    {
        var inputs = new RoundInputs();
        var runs = new Option<int>("--runs", "-n") { Description = "Monte Carlo runs (base samples with --sensitivity); ignored with --weights-file.", DefaultValueFactory = _ => 1000 };
        var seed = new Option<ulong>("--seed") { Description = "Random seed: the same seed gives the same output, byte for byte, whatever --threads.", DefaultValueFactory = _ => 0UL };
        var level = new Option<string>("--level") { Description = "The tree level whose weights are perturbed: area, criterion, sub-criterion, or a depth (0 = areas).", DefaultValueFactory = _ => "area" };
        var noise = new Option<double?>("--noise") { Description = "Uniform noise: w' = w × (1 + f × U(-1, 1)), rescaled within each parent (default 0.25)." };
        var dirichlet = new Option<double?>("--dirichlet") { Description = "Dirichlet sampling of the shares within each parent around the nominal shares, concentration K." };
        var weightsFile = new Option<string?>("--weights-file") { Description = "Explicit weight samples (CSV: one row per run, one column per node code) instead of random ones." };
        var top = new Option<int>("--top") { Description = "k for the probability of ranking in the top k.", DefaultValueFactory = _ => 3 };
        var sensitivity = new Option<bool>("--sensitivity") { Description = "Also compute first-order and total sensitivity indices per perturbed node (N × (d + 2) runs)." };
        var sensitivityOut = new Option<string?>("--sensitivity-out")
        {
            Description = "Write the sensitivity indices as CSV to this file (atomically): one row per perturbed node with code, name, max_points, " +
                "first_order, total. Implies --sensitivity; with any --format (needed with --format csv); never an input file.",
        };
        var threads = new Option<int?>("--threads") { Description = "Threads to use, 1 or more (default: all cores); the output does not depend on it." };
        var output = new OutputOptions();
        var command = new Command(
            "uncertainty",
            "How robust is the ranking to the weights? Monte Carlo over the weights of one tree level (areas by default):\n" +
            "per unit the nominal, mean, median, 5th and 95th percentile rank, the share of runs it keeps its band and the\n" +
            "probability of a top-k place; with --sensitivity, which weight drives the uncertainty (Saltelli/Jansen indices).\n\n" +
            "Examples:\n" +
            "  parindex uncertainty examples/units.csv -a examples/appraisal.csv -s examples/survey.csv --runs 10000 --seed 1\n" +
            "  parindex uncertainty units.csv --dirichlet 50 --level criterion --top 5 --format csv --out uncertainty.csv\n" +
            "  parindex uncertainty units.csv --noise 0.25 --sensitivity --runs 2000 --seed 7\n" +
            "  parindex uncertainty units.csv --runs 2000 --seed 7 --format csv --out ranks.csv --sensitivity-out sensitivity.csv\n" +
            "  parindex uncertainty units.csv --weights-file weights.csv --format json");
        inputs.AddTo(command);
        foreach (var option in new Option[] { runs, seed, level, noise, dirichlet, weightsFile, top, sensitivity, sensitivityOut, threads })
        {
            command.Options.Add(option);
        }

        output.AddTo(command);

        command.SetAction((parse, cancellationToken) => Task.Run(
            () =>
            {
                var samplesPath = parse.GetValue(weightsFile);
                var sensitivityFile = parse.GetValue(sensitivityOut);
                var outputs = output.Plan(parse, inputs.Files(parse).Append(samplesPath)).Add("--sensitivity-out", sensitivityFile);
                outputs.Check();
                if (parse.GetValue(sensitivity) && sensitivityFile is null && output.FormatOf(parse) == "csv")
                {
                    throw new CliUsageException("--format csv has one row per unit; write the sensitivity indices to their own CSV file with --sensitivity-out FILE");
                }

                var f = parse.GetValue(noise);
                var k = parse.GetValue(dirichlet);
                if ((f is null ? 0 : 1) + (k is null ? 0 : 1) + (samplesPath is null ? 0 : 1) > 1)
                {
                    throw new CliUsageException("give only one of --noise, --dirichlet and --weights-file");
                }

                if (f is { } fv && (double.IsNaN(fv) || fv < 0 || fv > 1))
                {
                    throw new CliUsageException($"--noise must be between 0 and 1, not {fv.ToString(CultureInfo.InvariantCulture)}");
                }

                if (k is { } kv && (double.IsNaN(kv) || kv <= 0 || double.IsInfinity(kv)))
                {
                    throw new CliUsageException($"--dirichlet must be positive, not {kv.ToString(CultureInfo.InvariantCulture)}");
                }

                foreach (var (name, value, least) in new[] { ("--runs", parse.GetValue(runs), 1), ("--top", parse.GetValue(top), 1), ("--threads", parse.GetValue(threads) ?? 1, 1) })
                {
                    if (value < least)
                    {
                        throw new CliUsageException(SafetyText.Format("OptionAtLeast", name, least, value));
                    }
                }

                var options = new UncertaintyOptions
                {
                    Runs = parse.GetValue(runs),
                    Seed = parse.GetValue(seed),
                    Level = Level(parse.GetValue(level)!),
                    Perturbation = k is { } concentration ? WeightPerturbation.Dirichlet(concentration) : WeightPerturbation.Noise(f ?? 0.25),
                    Samples = samplesPath is null ? null : WeightSamples.Load(samplesPath),
                    Top = parse.GetValue(top),
                    Sensitivity = parse.GetValue(sensitivity) || sensitivityFile is not null,
                    MaxThreads = parse.GetValue(threads) ?? 0,
                };
                var set = inputs.LoadCriteria(parse);
                var sheet = Scorer.Score(inputs.Load(parse, set));
                UncertaintyResult result;
                using (var bar = context.ErrorIsTerminal ? new ProgressBar(context.Error) : null)
                {
                    result = UncertaintyAnalysis.Run(sheet, options, bar, cancellationToken);
                }

                outputs.Write(
                    context,
                    ("--out", output.Content(parse, table: w => WriteTable(result, w), csv: w => WriteCsv(result, w), json: w => WriteJson(result, w))),
                    ("--sensitivity-out", OutputFile.Text(sensitivityFile, w => WriteSensitivityCsv(result, w))));

                return ExitCodes.Ok;
            },
            cancellationToken));
        return command;
    }

    internal static int Level(string text) => text.Trim() switch
    {
        "area" or "areas" => 0,
        "criterion" or "criteria" => 1,
        "sub-criterion" or "sub-criteria" => 2,
        var t when int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var depth) => depth,
        _ => throw new CliUsageException($"--level must be area, criterion, sub-criterion or a depth (0 = areas), not '{text}'"),
    };

    private static string Describe(UncertaintyResult r)
    {
        var what = r.Options.Samples is not null ? "explicit weight samples" : r.Options.Perturbation.ToString();
        var nodes = r.Nodes.Count;
        var level = r.Options.Level switch { 0 => "area", 1 => "criterion", _ => $"level-{r.Options.Level} node" };
        var seed = r.Options.Samples is not null ? "" : $", seed {r.Options.Seed.ToString(CultureInfo.InvariantCulture)}";
        return $"{Int(r.Runs)} runs ({what} on {nodes} {level} weight{(nodes == 1 ? "" : "s")}{seed})";
    }

    internal static void WriteTable(UncertaintyResult r, TextWriter writer)
    {
        var set = r.Sheet.CriteriaSet;
        var p = set.Precision;
        var k = r.Options.Top;
        writer.WriteLine($"{set.Name} ({set.Id}) — {r.Units.Count} units; {Describe(r)}");
        writer.WriteLine();
        var table = new TextTable("Rank", "Unit", "Name", "Index", "Mean", "Median", "P5", "P95", "Band", "Band kept", $"Top {Int(k)}").AlignRight(0, 3, 4, 5, 6, 7, 9, 10);
        foreach (var u in r.Units)
        {
            table.Add(
                Int(u.NominalRank),
                u.Score.Id,
                u.Score.Name,
                ScoreCommand.Fmt(u.Score.ReportedIndex, p),
                Num(u.MeanRank, 2),
                Num(u.MedianRank, 1),
                Num(u.Percentile5Rank, 1),
                Num(u.Percentile95Rank, 1),
                u.NominalBand?.Name ?? "",
                u.BandKept is { } kept ? Percent(kept) : "",
                Percent(u.TopProbability));
        }

        table.Write(writer);
        writer.WriteLine();
        writer.WriteLine($"Rank = nominal rank; Mean, Median, P5, P95 = rank over the runs (percentiles as R's type 7); Band kept = share of runs in the nominal band;");
        writer.WriteLine($"Top {Int(k)} = share of runs ranked {Int(k)} or better. Each run ranks the index rounded to {Int(p)} decimals; ties share a rank.");
        if (r.Sensitivity is { } indices)
        {
            writer.WriteLine();
            writer.WriteLine($"Sensitivity of the mean absolute rank shift to each weight ({Int(r.Runs)} base samples, {r.TotalRuns.ToString("N0", CultureInfo.InvariantCulture)} runs):");
            var s = new TextTable("Node", "Name", "Max", "First-order", "Total").AlignRight(2, 3, 4);
            foreach (var node in indices)
            {
                s.Add(node.Node.Code, node.Node.Name, node.Node.MaxPoints.ToString(), Index(node.FirstOrder), Index(node.Total));
            }

            s.Write(writer);
            writer.WriteLine("First-order: Saltelli (2010) estimator; Total: Jansen estimator. Small negative values are sampling noise around 0.");
        }
    }

    internal static void WriteCsv(UncertaintyResult r, TextWriter writer)
    {
        var p = "F" + r.Sheet.CriteriaSet.Precision.ToString(CultureInfo.InvariantCulture);
        using var csv = CsvWriter.Create(writer, new CsvWriterOptions { Injection = CsvInjection.Escape, FormatProvider = CultureInfo.InvariantCulture, NewLine = "\n" }, leaveOpen: true);
        foreach (var h in new[] { "unit_id", "unit_name", "group", "index", "nominal_rank", "mean_rank", "median_rank", "p05_rank", "p95_rank", "band", "band_kept", $"top_{Int(r.Options.Top)}" })
        {
            csv.WriteField(h);
        }

        csv.EndRecord();
        foreach (var u in r.Units)
        {
            csv.WriteField(u.Score.Id);
            csv.WriteField(u.Score.Name);
            csv.WriteField(u.Score.Group ?? "");
            csv.WriteField(u.Score.ReportedIndex, p.AsSpan());
            csv.WriteField(u.NominalRank, "D".AsSpan());
            csv.WriteField(u.MeanRank, "F4".AsSpan());
            csv.WriteField(u.MedianRank, "F4".AsSpan());
            csv.WriteField(u.Percentile5Rank, "F4".AsSpan());
            csv.WriteField(u.Percentile95Rank, "F4".AsSpan());
            csv.WriteField(u.NominalBand?.Name ?? "");
            csv.WriteField(u.BandKept is { } kept ? kept.ToString("F4", CultureInfo.InvariantCulture) : "");
            csv.WriteField(u.TopProbability, "F4".AsSpan());
            csv.EndRecord();
        }

        csv.Flush();
    }

    /// <summary>One row per perturbed node: code, name, max_points, first_order, total (6 decimals; empty when an index is undefined).</summary>
    internal static void WriteSensitivityCsv(UncertaintyResult r, TextWriter writer)
    {
        var p = "F" + r.Sheet.CriteriaSet.Precision.ToString(CultureInfo.InvariantCulture);
        using var csv = CsvWriter.Create(writer, new CsvWriterOptions { Injection = CsvInjection.Escape, FormatProvider = CultureInfo.InvariantCulture, NewLine = "\n" }, leaveOpen: true);
        foreach (var h in new[] { "code", "name", "max_points", "first_order", "total" })
        {
            csv.WriteField(h);
        }

        csv.EndRecord();
        foreach (var s in r.Sensitivity ?? Array.Empty<NodeSensitivity>())
        {
            csv.WriteField(s.Node.Code);
            csv.WriteField(s.Node.Name);
            csv.WriteField(s.Node.MaxPoints.Round(r.Sheet.CriteriaSet.Precision), p.AsSpan());
            Index(csv, s.FirstOrder);
            Index(csv, s.Total);
            csv.EndRecord();
        }

        csv.Flush();
    }

    private static void Index(CsvWriter csv, double value)
    {
        if (double.IsNaN(value))
        {
            csv.WriteField("");
        }
        else
        {
            csv.WriteField(value, "F6".AsSpan());
        }
    }

    internal static void WriteJson(UncertaintyResult r, TextWriter writer)
    {
        var set = r.Sheet.CriteriaSet;
        JsonFields.Write(writer, json =>
        {
            json.WriteStartObject();
            json.WriteString("criteria_set", set.Id);
            json.WriteNumber("unit_count", r.Units.Count);
            json.WriteNumber("runs", r.Runs);
            json.WriteNumber("total_runs", r.TotalRuns);
            if (r.Options.Samples is null)
            {
                json.WriteNumber("seed", r.Options.Seed);
                json.WriteString("perturbation", r.Options.Perturbation.ToString());
            }
            else
            {
                json.WriteNull("seed");
                json.WriteString("perturbation", "weights-file");
            }

            json.WriteNumber("level", r.Options.Level);
            json.WriteStartArray("nodes");
            foreach (var node in r.Nodes)
            {
                json.WriteStringValue(node.Code);
            }

            json.WriteEndArray();
            json.WriteNumber("top", r.Options.Top);
            json.WriteStartArray("units");
            foreach (var u in r.Units)
            {
                json.WriteStartObject();
                json.WriteString("unit_id", u.Score.Id);
                json.WriteString("unit_name", u.Score.Name);
                JsonFields.StringOrNull(json, "group", u.Score.Group);
                json.WriteNumber("index", u.Score.ReportedIndex);
                json.WriteNumber("nominal_rank", u.NominalRank);
                JsonFields.NumberOrNull(json, "mean_rank", u.MeanRank);
                JsonFields.NumberOrNull(json, "median_rank", u.MedianRank);
                JsonFields.NumberOrNull(json, "p05_rank", u.Percentile5Rank);
                JsonFields.NumberOrNull(json, "p95_rank", u.Percentile95Rank);
                JsonFields.StringOrNull(json, "band", u.NominalBand?.Name);
                JsonFields.NumberOrNull(json, "band_kept", u.BandKept);
                JsonFields.NumberOrNull(json, "top_probability", u.TopProbability);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (r.Sensitivity is { } indices)
            {
                json.WriteStartArray("sensitivity");
                foreach (var s in indices)
                {
                    json.WriteStartObject();
                    json.WriteString("code", s.Node.Code);
                    json.WriteString("name", s.Node.Name);
                    json.WriteNumber("max_points", s.Node.MaxPoints.ToDecimal());
                    JsonFields.NumberOrNull(json, "first_order", s.FirstOrder);
                    JsonFields.NumberOrNull(json, "total", s.Total);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        });
    }

    private static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Num(double value, int decimals) => value.ToString("F" + Int(decimals), CultureInfo.InvariantCulture);

    private static string Percent(double share) => (share * 100).ToString("F1", CultureInfo.InvariantCulture) + " %";

    private static string Index(double value) => double.IsNaN(value) ? "n/a" : value.ToString("F3", CultureInfo.InvariantCulture);

    /// <summary>A one-line progress bar on standard error, redrawn when the whole percentage changes; cleared when disposed.</summary>
    private sealed class ProgressBar : IProgress<double>, IDisposable
    {
        private readonly TextWriter error;
        private readonly object gate = new();
        private int shown = -1;

        public ProgressBar(TextWriter error) => this.error = error;

        public void Report(double value)
        {
            var percent = (int)Math.Floor(Math.Max(0, Math.Min(1, value)) * 100);
            lock (gate)
            {
                if (percent <= shown)
                {
                    return;
                }

                shown = percent;
                var filled = percent * 30 / 100;
                error.Write($"\r[{new string('#', filled)}{new string('.', 30 - filled)}] {percent,3}%");
                error.Flush();
            }
        }

        public void Dispose()
        {
            lock (gate)
            {
                if (shown >= 0)
                {
                    error.Write("\r" + new string(' ', 40) + "\r");
                    error.Flush();
                }
            }
        }
    }
}
