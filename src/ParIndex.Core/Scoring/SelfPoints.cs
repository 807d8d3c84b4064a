using System;
using ParIndex.Assessments;

namespace ParIndex.Scoring;

/// <summary>
/// Self points (before appraisal): per-unit totals for the score sheet, and every node's self column when
/// an explanation asks for it. Each leaf is scored from the self-assessed cells alone (survey leaves are zero).
/// </summary>
internal static class SelfPoints
{
    /// <summary>
    /// Per-unit self points (the sum over areas of the self columns <see cref="SelfPoints.Columns(AssessmentInput, long[])"/>
    /// would compute), from the final columns and the appraisals' changes for areas without caps, and
    /// rescored exactly for areas with a block.
    /// </summary>
    internal static long[] Totals(AssessmentInput input, long[] final, int[] areaOf, bool[] capped, long[] appraised)
    {
        var c = input.Compiled;
        var units = input.Units.Count;
        var self = appraised;
        for (var u = 0; u < units; u++)
        {
            self[u] = -self[u];
        }

        var anyCapped = false;
        foreach (var area in c.Areas)
        {
            anyCapped |= capped[area];
            if (!capped[area])
            {
                TreeSums.AddColumn(self, final.AsSpan(area * units, units));
            }
        }

        for (var leaf = 0; leaf < c.LeafCount; leaf++)
        {
            var area = areaOf[c.LeafNode[leaf]];
            if (c.IsSurvey[leaf] && area >= 0 && !capped[area])
            {
                TreeSums.SubtractColumn(self, final.AsSpan(c.LeafNode[leaf] * units, units));
            }
        }

        if (!anyCapped)
        {
            return self;
        }

        // Areas with caps: their leaves' self columns and their inner nodes summed with the caps, in pooled memory.
        var pool = System.Buffers.ArrayPool<long>.Shared;
        var columns = pool.Rent(c.NodeCount * units);
        var scratch = pool.Rent(units);
        try
        {
            var include = new bool[c.NodeCount];
            for (var node = 0; node < c.NodeCount; node++)
            {
                include[node] = areaOf[node] >= 0 && capped[areaOf[node]];
            }

            for (var leaf = 0; leaf < c.LeafCount; leaf++)
            {
                var node = c.LeafNode[leaf];
                if (!include[node])
                {
                    continue;
                }

                var column = columns.AsSpan(node * units, units);
                if (c.IsSurvey[leaf])
                {
                    column.Clear();
                }
                else
                {
                    LeafColumns.Score(c, leaf, input.Cells.AsSpan(leaf * units, units), column, scratch.AsSpan(0, units));
                }
            }

            TreeSums.SumPoints(c, columns, units, true, include);
            foreach (var area in c.Areas)
            {
                if (capped[area])
                {
                    TreeSums.AddColumn(self, columns.AsSpan(area * units, units));
                }
            }
        }
        finally
        {
            pool.Return(scratch);
            pool.Return(columns);
        }

        return self;
    }

    /// <summary>
    /// Every node's self points for every unit (node-major) into <paramref name="self"/>: each leaf scored
    /// from the self-assessed cells alone (survey leaves are zero), then the tree summed with the caps.
    /// </summary>
    internal static void Columns(AssessmentInput input, long[] self)
    {
        var c = input.Compiled;
        var units = input.Units.Count;
        var cells = input.Cells;
        var scratch = units <= 1024 ? stackalloc long[units] : new long[units];
        for (var leaf = 0; leaf < c.LeafCount; leaf++)
        {
            var column = self.AsSpan(c.LeafNode[leaf] * units, units);
            if (c.IsSurvey[leaf])
            {
                column.Clear();
            }
            else
            {
                LeafColumns.Score(c, leaf, cells.AsSpan(leaf * units, units), column, scratch);
            }
        }

        TreeSums.SumPoints(c, self, units, true, null);
    }

    /// <summary>A score sheet's self columns, computed when first asked for.</summary>
    internal static long[] Columns(AssessmentInput input)
    {
        var self = TreeSums.NewColumns(input.Compiled.NodeCount * input.Units.Count);
        SelfPoints.Columns(input, self);
        return self;
    }
}
