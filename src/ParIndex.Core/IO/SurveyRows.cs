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

        var seen = new FirstLines(builder.UnitCount, builder.Compiled.LeafCount);
        var (unitColumn, codeColumn, valueColumn) = (columns[UnitId], columns[Code], columns[Value]);
        while (table.Next())
        {
            if (!RowChecks.CheckWidth(builder, table) || TryReadPlain(builder, table, unitColumn, codeColumn, valueColumn, seen))
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

            if (seen.TryGetFirst(key, out var firstLine))
            {
                builder.Report(table.At(table.Line, columns[Code] + 1), LocalizedText.Of(nameof(Messages.Survey_SecondResult), id, code, firstLine));
                continue;
            }

            seen.Add(key, table.Line);
            var at = table.At(table.Line, columns[Value] + 1);
            if (ValueText.TryParseNumber(text, out var ratio) && (ratio < 0 || ratio > 100))
            {
                builder.Refuse(id, code, at, LocalizedText.Of(nameof(Messages.Survey_ResultOutside), id, text, code));
                continue;
            }

            builder.SetSurvey(id, code, AssessmentValue.Raw(text), at);
        }
    }

    /// <summary>
    /// The common row read from its bytes with no string made: an ASCII unit id and code, a plain number from 0 to 100
    /// the leaf reads cleanly. Any other row (or one with something to report) is left untouched to the general path.
    /// </summary>
    private static bool TryReadPlain(AssessmentInputBuilder builder, TableSource table, int unitColumn, int codeColumn, int valueColumn, FirstLines seen)
    {
        if (!RowChecks.TryKeyFromBytes(builder, table, unitColumn, codeColumn, out var unit, out var leaf)
            || !builder.Compiled.IsSurvey[leaf]
            || !table.TryGetBytes(valueColumn, out var text)
            || !PlainNumber.TryParse(text, out var ticks, out var sign, out _) || sign != 0 || ticks > 100 * Points.TicksPerPoint
            || !builder.Compiled.TryEncodePlain(leaf, text, out var cell))
        {
            return false;
        }

        var key = FirstLines.Key(unit, leaf);
        if (seen.Contains(key))
        {
            return false;
        }

        seen.Add(key, table.Line);
        builder.SetSurveyCell(unit, leaf, cell);
        return true;
    }
}
