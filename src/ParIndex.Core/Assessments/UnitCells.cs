using System;
using ParIndex.Criteria;
using ParIndex.Internal;

namespace ParIndex.Assessments;

/// <summary>
/// The cells of the units added so far, already in the leaf-major layout scoring reads (leaf <c>j</c>'s cells side
/// by side), in one array with room for <see cref="Capacity"/> units per leaf. A reader that knows about how many
/// units are coming (<see cref="Reserve"/>: a CSV file's line count) fills it in place, so the cells are neither
/// held twice nor transposed at the end; otherwise the room doubles as units are added.
/// </summary>
/// <remarks>
/// A cell is stored XOR <see cref="CompiledCriteria.MissingCell"/>, so new zeroed memory already reads as "missing"
/// and needs no pass to fill it; <see cref="ToLeafMajor"/> turns the stored cells into plain ones, in place.
/// Writing a wide row touches one cache line per leaf, a few hundred lines that stay in the first-level cache while
/// the next units of the row's block are written, so filling column by column costs no more than row by row.
/// </remarks>
internal sealed class UnitCells
{
    private const int FirstCapacity = 64;

    private readonly int leafCount;
    private long[] cells = Array.Empty<long>();

    public UnitCells(int leafCount) => this.leafCount = leafCount;

    /// <summary>How many units have a row.</summary>
    public int Count { get; private set; }

    /// <summary>Units per leaf the array has room for.</summary>
    public int Capacity { get; private set; }

    /// <summary>Makes room for at least <paramref name="units"/> units in all (more are still accepted).</summary>
    public void Reserve(int units)
    {
        if (units > Capacity)
        {
            Resize(units);
        }
    }

    /// <summary>Adds a row of <see cref="CompiledCriteria.MissingCell"/> for the next unit.</summary>
    public void AddRow()
    {
        if (Count == Capacity)
        {
            Resize(Math.Max(FirstCapacity, checked(Capacity * 2)));
        }

        Count++;
    }

    /// <summary>A unit's cell for a leaf.</summary>
    public long this[int unit, int leaf]
    {
        get => cells[(leaf * Capacity) + unit] ^ CompiledCriteria.MissingCell;
        set => cells[(leaf * Capacity) + unit] = value ^ CompiledCriteria.MissingCell;
    }

    /// <summary>A leaf's cells of every unit added, in unit order, as stored: each XOR <see cref="CompiledCriteria.MissingCell"/>.</summary>
    public Span<long> StoredColumn(int leaf) => cells.AsSpan(leaf * Capacity, Count);

    /// <summary>Every cell, leaf-major (leaf <c>j</c>'s cells are <c>[j × Count, (j + 1) × Count)</c>); the cells are not used here afterwards.</summary>
    public long[] ToLeafMajor()
    {
        if (Count != Capacity)
        {
            // Fewer units than reserved (blank lines, rows in error): close the gaps, leaf by leaf, into an exact array.
            var exact = LargeArrays.Uninitialized<long>(leafCount * Count);
            for (var j = 0; j < leafCount; j++)
            {
                StoredColumn(j).CopyTo(exact.AsSpan(j * Count, Count));
            }

            cells = exact;
            Capacity = Count;
        }

        Unmask(cells);
        return cells;
    }

    /// <summary>Stored cells to plain ones (XOR is its own inverse).</summary>
    private static void Unmask(Span<long> cells)
    {
        var i = 0;
#if NET
        var mask = new System.Numerics.Vector<long>(CompiledCriteria.MissingCell);
        var vectors = System.Runtime.InteropServices.MemoryMarshal.Cast<long, System.Numerics.Vector<long>>(cells);
        for (var v = 0; v < vectors.Length; v++)
        {
            vectors[v] ^= mask;
        }

        i = vectors.Length * System.Numerics.Vector<long>.Count;
#endif
        for (; i < cells.Length; i++)
        {
            cells[i] ^= CompiledCriteria.MissingCell;
        }
    }

    private void Resize(int capacity)
    {
        // Zeroed, that is missing; the units added so far are copied in.
        var grown = LargeArrays.Zeroed<long>(checked(leafCount * capacity));
        for (var j = 0; j < leafCount; j++)
        {
            StoredColumn(j).CopyTo(grown.AsSpan(j * capacity, capacity));
        }

        cells = grown;
        Capacity = capacity;
    }
}
