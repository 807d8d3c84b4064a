using System;

namespace ParIndex.IO;

/// <summary>
/// A wide column's few distinct texts that were read cleanly (options, yes/no words, "not
/// applicable" markers, decimal commas) by their UTF-8 bytes, so repeats need no string. Reading a
/// cell depends only on its leaf and text, so a cached cell is what the general path would give.
/// </summary>
internal struct CellCache
{
    private const int Capacity = 16;
    private byte[][]? keys;
    private long[]? cells;
    private int count;

    public bool TryGet(ReadOnlySpan<byte> bytes, out long cell)
    {
        for (var i = 0; i < count; i++)
        {
            if (bytes.SequenceEqual(keys![i]))
            {
                cell = cells![i];
                return true;
            }
        }

        cell = 0;
        return false;
    }

    public void Add(ReadOnlySpan<byte> bytes, long cell)
    {
        if (count == Capacity || bytes.Length > 64)
        {
            return;
        }

        keys ??= new byte[Capacity][];
        cells ??= new long[Capacity];
        keys[count] = bytes.ToArray();
        cells[count] = cell;
        count++;
    }
}
