using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ParIndex.Assessments;
using ParIndex.Criteria;
using ParIndex.Internal;
using ParIndex.Resources;

namespace ParIndex.IO;

/// <summary>
/// Reads a round's input tables into an <see cref="AssessmentInput"/>: self-assessments (wide or long
/// form), appraisal rounds in order, and survey results. Every problem in every table is reported at
/// once (<c>file:line:column: message</c>, or a workbook cell) in one <see cref="ParIndexException"/>.
/// </summary>
/// <remarks>
/// The tables come from any <see cref="TableSource"/>: CSV files, streams or text here; workbooks through
/// ParIndex.Excel. Every source is read by the same row interpretation and checks. CSV files are UTF-8
/// with or without a BOM, comma- or semicolon-separated (detected from the header), with decimal points
/// or decimal commas. See docs/input-format.md.
/// </remarks>
public static class AssessmentFiles
{
    /// <summary>Reads all CSV files of a round and checks them against a criteria set.</summary>
    /// <param name="criteriaSet">The criteria set.</param>
    /// <param name="selfAssessmentPath">The self-assessment file (wide: one row per unit; or long: unit_id,code,value[,evidence][,note]).</param>
    /// <param name="appraisalPaths">Appraisal rounds in the order they are applied (unit_id,code,value|points|delta,reason).</param>
    /// <param name="surveyPath">Survey results (unit_id,code,value), or <see langword="null"/>.</param>
    /// <exception cref="ParIndexException">Any file is missing or has problems; all are listed.</exception>
    public static AssessmentInput Load(CriteriaSet criteriaSet, string selfAssessmentPath, IEnumerable<string>? appraisalPaths = null, string? surveyPath = null) =>
        Load(criteriaSet, selfAssessmentPath, appraisalPaths, surveyPath, TableSource.OpenCsv);

    /// <summary>Reads all CSV files of a round with the given read limits and checks them against a criteria set.</summary>
    /// <param name="criteriaSet">The criteria set.</param>
    /// <param name="selfAssessmentPath">The self-assessment file.</param>
    /// <param name="appraisalPaths">Appraisal rounds in the order they are applied.</param>
    /// <param name="surveyPath">Survey results, or <see langword="null"/>.</param>
    /// <param name="limits">Bytes, cell length, rows, columns and units accepted; <see cref="ReadLimits.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ParIndexException">Any file is missing, over a limit or has problems; all are listed.</exception>
    public static AssessmentInput Load(CriteriaSet criteriaSet, string selfAssessmentPath, IEnumerable<string>? appraisalPaths, string? surveyPath, ReadLimits? limits) =>
        Load(criteriaSet, selfAssessmentPath, appraisalPaths, surveyPath, path => TableSource.OpenCsv(path, limits), limits);

    /// <summary>Reads all tables of a round, each opened by <paramref name="open"/>, and checks them against a criteria set.</summary>
    /// <param name="criteriaSet">The criteria set.</param>
    /// <param name="selfAssessmentPath">The self-assessment table.</param>
    /// <param name="appraisalPaths">Appraisal rounds in the order they are applied.</param>
    /// <param name="surveyPath">Survey results, or <see langword="null"/>.</param>
    /// <param name="open">Opens a path as a table (CSV: <see cref="TableSource.OpenCsv(string)"/>; a workbook or CSV: ParIndex.Excel's opener).</param>
    /// <exception cref="ParIndexException">Any table is missing or has problems; all are listed.</exception>
    public static AssessmentInput Load(CriteriaSet criteriaSet, string selfAssessmentPath, IEnumerable<string>? appraisalPaths, string? surveyPath, Func<string, TableSource> open) =>
        Load(criteriaSet, selfAssessmentPath, appraisalPaths, surveyPath, open, null);

    /// <summary>Reads all tables of a round, each opened by <paramref name="open"/>, with at most <see cref="ReadLimits.MaxUnits"/> units.</summary>
    /// <param name="criteriaSet">The criteria set.</param>
    /// <param name="selfAssessmentPath">The self-assessment table.</param>
    /// <param name="appraisalPaths">Appraisal rounds in the order they are applied.</param>
    /// <param name="surveyPath">Survey results, or <see langword="null"/>.</param>
    /// <param name="open">Opens a path as a table.</param>
    /// <param name="limits">The limits (units here; the opener applies the others); <see cref="ReadLimits.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ParIndexException">Any table is missing, over a limit or has problems; all are listed.</exception>
    public static AssessmentInput Load(CriteriaSet criteriaSet, string selfAssessmentPath, IEnumerable<string>? appraisalPaths, string? surveyPath, Func<string, TableSource> open, ReadLimits? limits)
    {
        if (criteriaSet is null)
        {
            throw new ArgumentNullException(nameof(criteriaSet));
        }

        if (selfAssessmentPath is null)
        {
            throw new ArgumentNullException(nameof(selfAssessmentPath));
        }

        if (open is null)
        {
            throw new ArgumentNullException(nameof(open));
        }

        var builder = new AssessmentInputBuilder(criteriaSet) { MaxUnits = (limits ?? ReadLimits.Default).MaxUnits };
        using (var rows = open(selfAssessmentPath))
        {
            SelfAssessmentRows.Read(builder, rows);
        }

        if (builder.Diagnostics.Count > 0)
        {
            // The other files are checked against the self-assessed units: with those in error, checking them would
            // only repeat the same errors row by row (an unknown unit on every line). Say once that they were not checked.
            var problems = builder.Diagnostics.ToList();
            foreach (var path in (appraisalPaths ?? Array.Empty<string>()).Concat(surveyPath is null ? Array.Empty<string>() : new[] { surveyPath }))
            {
                problems.Add(new Diagnostic(null, LocalizedText.Of(nameof(Safety.Input_NotChecked), path, selfAssessmentPath)));
            }

            throw new ParIndexException(problems);
        }

        var round = 0;
        foreach (var path in appraisalPaths ?? Array.Empty<string>())
        {
            round++;
            using var rows = open(path);
            AppraisalRows.Read(builder, rows, RoundName(round, path));
        }

        if (surveyPath is not null)
        {
            using var rows = open(surveyPath);
            SurveyRows.Read(builder, rows);
        }

        return builder.Build();
    }

    /// <summary>The name an appraisal round read from a file gets: "vòng N (file name)".</summary>
    /// <param name="round">1-based round number.</param>
    /// <param name="path">The round's file path or upload name.</param>
    public static string RoundName(int round, string path) => $"vòng {round.ToString(CultureInfo.InvariantCulture)} ({Path.GetFileName(path)})";

    /// <summary>Reads self-assessments from a table into a builder (wide or long form, detected from the header).</summary>
    /// <param name="builder">The builder to add units and values to.</param>
    /// <param name="table">The table, positioned after its header.</param>
    public static void ReadSelfAssessments(AssessmentInputBuilder builder, TableSource table) =>
        SelfAssessmentRows.Read(builder ?? throw new ArgumentNullException(nameof(builder)), table ?? throw new ArgumentNullException(nameof(table)));

    /// <summary>Reads one appraisal round from a table into a builder.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="table">The table, positioned after its header.</param>
    /// <param name="roundName">The round's name.</param>
    public static void ReadAppraisalRound(AssessmentInputBuilder builder, TableSource table, string roundName) =>
        AppraisalRows.Read(builder ?? throw new ArgumentNullException(nameof(builder)), table ?? throw new ArgumentNullException(nameof(table)), roundName ?? throw new ArgumentNullException(nameof(roundName)));

    /// <summary>Reads survey results from a table into a builder.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="table">The table, positioned after its header.</param>
    public static void ReadSurvey(AssessmentInputBuilder builder, TableSource table) =>
        SurveyRows.Read(builder ?? throw new ArgumentNullException(nameof(builder)), table ?? throw new ArgumentNullException(nameof(table)));

    /// <summary>Reads self-assessments from CSV text into a builder (wide or long form, detected from the header).</summary>
    /// <param name="builder">The builder to add units and values to.</param>
    /// <param name="csv">The CSV text.</param>
    /// <param name="sourceName">The name used in diagnostics.</param>
    public static void ReadSelfAssessments(AssessmentInputBuilder builder, string csv, string sourceName)
    {
        using var rows = TableSource.ParseCsv(csv, sourceName);
        ReadSelfAssessments(builder, rows);
    }

    /// <summary>Reads one appraisal round from CSV text into a builder.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="csv">The CSV text.</param>
    /// <param name="sourceName">The name used in diagnostics.</param>
    /// <param name="roundName">The round's name.</param>
    public static void ReadAppraisalRound(AssessmentInputBuilder builder, string csv, string sourceName, string roundName)
    {
        using var rows = TableSource.ParseCsv(csv, sourceName);
        ReadAppraisalRound(builder, rows, roundName);
    }

    /// <summary>Reads survey results from CSV text into a builder.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="csv">The CSV text.</param>
    /// <param name="sourceName">The name used in diagnostics.</param>
    public static void ReadSurvey(AssessmentInputBuilder builder, string csv, string sourceName)
    {
        using var rows = TableSource.ParseCsv(csv, sourceName);
        ReadSurvey(builder, rows);
    }

    /// <summary>Reads self-assessments from a CSV stream (an upload) into a builder.</summary>
    /// <param name="builder">The builder to add units and values to.</param>
    /// <param name="csv">The CSV bytes (UTF-8); read to the end, not closed.</param>
    /// <param name="sourceName">The name used in diagnostics (the uploaded file's name).</param>
    public static void ReadSelfAssessments(AssessmentInputBuilder builder, Stream csv, string sourceName)
    {
        using var rows = TableSource.OpenCsv(csv, sourceName);
        ReadSelfAssessments(builder, rows);
    }

    /// <summary>Reads one appraisal round from a CSV stream into a builder.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="csv">The CSV bytes (UTF-8); read to the end, not closed.</param>
    /// <param name="sourceName">The name used in diagnostics.</param>
    /// <param name="roundName">The round's name.</param>
    public static void ReadAppraisalRound(AssessmentInputBuilder builder, Stream csv, string sourceName, string roundName)
    {
        using var rows = TableSource.OpenCsv(csv, sourceName);
        ReadAppraisalRound(builder, rows, roundName);
    }

    /// <summary>Reads survey results from a CSV stream into a builder.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="csv">The CSV bytes (UTF-8); read to the end, not closed.</param>
    /// <param name="sourceName">The name used in diagnostics.</param>
    public static void ReadSurvey(AssessmentInputBuilder builder, Stream csv, string sourceName)
    {
        using var rows = TableSource.OpenCsv(csv, sourceName);
        ReadSurvey(builder, rows);
    }

    internal static void ReadSelfAssessments(AssessmentInputBuilder builder, CsvTable table) => SelfAssessmentRows.Read(builder, new CsvTableRows(table));
}
