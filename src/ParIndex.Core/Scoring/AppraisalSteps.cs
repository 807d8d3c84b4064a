using System.Collections.Generic;
using ParIndex.Assessments;
using ParIndex.Criteria;
using ParIndex.Internal;
using ParIndex.Resources;

namespace ParIndex.Scoring;

/// <summary>Appraisal adjustments applied to scored cells: values and points replace, deltas move within the leaf's range.</summary>
internal static class AppraisalSteps
{
    /// <summary>
    /// Applies one leaf's appraisal adjustments in order (a later adjustment of the same cell replaces the
    /// earlier result); when <paramref name="appraised"/> is given, adds each cell's change in points to it.
    /// </summary>
    internal static void ApplyAll(AssessmentInput input, PackedAppraisals packed, int leaf, long[] final, int offset, long[] max, int maxOffset, long[]? appraised, List<(int Order, Diagnostic Diagnostic)> problems)
    {
        var c = input.Compiled;
        var items = packed.Items;
        for (var k = packed.Start[leaf]; k < packed.Start[leaf + 1]; k++)
        {
            var a = items[k];
            var index = offset + a.Unit;
            var maxIndex = maxOffset + a.Unit;
            var before = final[index];
            if (a.Delta < 0)
            {
                // Value and points adjustments: computed when the input was built.
                final[index] = a.Points;
                max[maxIndex] = a.Max;
            }
            else
            {
                var adjustment = packed.Deltas[a.Delta];
                if (!AppraisalSteps.TryAdjust(c, adjustment, before, max[maxIndex], out var points, out var applicable, out var error))
                {
                    problems.Add((a.Delta, new Diagnostic(adjustment.Location, LocalizedText.Of(nameof(Messages.Value_OfUnit), input.Units[adjustment.UnitOrdinal].Id, error))));
                    continue;
                }

                final[index] = points;
                max[maxIndex] = applicable;
            }

            if (appraised is not null)
            {
                appraised[a.Unit] += final[index] - before;
            }
        }
    }

    internal static bool TryAdjust(CompiledCriteria c, Adjustment adjustment, long currentPoints, long currentMax, out long points, out long applicable, out LocalizedText? error)
    {
        var leaf = adjustment.LeafOrdinal;
        var inBlock = c.NodeBlock[c.LeafNode[leaf]] != NodeBlock.None;
        error = null;
        switch (adjustment.Kind)
        {
            case AdjustmentKind.Value:
                c.Score(leaf, adjustment.Cell, out points, out applicable);
                return true;
            case AdjustmentKind.Points:
                points = adjustment.Cell;
                applicable = inBlock ? 0 : c.Magnitude[leaf];
                return true;
            default:
                points = currentPoints + adjustment.Cell;
                applicable = currentMax;
                var magnitude = c.Magnitude[leaf];
                var code = c.LeafDefinition(leaf).Code;
                // Excluded (not applicable) has no maximum; a criterion worth 0 points takes a delta of 0 like any other.
                if (!inBlock && currentMax == 0 && magnitude > 0)
                {
                    error = LocalizedText.Of(nameof(Messages.Appraisal_DeltaNotApplicable), code);
                    return false;
                }

                var low = c.Sign[leaf] < 0 ? -magnitude : 0;
                var high = c.Sign[leaf] < 0 ? 0 : magnitude;
                if (points < low || points > high)
                {
                    error = LocalizedText.Of(nameof(Messages.Appraisal_DeltaOutside), adjustment.DisplayValue, code, Points.FromTicks(currentPoints).ToString(), Points.FromTicks(points).ToString(), Points.FromTicks(low).ToString(), Points.FromTicks(high).ToString());
                    return false;
                }

                return true;
        }
    }

}
