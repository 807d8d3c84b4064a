using System;
using ParIndex.Scenarios;

namespace ParIndex.Tests.Scenarios;

public class RankCorrelationTests
{
    // R's ?cor.test example: Hollander & Wolfe (1973), p. 187f.
    private static readonly double[] X = { 44.4, 45.9, 41.9, 53.3, 44.7, 44.1, 50.7, 45.2, 60.1 };
    private static readonly double[] Y = { 2.6, 3.1, 2.5, 5.0, 3.6, 4.0, 5.2, 2.8, 3.8 };

    [Fact]
    public void SpearmanMatchesR() => Assert.Equal(0.6, RankCorrelation.Spearman(X, Y), 12);

    [Fact]
    public void KendallMatchesR() => Assert.Equal(4.0 / 9.0, RankCorrelation.KendallTauB(X, Y), 12);

    [Fact]
    public void KendallTauBCorrectsForTiesOnBothSides()
    {
        // 4 concordant, 0 discordant, one pair tied in x only, one in y only: 4 / √(5 × 5).
        Assert.Equal(0.8, RankCorrelation.KendallTauB(new double[] { 1, 2, 2, 3 }, new double[] { 1, 2, 3, 3 }), 12);
    }

    [Fact]
    public void ReversedRankingGivesMinusOne()
    {
        var a = new double[] { 1, 2, 3, 4 };
        var b = new double[] { 4, 3, 2, 1 };
        Assert.Equal(-1.0, RankCorrelation.Spearman(a, b), 12);
        Assert.Equal(-1.0, RankCorrelation.KendallTauB(a, b), 12);
    }

    [Fact]
    public void ConstantRankingIsUndefined() => Assert.True(double.IsNaN(RankCorrelation.KendallTauB(new double[] { 1, 1, 1 }, new double[] { 1, 2, 3 })));

    [Fact]
    public void DifferentLengthsAreRefused() => Assert.Throws<ArgumentException>(() => RankCorrelation.Spearman(new double[] { 1, 2 }, new double[] { 1 }));
}
