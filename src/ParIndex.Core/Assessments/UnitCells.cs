using System;
using System.Collections.Generic;
using ParIndex.Criteria;

namespace ParIndex.Assessments;

/// <summary>
/// The cells of the units added so far, row by row (a unit's leaves side by side), held in blocks of
/// <see cref="BlockUnits"/> units: a few large arrays that the collector never moves, instead of one array per unit
/// that it copies from generation to generation while a large file is read.
/// </summary>
/// <remarks>
/// A cell is stored XOR <see cref="CompiledCriteria.MissingCell"/>, so a new block's zeroed memory already reads as
/// "missing" everywhere and needs no second pass to fill it.
/// </remarks>
internal sealed class UnitCells
{
    /// <summary>Units per block: 64 × 200 leaves × 8 bytes is a large object already.</summary>
    private const int BlockUnits = 64;

    private readonly int leafCount;
    private readonly List<long[]> blocks = new();

    public UnitCells(int leafCount) => this.leafCount = leafCount;

    /// <summary>How many units have a row.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a row of <see cref="CompiledCriteria.MissingCell"/> for the next unit.</summary>
    public void AddRow()
    {
        if (Count / BlockUnits == blocks.Count)
        {
            blocks.Add(new long[BlockUnits * leafCount]);
        }

        Count++;
    }

    /// <summary>A unit's cell for a leaf.</summary>
    public long this[int unit, int leaf]
    {
        get => Slot(unit, leaf) ^ CompiledCriteria.MissingCell;
        set => Slot(unit, leaf) = value ^ CompiledCriteria.MissingCell;
    }

    /// <summary>Every cell, leaf-major (leaf <c>j</c>'s cells are <c>[j × Count, (j + 1) × Count)</c>): the layout scoring reads.</summary>
    public long[] ToLeafMajor()
    {
        var count = Count;
        var cells = new long[leafCount * count];
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            var first = b * BlockUnits;
            var units = Math.Min(BlockUnits, count - first);

            // Leaf by leaf within a block: each leaf's run of units is written in order, and the block stays in cache.
            for (var j = 0; j < leafCount; j++)
            {
                var target = cells.AsSpan((j * count) + first, units);
                for (var u = 0; u < units; u++)
                {
                    target[u] = block[(u * leafCount) + j] ^ CompiledCriteria.MissingCell;
                }
            }
        }

        return cells;
    }

    private ref long Slot(int unit, int leaf) => ref blocks[unit / BlockUnits][((unit % BlockUnits) * leafCount) + leaf];
}
