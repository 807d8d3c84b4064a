using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ParIndex.Resources;

namespace ParIndex.Internal;

/// <summary>The kinds of input files, as far as a reader can tell them apart.</summary>
internal enum InputKind
{
    SelfAssessment,
    Appraisal,
    Survey,
    Responses,
    Population,
    Results,
    Weights,
    Yaml,
    Criteria,
    Scenario,
    SurveyDefinition,
}

/// <summary>
/// Recognises a table's kind from its header, so a file given to the wrong option (the self-assessment and appraisal
/// files swapped, survey responses given as an appraisal round, a criteria YAML given as a table) is refused in one
/// sentence naming what it looks like and where it goes, instead of one error per row or column.
/// </summary>
internal static class FileKinds
{
    private static readonly Regex CriterionCode = new(@"^[0-9A-Za-z]{1,4}(\.[0-9A-Za-z]{1,4})+$|^[0-9]{1,2}$", RegexOptions.CultureInvariant);

    /// <summary>The kind a header is certainly the header of, or <see langword="null"/> when it could be several or none.</summary>
    public static InputKind? Recognise(IReadOnlyList<string> header)
    {
        if (header.Count == 0)
        {
            return null;
        }

        var first = header[0].TrimStart('\uFEFF').Trim();
        if (first.StartsWith("format:", StringComparison.OrdinalIgnoreCase) || first.StartsWith("#", StringComparison.Ordinal) || first == "---")
        {
            return InputKind.Yaml;
        }

        var names = new HashSet<string>(header.Select(h => h.Trim().ToLowerInvariant()), StringComparer.Ordinal);
        if (first.Equals("run", StringComparison.OrdinalIgnoreCase))
        {
            return InputKind.Weights;
        }

        if (!names.Contains(ColumnNames.UnitId))
        {
            return null;
        }

        if (names.Contains("respondent_id") || (names.Contains("question") && names.Contains("answer")))
        {
            return InputKind.Responses;
        }

        if (names.Contains("population"))
        {
            return InputKind.Population;
        }

        if (names.Contains("rank"))
        {
            return InputKind.Results;
        }

        if (names.Contains(ColumnNames.Code) && (names.Contains(ColumnNames.Points) || names.Contains(ColumnNames.Delta) || names.Contains(ColumnNames.Reason)))
        {
            return InputKind.Appraisal;
        }

        if (!names.Contains(ColumnNames.Code) && header.Count(h => CriterionCode.IsMatch(h.Trim())) >= 2)
        {
            return InputKind.SelfAssessment;
        }

        return null;
    }

    /// <summary>
    /// The kind of a YAML document from its top-level keys: a criteria set has <c>areas</c>, a survey definition
    /// <c>questions</c> or <c>scales</c>, a scenario <c>changes</c> or <c>rebalance</c> (and no <c>areas</c>).
    /// </summary>
    public static InputKind? RecogniseYaml(ICollection<string> keys) =>
        keys.Contains("areas") ? InputKind.Criteria
        : keys.Contains("questions") || keys.Contains("scales") ? InputKind.SurveyDefinition
        : keys.Contains("changes") || keys.Contains("rebalance") ? InputKind.Scenario
        : null;

    /// <summary>The kind of a table whose header is the first line of <paramref name="text"/> (a CSV file given as YAML), if certain.</summary>
    public static InputKind? RecogniseFirstLine(string text)
    {
        var end = text.IndexOfAny(new[] { '\r', '\n' });
        var line = end < 0 ? text : text.Substring(0, end);
        if (line.IndexOf(':') >= 0)
        {
            return null;
        }

        var separator = line.Split(';').Length > line.Split(',').Length ? ';' : ',';
        var kind = Recognise(line.Split(separator).Select(c => c.Trim().Trim('"')).ToArray());
        return kind == InputKind.Yaml ? null : kind;
    }

    /// <summary>The one error to report when a header is certainly of another kind than <paramref name="expected"/>; otherwise <see langword="null"/>.</summary>
    public static LocalizedText? Mismatch(IReadOnlyList<string> header, InputKind expected) =>
        Recognise(header) is { } kind && kind != expected ? Message(kind, expected) : null;

    /// <summary>Throws the one error when the header is certainly of another kind than <paramref name="expected"/>.</summary>
    public static void Check(IReadOnlyList<string> header, SourceLocation location, InputKind expected)
    {
        if (Mismatch(header, expected) is { } message)
        {
            throw new ParIndexException(location, message);
        }
    }

    /// <summary>The one error for a file of kind <paramref name="actual"/> given where <paramref name="expected"/> was asked for.</summary>
    public static ParIndexException WrongKind(SourceLocation location, InputKind actual, InputKind expected) => new(location, Message(actual, expected));

    private static LocalizedText Message(InputKind actual, InputKind expected) =>
        LocalizedText.Of(nameof(Safety.Input_WrongKind), Name(actual), Name(expected), Where(actual));

    private static LocalizedText Name(InputKind kind) => LocalizedText.Of(kind switch
    {
        InputKind.SelfAssessment => nameof(Safety.Kind_SelfAssessment),
        InputKind.Appraisal => nameof(Safety.Kind_Appraisal),
        InputKind.Survey => nameof(Safety.Kind_Survey),
        InputKind.Responses => nameof(Safety.Kind_Responses),
        InputKind.Population => nameof(Safety.Kind_Population),
        InputKind.Results => nameof(Safety.Kind_Results),
        InputKind.Weights => nameof(Safety.Kind_Weights),
        InputKind.Criteria => nameof(Safety.Kind_Criteria),
        InputKind.Scenario => nameof(Safety.Kind_Scenario),
        InputKind.SurveyDefinition => nameof(Safety.Kind_SurveyDefinition),
        _ => nameof(Safety.Kind_Yaml),
    });

    /// <summary>Where a file of this kind is given: an option name as typed (not translated), or a phrase.</summary>
    private static object Where(InputKind kind) => kind switch
    {
        InputKind.SelfAssessment => LocalizedText.Of(nameof(Safety.Where_SelfAssessment)),
        InputKind.Appraisal => "--appraisal",
        InputKind.Survey => "--survey",
        InputKind.Responses => LocalizedText.Of(nameof(Safety.Where_Responses)),
        InputKind.Population => LocalizedText.Of(nameof(Safety.Where_Population)),
        InputKind.Results => "--previous",
        InputKind.Weights => "--weights-file",
        InputKind.Criteria => "--criteria",
        InputKind.Scenario => "--scenario",
        InputKind.SurveyDefinition => LocalizedText.Of(nameof(Safety.Where_SurveyDefinition)),
        _ => LocalizedText.Of(nameof(Safety.Where_Yaml)),
    };
}
