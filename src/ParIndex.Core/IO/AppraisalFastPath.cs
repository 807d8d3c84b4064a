using System;
using System.Collections.Generic;
using ParIndex.Assessments;
using ParIndex.Criteria;
using ParIndex.Internal;

namespace ParIndex.IO;

/// <summary>
/// The common appraisal row read from its UTF-8 bytes, with no string made for it: an ASCII unit id and code found
/// directly, the one adjustment read as a plain number (or as a text the leaf has read cleanly before), the reason
/// pooled. A row it cannot take whole, or one with anything to report, it leaves untouched to the general path of
/// <see cref="AppraisalRows"/>, which reads and reports it as always; so each row gives what that path gives.
/// </summary>
internal sealed class AppraisalFastPath
{
    private readonly AssessmentInputBuilder builder;
    private readonly CompiledCriteria compiled;
    private readonly AppraisalRoundBuilder round;
    private readonly TableSource table;
    private readonly FirstLines seen;
    private readonly int unitColumn;
    private readonly int codeColumn;
    private readonly int reasonColumn;

    /// <summary>The value, points and delta columns in the order the general path reads them; -1 when absent.</summary>
    private readonly int[] adjustmentColumns;
    private readonly TextPool reasons = new();
    private readonly CellCache[] cellCaches;
    private readonly Dictionary<long, string> pointsTexts = new();
    private readonly Dictionary<long, string> deltaTexts = new();

    /// <summary>A fast path for one round's table; <paramref name="seen"/> is the general path's (unit, leaf) → first line map, shared so a repeat is caught whichever path read the first row.</summary>
    public AppraisalFastPath(AssessmentInputBuilder builder, AppraisalRoundBuilder round, TableSource table, HeaderColumns columns, FirstLines seen)
    {
        this.builder = builder;
        compiled = builder.Compiled;
        this.round = round;
        this.table = table;
        this.seen = seen;
        unitColumn = columns[HeaderColumns.UnitId];
        codeColumn = columns[HeaderColumns.Code];
        reasonColumn = columns[HeaderColumns.Reason];
        adjustmentColumns = new[] { IndexOf(columns, HeaderColumns.Value), IndexOf(columns, HeaderColumns.Points), IndexOf(columns, HeaderColumns.Delta) };
        cellCaches = new CellCache[compiled.LeafCount];
    }

    /// <summary>Reads the current row when it is plain and correct; false, with nothing added or reported, otherwise.</summary>
    public bool TryRead()
    {
        // Fields are read in the general path's order (unit_id, code, reason, value, points, delta), so a field over
        // the read limits is reported at the same cell whichever path meets it first.
        if (!RowChecks.TryKeyFromBytes(builder, table, unitColumn, codeColumn, out var unit, out var leaf)
            || compiled.IsSurvey[leaf]
            || !table.TryGetBytes(reasonColumn, out var reasonBytes) || reasonBytes.Length == 0)
        {
            return false;
        }

        var reason = reasons.Get(reasonBytes);
        var given = -1;
        for (var k = 0; k < adjustmentColumns.Length; k++)
        {
            if (adjustmentColumns[k] < 0)
            {
                continue;
            }

            if (!table.TryGetBytes(adjustmentColumns[k], out var bytes) || (bytes.Length > 0 && given >= 0))
            {
                return false;
            }

            given = bytes.Length > 0 ? k : given;
        }

        var key = FirstLines.Key(unit, leaf);
        if (given < 0 || seen.Contains(key))
        {
            return false;
        }

        var column = adjustmentColumns[given];
        long cell;
        string? display = null;
        var kind = given == 0 ? AdjustmentKind.Value : given == 1 ? AdjustmentKind.Points : AdjustmentKind.Delta;
        if (kind == AdjustmentKind.Value ? !TryReadValue(leaf, column, out cell) : !TryReadPoints(leaf, column, kind, out cell, out display))
        {
            return false;
        }

        seen.Add(key, table.Line);
        round.AddChecked(unit, leaf, kind, cell, display, reason, table.Source, table.Sheet, table.Line, column + 1);
        return true;
    }

    private bool TryReadValue(int leaf, int column, out long cell)
    {
        table.TryGetBytes(column, out var bytes);
        if (compiled.TryEncodePlain(leaf, bytes, out cell) || cellCaches[leaf].TryGet(bytes, out cell))
        {
            return true;
        }

        // A text (an option, "có", "không phát sinh") read once by the general rule, then by its bytes.
        if (!compiled.TryEncode(leaf, AssessmentValue.Raw(table.Field(column)), out cell, out _))
        {
            return false;
        }

        table.TryGetBytes(column, out bytes);
        cellCaches[leaf].Add(bytes, cell);
        return true;
    }

    /// <summary>Points or a delta as <see cref="AppraisalRoundBuilder.SetPoints"/> and <see cref="AppraisalRoundBuilder.AddPoints"/> accept them.</summary>
    private bool TryReadPoints(int leaf, int column, AdjustmentKind kind, out long ticks, out string? display)
    {
        display = null;
        table.TryGetBytes(column, out var bytes);

        // A written sign on zero ("-0") is left to the general path, which shows the number as decimal does.
        if (!PlainNumber.TryParse(bytes, out ticks, out var sign, out var percent) || percent || (ticks == 0 && sign != 0))
        {
            return false;
        }

        ticks = sign < 0 ? -ticks : ticks;
        if ((kind == AdjustmentKind.Points && !AppraisalRoundBuilder.PointsFit(compiled, leaf, ticks)) || !AppraisalRoundBuilder.OnStep(compiled, leaf, ticks))
        {
            return false;
        }

        var texts = kind == AdjustmentKind.Points ? pointsTexts : deltaTexts;
        if (!texts.TryGetValue(ticks, out display))
        {
            var number = ticks / (decimal)Points.TicksPerPoint;
            display = kind == AdjustmentKind.Points ? AppraisalRoundBuilder.PointsText(number) : AppraisalRoundBuilder.DeltaText(number);
            texts[ticks] = display;
        }

        return true;
    }

    private static int IndexOf(HeaderColumns columns, string name) => columns.Has(name) ? columns[name] : -1;
}
