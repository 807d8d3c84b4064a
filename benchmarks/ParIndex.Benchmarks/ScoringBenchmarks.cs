using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using ParIndex.Assessments;
using ParIndex.Benchmarks.Shared;
using ParIndex.Scoring;

namespace ParIndex.Benchmarks;

/// <summary>
/// Scores a whole round (self-assessments, two appraisal rounds touching ~10 % of cells, survey,
/// deduction and bonus caps) from an input built once: the library's column-wise scorer against
/// the naive tree walk with dictionaries and decimal.
/// </summary>
[Config(typeof(BenchConfig))]
public class ScoringBenchmarks
{
    private AssessmentInput input = null!;
    private SyntheticRound round = null!;
    private List<NaiveUnit> naive = null!;

    /// <summary>The sizes: a province round and a national round.</summary>
    public static IEnumerable<Scale> Scales => new[] { Scale.Province, Scale.National };

    /// <summary>The size benchmarked.</summary>
    [ParamsSource(nameof(Scales))]
    public Scale Size { get; set; } = Scale.Province;

    /// <summary>Builds the input once (not timed).</summary>
    [GlobalSetup]
    public void Setup()
    {
        round = Size.Round();
        input = round.BuildInput();
        naive = NaiveScorer.Prepare(round);
    }

    /// <summary>The straightforward way: per unit, walk the tree, look values up by code, decimal.</summary>
    [Benchmark(Baseline = true)]
    public List<NaiveResult> Naive() => NaiveScorer.Score(round.Set, naive);

    /// <summary>The library: <see cref="Scorer.Score"/>.</summary>
    [Benchmark]
    public ScoreSheet Scorer() => ParIndex.Scoring.Scorer.Score(input);
}
