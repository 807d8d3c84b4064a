using System;
using System.Linq;
using ParIndex.Criteria;
using ParIndex.Internal;
using ParIndex.Resources;

namespace ParIndex.Assessments;

/// <summary>What the file readers (ParIndex.IO) use: look-ups that report at a source location, and per-cell fast paths.</summary>
public sealed partial class AssessmentInputBuilder
{
    internal bool TryFind(string unitId, string code, SourceLocation? location, out int unit, out int leaf)
    {
        leaf = -1;
        return TryFindUnit(unitId, location, out unit) && TryFindLeaf(code, location, out leaf);
    }

    /// <summary>Finds a unit and a leaf without reporting anything when either is unknown.</summary>
    internal bool TryLookUp(string unitId, string code, out int unit, out int leaf)
    {
        leaf = -1;
        return unitIndex.TryGetValue(unitId.Trim(), out unit) & compiled.TryGetLeaf(code.Trim(), out leaf);
    }

    /// <summary>
    /// Finds a unit from the UTF-8 bytes of its trimmed id when that is short printable ASCII (so it holds nothing the
    /// checks on typed ids look for, such as an invisible character); false, nothing reported, otherwise.
    /// </summary>
    internal bool TryLookUpUnit(ReadOnlySpan<byte> unitId, out int unit)
    {
        // Rows of one unit usually come together (a round sorted by unit): the last id found is compared first.
        if (lastUnitId is not null && unitId.SequenceEqual(lastUnitId))
        {
            unit = lastUnit;
            return true;
        }

        unitByAsciiId ??= new AsciiLookup<int>(unitIndex);
        if (!unitByAsciiId.Value.TryGetValue(unitId, out unit))
        {
            return false;
        }

        lastUnitId = unitId.ToArray();
        lastUnit = unit;
        return true;
    }

    /// <summary>Sets a survey cell a reader has read and checked as <see cref="SetSurvey"/> would (a survey leaf, the value read).</summary>
    internal void SetSurveyCell(int unit, int leaf, long cell)
    {
        surveyValues++;
        rows[unit, leaf] = cell;
    }

    /// <summary>Finds a unit by id, or reports it unknown at <paramref name="location"/>.</summary>
    internal bool TryFindUnit(string unitId, SourceLocation? location, out int unit)
    {
        if (unitIndex.TryGetValue(unitId.Trim(), out unit))
        {
            return true;
        }

        Report(location, LocalizedText.Of(nameof(Messages.Input_UnknownUnit), unitId.Trim(), LocalizedText.DidYouMean(unitId, units.Select(u => u.Id))));
        return false;
    }

    /// <summary>Finds a leaf by code, or reports why the code cannot take a value at <paramref name="location"/>.</summary>
    internal bool TryFindLeaf(string code, SourceLocation? location, out int leaf)
    {
        var trimmed = code.Trim();
        if (compiled.TryGetLeaf(trimmed, out leaf))
        {
            return true;
        }

        Report(location, compiled.TryGetNode(trimmed, out _)
            ? LocalizedText.Of(nameof(Messages.Input_NotALeaf), trimmed)
            : LocalizedText.Of(nameof(Messages.Input_UnknownCriterion), trimmed, compiled.Set.Id, LocalizedText.DidYouMean(trimmed, compiled.Set.Leaves.Select(l => l.Code))));
        return false;
    }

    /// <summary>Reports a value a reader refused before it reached the builder, so Build does not report the cell again as missing.</summary>
    internal void Refuse(string unitId, string code, SourceLocation? location, LocalizedText message)
    {
        Report(location, message);
        if (unitIndex.TryGetValue(unitId.Trim(), out var unit) && compiled.TryGetLeaf(code.Trim(), out var leaf))
        {
            rows[unit, leaf] = RejectedCell;
        }
    }

    /// <summary>Finds a unit and leaf for an appraisal; survey criteria come from the survey and are not appraised.</summary>
    internal bool TryFindAppraisable(string unitId, string code, SourceLocation? location, out int unit, out int leaf)
    {
        if (!TryFind(unitId, code, location, out unit, out leaf))
        {
            return false;
        }

        if (compiled.IsSurvey[leaf])
        {
            Report(location, LocalizedText.Of(nameof(Messages.Input_SurveyNotAppraised), code.Trim()));
            return false;
        }

        return true;
    }

    /// <summary>
    /// The per-cell fast path of file readers: sets a self-assessed cell by unit and leaf ordinal when
    /// the value reads cleanly; returns false without reporting anything otherwise, and the caller
    /// then goes through <see cref="SetSelf"/>, which reports the problem as usual.
    /// </summary>
    internal bool TrySetSelfCell(int unit, int leaf, AssessmentValue value) => TrySetSelfCell(unit, leaf, value, out _);

    /// <summary>As <see cref="TrySetSelfCell(int, int, AssessmentValue)"/>, giving the cell set.</summary>
    internal bool TrySetSelfCell(int unit, int leaf, AssessmentValue value, out long cell)
    {
        if (compiled.IsSurvey[leaf] || !compiled.TryEncode(leaf, value, out cell, out _))
        {
            cell = 0;
            return false;
        }

        rows[unit, leaf] = cell;
        return true;
    }

    /// <summary>
    /// The fastest path of file readers: a self-assessed cell from the UTF-8 bytes of its trimmed
    /// text when that is a plain number (or 1/0 for yes/no) the general path would accept with the
    /// same cell; false (nothing reported) otherwise.
    /// </summary>
    internal bool TrySetSelfCell(int unit, int leaf, ReadOnlySpan<byte> utf8)
    {
        if (compiled.IsSurvey[leaf] || !compiled.TryEncodePlain(leaf, utf8, out var cell))
        {
            return false;
        }

        rows[unit, leaf] = cell;
        return true;
    }

    /// <summary>Sets a self-assessed cell already read (by a reader's cache of texts that read cleanly).</summary>
    internal void SetSelfCell(int unit, int leaf, long cell) => rows[unit, leaf] = cell;

    /// <summary>The ordinal of the unit added last.</summary>
    internal int LastUnitOrdinal => units.Count - 1;

    /// <summary>Makes room for about <paramref name="units"/> more units, when a reader can tell how many are coming (at most <see cref="MaxUnits"/>).</summary>
    internal void ExpectUnits(int units) => rows.Reserve((int)Math.Min((long)rows.Count + units, MaxUnits));

    /// <summary>How many units were added so far.</summary>
    internal int UnitCount => units.Count;

    /// <summary>The unit with the given ordinal.</summary>
    internal UnitInfo UnitAt(int ordinal) => units[ordinal];

    internal bool Encode(int leaf, int unit, AssessmentValue value, SourceLocation? location, out long cell)
    {
        if (compiled.TryEncode(leaf, value, out cell, out var error))
        {
            return true;
        }

        Report(location, LocalizedText.Of(nameof(Messages.Value_OfUnit), units[unit].Id, error));
        return false;
    }

    internal CompiledCriteria Compiled => compiled;

    /// <summary>A reader that reported missing columns once stops Build from repeating them per unit.</summary>
    internal void SuppressMissingValueReports() => suppressMissing = true;
}
