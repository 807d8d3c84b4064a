using System;
using System.Collections.Generic;

namespace ParIndex.IO;

/// <summary>
/// The line where each (unit, leaf) pair of a long table (an appraisal round, survey results) was first read, so a
/// second row for the same pair is reported with the first one's line.
/// </summary>
/// <remarks>
/// A round can have hundreds of thousands of rows and a second row for a pair is rare: a bit per pair answers
/// "seen before?", and the lines go into a hash map only when the first repeat asks for one (a map of every pair cost
/// about a tenth of reading a national round).
/// </remarks>
internal sealed class FirstLines
{
    private readonly int leafCount;
    private const int ChunkSize = 4096;

    // The pairs in reading order, in chunks that are never copied as they grow.
    private readonly List<(long Key, int Line)[]> order = new();
    private int count;
    private Dictionary<long, int>? lines;
    private ulong[] bits;

    public FirstLines(int unitCount, int leafCount)
    {
        this.leafCount = leafCount;
        bits = new ulong[Words((long)Math.Max(unitCount, 1) * leafCount)];
    }

    /// <summary>The (unit, leaf) key that <see cref="RowChecks.CheckKey"/> gives.</summary>
    public static long Key(int unit, int leaf) => ((long)unit << 32) | (uint)leaf;

    /// <summary>Whether the pair was read before.</summary>
    public bool Contains(long key)
    {
        var bit = Bit(key);
        var word = bit >> 6;
        return word < bits.Length && (bits[word] & (1UL << (int)(bit & 63))) != 0;
    }

    /// <summary>The line where the pair was first read, if it was.</summary>
    public bool TryGetFirst(long key, out int line)
    {
        line = 0;
        if (!Contains(key))
        {
            return false;
        }

        if (lines is null)
        {
            lines = new Dictionary<long, int>(count);
            for (var i = 0; i < count; i++)
            {
                var (k, l) = order[i / ChunkSize][i % ChunkSize];
                lines.Add(k, l);
            }
        }

        return lines.TryGetValue(key, out line);
    }

    /// <summary>Records the pair's first line; the pair must not have been added before.</summary>
    public void Add(long key, int line)
    {
        var bit = Bit(key);
        var word = bit >> 6;
        if (word >= bits.Length)
        {
            // A unit added after this table was opened (through the builder's API): grow to cover it.
            Array.Resize(ref bits, (int)Math.Max(word + 1, bits.Length * 2L));
        }

        bits[word] |= 1UL << (int)(bit & 63);
        if (lines is null)
        {
            if (count == order.Count * ChunkSize)
            {
                order.Add(new (long, int)[ChunkSize]);
            }

            order[count / ChunkSize][count % ChunkSize] = (key, line);
            count++;
        }
        else
        {
            lines.Add(key, line);
        }
    }

    private long Bit(long key) => ((key >> 32) * leafCount) + (uint)key;

    private static int Words(long bitCount) => checked((int)((bitCount + 63) >> 6));
}
