using System;
using System.Linq;
using System.Threading;
using ParIndex.Scenarios;
using static ParIndex.Tests.Scenarios.ScenarioFixtures;
using ParIndex.IO;

namespace ParIndex.Tests.Scenarios;

public class UncertaintyAnalysisTests
{
    private const string Three = ThreeAreas;

    private const string TwoAreas = @"format: 1
id: t2
name: Two areas
level: district
max: 100
bands:
  - { name: A, min: 50 }
  - { name: B, min: 0 }
areas:
  - { code: A, name: Alpha, max: 50, rule: { kind: points } }
  - { code: B, name: Beta, max: 50, rule: { kind: points } }
";

    [Fact]
    public void ThreeExplicitSamplesGiveHandCheckedRankStatistics()
    {
        var sheet = Sheet(Set(TwoAreas), ("U1", new[] { 40m, 10m }), ("U2", new[] { 10m, 35m }), ("U3", new[] { 25m, 22m }), ("U4", new[] { 20m, 20m }));

        // Run 1 nominal (50 | 45 | 47 | 40); run 2 A:B = 3:1 (65 | 32.5 | 48.5 | 40); run 3 A:B = 1:3 (35 | 57.5 | 45.5 | 40).
        var samples = new WeightSamples(new[] { "A", "B" }, new[] { new[] { 1.0, 1.0 }, new[] { 3.0, 1.0 }, new[] { 1.0, 3.0 } });
        var result = UncertaintyAnalysis.Run(sheet, new UncertaintyOptions { Samples = samples, Top = 1 });

        Assert.Equal(3, result.Runs);
        Assert.Equal(3, result.TotalRuns);
        Assert.Equal(new[] { "U1", "U3", "U2", "U4" }, result.Units.Select(u => u.Score.Id));
        var byId = result.Units.ToDictionary(u => u.Score.Id);

        // U1 ranks 1, 1, 4; U2 3, 4, 1; U3 2, 2, 2; U4 4, 3, 3. Quantiles: R type 7, h = (n − 1)p.
        Assert.Equal((1, 2.0, 1.0, 1.0, 3.7), Stats(byId["U1"]));
        Assert.Equal((3, Math.Round(8.0 / 3, 12), 3.0, 1.2, 3.9), Stats(byId["U2"]));
        Assert.Equal((2, 2.0, 2.0, 2.0, 2.0), Stats(byId["U3"]));
        Assert.Equal((4, Math.Round(10.0 / 3, 12), 3.0, 3.0, 3.9), Stats(byId["U4"]));

        Assert.Equal(new[] { 2.0 / 3, 1.0 / 3, 0, 0 }, new[] { "U1", "U2", "U3", "U4" }.Select(id => byId[id].TopProbability));
        Assert.Equal(new double?[] { 2.0 / 3, 2.0 / 3, 1, 1 }, new[] { "U1", "U2", "U3", "U4" }.Select(id => byId[id].BandKept));
        Assert.Equal("A", byId["U1"].NominalBand!.Name);
    }

    private static (int, double, double, double, double) Stats(UnitUncertainty u) =>
        (u.NominalRank, Math.Round(u.MeanRank, 12), u.MedianRank, Math.Round(u.Percentile5Rank, 12), Math.Round(u.Percentile95Rank, 12));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void SameSeedGivesIdenticalResultsWithOneAndTwoThreads(bool dirichlet)
    {
        var sheet = ShippedExample();
        var perturbation = dirichlet ? WeightPerturbation.Dirichlet(50) : WeightPerturbation.Noise(0.25);
        string Run(int threads)
        {
            var r = UncertaintyAnalysis.Run(sheet, new UncertaintyOptions { Runs = 300, Seed = 42, Perturbation = perturbation, Sensitivity = true, MaxThreads = threads });
            return string.Join(";", r.Units.Select(u => $"{u.Score.Id},{u.MeanRank:R},{u.MedianRank:R},{u.Percentile5Rank:R},{u.Percentile95Rank:R},{u.BandKept:R},{u.TopProbability:R}"))
                + "|" + string.Join(";", r.Sensitivity!.Select(s => $"{s.Node.Code},{s.FirstOrder:R},{s.Total:R}"));
        }

        var one = Run(1);
        Assert.Equal(one, Run(2));
        Assert.Equal(one, Run(2));
    }

    [Fact]
    public void SensitivityRunsStatisticsMatchThePlainRunsWithTheSameSeed()
    {
        var sheet = ShippedExample();
        var plain = UncertaintyAnalysis.Run(sheet, new UncertaintyOptions { Runs = 200, Seed = 7 });
        var withSensitivity = UncertaintyAnalysis.Run(sheet, new UncertaintyOptions { Runs = 200, Seed = 7, Sensitivity = true });

        Assert.Equal(plain.Units.Select(u => u.MeanRank), withSensitivity.Units.Select(u => u.MeanRank));
        Assert.Equal(200L * (9 + 2), withSensitivity.TotalRuns);
        Assert.Equal(9, withSensitivity.Sensitivity!.Count);
    }

    [Fact]
    public void AreaWhereEveryUnitScoresTheSameHasNoInfluence()
    {
        const string yaml = @"format: 1
id: z
name: Zero influence
level: district
max: 100
precision: 6
areas:
  - { code: ""1"", name: One, max: 40, rule: { kind: points } }
  - { code: ""2"", name: Two, max: 40, rule: { kind: points } }
  - { code: ""3"", name: Flat, max: 20, rule: { kind: points } }
";
        var units = Enumerable.Range(0, 12).Select(i => ($"U{i:00}", new[] { (decimal)(4 + (3 * i)), (decimal)(38 - (3 * i) + (i % 3)), 12m })).ToArray();
        var result = UncertaintyAnalysis.Run(Sheet(Set(yaml), units), new UncertaintyOptions { Runs = 2000, Seed = 3, Sensitivity = true });

        var s = result.Sensitivity!.ToDictionary(x => x.Node.Code);
        Assert.InRange(s["3"].FirstOrder, -0.01, 0.01);
        Assert.InRange(s["3"].Total, 0, 0.01);
        Assert.True(s["1"].Total > 0.2, $"ST_1 = {s["1"].Total}");
        Assert.True(s["2"].Total > 0.2, $"ST_2 = {s["2"].Total}");
    }

    [Fact]
    public void WeightsFileMustNameEveryPerturbedNode()
    {
        var sheet = Sheet(Set(TwoAreas), ("U1", new[] { 40m, 10m }));
        var ex = Assert.Throws<ParIndexException>(() => UncertaintyAnalysis.Run(sheet, new UncertaintyOptions { Samples = new WeightSamples(new[] { "A", "Z" }, new[] { new[] { 1.0, 1.0 } }) }));
        Assert.Equal(
            new[] { "the weights file has a column 'Z', which is not a code in the criteria set 't2'", "the weights file has no column for 'B'" },
            ex.Diagnostics.Select(d => d.Message));
    }

    [Fact]
    public void WeightsFileColumnsThatDoNotFitAreReportedAtTheirHeaderCells()
    {
        var sheet = Sheet(Set(Three), ("U1", new[] { 10m, 10m, 20m, 20m, 0m }));
        var errors = WeightsFileErrors(sheet, "run,1,Z,1.1\n1,1,1,1\n", out var path);
        Assert.Equal(
            new[]
            {
                $"{path}:1:3: the weights file has a column 'Z', which is not a code in the criteria set 't3'",
                $"{path}:1:4: the weights file has a column '1.1', which is not a node perturbed at level 0",
                $"{path}:1:1: the weights file has no column for '2'",
                $"{path}:1:1: the weights file has no column for '3'",
            },
            errors);
    }

    [Fact]
    public void WeightsFileRunWhoseWeightsAreAllZeroIsReportedAtItsFirstWeight()
    {
        var sheet = Sheet(Set(TwoAreas), ("U1", new[] { 40m, 10m }));
        var errors = WeightsFileErrors(sheet, "run,A,B\n1,1,2\n2,0,0\n3,0,1\n", out var path);
        Assert.Equal(new[] { $"{path}:3:2: run 2: every weight of the areas is zero" }, errors);
    }

    [Fact]
    public void WeightsFileRunWhoseWeightsUnderOneParentAreAllZeroNamesTheParent()
    {
        var sheet = Sheet(Set(Three), ("U1", new[] { 10m, 10m, 20m, 20m, 0m }));
        var errors = WeightsFileErrors(sheet, "1.2,1.1\n0,0\n", out var path, level: 1);
        Assert.Equal(new[] { $"{path}:2:1: run 1: every weight of the children of '1' is zero" }, errors);
    }

    private static string[] WeightsFileErrors(ParIndex.Scoring.ScoreSheet sheet, string csv, out string path, int level = 0)
    {
        path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"parindex-weights-{Guid.NewGuid():N}.csv");
        System.IO.File.WriteAllText(path, csv);
        try
        {
            var samples = WeightSamplesReader.Load(path);
            return Assert.Throws<ParIndexException>(() => UncertaintyAnalysis.Run(sheet, new UncertaintyOptions { Samples = samples, Level = level }))
                .Diagnostics.Select(d => d.ToString()).ToArray();
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    [Fact]
    public void WeightSamplesReadFromAStreamTakeADecimalCommaLikeEveryOtherInput()
    {
        using var stream = new System.IO.MemoryStream(System.Text.Encoding.UTF8.GetBytes("run;1;2\n1;\"0,5\";1,25\n2;1e-04;2\n"));
        var samples = WeightSamplesReader.Load(stream, "w.csv");
        Assert.Equal(new[] { "1", "2" }, samples.Codes);
        Assert.Equal(new[] { 0.5, 1.25, 0.0001, 2.0 }, samples.Rows.SelectMany(r => r));
    }

    [Fact]
    public void CancellationStopsTheRun()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => UncertaintyAnalysis.Run(ShippedExample(), new UncertaintyOptions { Runs = 1000 }, null, cts.Token));
    }

    [Fact]
    public void QuantileIsRType7()
    {
        // Ranks 1, 2, 2, 5: quantile(c(1,2,2,5), c(.05,.5,.95)) = 1.15, 2, 4.55.
        var hist = new[] { 1, 2, 0, 0, 1 };
        Assert.Equal(1.15, RankStats.Quantile(hist, 4, 0.05), 12);
        Assert.Equal(2.0, RankStats.Quantile(hist, 4, 0.5), 12);
        Assert.Equal(4.55, RankStats.Quantile(hist, 4, 0.95), 12);
    }
}

public class UncertaintyRankingTests
{
    [Fact]
    public void CountingAndSortingRankPassesGiveTheSameCompetitionRanks()
    {
        var keys = new long[] { 9050, 8800, 9050, 10000, 7000, 8800, 8800, 0 };
        var counted = new int[keys.Length];
        var sorted = new int[keys.Length];
        UncertaintyModel.RankKeys(keys, new long[keys.Length], counted, new int[20000]);
        UncertaintyModel.RankKeys(keys, new long[keys.Length], sorted, new int[10]);

        Assert.Equal(new[] { 2, 4, 2, 1, 7, 4, 4, 8 }, counted);
        Assert.Equal(counted, sorted);
    }
}
