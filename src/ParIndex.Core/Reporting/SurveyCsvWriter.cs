using System;
using System.Globalization;
using System.IO;
using System.Linq;
using ParIndex.Internal;
using ParIndex.Survey;

namespace ParIndex.Reporting;

/// <summary>
/// Writes survey values as the survey CSV that scoring reads (<c>unit_id,code,value</c>, docs/input-format.md), and
/// the sample sizes behind them. UTF-8 text, comma, "\n", invariant numbers.
/// </summary>
public static class SurveyCsvWriter
{
    /// <summary>As <see cref="Write(SurveyResult, TextWriter)"/>, as UTF-8 with a byte order mark (for Excel); the stream is left open.</summary>
    /// <param name="result">The survey values.</param>
    /// <param name="stream">Where to write.</param>
    public static void Write(SurveyResult result, Stream stream) => TextOutput.ToStream(result, nameof(result), stream, Write);

    /// <summary>
    /// Writes one row per unit and survey criterion, units in the order first met, criteria in set order; each value
    /// with exactly the definition's precision in decimals (<c>87.80</c> at precision 2).
    /// </summary>
    /// <param name="result">The survey values.</param>
    /// <param name="writer">Where to write.</param>
    public static void Write(SurveyResult result, TextWriter writer)
    {
        TextOutput.NotNull(result, nameof(result));
        TextOutput.NotNull(writer, nameof(writer));

        var format = CsvCells.Format(result.Definition.Precision);
        using var csv = CsvCells.Create(writer);
        csv.WriteField("unit_id");
        csv.WriteField("code");
        csv.WriteField("value");
        csv.EndRecord();
        foreach (var unit in result.Units)
        {
            foreach (var value in unit.Values)
            {
                csv.WriteField(unit.UnitId);
                csv.WriteField(value.Code);
                csv.WriteField(value.Value, format.AsSpan());
                csv.EndRecord();
            }
        }

        csv.Flush();
    }

    /// <summary>
    /// As <see cref="WriteSampleSizes(SurveyResult, SurveyPopulation?, TextWriter)"/>, as UTF-8 with a byte order mark
    /// (for Excel); the stream is left open.
    /// </summary>
    /// <param name="result">The survey values.</param>
    /// <param name="population">Populations per unit (and group), or <see langword="null"/>.</param>
    /// <param name="stream">Where to write.</param>
    public static void WriteSampleSizes(SurveyResult result, SurveyPopulation? population, Stream stream) =>
        TextOutput.ToStream(result, nameof(result), stream, (r, w) => WriteSampleSizes(r, population, w));

    /// <summary>
    /// Writes the sample sizes: per unit one row for all respondents (empty <c>group</c>) and one per group, with
    /// <c>unit_id, group, respondents, population, slovin_sample_size, below_slovin</c>; the last three are empty where
    /// <paramref name="population"/> gives no population for the row.
    /// </summary>
    /// <param name="result">The survey values.</param>
    /// <param name="population">Populations per unit (and group), or <see langword="null"/>.</param>
    /// <param name="writer">Where to write.</param>
    public static void WriteSampleSizes(SurveyResult result, SurveyPopulation? population, TextWriter writer)
    {
        TextOutput.NotNull(result, nameof(result));
        TextOutput.NotNull(writer, nameof(writer));

        var checks = population is null ? Array.Empty<SampleSizeCheck>() : result.CheckSampleSizes(population).ToArray();
        using var csv = CsvCells.Create(writer);
        foreach (var h in new[] { "unit_id", "group", "respondents", "population", "slovin_sample_size", "below_slovin" })
        {
            csv.WriteField(h);
        }

        csv.EndRecord();
        foreach (var unit in result.Units)
        {
            Row(unit.UnitId, null, unit.Respondents);
            foreach (var size in unit.SampleSizes)
            {
                Row(unit.UnitId, size.Group, size.Respondents);
            }
        }

        csv.Flush();

        void Row(string unitId, RespondentGroup? group, int respondents)
        {
            csv.WriteField(unitId);
            csv.WriteField(group?.Id ?? "");
            csv.WriteField(respondents.ToString(CultureInfo.InvariantCulture));
            var check = checks.FirstOrDefault(c => c.Entry.UnitId == unitId && c.Entry.Group == group);
            csv.WriteField(check?.Entry.Population.ToString(CultureInfo.InvariantCulture) ?? "");
            csv.WriteField(check?.Required.ToString(CultureInfo.InvariantCulture) ?? "");
            csv.WriteField(check is null ? "" : check.IsBelow ? "yes" : "no");
            csv.EndRecord();
        }
    }
}
