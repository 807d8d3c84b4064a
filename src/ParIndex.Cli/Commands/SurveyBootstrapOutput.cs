using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using CsvHelper;
using ParIndex.Cli.Rendering;
using ParIndex.Scenarios;
using ParIndex.Scoring;
using ParIndex.Survey;

namespace ParIndex.Cli.Commands;

/// <summary><c>parindex uncertainty --survey-bootstrap</c>: survey sampling error in the ranking, alone and combined with the weights.</summary>
internal static class SurveyBootstrapOutput
{
    public static void Run(ParseResult parse, CliContext context, RoundInputs inputs, UncertaintyOptions weights, OutputOptions output, OutputFile outputs, string? samplesPath, CancellationToken cancellationToken)
    {
        if (parse.GetValue(inputs.Responses) is null)
        {
            throw new CliUsageException(SurveyCliText.BootstrapNeedsResponses);
        }

        if (weights.Sensitivity || samplesPath is not null)
        {
            throw new CliUsageException(SurveyCliText.BootstrapNoSensitivity);
        }

        var set = inputs.LoadCriteria(parse);
        var sheet = Scorer.Score(inputs.Load(parse, set, context.Error, out var survey));
        var options = new SurveyBootstrapOptions { Runs = weights.Runs, Seed = weights.Seed, MaxThreads = weights.MaxThreads, Weights = weights };
        SurveyBootstrapResult result;
        using (var bar = context.ErrorIsTerminal ? new ProgressBar(context.Error) : null)
        {
            result = SurveyBootstrap.Run(sheet, survey!.Responses, options, bar, cancellationToken);
        }

        foreach (var pair in result.BorrowedSamples)
        {
            context.Error.WriteLine(SurveyCliText.FormatWarning(SurveyCliText.FormatBorrowed(pair)));
        }

        outputs.Write(context, ("--out", output.Content(parse, table: w => WriteTable(result, w), csv: w => WriteCsv(result, w), json: w => WriteJson(result, w))));
    }

    internal static void WriteTable(SurveyBootstrapResult r, TextWriter writer)
    {
        var set = r.Sheet.CriteriaSet;
        var p = set.Precision;
        writer.WriteLine(SurveyCliText.FormatBootstrapTitle(set.Name, set.Id, r.Units.Count, Int(r.Runs), r.Options.Seed.ToString(CultureInfo.InvariantCulture), r.Options.Weights?.Perturbation.ToString() ?? "-"));
        writer.WriteLine();
        var table = new TextTable(SurveyCliText.Rank, SurveyCliText.Unit, SurveyCliText.Name, SurveyCliText.Index, SurveyCliText.IndexInterval, SurveyCliText.SurveyMedian, SurveyCliText.SurveyInterval, SurveyCliText.CombinedMedian, SurveyCliText.CombinedInterval)
            .AlignRight(0, 3, 4, 5, 6, 7, 8);
        foreach (var u in r.Units)
        {
            table.Add(
                Int(u.NominalRank),
                u.Score.Id,
                u.Score.Name,
                ScoreCommand.Fmt(u.Score.ReportedIndex, p),
                ScoreCommand.Fmt(u.IndexPercentile5, p) + "–" + ScoreCommand.Fmt(u.IndexPercentile95, p),
                Num(u.Survey.Median),
                Num(u.Survey.Percentile5) + "–" + Num(u.Survey.Percentile95),
                u.Combined is { } c ? Num(c.Median) : "",
                u.Combined is { } c2 ? Num(c2.Percentile5) + "–" + Num(c2.Percentile95) : "");
        }

        table.Write(writer);
        writer.WriteLine();
        writer.WriteLine(SurveyCliText.BootstrapNote1);
        writer.WriteLine(SurveyCliText.BootstrapNote2);
    }

    internal static void WriteCsv(SurveyBootstrapResult r, TextWriter writer)
    {
        var p = "F" + r.Sheet.CriteriaSet.Precision.ToString(CultureInfo.InvariantCulture);
        using var csv = CsvWriter.Create(writer, new CsvWriterOptions { Injection = CsvInjection.Escape, FormatProvider = CultureInfo.InvariantCulture, NewLine = "\n" }, leaveOpen: true);
        foreach (var h in new[] { "unit_id", "unit_name", "group", "index", "nominal_rank", "index_p05", "index_p95", "survey_mean_rank", "survey_median_rank", "survey_p05_rank", "survey_p95_rank", "combined_mean_rank", "combined_median_rank", "combined_p05_rank", "combined_p95_rank" })
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
            csv.WriteField(u.IndexPercentile5, p.AsSpan());
            csv.WriteField(u.IndexPercentile95, p.AsSpan());
            foreach (var s in new[] { u.Survey, u.Combined })
            {
                foreach (var v in s is null ? new double?[4] : new double?[] { s.Mean, s.Median, s.Percentile5, s.Percentile95 })
                {
                    csv.WriteField(v is { } x ? x.ToString("F4", CultureInfo.InvariantCulture) : "");
                }
            }

            csv.EndRecord();
        }

        csv.Flush();
    }

    internal static void WriteJson(SurveyBootstrapResult r, TextWriter writer)
    {
        JsonFields.Write(writer, json =>
        {
            json.WriteStartObject();
            json.WriteString("criteria_set", r.Sheet.CriteriaSet.Id);
            json.WriteNumber("runs", r.Runs);
            json.WriteNumber("seed", r.Options.Seed);
            JsonFields.StringOrNull(json, "perturbation", r.Options.Weights?.Perturbation.ToString());
            json.WriteStartArray("borrowed_samples");
            foreach (var b in r.BorrowedSamples)
            {
                json.WriteStringValue(b);
            }

            json.WriteEndArray();
            json.WriteStartArray("units");
            foreach (var u in r.Units)
            {
                json.WriteStartObject();
                json.WriteString("unit_id", u.Score.Id);
                json.WriteNumber("index", u.Score.ReportedIndex);
                json.WriteNumber("nominal_rank", u.NominalRank);
                json.WriteNumber("index_p05", u.IndexPercentile5);
                json.WriteNumber("index_p95", u.IndexPercentile95);
                foreach (var (name, s) in new[] { ("survey", u.Survey), ("combined", u.Combined) })
                {
                    if (s is null)
                    {
                        json.WriteNull(name);
                        continue;
                    }

                    json.WriteStartObject(name);
                    JsonFields.NumberOrNull(json, "mean_rank", s.Mean);
                    JsonFields.NumberOrNull(json, "median_rank", s.Median);
                    JsonFields.NumberOrNull(json, "p05_rank", s.Percentile5);
                    JsonFields.NumberOrNull(json, "p95_rank", s.Percentile95);
                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Num(double value) => value.ToString("F1", CultureInfo.InvariantCulture);
}
