using System;
using System.Linq;
using ParIndex.Ranking;

namespace ParIndex.Tests.Ranking;

public class UnitIdOrderTests
{
    [Fact]
    public void TrySortByKeyThenId_GivesTheComparersOrder_OnGeneratedKeysWithManyTies()
    {
        var random = new Random(7);
        for (var round = 0; round < 500; round++)
        {
            var n = random.Next(1, 300);
            var ids = Enumerable.Range(0, n).Select(i => "U" + random.Next(1_000_000).ToString("D6") + "-" + i).OrderBy(_ => random.Next()).ToArray();
            var spread = random.Next(1, 50);
            var offset = random.Next(2) == 0 ? 0 : random.NextInt64(-1_000_000_000, 1_000_000_000);
            var keys = ids.Select(_ => offset + random.Next(spread)).ToArray();

            // Some units take no part (an area that does not apply to them).
            var order = Enumerable.Range(0, n).Where(_ => random.Next(10) > 0).ToArray();
            var count = order.Length;
            var expected = order.OrderByDescending(i => keys[i]).ThenBy(i => ids[i], StringComparer.Ordinal).ToArray();

            var sorted = order.Concat(new[] { -1 }).ToArray();
            Assert.True(new UnitIdOrder(ids).TrySortByKeyThenId(sorted, count, keys));
            Assert.Equal(expected, sorted.Take(count));
            Assert.Equal(-1, sorted[count]);
        }
    }

    [Fact]
    public void TrySortByKeyThenId_RefusesKeysTooFarApartToCombine_AndLeavesTheOrderAlone()
    {
        var ids = new[] { "A", "B", "C" };
        var keys = new[] { long.MaxValue / 2, 0L, long.MinValue / 2 };
        var order = new[] { 2, 0, 1 };
        Assert.False(new UnitIdOrder(ids).TrySortByKeyThenId(order, 3, keys));
        Assert.Equal(new[] { 2, 0, 1 }, order);
    }
}
