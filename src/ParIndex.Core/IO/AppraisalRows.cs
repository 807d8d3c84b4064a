using System;
using System.Collections.Generic;
using System.Linq;
using ParIndex.Assessments;
using ParIndex.Internal;
using ParIndex.Resources;

namespace ParIndex.IO;

/// <summary>One appraisal round's rows, from any <see cref="TableSource"/>: unit_id, code, value | points | delta, reason.</summary>
internal static class AppraisalRows
{
    private const string UnitId = HeaderColumns.UnitId;
    private const string Code = HeaderColumns.Code;
    private const string Value = HeaderColumns.Value;
    private const string PointsColumn = HeaderColumns.Points;
    private const string Delta = HeaderColumns.Delta;
    private const string Reason = HeaderColumns.Reason;

    private static readonly string[] AdjustmentColumns = { Value, PointsColumn, Delta };

    public static void Read(AssessmentInputBuilder builder, TableSource table, string roundName)
    {
        if (FileKinds.Mismatch(table.Header, InputKind.Appraisal) is { } wrongKind)
        {
            builder.Report(table.At(table.HeaderLine, 1), wrongKind);
            return;
        }

        var columns = HeaderColumns.Read(builder, table);
        var ok = columns.Require(UnitId) & columns.Require(Code) & columns.Require(Reason);
        if (!columns.Has(Value) && !columns.Has(PointsColumn) && !columns.Has(Delta))
        {
            builder.Report(table.At(table.HeaderLine, 1), LocalizedText.Of(nameof(Messages.Appraisal_NeedsValueColumn)));
            ok = false;
        }

        if (!ok)
        {
            return;
        }

        var round = builder.AddAppraisalRound(roundName);
        round.Expect(table.RowCountHint);
        var seen = new FirstLines(builder.UnitCount, builder.Compiled.LeafCount);
        var fast = new AppraisalFastPath(builder, round, table, columns, seen);
        var given = new List<string>(AdjustmentColumns.Length);
        while (table.Next())
        {
            if (!RowChecks.CheckWidth(builder, table) || fast.TryRead())
            {
                continue;
            }

            var id = table.Field(columns[UnitId]);
            var code = table.Field(columns[Code]);
            var reason = table.Field(columns[Reason]);
            if (!RowChecks.CheckKey(builder, table, columns, id, code, out var key))
            {
                continue;
            }

            given.Clear();
            foreach (var c in AdjustmentColumns)
            {
                if (columns.Get(table, c) is not null)
                {
                    given.Add(c);
                }
            }

            if (given.Count != 1)
            {
                // Point at the second value given, or at the first adjustment column when none is.
                var where = given.Count == 0 ? AdjustmentColumns.Where(columns.Has).Select(c => columns[c]).Min() : columns[given[1]];
                builder.Report(
                    table.At(table.Line, where + 1),
                    given.Count == 0 ? LocalizedText.Of(nameof(Messages.Appraisal_OneOfNone), id, code) : given.Count == 2 ? LocalizedText.Of(nameof(Messages.Appraisal_OneOfTwo), id, code, given[0], given[1]) : LocalizedText.Of(nameof(Messages.Appraisal_OneOfThree), id, code, given[0], given[1], given[2]));
                continue;
            }

            if (reason.Length == 0)
            {
                builder.Report(table.At(table.Line, columns[Reason] + 1), LocalizedText.Of(nameof(Messages.Appraisal_NeedsReason), id, code));
                continue;
            }

            if (seen.TryGetFirst(key, out var firstLine))
            {
                builder.Report(table.At(table.Line, columns[Code] + 1), LocalizedText.Of(nameof(Messages.Appraisal_SecondAdjustment), id, code, firstLine));
                continue;
            }

            seen.Add(key, table.Line);
            var column = columns[given[0]];
            var at = table.At(table.Line, column + 1);
            var text = table.Field(column);
            if (given[0] == Value)
            {
                round.ReplaceValue(id, code, AssessmentValue.Raw(text), reason, at);
            }
            else if (!ValueText.TryParsePlainNumber(text, out var number))
            {
                builder.Report(at, LocalizedText.Of(nameof(Messages.Appraisal_NotPoints), id, text, code));
            }
            else if (given[0] == PointsColumn)
            {
                round.SetPoints(id, code, number, reason, at);
            }
            else
            {
                round.AddPoints(id, code, number, reason, at);
            }
        }
    }
}
