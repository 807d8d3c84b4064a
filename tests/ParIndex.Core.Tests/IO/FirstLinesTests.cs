using ParIndex.IO;
using Xunit;

namespace ParIndex.Tests.IO;

public class FirstLinesTests
{
    [Fact]
    public void APairReadBefore_GivesItsFirstLine_BeforeAndAfterTheLinesAreIndexed()
    {
        var lines = new FirstLines(unitCount: 3000, leafCount: 7);
        var line = 1;
        for (var unit = 0; unit < 3000; unit++)
        {
            for (var leaf = 0; leaf < 7; leaf += 2)
            {
                lines.Add(FirstLines.Key(unit, leaf), ++line);
            }
        }

        // 12,000 pairs: three chunks of reading order, then the index built on the first repeat.
        Assert.False(lines.Contains(FirstLines.Key(5, 1)));
        Assert.False(lines.TryGetFirst(FirstLines.Key(2999, 6 - 1), out _));
        Assert.True(lines.TryGetFirst(FirstLines.Key(2999, 6), out var last));
        Assert.Equal(12_001, last);

        // Pairs added after the index was built are found too.
        lines.Add(FirstLines.Key(7, 3), 50_000);
        Assert.True(lines.TryGetFirst(FirstLines.Key(7, 3), out var added));
        Assert.Equal(50_000, added);
        Assert.True(lines.TryGetFirst(FirstLines.Key(0, 0), out var first));
        Assert.Equal(2, first);
    }

    [Fact]
    public void AUnitAddedAfterTheTableWasOpened_IsCoveredToo()
    {
        var lines = new FirstLines(unitCount: 1, leafCount: 200);

        lines.Add(FirstLines.Key(40, 199), 9);

        Assert.True(lines.Contains(FirstLines.Key(40, 199)));
        Assert.False(lines.Contains(FirstLines.Key(41, 0)));
        Assert.True(lines.TryGetFirst(FirstLines.Key(40, 199), out var line));
        Assert.Equal(9, line);
    }
}
