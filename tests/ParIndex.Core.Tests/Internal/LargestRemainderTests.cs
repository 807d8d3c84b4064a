using System.Linq;
using ParIndex.Internal;

namespace ParIndex.Tests.Internal;

public class LargestRemainderTests
{
    [Fact]
    public void EqualRemaindersCompareEqual_SoTheEarlierSiblingGetsTheLeftoverTick()
    {
        // 3,500,000 ticks × 4/6, 1/6, 1/6: floors 2,333,333 / 583,333 / 583,333, remainders 2/6, 2/6, 2/6; one tick left.
        Assert.Equal(new long[] { 2_333_334, 583_333, 583_333 }, LargestRemainder.Share(3_500_000, new[] { 4m, 1m, 1m }));
    }

    [Fact]
    public void LargestRemainderWinsOverEarlierPosition()
    {
        // 10 × 1/3, 2/3: floors 3, 6; remainders 1/3, 2/3: the second gets the tick.
        Assert.Equal(new long[] { 3, 7 }, LargestRemainder.Share(10, new[] { 1m, 2m }));
    }

    [Fact]
    public void DecimalWeightsAreScaledExactly()
    {
        // 0.1 : 0.25 : 0.65 of 7 ticks: 0.7, 1.75, 4.55 → floors 0, 1, 4; two ticks left to remainders .75 and .7.
        Assert.Equal(new long[] { 1, 2, 4 }, LargestRemainder.Share(7, new[] { 0.1m, 0.25m, 0.65m }));
    }

    [Fact]
    public void SharesAlwaysAddUpToTheTotal()
    {
        var weights = new[] { 3m, 7m, 11m, 13m, 0.5m, 1_000_000_000m };
        foreach (var total in new long[] { 0, 1, 17, 999_999, 100_000_000, 1_000_000_000_000_000 })
        {
            Assert.Equal(total, LargestRemainder.Share(total, weights).Sum());
        }
    }
}
