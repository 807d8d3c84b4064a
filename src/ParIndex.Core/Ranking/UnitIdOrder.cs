using System;
using System.Collections.Generic;

namespace ParIndex.Ranking;

/// <summary>
/// Each unit's place in unit-id order within one published ranking, so that "best index first, ties by unit id"
/// becomes one integer per unit: (highest key − key) × units + id place, sorted as plain numbers with no
/// comparison callbacks. Gives the order the comparer gives (UnitIdOrderTests, on generated keys with many ties), and
/// every area rank of the generated cases is checked against the reference ranker (ReferencePropertyTests).
/// </summary>
internal sealed class UnitIdOrder
{
    private readonly int[] place;
    private readonly int[] unitAt;

    /// <summary>The places of units with these ids (distinct), in the order given.</summary>
    public UnitIdOrder(IReadOnlyList<string> unitIds)
    {
        var ids = new string[unitIds.Count];
        unitAt = new int[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = unitIds[i];
            unitAt[i] = i;
        }

        Array.Sort(ids, unitAt, StringComparer.Ordinal);
        place = new int[ids.Length];
        for (var k = 0; k < unitAt.Length; k++)
        {
            place[unitAt[k]] = k;
        }
    }

    /// <summary>Sorts <paramref name="order"/>[0, count) by key (highest first), then unit id; false, untouched, when the numbers would not fit.</summary>
    public bool TrySortByKeyThenId(int[] order, int count, long[] keys)
    {
        if (count == 0)
        {
            return true;
        }

        long low = long.MaxValue, high = long.MinValue;
        for (var k = 0; k < count; k++)
        {
            low = Math.Min(low, keys[order[k]]);
            high = Math.Max(high, keys[order[k]]);
        }

        var n = place.Length;
        if ((low < 0 && high > long.MaxValue + low) || high - low > (long.MaxValue / n) - 1)
        {
            return false;
        }

        var combined = new long[count];
        for (var k = 0; k < count; k++)
        {
            var i = order[k];
            combined[k] = ((high - keys[i]) * n) + place[i];
        }

        Array.Sort(combined);
        for (var k = 0; k < count; k++)
        {
            order[k] = unitAt[(int)(combined[k] % n)];
        }

        return true;
    }
}
