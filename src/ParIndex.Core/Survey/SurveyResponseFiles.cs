using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ParIndex.IO;
using ParIndex.Internal;

namespace ParIndex.Survey;

/// <summary>
/// Reads respondent-level survey answers from a table (docs/survey.md) into <see cref="SurveyResponses"/>:
/// long form, one row per answer (<c>unit_id, respondent_id, group, question, answer</c>), or wide form, one row
/// per respondent with one column per question id. Every problem is reported at once as
/// <c>file:line:column: message</c> in one <see cref="ParIndexException"/>.
/// </summary>
/// <remarks>CSV files follow the common rules of docs/input-format.md: UTF-8, comma or semicolon, trimmed fields.</remarks>
public static class SurveyResponseFiles
{
    private const string UnitId = "unit_id";
    private const string UnitName = "unit_name";
    private const string RespondentId = "respondent_id";
    private const string Group = "group";
    private const string Question = "question";
    private const string Answer = "answer";
    private static readonly string[] Reserved = { UnitId, UnitName, RespondentId, Group, Question, Answer };

    /// <summary>Reads a CSV file of answers.</summary>
    /// <param name="path">The file.</param>
    /// <param name="definition">The survey definition the answers are read against.</param>
    /// <exception cref="ParIndexException">The file cannot be read or has problems; all are listed.</exception>
    public static SurveyResponses Load(string path, SurveyDefinition definition)
    {
        if (definition is null)
        {
            throw new ArgumentNullException(nameof(definition));
        }

        using var rows = TableSource.OpenCsv(path ?? throw new ArgumentNullException(nameof(path)));
        return Read(rows, definition);
    }

    /// <summary>Reads answers from a CSV stream (an upload).</summary>
    /// <param name="stream">The CSV bytes (UTF-8, BOM optional); read to the end, not closed.</param>
    /// <param name="sourceName">The name used in diagnostics (the uploaded file's name).</param>
    /// <param name="definition">The survey definition the answers are read against.</param>
    /// <exception cref="ParIndexException">The stream is too large, not UTF-8 or has problems; all are listed.</exception>
    public static SurveyResponses Load(Stream stream, string sourceName, SurveyDefinition definition)
    {
        if (definition is null)
        {
            throw new ArgumentNullException(nameof(definition));
        }

        using var rows = TableSource.OpenCsv(stream ?? throw new ArgumentNullException(nameof(stream)), sourceName ?? throw new ArgumentNullException(nameof(sourceName)));
        return Read(rows, definition);
    }

    /// <summary>Parses answers from CSV text.</summary>
    /// <param name="csv">The CSV text.</param>
    /// <param name="sourceName">The name used in diagnostics.</param>
    /// <param name="definition">The survey definition the answers are read against.</param>
    /// <exception cref="ParIndexException">The text has problems; all are listed.</exception>
    public static SurveyResponses Parse(string csv, string sourceName, SurveyDefinition definition)
    {
        if (definition is null)
        {
            throw new ArgumentNullException(nameof(definition));
        }

        using var rows = TableSource.ParseCsv(csv ?? throw new ArgumentNullException(nameof(csv)), sourceName ?? throw new ArgumentNullException(nameof(sourceName)));
        return Read(rows, definition);
    }

    /// <summary>Reads answers from any table source: a CSV file or stream, or a worksheet through ParIndex.Excel.</summary>
    /// <param name="table">The table, positioned after its header; not disposed.</param>
    /// <param name="definition">The survey definition the answers are read against.</param>
    /// <exception cref="ParIndexException">The table has problems; all are listed.</exception>
    public static SurveyResponses Read(TableSource table, SurveyDefinition definition)
    {
        if (table is null)
        {
            throw new ArgumentNullException(nameof(table));
        }

        var builder = new SurveyResponsesBuilder(definition ?? throw new ArgumentNullException(nameof(definition)));
        FileKinds.Check(table.Header, table.At(table.HeaderLine, 1), InputKind.Responses);
        Read(table, builder);
        return builder.Build();
    }

    /// <summary>Reads a table's answers into a builder (long or wide form, from the header).</summary>
    internal static void Read(TableSource rows, SurveyResponsesBuilder builder)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var questionColumns = new List<(int Column, string Question)>();
        var ok = true;
        for (var i = 0; i < rows.Header.Length; i++)
        {
            var name = rows.Header[i];
            var lower = name.ToLowerInvariant();
            if (Array.IndexOf(Reserved, lower) >= 0)
            {
                if (columns.ContainsKey(lower))
                {
                    builder.Report(rows.At(rows.HeaderLine, i + 1), SurveyMessage.Of(nameof(SurveyText.ColumnTwice), lower));
                    ok = false;
                }

                columns[lower] = i;
                continue;
            }

            questionColumns.Add((i, name.Normalize(NormalizationForm.FormC)));
        }

        foreach (var required in new[] { UnitId, RespondentId, Group })
        {
            if (!columns.ContainsKey(required))
            {
                builder.Report(rows.At(rows.HeaderLine, 1), SurveyMessage.Of(nameof(SurveyText.HeaderMissing), required));
                ok = false;
            }
        }

        var longForm = columns.ContainsKey(Question) || columns.ContainsKey(Answer);
        if (longForm)
        {
            foreach (var required in new[] { Question, Answer })
            {
                if (!columns.ContainsKey(required))
                {
                    builder.Report(rows.At(rows.HeaderLine, 1), SurveyMessage.Of(nameof(SurveyText.HeaderMissing), required));
                    ok = false;
                }
            }

            foreach (var (column, name) in questionColumns)
            {
                builder.Report(rows.At(rows.HeaderLine, column + 1), name.Length == 0 ? SurveyMessage.Of(nameof(SurveyText.EmptyColumnName)) : SurveyMessage.Of(nameof(SurveyText.UnknownColumnLong), name));
                ok = false;
            }
        }
        else
        {
            if (questionColumns.Count == 0)
            {
                builder.Report(rows.At(rows.HeaderLine, 1), SurveyMessage.Of(nameof(SurveyText.NoQuestionColumns)));
                ok = false;
            }

            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (column, name) in questionColumns)
            {
                if (name.Length == 0)
                {
                    builder.Report(rows.At(rows.HeaderLine, column + 1), SurveyMessage.Of(nameof(SurveyText.EmptyColumnName)));
                    ok = false;
                }
                else if (!builder.Definition.TryGetQuestion(name, out _))
                {
                    builder.Report(rows.At(rows.HeaderLine, column + 1), SurveyMessage.Of(nameof(SurveyText.UnknownQuestion), name, builder.Definition.Id));
                    ok = false;
                }
                else if (seen.TryGetValue(name, out var first))
                {
                    builder.Report(rows.At(rows.HeaderLine, column + 1), SurveyMessage.Of(nameof(SurveyText.QuestionColumnTwice), name, first + 1));
                    ok = false;
                }
                else
                {
                    seen[name] = column;
                }
            }
        }

        if (!ok)
        {
            return;
        }

        int unit = columns[UnitId], respondent = columns[RespondentId], group = columns[Group];
        var any = false;
        var respondentRows = new Dictionary<(string, string), int>();
        while (rows.Next())
        {
            any = true;
            if (rows.FieldCount != rows.Header.Length)
            {
                builder.Report(rows.At(rows.Line, Math.Min(rows.FieldCount, rows.Header.Length) + 1), SurveyMessage.Of(nameof(SurveyText.RowWidth), rows.FieldCount, rows.Header.Length));
                continue;
            }

            var unitAt = rows.At(rows.Line, unit + 1);
            if (longForm)
            {
                var question = columns[Question];
                var answer = columns[Answer];
                var questionId = rows.Field(question).Normalize(NormalizationForm.FormC);
                if (!builder.Definition.TryGetQuestion(questionId, out _))
                {
                    builder.Report(rows.At(rows.Line, question + 1), questionId.Length == 0 ? SurveyMessage.Of(nameof(SurveyText.EmptyQuestion)) : SurveyMessage.Of(nameof(SurveyText.UnknownQuestion), questionId, builder.Definition.Id));
                    continue;
                }

                builder.Add(rows.Field(unit), rows.Field(respondent), rows.Field(group), questionId, rows.Field(answer), rows.At(rows.Line, answer + 1), unitAt);
                continue;
            }

            var key = (rows.Field(unit), rows.Field(respondent));
            if (key.Item2.Length > 0 && respondentRows.TryGetValue(key, out var firstLine))
            {
                builder.Report(rows.At(rows.Line, respondent + 1), SurveyMessage.Of(nameof(SurveyText.RespondentRowTwice), key.Item2, key.Item1, firstLine));
                continue;
            }

            respondentRows[key] = rows.Line;

            if (!builder.AddRespondent(rows.Field(unit), rows.Field(respondent), rows.Field(group), rows.At(rows.Line, group + 1), unitAt))
            {
                continue;
            }

            foreach (var (column, name) in questionColumns)
            {
                builder.Add(rows.Field(unit), rows.Field(respondent), rows.Field(group), name, rows.Field(column), rows.At(rows.Line, column + 1), unitAt);
            }
        }

        if (!any)
        {
            builder.Report(rows.At(rows.HeaderLine, 1), SurveyMessage.Of(nameof(SurveyText.NoAnswerRows)));
        }
    }
}
