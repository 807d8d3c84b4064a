using System;
using System.Collections.Generic;
using System.IO;
using ParIndex.Internal;
using ParIndex.Survey;
using static ParIndex.Reporting.JsonOutput;

namespace ParIndex.Reporting;

/// <summary>
/// Writes survey values computed from respondents' answers as JSON (<c>parindex survey --format json</c>;
/// <c>"kind": "survey"</c>): per unit its sample sizes by group, the value of each survey criterion with the answers
/// counted, each question's share, and the Slovin sample-size checks when a population was given. Shape in
/// docs/output-format.md.
/// </summary>
public static class SurveyJsonWriter
{
    /// <summary>Writes the survey values as indented UTF-8 JSON (no byte order mark); the stream is left open.</summary>
    /// <param name="result">The survey values.</param>
    /// <param name="checks">The sample-size checks (<see cref="SurveyResult.CheckSampleSizes(SurveyPopulation)"/>), or <see langword="null"/> when no population was given.</param>
    /// <param name="stream">Where to write.</param>
    public static void Write(SurveyResult result, IReadOnlyList<SampleSizeCheck>? checks, Stream stream)
    {
        TextOutput.NotNull(result, nameof(result));

        var def = result.Definition;
        using var json = Create(stream);
        Start(json, "survey", result.CriteriaSet);
        json.WriteString("survey_definition", def.Id);
        json.WriteNumber("precision", def.Precision);
        json.WriteNumber("margin_of_error", def.MarginOfError);
        json.WriteStartArray("units");
        foreach (var unit in result.Units)
        {
            json.WriteStartObject();
            json.WriteString("unit_id", unit.UnitId);
            json.WriteNumber("respondents", unit.Respondents);
            json.WriteStartObject("groups");
            foreach (var size in unit.SampleSizes)
            {
                json.WriteNumber(size.Group.Id, size.Respondents);
            }

            json.WriteEndObject();
            json.WriteStartArray("values");
            foreach (var value in unit.Values)
            {
                json.WriteStartObject();
                json.WriteString("code", value.Code);
                Fixed(json, "value", value.Value, def.Precision);
                json.WriteNumber("answers", value.Answers);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("questions");
            foreach (var q in unit.Questions)
            {
                json.WriteStartObject();
                json.WriteString("question", q.Question.Id);
                json.WriteString("code", q.Question.LeafCode);
                if (q.Share is { } share)
                {
                    json.WriteNumber("share", share);
                }
                else
                {
                    json.WriteNull("share");
                }

                json.WriteNumber("answers", q.Answers);
                json.WriteNumber("not_counted", q.NotCounted);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("sample_checks");
        foreach (var check in checks ?? Array.Empty<SampleSizeCheck>())
        {
            json.WriteStartObject();
            json.WriteString("unit_id", check.Entry.UnitId);
            StringOrNull(json, "group", check.Entry.Group?.Id);
            json.WriteNumber("respondents", check.Respondents);
            json.WriteNumber("population", check.Entry.Population);
            json.WriteNumber("slovin_sample_size", check.Required);
            json.WriteBoolean("below_slovin", check.IsBelow);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
