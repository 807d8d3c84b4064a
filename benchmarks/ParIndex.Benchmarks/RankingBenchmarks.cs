using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using ParIndex.Benchmarks.Shared;
using ParIndex.Ranking;
using ParIndex.Scoring;

namespace ParIndex.Benchmarks;

/// <summary>Ranks 10,000 scored units in three groups (many share a reported index, so ties are common).</summary>
[Config(typeof(BenchConfig))]
public class RankingBenchmarks
{
    private ScoreSheet sheet = null!;
    private SyntheticRound round = null!;
    private List<NaiveResult> naive = null!;

    /// <summary>Scores once (not timed).</summary>
    [GlobalSetup]
    public void Setup()
    {
        round = new Scale(10_000, 100).Round();
        sheet = Scorer.Score(round.BuildInput());
        naive = NaiveScorer.Score(round.Set, NaiveScorer.Prepare(round));
    }

    /// <summary>LINQ sort on decimal indices with competition ranks.</summary>
    [Benchmark(Baseline = true)]
    public List<(NaiveResult Result, int Rank)> Naive() => NaiveScorer.Rank(round.Set, naive);

    /// <summary>The library: <see cref="Ranker.Rank"/>.</summary>
    [Benchmark]
    public RankingResult Ranker() => ParIndex.Ranking.Ranker.Rank(sheet);
}
