using System;
using System.IO;
using System.Linq;
using ParIndex.Internal;
using ParIndex.Scenarios;
using static ParIndex.Reporting.JsonOutput;

namespace ParIndex.Reporting;

/// <summary>
/// Writes rank uncertainty as JSON (<c>parindex uncertainty --format json</c>; <c>"kind": "uncertainty"</c>): the
/// settings of the analysis, one object per unit with its nominal and simulated ranks, and the sensitivity indices when
/// computed. Shape in docs/output-format.md.
/// </summary>
public static class UncertaintyJsonWriter
{
    /// <summary>Writes the analysis as indented UTF-8 JSON (no byte order mark); the stream is left open.</summary>
    /// <param name="result">The analysis.</param>
    /// <param name="stream">Where to write.</param>
    public static void Write(UncertaintyResult result, Stream stream)
    {
        TextOutput.NotNull(result, nameof(result));

        var set = result.Sheet.CriteriaSet;
        var p = set.Precision;
        var options = result.Options;
        using var json = Create(stream);
        Start(json, "uncertainty", set);
        json.WriteNumber("unit_count", result.Units.Count);
        json.WriteNumber("runs", result.Runs);
        json.WriteNumber("total_runs", result.TotalRuns);
        if (options.Samples is null)
        {
            json.WriteNumber("seed", options.Seed);
            json.WriteString("perturbation", options.Perturbation.ToString());
        }
        else
        {
            json.WriteNull("seed");
            json.WriteString("perturbation", "weights-file");
        }

        json.WriteNumber("level", options.Level);
        Strings(json, "nodes", result.Nodes.Select(n => n.Code));
        json.WriteNumber("top", options.Top);
        json.WriteStartArray("units");
        foreach (var u in result.Units)
        {
            json.WriteStartObject();
            json.WriteString("unit_id", u.Score.Id);
            json.WriteString("unit_name", u.Score.Name);
            StringOrNull(json, "group", u.Score.Group);
            Fixed(json, "index", u.Score.ReportedIndex, p);
            json.WriteNumber("nominal_rank", u.NominalRank);
            Statistic(json, "mean_rank", u.MeanRank);
            Statistic(json, "median_rank", u.MedianRank);
            Statistic(json, "p05_rank", u.Percentile5Rank);
            Statistic(json, "p95_rank", u.Percentile95Rank);
            StringOrNull(json, "band", u.NominalBand?.Name);
            Statistic(json, "band_kept", u.BandKept);
            Statistic(json, "top_probability", u.TopProbability);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (result.Sensitivity is { } indices)
        {
            json.WriteStartArray("sensitivity");
            foreach (var s in indices)
            {
                json.WriteStartObject();
                json.WriteString("code", s.Node.Code);
                json.WriteString("name", s.Node.Name);
                Fixed(json, "max_points", s.Node.MaxPoints, p);
                Statistic(json, "first_order", s.FirstOrder);
                Statistic(json, "total", s.Total);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }
}
