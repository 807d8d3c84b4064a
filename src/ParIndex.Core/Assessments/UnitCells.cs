using System;
using System.Collections.Generic;
using ParIndex.Criteria;

namespace ParIndex.Assessments;

/// <summary>
/// The cells of the units added so far, row by row (a unit's leaves side by side), held in blocks of
/// <see cref="BlockUnits"/> units: a few large arrays that the collector never moves, instead of one array per unit
/// that it copies from generation to generation while a large file is read.
/// </summary>
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
            var block = new long[BlockUnits * leafCount];
            block.AsSpan().Fill(CompiledCriteria.MissingCell);
            blocks.Add(block);
        }

        Count++;
    }

    /// <summary>A unit's cell for a leaf.</summary>
    public ref long this[int unit, int leaf] => ref blocks[unit / BlockUnits][((unit % BlockUnits) * leafCount) + leaf];

    /// <summary>A unit's cells, leaf by leaf.</summary>
    public Span<long> Row(int unit) => blocks[unit / BlockUnits].AsSpan((unit % BlockUnits) * leafCount, leafCount);
}
