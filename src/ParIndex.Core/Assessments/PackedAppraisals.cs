using ParIndex.Criteria;
using ParIndex.Internal;

namespace ParIndex.Assessments;

/// <summary>
/// An input's appraisal adjustments, grouped by leaf with a stable counting sort (within a leaf they
/// keep their order: rounds in order, rows in order) and packed, built once per input. Value and
/// points adjustments do not depend on what came before them, so their points and applicable maximum
/// are computed here; only deltas are applied at scoring time.
/// </summary>
internal sealed class PackedAppraisals
{
    private PackedAppraisals(int[] start, PackedAdjustment[] items, Adjustment[] deltas)
    {
        Start = start;
        Items = items;
        Deltas = deltas;
    }

    /// <summary>Leaf <c>j</c>'s adjustments are <see cref="Items"/>[Start[j] .. Start[j + 1]).</summary>
    public int[] Start { get; }

    public PackedAdjustment[] Items { get; }

    /// <summary>The delta adjustments in their original order, indexed by <see cref="PackedAdjustment.Delta"/>.</summary>
    public Adjustment[] Deltas { get; }

    public static PackedAppraisals Build(AssessmentInput input)
    {
        var c = input.Compiled;
        var rounds = input.AppraisalRounds;
        var start = new int[c.LeafCount + 1];
        var total = 0;
        var deltaCount = 0;
        foreach (var round in rounds)
        {
            var list = round.List;
            for (var i = 0; i < list.Count; i++)
            {
                list.Get(i, out _, out var leaf, out var kind, out _);
                start[leaf + 1]++;
                total++;
                deltaCount += kind == AdjustmentKind.Delta ? 1 : 0;
            }
        }

        for (var leaf = 1; leaf < start.Length; leaf++)
        {
            start[leaf] += start[leaf - 1];
        }

        var items = LargeArrays.Uninitialized<PackedAdjustment>(total);
        var deltas = new Adjustment[deltaCount];
        if (total == 0)
        {
            return new PackedAppraisals(start, items, deltas);
        }

        // Counting sort straight into place, scattering in the original order.
        var next = (int[])start.Clone();
        var d = 0;
        foreach (var round in rounds)
        {
            var list = round.List;
            for (var i = 0; i < list.Count; i++)
            {
                list.Get(i, out var unit, out var leaf, out var kind, out var cell);
                var at = next[leaf]++;
                switch (kind)
                {
                    case AdjustmentKind.Value:
                        c.Score(leaf, cell, out var points, out var applicable);
                        items[at] = new PackedAdjustment(unit, -1, points, applicable);
                        break;
                    case AdjustmentKind.Points:
                        var inBlock = c.NodeBlock[c.LeafNode[leaf]] != NodeBlock.None;
                        items[at] = new PackedAdjustment(unit, -1, cell, inBlock ? 0 : c.Magnitude[leaf]);
                        break;
                    default:
                        // Only deltas need their object: a delta out of range is reported with its row.
                        items[at] = new PackedAdjustment(unit, d, cell, 0);
                        deltas[d++] = list.Make(i);
                        break;
                }
            }
        }

        return new PackedAppraisals(start, items, deltas);
    }
}

/// <summary>One packed adjustment: the final points and applicable maximum it sets, or (for a delta) the change and the delta's index.</summary>
internal readonly struct PackedAdjustment
{
    public PackedAdjustment(int unit, int delta, long points, long max)
    {
        Unit = unit;
        Delta = delta;
        Points = points;
        Max = max;
    }

    /// <summary>Points set (value and points adjustments) or the change in ticks (deltas).</summary>
    public long Points { get; }

    /// <summary>Applicable maximum set (value and points adjustments).</summary>
    public long Max { get; }

    public int Unit { get; }

    /// <summary>-1 for value and points adjustments; for a delta its index in <see cref="PackedAppraisals.Deltas"/>, which is also its order among deltas.</summary>
    public int Delta { get; }
}
