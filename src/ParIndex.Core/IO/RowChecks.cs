using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ParIndex.Assessments;
using ParIndex.Internal;
using ParIndex.Resources;

namespace ParIndex.IO;

/// <summary>The checks every table's rows share: row width, unit id and code present and known, unit ids that differ only by case.</summary>
internal static class RowChecks
{
    private const string UnitId = HeaderColumns.UnitId;
    private const string Code = HeaderColumns.Code;

    /// <summary>
    /// Refuses an id or code containing a control or invisible character (NUL, a byte-order mark from two files pasted
    /// together, a bidirectional override): it would look identical to another id and silently differ from it.
    /// </summary>
    public static bool CheckVisible(AssessmentInputBuilder builder, SourceLocation at, string column, string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (MessageText.IsInvisible(value[i]))
            {
                builder.Report(at, LocalizedText.Of(nameof(Safety.Text_Invisible), column, value, MessageText.CodePoint(value[i]), i + 1));
                return false;
            }
        }

        return true;
    }

    /// <summary>Reports an empty or unknown unit_id or code; otherwise gives the (unit, leaf) pair as one key.</summary>
    public static bool CheckKey(AssessmentInputBuilder builder, TableSource table, HeaderColumns columns, string id, string code, out long key)
    {
        key = 0;
        if (id.Length == 0)
        {
            builder.Report(table.At(table.Line, columns[UnitId] + 1), LocalizedText.Of(nameof(Messages.Row_EmptyUnitId)));
            return false;
        }

        if (code.Length == 0)
        {
            builder.Report(table.At(table.Line, columns[Code] + 1), LocalizedText.Of(nameof(Messages.Row_EmptyCode), id));
            return false;
        }

        if (!CheckVisible(builder, table.At(table.Line, columns[UnitId] + 1), UnitId, id) || !CheckVisible(builder, table.At(table.Line, columns[Code] + 1), Code, code)
            || !CheckCodeIsText(builder, table, columns[Code], code))
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
    /// The fast path of <see cref="CheckKey"/>: the row's unit and leaf from the UTF-8 bytes of the unit_id and code
    /// fields (read in that order, as the general path reads them) when both are known short printable-ASCII texts
    /// and the code was typed as text; false, nothing reported, when the row needs the general path.
    /// </summary>
    public static bool TryKeyFromBytes(AssessmentInputBuilder builder, TableSource table, int unitColumn, int codeColumn, out int unit, out int leaf)
    {
        leaf = -1;
        if (!table.TryGetBytes(unitColumn, out var id) || !builder.TryLookUpUnit(id, out unit))
        {
            unit = -1;
            return false;
        }

        return !table.IsNumber(codeColumn) && table.TryGetBytes(codeColumn, out var code) && builder.Compiled.TryGetLeaf(code, out leaf);
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
                builder.Report(at, LocalizedText.Of(nameof(Messages.Row_CodeAsNumber), code, other));
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
        if (!CheckVisible(builder, at, UnitId, id))
        {
            return false;
        }

        if (caseless.TryGetValue(id, out var other))
        {
            if (!string.Equals(other.Id, id, StringComparison.Ordinal))
            {
                builder.Report(at, LocalizedText.Of(nameof(Messages.Row_UnitCase), id, other.Id, other.Line.ToString(CultureInfo.InvariantCulture)));
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

        builder.Report(rows.At(rows.Line, column), LocalizedText.Of(nameof(Messages.Row_FieldCount), rows.FieldCount, rows.Header.Length));
        return false;
    }
}
