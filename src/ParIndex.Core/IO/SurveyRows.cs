using System;
using System.Collections.Generic;
using ParIndex.Assessments;
using ParIndex.Internal;
using ParIndex.Resources;

namespace ParIndex.IO;

/// <summary>Survey results' rows, from any <see cref="TableSource"/>: unit_id, code, value (a percentage, 0–100).</summary>
internal static class SurveyRows
{
    private const string UnitId = HeaderColumns.UnitId;
    private const string Code = HeaderColumns.Code;
    private const string Value = HeaderColumns.Value;

    public static void Read(AssessmentInputBuilder builder, TableSource table)
    {
        if (FileKinds.Mismatch(table.Header, InputKind.Survey) is { } wrongKind)
        {
            builder.Report(table.At(table.HeaderLine, 1), wrongKind);
            builder.SurveyFileRefused = true;
            return;
        }

        var columns = HeaderColumns.Read(builder, table);
        if (!(columns.Require(UnitId) & columns.Require(Code) & columns.Require(Value)))
        {
            builder.SurveyFileRefused = true;
            return;
        }

        var seen = new Dictionary<long, int>();
        while (table.Next())
        {
            if (!RowChecks.CheckWidth(builder, table))
            {
                continue;
            }

            var id = table.Field(columns[UnitId]);
            var code = table.Field(columns[Code]);
            var text = table.Field(columns[Value]);
            if (!RowChecks.CheckKey(builder, table, columns, id, code, out var key))
            {
                continue;
            }

            if (seen.TryGetValue(key, out var firstLine))
            {
                builder.Report(table.At(table.Line, columns[Code] + 1), LocalizedText.Of(nameof(Messages.Survey_SecondResult), id, code, firstLine));
                continue;
            }

            seen[key] = table.Line;
            var at = table.At(table.Line, columns[Value] + 1);
            if (ValueText.TryParseNumber(text, out var ratio) && (ratio < 0 || ratio > 100))
            {
                builder.Refuse(id, code, at, LocalizedText.Of(nameof(Messages.Survey_ResultOutside), id, text, code));
                continue;
            }

            builder.SetSurvey(id, code, AssessmentValue.Raw(text), at);
        }
    }
}
