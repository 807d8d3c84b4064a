using System;
using System.Collections.Generic;
using System.Linq;
using ParIndex.Assessments;
using ParIndex.Criteria;
using ParIndex.Internal;
using ParIndex.Resources;

namespace ParIndex.IO;

/// <summary>
/// The self-assessment table's rows, from any <see cref="TableSource"/>: the wide form (one row per unit, one
/// column per self-assessed leaf) or the long form (unit_id, code, value[, evidence][, note]), told apart by the header.
/// </summary>
internal static class SelfAssessmentRows
{
    private const string UnitId = HeaderColumns.UnitId;
    private const string UnitName = HeaderColumns.UnitName;
    private const string Group = HeaderColumns.Group;
    private const string Code = HeaderColumns.Code;
    private const string Value = HeaderColumns.Value;
    private const string Evidence = HeaderColumns.Evidence;
    private const string Note = HeaderColumns.Note;

    /// <summary>Self-assessments, wide or long form; the rows are read one at a time as the source produces them.</summary>
    public static void Read(AssessmentInputBuilder builder, TableSource rows)
    {
        if (FileKinds.Mismatch(rows.Header, InputKind.SelfAssessment) is { } wrongKind)
        {
            builder.Report(rows.At(rows.HeaderLine, 1), wrongKind);
            return;
        }

        var columns = HeaderColumns.Read(builder, rows);
        if (columns.Has(Code) && columns.Has(Value))
        {
            ReadLong(builder, rows, columns);
        }
        else
        {
            ReadWide(builder, rows, columns);
        }
    }

    private static void ReadWide(AssessmentInputBuilder builder, TableSource table, HeaderColumns columns)
    {
        if (!columns.Require(UnitId))
        {
            return;
        }

        var set = builder.CriteriaSet;
        var leafColumns = new List<(int Column, string Code)>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < table.Header.Length; i++)
        {
            var name = table.Header[i];
            if (columns.IsReserved(i))
            {
                continue;
            }

            if (name.Length == 0)
            {
                builder.Report(table.At(table.HeaderLine, i + 1), LocalizedText.Of(nameof(Messages.Header_EmptyColumnName)));
            }
            else if (!RowChecks.CheckCodeIsText(builder, table.IsNumberInHeader(i), name, table.At(table.HeaderLine, i + 1)))
            {
                continue;
            }
            else if (!set.TryGetNode(name, out var node))
            {
                builder.Report(table.At(table.HeaderLine, i + 1), LocalizedText.Of(nameof(Messages.Header_UnknownCriterion), name, set.Id, LocalizedText.DidYouMean(name, set.Nodes.Select(n => n.Code))));
            }
            else if (!node.IsLeaf)
            {
                builder.Report(table.At(table.HeaderLine, i + 1), LocalizedText.Of(nameof(Messages.Header_NotALeaf), name));
            }
            else if (node.Source == ValueSource.Survey)
            {
                builder.Report(table.At(table.HeaderLine, i + 1), LocalizedText.Of(nameof(Messages.Header_SurveyCriterion), name));
            }
            else if (seen.TryGetValue(name, out var first))
            {
                builder.Report(table.At(table.HeaderLine, i + 1), LocalizedText.Of(nameof(Messages.Header_ColumnTwiceAt), name, first + 1));
            }
            else
            {
                seen[name] = i;
                leafColumns.Add((i, name));
            }
        }

        foreach (var leaf in set.Leaves)
        {
            if (leaf.Source == ValueSource.Self && leaf.NotApplicable == NotApplicablePolicy.Forbidden && !seen.ContainsKey(leaf.Code))
            {
                builder.Report(table.At(table.HeaderLine, 1), LocalizedText.Of(nameof(Messages.Header_NoColumnFor), leaf.Code));
            }
        }

        var leafOrdinals = leafColumns.Select(l => builder.Compiled.TryGetLeaf(l.Code, out var leaf) ? leaf : -1).ToArray();
        var missingColumns = set.Leaves.Any(l => l.Source == ValueSource.Self && l.NotApplicable == NotApplicablePolicy.Forbidden && !seen.ContainsKey(l.Code));
        var compiled = builder.Compiled;
        var caches = new CellCache[leafColumns.Count];
        var unitColumn = columns[UnitId];
        var caseless = new Dictionary<string, (string Id, int Line)>(StringComparer.OrdinalIgnoreCase);
        var any = false;
        builder.ExpectUnits(table.RowCountHint);
        while (table.Next())
        {
            any = true;
            if (!RowChecks.CheckWidth(builder, table))
            {
                continue;
            }

            var id = table.Field(unitColumn);
            if (id.Length == 0)
            {
                builder.Report(table.At(table.Line, unitColumn + 1), LocalizedText.Of(nameof(Messages.Row_EmptyUnitId)));
                continue;
            }

            if (!RowChecks.CheckIdCase(builder, caseless, id, table.At(table.Line, unitColumn + 1)))
            {
                continue;
            }

            var unit = new UnitInfo(id, columns.Get(table, UnitName) ?? id, columns.Get(table, Group));
            if (!builder.AddUnit(unit, table.At(table.Line, unitColumn + 1)))
            {
                continue;
            }

            var unitOrdinal = builder.LastUnitOrdinal;
            for (var k = 0; k < leafColumns.Count; k++)
            {
                var (column, code) = leafColumns[k];
                var leaf = leafOrdinals[k];

                // Fast path: the field's bytes are its trimmed text; plain numbers and 1/0 are read from
                // them, and any other text this column has already read cleanly is found in a small cache.
                var hasBytes = table.TryGetBytes(column, out var bytes);
                if (hasBytes && leaf >= 0 && (bytes.Length > 0 || compiled.Kind[leaf] == RuleKind.YesNo))
                {
                    if (builder.TrySetSelfCell(unitOrdinal, leaf, bytes))
                    {
                        continue;
                    }

                    if (caches[k].TryGet(bytes, out var cached))
                    {
                        builder.SetSelfCell(unitOrdinal, leaf, cached);
                        continue;
                    }
                }

                var raw = hasBytes && bytes.Length == 0 ? "" : table.Field(column);
                if (raw.Length == 0 && compiled.Kind[leaf] != RuleKind.YesNo)
                {
                    if (compiled.NotApplicable[leaf] == NotApplicablePolicy.Forbidden)
                    {
                        builder.Refuse(id, code, table.At(table.Line, column + 1), LocalizedText.Of(nameof(Messages.Input_MissingValue), id, code));
                    }

                    continue;
                }

                var value = AssessmentValue.Raw(raw);
                if (builder.TrySetSelfCell(unitOrdinal, leaf, value, out var cell))
                {
                    if (hasBytes)
                    {
                        caches[k].Add(bytes, cell);
                    }
                }
                else
                {
                    builder.SetSelf(id, code, value, location: table.At(table.Line, column + 1));
                }
            }
        }

        if (!any)
        {
            builder.Report(table.At(table.HeaderLine, 1), LocalizedText.Of(nameof(Messages.Self_NoUnitRows)));
            return;
        }

        if (missingColumns)
        {
            // Each missing column is reported once above; keep Build from repeating it for every unit.
            builder.SuppressMissingValueReports();
        }
    }

    private static void ReadLong(AssessmentInputBuilder builder, TableSource table, HeaderColumns columns)
    {
        if (!columns.Require(UnitId))
        {
            return;
        }

        var unitColumn = columns[UnitId];
        var codeColumn = columns[Code];
        var valueColumn = columns[Value];
        var seen = new Dictionary<(string, string), int>();
        var caseless = new Dictionary<string, (string Id, int Line)>(StringComparer.OrdinalIgnoreCase);
        var any = false;
        while (table.Next())
        {
            any = true;
            if (!RowChecks.CheckWidth(builder, table))
            {
                continue;
            }

            var id = table.Field(unitColumn);
            var code = table.Field(codeColumn);
            if (id.Length == 0)
            {
                builder.Report(table.At(table.Line, unitColumn + 1), LocalizedText.Of(nameof(Messages.Row_EmptyUnitId)));
                continue;
            }

            if (!builder.HasUnit(id))
            {
                if (!RowChecks.CheckIdCase(builder, caseless, id, table.At(table.Line, unitColumn + 1)))
                {
                    continue;
                }

                builder.AddUnit(new UnitInfo(id, columns.Get(table, UnitName) ?? id, columns.Get(table, Group)), table.At(table.Line, unitColumn + 1));
            }

            if (seen.TryGetValue((id, code), out var firstLine))
            {
                builder.Report(table.At(table.Line, codeColumn + 1), LocalizedText.Of(nameof(Messages.Self_SecondValue), id, code, firstLine));
                continue;
            }

            seen[(id, code)] = table.Line;
            if (!RowChecks.CheckCodeIsText(builder, table, codeColumn, code) || !builder.TryFindLeaf(code, table.At(table.Line, codeColumn + 1), out _))
            {
                continue;
            }

            builder.SetSelf(id, code, AssessmentValue.Raw(table.Field(valueColumn)), columns.Get(table, Evidence), columns.Get(table, Note), table.At(table.Line, valueColumn + 1));
        }

        if (!any)
        {
            builder.Report(table.At(table.HeaderLine, 1), LocalizedText.Of(nameof(Messages.Self_NoUnitRows)));
        }
    }
}
