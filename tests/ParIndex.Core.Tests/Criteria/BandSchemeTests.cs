using System;
using System.Linq;
using ParIndex.Criteria;

namespace ParIndex.Tests.Criteria;

public class BandSchemeTests
{
    private static BandScheme Ministry() => new(new[] { new Band("C", 70), new Band("A", 90), new Band("B", 80) });

    [Fact]
    public void Bands_AreOrderedHighestMinimumFirst()
    {
        Assert.Equal("A|B|C", string.Join("|", Ministry().Bands.Select(b => b.Name)));
    }

    [Theory]
    [InlineData(100, "A")]
    [InlineData(90, "A")]
    [InlineData(89.99, "B")]
    [InlineData(80, "B")]
    [InlineData(70, "C")]
    public void Classify_GivesTheHighestBandWhoseInclusiveMinimumIsReached(double index, string band)
    {
        Assert.Equal(band, Ministry().Classify((decimal)index)!.Name);
    }

    [Fact]
    public void Classify_BelowEveryBand_GivesNull()
    {
        Assert.Null(Ministry().Classify(69.99m));
        Assert.Null(BandScheme.None.Classify(100));
    }

    [Theory]
    [InlineData(95, null)]
    [InlineData(85, "A")]
    [InlineData(70, "B")]
    [InlineData(10, "C")]
    public void NextAbove_GivesTheBandAboveTheOneTheIndexFallsIn(double index, string? next)
    {
        Assert.Equal(next, Ministry().NextAbove((decimal)index)?.Name);
    }

    [Fact]
    public void None_HasNoBands()
    {
        Assert.Empty(BandScheme.None.Bands);
        Assert.Null(BandScheme.None.NextAbove(50));
    }

    [Fact]
    public void TwoBandsWithTheSameMinimum_AreRefused()
    {
        var ex = Assert.Throws<ArgumentException>(() => new BandScheme(new[] { new Band("A", 90), new Band("B", 90) }));

        Assert.StartsWith("Bands 'A' and 'B' have the same minimum 90.", ex.Message);
    }

    [Fact]
    public void Band_NeedsAName_AndPrintsItsMinimum()
    {
        Assert.Throws<ArgumentException>(() => new Band(" ", 1));
        Assert.Equal("Tốt ≥ 90", new Band("Tốt", 90).ToString());
    }

    [Fact]
    public void BandText_IsTheSameUnderEveryCulture() =>
        Assert.Equal(new[] { "Khá ≥ 87.5", "Khá ≥ 87.5", "Khá ≥ 87.5", "Khá ≥ 87.5" }, ParIndex.Tests.ScoringFixture.UnderEachCulture(() => new Band("Khá", 87.5m).ToString()));

    [Fact]
    public void ScenarioChangeText_IsTheSameUnderEveryCulture() =>
        Assert.Equal(
            new[] { "1.2: max 2.5 | 1.3: weight 0.75", "1.2: max 2.5 | 1.3: weight 0.75", "1.2: max 2.5 | 1.3: weight 0.75", "1.2: max 2.5 | 1.3: weight 0.75" },
            ParIndex.Tests.ScoringFixture.UnderEachCulture(() => $"{ParIndex.Scenarios.ScenarioChange.SetMax("1.2", Points.FromDecimal(2.5m))} | {ParIndex.Scenarios.ScenarioChange.SetWeight("1.3", 0.75m, null)}"));
}
