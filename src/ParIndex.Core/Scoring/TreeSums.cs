using System;
#if NET
using System.Numerics;
#endif
using ParIndex.Criteria;
using ParIndex.Internal;

namespace ParIndex.Scoring;

/// <summary>Tree sums over node-major columns (children into parents, caps on blocks, maxima) and the column arithmetic they use.</summary>
internal static class TreeSums
{
    /// <summary>Sums children into parents bottom-up, column by column; block nodes are capped at their max (points only).</summary>
    internal static void SumPoints(CompiledCriteria c, long[] values, int units, bool cap, bool[]? include)
    {
        foreach (var node in c.InnerPostOrder)
        {
            if (include is not null && !include[node])
            {
                continue;
            }

            var target = values.AsSpan(node * units, units);
            var children = c.Children[node];
            values.AsSpan(children[0] * units, units).CopyTo(target);
            for (var k = 1; k < children.Length; k++)
            {
                TreeSums.AddColumn(target, values.AsSpan(children[k] * units, units));
            }

            if (cap && c.NodeBlock[node] != NodeBlock.None)
            {
                var limit = c.NodeMax[node];
                var low = Math.Min(0, limit);
                var high = Math.Max(0, limit);
                for (var u = 0; u < units; u++)
                {
                    target[u] = Math.Min(high, Math.Max(low, target[u]));
                }
            }
        }
    }

    /// <summary>
    /// Sums the stored maximum columns bottom-up: a node with a column starts from the sum of its
    /// children's constant maxima and adds the columns of the children that have one (no caps).
    /// </summary>
    internal static void SumMax(CompiledCriteria c, MaxLayout layout, long[] max, int units)
    {
        foreach (var node in c.InnerPostOrder)
        {
            var slot = layout.Slot[node];
            if (slot < 0)
            {
                continue;
            }

            var target = max.AsSpan(slot * units, units);
            long constant = 0;
            var first = -1;
            foreach (var child in c.Children[node])
            {
                var childSlot = layout.Slot[child];
                if (childSlot < 0)
                {
                    constant += layout.Constant[child];
                }
                else if (first < 0)
                {
                    first = childSlot;
                }
            }

            max.AsSpan(first * units, units).CopyTo(target);
            if (constant != 0)
            {
                TreeSums.AddConstant(target, constant);
            }

            foreach (var child in c.Children[node])
            {
                var childSlot = layout.Slot[child];
                if (childSlot >= 0 && childSlot != first)
                {
                    TreeSums.AddColumn(target, max.AsSpan(childSlot * units, units));
                }
            }
        }
    }

    /// <summary>target[u] += value for every unit.</summary>
    internal static void AddConstant(Span<long> target, long value)
    {
        var u = 0;
#if NET
        if (Vector.IsHardwareAccelerated)
        {
            var width = Vector<long>.Count;
            var add = new Vector<long>(value);
            for (; u <= target.Length - width; u += width)
            {
                (new Vector<long>(target.Slice(u)) + add).CopyTo(target.Slice(u));
            }
        }
#endif
        for (; u < target.Length; u++)
        {
            target[u] += value;
        }
    }

    /// <summary>target[u] += source[u] for every unit; vectorised where the runtime supports it.</summary>
    internal static void AddColumn(Span<long> target, ReadOnlySpan<long> source)
    {
        var u = 0;
#if NET
        if (Vector.IsHardwareAccelerated)
        {
            var width = Vector<long>.Count;
            for (; u <= target.Length - width; u += width)
            {
                (new Vector<long>(target.Slice(u)) + new Vector<long>(source.Slice(u))).CopyTo(target.Slice(u));
            }
        }
#endif
        for (; u < target.Length; u++)
        {
            target[u] += source[u];
        }
    }

    /// <summary>target[u] -= source[u] for every unit; vectorised where the runtime supports it.</summary>
    internal static void SubtractColumn(Span<long> target, ReadOnlySpan<long> source)
    {
        var u = 0;
#if NET
        if (Vector.IsHardwareAccelerated)
        {
            var width = Vector<long>.Count;
            for (; u <= target.Length - width; u += width)
            {
                (new Vector<long>(target.Slice(u)) - new Vector<long>(source.Slice(u))).CopyTo(target.Slice(u));
            }
        }
#endif
        for (; u < target.Length; u++)
        {
            target[u] -= source[u];
        }
    }

    /// <summary>A result array whose every element the scorer writes, so it is not zeroed first where the runtime allows.</summary>
    internal static long[] NewColumns(int length)
    {
        return LargeArrays.Uninitialized<long>(length);
    }
}
