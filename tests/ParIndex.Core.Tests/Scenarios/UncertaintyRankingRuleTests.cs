using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using ParIndex.Ranking;
using ParIndex.Scenarios;
using static ParIndex.Tests.Scenarios.ScenarioFixtures;
using ParIndex.IO;

namespace ParIndex.Tests.Scenarios;

/// <summary>docs/scenarios.md: every uncertainty run is ranked by the set's own ranking rule and tie-breakers; the nominal rank is the official rank.</summary>
public class UncertaintyRankingRuleTests
{
    private static string TwoAreas(string settings) => "format: 1\nid: t\nname: T\nlevel: district\nmax: 100\n" + settings + "areas:\n  - { code: A, name: Alpha, max: 50, rule: { kind: points } }\n  - { code: B, name: Beta, max: 50, rule: { kind: points } }\n";

    [Fact]
    public void UnderRankingExactEachRunRanksTheExactIndices_NotTheIndicesRoundedToThePrecision()
    {
        // precision 0: every unit prints 81 (a rounded ranking ties them all); ranking: exact tells them apart.
        var sheet = Sheet(Set(TwoAreas("precision: 0\nranking: exact\n")), ("A", new[] { 40.2m, 40.0m }), ("B", new[] { 40.0m, 40.4m }), ("C", new[] { 40.3m, 40.3m }));
        Assert.Equal(new[] { ("C", 1), ("B", 2), ("A", 3) }, Ranker.Rank(sheet).Units.Select(u => (u.Id, u.Rank)));

        // Nominal weights: 80.6 | 80.4 | 80.2. A:B = 3:1 (factors 1.5, 0.5): A 80.3, B 80.2, C 80.6.
        Assert.Equal(new Dictionary<string, int> { ["A"] = 3, ["B"] = 2, ["C"] = 1 }, RunRanks(sheet, 1.0, 1.0));
        Assert.Equal(new Dictionary<string, int> { ["A"] = 2, ["B"] = 3, ["C"] = 1 }, RunRanks(sheet, 3.0, 1.0));
        var result = UncertaintyAnalysis.Run(sheet, new UncertaintyOptions { Samples = new WeightSamples(new[] { "A", "B" }, new[] { new[] { 1.0, 1.0 }, new[] { 3.0, 1.0 } }) });
        Assert.Equal(new[] { ("C", 1, 1.0), ("B", 2, 2.5), ("A", 3, 2.5) }, result.Units.Select(u => (u.Score.Id, u.NominalRank, u.MeanRank)));
    }

    [Fact]
    public void TieBreakersSplitTiesInEveryRun_SoTheNominalRankIsTheOfficialRank()
    {
        var sheet = Sheet(Set(TwoAreas("precision: 0\ntie_breakers: [unit_id]\n")), ("B", new[] { 40.2m, 40.0m }), ("A", new[] { 40.0m, 40.4m }), ("C", new[] { 30m, 30m }));
        var official = Ranker.Rank(sheet).Units.ToDictionary(u => u.Id, u => u.Rank);
        Assert.Equal(new Dictionary<string, int> { ["A"] = 1, ["B"] = 2, ["C"] = 3 }, official);

        var result = UncertaintyAnalysis.Run(sheet, new UncertaintyOptions { Runs = 200, Seed = 7 });
        Assert.Equal(official, result.Units.ToDictionary(u => u.Score.Id, u => u.NominalRank));
        Assert.Equal(new Dictionary<string, int> { ["A"] = 1, ["B"] = 2, ["C"] = 3 }, RunRanks(sheet, 1.0, 1.0));
    }

    [Theory]
    [InlineData("ranking: reported\n", 2)]
    [InlineData("ranking: reported\n", 4)]
    [InlineData("ranking: exact\n", 2)]
    public void ARunWithNominalWeightsReproducesTheOfficialRanksEvenAtRoundingMidpoints(string ranking, int precision)
    {
        // Indices at (or a tick beside) the rounding midpoints of the precision: a double computation rounds some of them the wrong way.
        var set = Set("format: 1\nid: t\nname: T\nlevel: district\nmax: 100\nprecision: " + precision + "\n" + ranking + "areas:\n  - { code: A, name: Alpha, max: 30, rule: { kind: points } }\n  - { code: B, name: Beta, max: 70, rule: { kind: points } }\n");
        var units = new List<(string, decimal[])>();
        var random = new Random(precision);
        for (var i = 0; i < 300; i++)
        {
            // index = (a + b) % of 100 points: a midpoint is k + 0.5 × 10^-precision, then ±1 tick.
            var step = 1m;
            for (var k = 0; k < precision; k++)
            {
                step /= 10;
            }

            var total = (random.Next(2_000, 9_999) * step / 100m * 100m) + (step / 2) + ((i % 3) - 1) * 0.000001m;
            var a = Math.Min(30m, Math.Round(total * 0.3m, 6));
            units.Add(($"U{i:000}", new[] { a, total - a }));
        }

        var sheet = Sheet(set, units.ToArray());
        var official = Ranker.Rank(sheet, new RankingOptions { RankWithinGroups = false }).Units.ToDictionary(u => u.Id, u => u.Rank);
        Assert.Equal(official, RunRanks(sheet, 30.0, 70.0));
        Assert.Equal(official, RunRanks(sheet, 0.3, 0.7));
    }

    [Fact]
    public void ExplicitSamplesFromAFileAreUsedExactlyAndTakeADecimalComma()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"parindex-w-{Guid.NewGuid():N}.csv");
        System.IO.File.WriteAllText(path, "run;A;B\n1;\"0,3\";0,1\n2;1e-04;3E-4\n");
        try
        {
            var samples = WeightSamplesReader.Load(path);
            Assert.Equal(new[] { new[] { 0.3, 0.1 }, new[] { 0.0001, 0.0003 } }, samples.Rows.Select(r => r.ToArray()));

            // A:B = 3:1 and 1:3; with ranking: exact and precision 0 the file's decimals decide: A 80.3 > B 80.2 in run 1.
            var sheet = Sheet(Set(TwoAreas("precision: 0\nranking: exact\n")), ("A", new[] { 40.2m, 40.0m }), ("B", new[] { 40.0m, 40.4m }));
            var result = UncertaintyAnalysis.Run(sheet, new UncertaintyOptions { Samples = samples });
            Assert.Equal(new[] { ("B", 1, 1.5), ("A", 2, 1.5) }, result.Units.Select(u => (u.Score.Id, u.NominalRank, u.MeanRank)));
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    /// <summary>The ranks of one run with the given weights of areas A and B.</summary>
    private static Dictionary<string, int> RunRanks(ParIndex.Scoring.ScoreSheet sheet, double a, double b)
    {
        var result = UncertaintyAnalysis.Run(sheet, new UncertaintyOptions { Samples = new WeightSamples(new[] { "A", "B" }, new[] { new[] { a, b } }) });
        return result.Units.ToDictionary(u => u.Score.Id, u => (int)u.MeanRank);
    }
}
