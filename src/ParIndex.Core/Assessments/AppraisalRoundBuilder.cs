using System;
using System.Collections.Generic;
using System.Globalization;
using ParIndex.Criteria;
using ParIndex.Internal;
using ParIndex.Resources;

namespace ParIndex.Assessments;

/// <summary>Adds one appraisal round's adjustments; obtained from <see cref="AssessmentInputBuilder.AddAppraisalRound"/>.</summary>
public sealed class AppraisalRoundBuilder
{
    private readonly AssessmentInputBuilder owner;
    private readonly AdjustmentList items;

    internal AppraisalRoundBuilder(AssessmentInputBuilder owner, AdjustmentList items)
    {
        this.owner = owner;
        this.items = items;
    }

    /// <summary>Replaces the unit's raw value for a leaf; the leaf's rule scores it.</summary>
    /// <param name="unitId">The unit's id.</param>
    /// <param name="code">The leaf's code.</param>
    /// <param name="value">The replacement value.</param>
    /// <param name="reason">The council's reason.</param>
    /// <param name="location">Where the row was read, for diagnostics.</param>
    public AppraisalRoundBuilder ReplaceValue(string unitId, string code, AssessmentValue value, string reason, SourceLocation? location = null)
    {
        if (owner.TryFindAppraisable(unitId, code, location, out var unit, out var leaf) && owner.Encode(leaf, unit, value, location, out var cell))
        {
            items.Add(new Adjustment(owner.UnitAt(unit), owner.Compiled.LeafDefinition(leaf), unit, leaf, AdjustmentKind.Value, cell, owner.Compiled.Display(leaf, cell), reason ?? "", location));
        }

        return this;
    }

    /// <summary>Sets the unit's points for a leaf directly (negative in a deduction block).</summary>
    /// <param name="unitId">The unit's id.</param>
    /// <param name="code">The leaf's code.</param>
    /// <param name="points">The replacement points, within the leaf's range.</param>
    /// <param name="reason">The council's reason.</param>
    /// <param name="location">Where the row was read, for diagnostics.</param>
    public AppraisalRoundBuilder SetPoints(string unitId, string code, decimal points, string reason, SourceLocation? location = null)
    {
        if (!owner.TryFindAppraisable(unitId, code, location, out var unit, out var leaf))
        {
            return this;
        }

        var compiled = owner.Compiled;
        var sign = compiled.Sign[leaf];
        if (!FixedMath.TryToTicks(points, out var ticks) || !PointsFit(compiled, leaf, ticks))
        {
            var range = sign < 0 ? $"-{Points.FromTicks(compiled.Magnitude[leaf])}–0" : $"0–{Points.FromTicks(compiled.Magnitude[leaf])}";
            owner.Report(location, LocalizedText.Of(nameof(Messages.Appraisal_PointsOutside), unitId.Trim(), Show(points), range, code.Trim()));
            return this;
        }

        if (!OnStep(compiled, leaf, ticks))
        {
            owner.Report(location, LocalizedText.Of(nameof(Messages.Appraisal_PointsOffStep), unitId.Trim(), Show(points), Points.FromTicks(compiled.Param[leaf]).ToString(), code.Trim()));
            return this;
        }

        items.Add(new Adjustment(owner.UnitAt(unit), owner.Compiled.LeafDefinition(leaf), unit, leaf, AdjustmentKind.Points, ticks, PointsText(points), reason ?? "", location));
        return this;
    }

    /// <summary>Changes the unit's points for a leaf by a signed amount; the result must stay within the leaf's range.</summary>
    /// <param name="unitId">The unit's id.</param>
    /// <param name="code">The leaf's code.</param>
    /// <param name="delta">The change in points, e.g. -0.5.</param>
    /// <param name="reason">The council's reason.</param>
    /// <param name="location">Where the row was read, for diagnostics.</param>
    public AppraisalRoundBuilder AddPoints(string unitId, string code, decimal delta, string reason, SourceLocation? location = null)
    {
        if (!owner.TryFindAppraisable(unitId, code, location, out var unit, out var leaf))
        {
            return this;
        }

        if (!FixedMath.TryToTicks(delta, out var ticks))
        {
            owner.Report(location, LocalizedText.Of(nameof(Messages.Appraisal_DeltaTooPrecise), unitId.Trim(), Show(delta), Points.Decimals, code.Trim()));
            return this;
        }

        if (!OnStep(owner.Compiled, leaf, ticks))
        {
            owner.Report(location, LocalizedText.Of(nameof(Messages.Appraisal_DeltaOffStep), unitId.Trim(), Show(delta), Points.FromTicks(owner.Compiled.Param[leaf]).ToString(), code.Trim()));
            return this;
        }

        items.Add(new Adjustment(owner.UnitAt(unit), owner.Compiled.LeafDefinition(leaf), unit, leaf, AdjustmentKind.Delta, ticks, DeltaText(delta), reason ?? "", location));
        return this;
    }

    /// <summary>
    /// Adds an adjustment a reader has already checked as the methods above would (unit and leaf found, not a survey
    /// leaf, the value read, points within range and on step); <paramref name="displayValue"/> null for a value, whose
    /// text is made from its cell when asked for.
    /// </summary>
    internal void AddChecked(int unit, int leaf, AdjustmentKind kind, long cell, string? displayValue, string reason, string source, string? sheet, int line, int column) =>
        items.Add(unit, leaf, kind, cell, displayValue, reason, source, sheet, line, column);

    /// <summary>Makes room for about <paramref name="adjustments"/> more, when a reader can tell how many rows are coming.</summary>
    internal void Expect(int adjustments) => items.Reserve(adjustments);

    /// <summary>Points a leaf can be set to: the block's sign, at most the leaf's magnitude.</summary>
    internal static bool PointsFit(CompiledCriteria compiled, int leaf, long ticks) =>
        ticks * compiled.Sign[leaf] >= 0 && Math.Abs(ticks) <= compiled.Magnitude[leaf];

    /// <summary>A points-rule leaf with a step only takes points (and changes) on that step; other rules take any points.</summary>
    internal static bool OnStep(CompiledCriteria compiled, int leaf, long ticks) =>
        compiled.Kind[leaf] != Criteria.RuleKind.Points || ticks % compiled.Param[leaf] == 0;

    /// <summary>Points set, as an adjustment shows them: "1.5".</summary>
    internal static string PointsText(decimal points) => Show(points);

    /// <summary>A change in points, as an adjustment shows it: "+0.5", "-0.25".</summary>
    internal static string DeltaText(decimal delta) => (delta > 0 ? "+" : "") + Show(delta);

    private static string Show(decimal value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
