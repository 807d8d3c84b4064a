
namespace ParIndex.Criteria;

/// <summary>
/// Which nodes' applicable maximum can differ between units, so the scorer stores a column only for
/// those. A leaf's maximum varies only when "not applicable" excludes it (the policy
/// <see cref="NotApplicablePolicy.Exclude"/>, outside a deduction or bonus block); an inner node's
/// when any child's does. Every other node has one maximum for all units: the leaf's maximum (zero in
/// a block), or the sum of its children's.
/// </summary>
internal sealed class MaxLayout
{
    private MaxLayout(int[] slot, long[] constant, int slotCount)
    {
        Slot = slot;
        Constant = constant;
        SlotCount = slotCount;
    }

    /// <summary>The node's column in the stored maxima, or -1 when its maximum is <see cref="Constant"/> for every unit.</summary>
    public int[] Slot { get; }

    /// <summary>The maximum of a node without a column (unused for the others).</summary>
    public long[] Constant { get; }

    /// <summary>How many columns are stored.</summary>
    public int SlotCount { get; }

    public static MaxLayout For(CompiledCriteria c)
    {
        var varies = new bool[c.NodeCount];
        var constant = new long[c.NodeCount];
        for (var leaf = 0; leaf < c.LeafCount; leaf++)
        {
            var node = c.LeafNode[leaf];
            var inBlock = c.NodeBlock[node] != NodeBlock.None;
            varies[node] = !inBlock && c.NotApplicable[leaf] == NotApplicablePolicy.Exclude;
            constant[node] = inBlock ? 0 : c.Magnitude[leaf];
        }

        foreach (var node in c.InnerPostOrder)
        {
            foreach (var child in c.Children[node])
            {
                varies[node] |= varies[child];
                constant[node] += constant[child];
            }
        }

        var slot = new int[c.NodeCount];
        var count = 0;
        for (var node = 0; node < c.NodeCount; node++)
        {
            slot[node] = varies[node] ? count++ : -1;
            if (varies[node])
            {
                constant[node] = 0;
            }
        }

        return new MaxLayout(slot, constant, count);
    }
}
