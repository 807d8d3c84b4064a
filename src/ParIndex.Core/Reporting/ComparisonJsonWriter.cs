using System;
using System.IO;
using System.Text.Json;
using ParIndex.Internal;
using ParIndex.Scenarios;
using static ParIndex.Reporting.JsonOutput;

namespace ParIndex.Reporting;

/// <summary>
/// Writes a scenario comparison (<c>parindex compare --format json</c>; <c>"kind": "comparison"</c>): per scenario its
/// settings, the agreement with the baseline ranking (Spearman's rho, Kendall's tau-b), the largest movers and every
/// unit's baseline and scenario index, rank, shift and band. Shape in docs/output-format.md.
/// </summary>
public static class ComparisonJsonWriter
{
    /// <summary>Writes the comparison as indented UTF-8 JSON (no byte order mark); the stream is left open.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="stream">Where to write.</param>
    /// <param name="movers">How many of the largest movers to list per scenario (0 for none).</param>
    public static void Write(ScenarioComparison comparison, Stream stream, int movers = 5)
    {
        TextOutput.NotNull(comparison, nameof(comparison));

        if (movers < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(movers), movers, "must be 0 or more");
        }

        var set = comparison.Baseline.Sheet.CriteriaSet;
        var p = set.Precision;
        using var json = Create(stream);
        Start(json, "comparison", set);
        json.WriteNumber("unit_count", comparison.Baseline.Units.Count);
        json.WriteStartArray("scenarios");
        foreach (var s in comparison.Scenarios)
        {
            json.WriteStartObject();
            json.WriteString("name", s.Scenario.Name);
            StringOrNull(json, "description", s.Scenario.Description);
            StringOrNull(json, "source", s.Scenario.Source);
            json.WriteString("rebalance", s.Scenario.Rebalance == RebalanceMode.Proportional ? "proportional" : "none");
            Fixed(json, "max_points", s.Result.CriteriaSet.MaxPoints, p);
            Statistic(json, "spearman_rho", s.Spearman);
            Statistic(json, "kendall_tau_b", s.KendallTauB);
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
                WriteUnit(json, u, p);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteUnit(Utf8JsonWriter json, UnitShift u, int p)
    {
        json.WriteStartObject();
        json.WriteString("unit_id", u.Unit.Id);
        json.WriteString("unit_name", u.Unit.Name);
        StringOrNull(json, "group", u.Unit.Group);
        Fixed(json, "baseline_index", u.BaselineIndex, p);
        json.WriteNumber("baseline_rank", u.BaselineRank);
        StringOrNull(json, "baseline_band", u.BaselineBand?.Name);
        Fixed(json, "index", u.Index, p);
        json.WriteNumber("rank", u.Rank);
        json.WriteNumber("shift", u.Shift);
        StringOrNull(json, "band", u.Band?.Name);
        json.WriteEndObject();
    }
}
