using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ParIndex.Criteria;
using ParIndex.Internal;
using ParIndex.Ranking;
using ParIndex.Scenarios;
using ParIndex.Scoring;

namespace ParIndex.Survey;

/// <summary>One survey bootstrap: respondents resampled within unit and group, the survey leaves rescored, every run ranked.</summary>
internal sealed class SurveyBootstrapModel
{
    private readonly ScoreSheet sheet;
    private readonly SurveyBootstrapOptions options;
    private readonly CompiledSurvey model;
    private readonly CompiledCriteria compiled;
    private readonly int units;
    private readonly int runs;
    private readonly int leaves;
    private readonly BootstrapPools.Pool?[][] samples;   // [unit][group]: what is drawn from
    private readonly int[][] draws;       // [unit][group]: how many are drawn
    private readonly long[] basePoints;   // [unit × leaves]
    private readonly long[] baseCells;    // [unit × leaves]
    private readonly long[] fixedTicks;
    private readonly long[] maxTicks;
    private readonly long scale;          // 100 × 10^precision
    private readonly long pow;
    private readonly int[] nominalRank;   // the official rank
    private readonly BootstrapRunRanking ranking;
    private readonly UncertaintyModel? weights;
    private readonly int[] leafNode;      // perturbed node index containing each survey leaf, or −1
    private readonly IReadOnlyList<string> borrowed;

    public SurveyBootstrapModel(ScoreSheet sheet, SurveyResponses responses, SurveyBootstrapOptions options)
    {
        this.sheet = sheet;
        this.options = options;
        var set = sheet.CriteriaSet;
        compiled = set.Compiled;
        model = new CompiledSurvey(responses.Definition, set);
        units = sheet.UnitCount;
        runs = options.Runs;
        if (runs < 1)
        {
            throw new ParIndexException(null, SurveyMessage.Of(nameof(SurveyText.BootstrapRuns), runs));
        }

        if ((long)runs * units * (options.Weights is null ? 1 : 2) > UncertaintyAnalysis.MaxRankCells)
        {
            throw new ParIndexException(null, SurveyMessage.Of(nameof(SurveyText.BootstrapTooMany), Count(runs), Count(units), Count(UncertaintyAnalysis.MaxRankCells)));
        }

        leaves = model.LeafOrdinals.Length;
        foreach (var leaf in model.LeafOrdinals)
        {
            if (compiled.NodeBlock[compiled.LeafNode[leaf]] != NodeBlock.None)
            {
                throw new ParIndexException(null, SurveyMessage.Of(nameof(SurveyText.BootstrapSurveyInBlock), compiled.LeafDefinition(leaf).Code));
            }
        }

        var byId = responses.Samples.ToDictionary(s => s.UnitId, StringComparer.Ordinal);
        var unitSamples = new UnitSample[units];
        var problems = new List<Diagnostic>();
        for (var u = 0; u < units; u++)
        {
            var id = sheet.Input.Units[u].Id;
            if (!byId.TryGetValue(id, out var sample))
            {
                problems.Add(new Diagnostic(null, SurveyMessage.Of(nameof(SurveyText.BootstrapUnitWithoutAnswers), id)));
                continue;
            }

            unitSamples[u] = sample;
        }

        if (problems.Count > 0)
        {
            throw new ParIndexException(problems);
        }

        var pools = BootstrapPools.Build(model, unitSamples, responses.Definition);
        samples = pools.Samples;
        draws = pools.Draws;
        borrowed = pools.Borrowed;

        // Baseline: the observed values and points of the survey leaves; everything else is fixed.
        basePoints = new long[units * leaves];
        baseCells = new long[units * leaves];
        fixedTicks = new long[units];
        maxTicks = new long[units];
        var sums = new long[model.SlotCount];
        var counts2 = new int[model.SlotCount];
        for (var u = 0; u < units; u++)
        {
            model.Tally(unitSamples[u], sums, counts2);
            var totals = sheet.Totals(u);
            var rest = totals.Points;
            for (var l = 0; l < leaves; l++)
            {
                var leaf = model.LeafOrdinals[l];
                var points = sheet.FinalTicks(compiled.LeafNode[leaf], u);
                basePoints[(u * leaves) + l] = points;
                baseCells[(u * leaves) + l] = model.TryLeafTicks(l, sums, counts2, out var cell) ? cell : CompiledCriteria.NotApplicableCell;
                rest -= points;
            }

            fixedTicks[u] = rest;
            maxTicks[u] = totals.Max;
        }

        pow = 1;
        for (var i = 0; i < set.Precision; i++)
        {
            pow *= 10;
        }

        scale = 100 * pow;
        // The nominal run is the official ranking (one overall ranking); every run is ranked by the same rule.
        nominalRank = new int[units];
        foreach (var ranked in Ranker.Rank(sheet, new RankingOptions { RankWithinGroups = false }).Units)
        {
            nominalRank[ranked.Score.Ordinal] = ranked.Rank;
        }

        ranking = new BootstrapRunRanking(sheet, model.LeafOrdinals.Select(l => compiled.LeafNode[l]).ToArray());

        leafNode = new int[leaves];
        if (options.Weights is { } w0)
        {
            var weightOptions = new UncertaintyOptions { Level = w0.Level, Perturbation = w0.Perturbation, Top = 1, Runs = runs, Seed = options.Seed };
            weights = UncertaintyModel.Create(sheet, weightOptions);
            var perturbed = weights.PerturbedNodes;
            for (var l = 0; l < leaves; l++)
            {
                var node = compiled.LeafNode[model.LeafOrdinals[l]];
                while (node >= 0 && Array.IndexOf(perturbed, node) < 0)
                {
                    node = compiled.Parent[node];
                }

                leafNode[l] = node < 0 ? -1 : Array.IndexOf(perturbed, node);
            }
        }
    }

    public SurveyBootstrapResult Run(IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var chunks = (runs + SurveyBootstrap.ChunkSize - 1) / SurveyBootstrap.ChunkSize;
        var surveyRanks = new ushort[(long)runs * units];
        var indexKeys = new long[(long)runs * units];
        var combinedRanks = weights is null ? null : new ushort[(long)runs * units];
        var done = 0;
        var parallel = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = options.MaxThreads > 0 ? options.MaxThreads : Environment.ProcessorCount,
        };

        Parallel.For(0, chunks, parallel, () => new Worker(this), (chunk, _, w) =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            var resample = new Xoshiro256(options.Seed, chunk, 2);
            var weightRng = new Xoshiro256(options.Seed, chunk, 0);
            var first = chunk * SurveyBootstrap.ChunkSize;
            var last = Math.Min(runs, first + SurveyBootstrap.ChunkSize);
            for (var run = first; run < last; run++)
            {
                if (weights is not null)
                {
                    weights.DrawFactors(ref weightRng, w.Raw, w.GroupSums, w.Factor);
                }

                for (var u = 0; u < units; u++)
                {
                    Resample(u, ref resample, w);
                }

                Rank(w, w.Keys, w.RunPoints, surveyRanks, run);
                Array.Copy(w.Keys, 0, indexKeys, (long)run * units, units);
                if (combinedRanks is not null)
                {
                    Rank(w, w.CombinedKeys, null, combinedRanks, run);
                }
            }

            if (progress is not null)
            {
                progress.Report((double)Interlocked.Increment(ref done) / chunks);
            }

            return w;
        }, _ => { });

        var results = new UnitBootstrap[units];
        var hist = new int[units];
        var values = new long[runs];
        for (var u = 0; u < units; u++)
        {
            var survey = Summary(surveyRanks, u, hist);
            var combined = combinedRanks is null ? null : Summary(combinedRanks, u, hist);
            for (var r = 0; r < runs; r++)
            {
                values[r] = indexKeys[((long)r * units) + u];
            }

            Array.Sort(values);
            results[u] = new UnitBootstrap(sheet.Units[u], nominalRank[u], survey, Quantile(values, 0.05), Quantile(values, 0.95), combined);
        }

        var ordered = results.OrderBy(r => r.NominalRank).ThenBy(r => r.Score.Id, StringComparer.Ordinal).ToArray();
        return new SurveyBootstrapResult(sheet, options, runs, ordered, borrowed);
    }

    private void Resample(int u, ref Xoshiro256 rng, Worker w)
    {
        var sums = w.Sums;
        var counts = w.Counts;
        Array.Clear(sums, 0, sums.Length);
        Array.Clear(counts, 0, counts.Length);
        var unitSamples = samples[u];
        for (var g = 0; g < unitSamples.Length; g++)
        {
            if (unitSamples[g] is not { } pool)
            {
                continue;
            }

            var slots = model.GroupSlots[g];
            var k = slots.Length;
            var n = draws[u][g];
            var weightRows = pool.Weights;
            var countedRows = pool.Counted;
            for (var i = 0; i < n; i++)
            {
                var row = SurveyBootstrap.NextInt(ref rng, pool.Count) * k;
                for (var j = 0; j < k; j++)
                {
                    sums[slots[j]] += weightRows[row + j];
                    counts[slots[j]] += countedRows[row + j];
                }
            }
        }

        var points = fixedTicks[u];
        long fixedDelta = 0;
        if (weights is not null)
        {
            Array.Clear(w.NodeDelta, 0, w.NodeDelta.Length);
        }

        for (var l = 0; l < leaves; l++)
        {
            var leaf = model.LeafOrdinals[l];
            var cell = model.TryLeafTicks(l, sums, counts, out var ticks) ? ticks : baseCells[(u * leaves) + l];
            compiled.Score(leaf, cell, out var leafPoints, out _);
            points += leafPoints;
            var delta = leafPoints - basePoints[(u * leaves) + l];
            w.LeafDelta[l] = delta;
            if (weights is not null)
            {
                if (leafNode[l] < 0)
                {
                    fixedDelta += delta;
                }
                else
                {
                    w.NodeDelta[leafNode[l]] += delta;
                }
            }
        }

        w.Keys[u] = maxTicks[u] > 0 ? FixedMath.MulDivRound(points, scale, maxTicks[u]) : 0;
        w.RunPoints[u] = points;
        ranking.SetValues(u, w.LeafDelta, w.TieValues);
        if (weights is not null)
        {
            w.CombinedKeys[u] = weights.Key(u, w.Factor, fixedDelta, w.NodeDelta);
        }
    }

    /// <summary>Ranks a run: the survey-only run by its exact points under <c>ranking: exact</c>; the combined run (weights drawn in double precision) on its rounded index.</summary>
    private void Rank(Worker w, long[] keys, long[]? points, ushort[] into, int run)
    {
        if (ranking.NeedsFullOrder)
        {
            ranking.Rank(keys, points, maxTicks, w.TieValues, w.Order, w.RankInts);
        }
        else
        {
            UncertaintyModel.RankKeys(keys, w.Packed, w.RankInts, w.RankCounts);
        }

        var offset = (long)run * units;
        for (var u = 0; u < units; u++)
        {
            into[offset + u] = (ushort)w.RankInts[u];
        }
    }

    private RankSummary Summary(ushort[] ranks, int u, int[] hist)
    {
        Array.Clear(hist, 0, hist.Length);
        for (long r = 0; r < runs; r++)
        {
            hist[ranks[(r * units) + u] - 1]++;
        }

        var stats = RankStats.From(hist, runs, 1);
        return new RankSummary(stats.Mean, stats.Median, stats.P05, stats.P95);
    }

    /// <summary>R's type-7 quantile of sorted index keys, as a reported index.</summary>
    private decimal Quantile(long[] sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        var value = sorted[lo] + ((decimal)(h - lo) * (sorted[hi] - sorted[lo]));
        return decimal.Round(value / pow, 6, MidpointRounding.AwayFromZero);
    }

    private static string Count(long n) => n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    private sealed class Worker
    {
        public Worker(SurveyBootstrapModel m)
        {
            Sums = new long[m.model.SlotCount];
            Counts = new int[m.model.SlotCount];
            Keys = new long[m.units];
            CombinedKeys = new long[m.units];
            Packed = new long[m.units];
            RankInts = new int[m.units];
            RankCounts = new int[Math.Max(1 << 14, 8 * m.units)];
            var d = m.weights?.PerturbedNodes.Length ?? 0;
            Raw = new double[d];
            Factor = new double[d];
            GroupSums = new double[m.weights?.GroupCount ?? 0];
            NodeDelta = new long[d];
            RunPoints = new long[m.units];
            LeafDelta = new long[m.leaves];
            TieValues = new long[m.units * m.ranking.TieBreakerCount];
            Order = new int[m.units];
        }

        public long[] RunPoints { get; }

        public long[] LeafDelta { get; }

        public long[] TieValues { get; }

        public int[] Order { get; }

        public long[] Sums { get; }

        public int[] Counts { get; }

        public long[] Keys { get; }

        public long[] CombinedKeys { get; }

        public long[] Packed { get; }

        public int[] RankInts { get; }

        public int[] RankCounts { get; }

        public double[] Raw { get; }

        public double[] Factor { get; }

        public double[] GroupSums { get; }

        public long[] NodeDelta { get; }
    }
}
