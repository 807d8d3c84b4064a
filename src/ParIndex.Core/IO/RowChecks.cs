using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ParIndex.Assessments;

namespace ParIndex.IO;

/// <summary>The checks every table's rows share: row width, unit id and code present and known, unit ids that differ only by case.</summary>
internal static class RowChecks
{
    private const string UnitId = HeaderColumns.UnitId;
    private const string Code = HeaderColumns.Code;

    /// <summary>Reports an empty or unknown unit_id or code; otherwise gives the (unit, leaf) pair as one key.</summary>
    public static bool CheckKey(AssessmentInputBuilder builder, TableSource table, HeaderColumns columns, string id, string code, out long key)
    {
        key = 0;
        if (id.Length == 0)
        {
            builder.Report(table.At(table.Line, columns[UnitId] + 1), "empty unit_id");
            return false;
        }

        if (code.Length == 0)
        {
            builder.Report(table.At(table.Line, columns[Code] + 1), $"unit '{id}': empty code");
            return false;
        }

        if (!CheckCodeIsText(builder, table, columns[Code], code))
        {
            return false;
        }

        // The common case without building locations; unknown units and codes are reported at their own column, not at the value's.
        if (!builder.TryLookUp(id, code, out var unit, out var leaf)
            && !(builder.TryFindUnit(id, table.At(table.Line, columns[UnitId] + 1), out unit)
                & builder.TryFindLeaf(code, table.At(table.Line, columns[Code] + 1), out leaf)))
        {
            return false;
        }

        key = ((long)unit << 32) | (uint)leaf;
        return true;
    }

    /// <summary>
    /// Refuses a code read from a numeric cell when the set has another code it may have been typed as:
    /// "2.10" typed into a General cell is stored as 2.1, so with both 2.1 and 2.10 in the set the cell is ambiguous.
    /// </summary>
    public static bool CheckCodeIsText(AssessmentInputBuilder builder, TableSource table, int column, string code) =>
        CheckCodeIsText(builder, table.IsNumber(column), code, table.At(table.Line, column + 1));

    /// <inheritdoc cref="CheckCodeIsText(AssessmentInputBuilder, TableSource, int, string)"/>
    public static bool CheckCodeIsText(AssessmentInputBuilder builder, bool isNumber, string code, SourceLocation at)
    {
        if (!isNumber || code.IndexOf('.') < 0)
        {
            return true;
        }

        foreach (var node in builder.CriteriaSet.Nodes)
        {
            var other = node.Code;
            if (other.Length > code.Length && other.StartsWith(code, StringComparison.Ordinal) && other.Substring(code.Length).Trim('0').Length == 0)
            {
                builder.Report(at, $"code {code} is stored as a number, so it may have been typed as {other} (a number loses trailing zeros); format the column as Text and type the code again");
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Refuses a new unit id that differs from an earlier one only by case ("HT-TP" and "ht-tp"): ids are matched
    /// exactly, so such a pair would be ranked as two units, almost always one unit typed twice.
    /// </summary>
    public static bool CheckIdCase(AssessmentInputBuilder builder, Dictionary<string, (string Id, int Line)> caseless, string id, SourceLocation at)
    {
        if (caseless.TryGetValue(id, out var other))
        {
            if (!string.Equals(other.Id, id, StringComparison.Ordinal))
            {
                builder.Report(at, $"unit id '{id}' differs only by case from unit '{other.Id}' on line {other.Line.ToString(CultureInfo.InvariantCulture)}; give each unit one id, written the same way everywhere");
                return false;
            }

            return true;
        }

        caseless[id] = (id, at.Line);
        return true;
    }

    public static bool CheckWidth(AssessmentInputBuilder builder, TableSource rows)
    {
        if (rows.FieldCount == rows.Header.Length)
        {
            return true;
        }

        var column = Math.Min(rows.FieldCount, rows.Header.Length) + 1;
        while (column < rows.FieldCount && rows.Field(column - 1).Length == 0)
        {
            column++;
        }

        builder.Report(rows.At(rows.Line, column), $"the row has {rows.FieldCount} fields but the header has {rows.Header.Length}");
        return false;
    }
}
