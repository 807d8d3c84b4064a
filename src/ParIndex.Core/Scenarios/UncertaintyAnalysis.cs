using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ParIndex.Criteria;
using ParIndex.Internal;
using ParIndex.Ranking;
using ParIndex.Resources;
using ParIndex.Scoring;

namespace ParIndex.Scenarios;

/// <summary>
/// Rank uncertainty (độ bất định của thứ hạng): Monte Carlo over the weights of one tree level, and
/// optionally variance-based sensitivity indices per perturbed node.
/// </summary>
/// <remarks>
/// Nothing is re-scored per run: each unit's points and applicable maximum per perturbed node are
/// read once from the score sheet, so a run is a weighted sum and a ranking. In a run, a node whose
/// weight goes from w to w′ contributes its points and applicable maximum × w′/w; every run is ranked by the
/// set's own ranking rule (the index rounded to the precision, or exact under <c>ranking: exact</c>) and
/// tie-breakers, so the nominal rank is the official rank. Indices are computed in double precision and
/// recomputed exactly (big integers) for the units too close to a rounding midpoint, a band minimum or another
/// unit's index for double precision to decide. Runs are processed in chunks of 64, each with its own random streams derived from (seed, chunk), so the result
/// is the same for any number of threads.
/// </remarks>
public static class UncertaintyAnalysis
{
    /// <summary>The number of runs (base samples) per chunk; each chunk has its own random streams.</summary>
    internal const int ChunkSize = 64;

    /// <summary>The largest runs × units handled (ranks are kept as 16-bit numbers: 2 bytes each).</summary>
    internal const long MaxRankCells = 500_000_000;

    /// <summary>Runs the analysis.</summary>
    /// <param name="sheet">The baseline scores.</param>
    /// <param name="options">Settings; defaults when omitted.</param>
    /// <param name="progress">Receives the fraction of runs done (0 to 1), from worker threads.</param>
    /// <param name="cancellationToken">Stops the analysis; <see cref="OperationCanceledException"/> is thrown.</param>
    /// <exception cref="ParIndexException">The options do not fit the criteria set (no nodes at the level, a weights file with unknown codes, …).</exception>
    public static UncertaintyResult Run(ScoreSheet sheet, UncertaintyOptions? options = null, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        if (sheet is null)
        {
            throw new ArgumentNullException(nameof(sheet));
        }

        options ??= new UncertaintyOptions();
        var model = UncertaintyModel.Create(sheet, options);
        return model.Run(progress, cancellationToken);
    }
}

/// <summary>The precomputed model: per unit the fixed part and points/maximum per perturbed node.</summary>
internal sealed class UncertaintyModel
{
    private readonly ScoreSheet sheet;
    private readonly UncertaintyOptions options;
    private readonly int units;
    private readonly int d;
    private readonly int[] nodes;
    private readonly int[] groupOf;
    private readonly int groupCount;
    private readonly double[] nominal;     // nominal weight (max in ticks) per perturbed node
    private readonly double[] groupTotal;  // nominal total per parent group
    private readonly double[] points;      // [u × d + a]
    private readonly double[] maxima;      // [u × d + a]
    private readonly double[] fixedPoints;
    private readonly double[] fixedMax;
    private readonly double scale;         // 100 × 10^precision
    private readonly long scaleKey;        // the same, exactly
    private readonly bool exact;           // ranking: exact
    private readonly int[] tieBreakClass;  // per unit: its place under the tie-breakers alone (0 best)
    private readonly int tieBreakClasses;
    private readonly long[] exactNominal;  // nominal weight per perturbed node, ticks
    private readonly long[] exactPoints;   // [u × d + a], ticks
    private readonly long[] exactMaxima;
    private readonly long[] exactFixedPoints;
    private readonly long[] exactFixedMax;
    private readonly int[] nominalRank;
    private readonly long[][] bandThresholds; // per unit, descending; null when the set has no bands
    private readonly decimal[][] bandMinima;  // per unit, the same bands' minimum indices (for ranking: exact)
    private readonly int[] nominalBand;
    private readonly double[][]? samples;  // explicit rows mapped to perturbed node order
    private readonly decimal[][]? exactSamples; // the same rows as written in the file, when read from one
    private readonly int runs;

    private UncertaintyModel(ScoreSheet sheet, UncertaintyOptions options, int[] nodes, double[][]? samples, decimal[][]? exactSamples)
    {
        this.sheet = sheet;
        this.options = options;
        this.nodes = nodes;
        this.samples = samples;
        this.exactSamples = exactSamples;
        var c = sheet.CriteriaSet.Compiled;
        units = sheet.UnitCount;
        d = nodes.Length;
        runs = samples?.Length ?? options.Runs;
        var parents = nodes.Select(n => c.Parent[n]).Distinct().ToList();
        groupCount = parents.Count;
        groupOf = nodes.Select(n => parents.IndexOf(c.Parent[n])).ToArray();
        nominal = nodes.Select(n => (double)c.NodeMax[n]).ToArray();
        groupTotal = new double[groupCount];
        for (var a = 0; a < d; a++)
        {
            groupTotal[groupOf[a]] += nominal[a];
        }

        points = new double[units * d];
        maxima = new double[units * d];
        fixedPoints = new double[units];
        fixedMax = new double[units];
        exactNominal = nodes.Select(n => c.NodeMax[n]).ToArray();
        exactPoints = new long[units * d];
        exactMaxima = new long[units * d];
        exactFixedPoints = new long[units];
        exactFixedMax = new long[units];
        for (var u = 0; u < units; u++)
        {
            var totals = sheet.Totals(u);
            long p = totals.Points, m = totals.Max;
            for (var a = 0; a < d; a++)
            {
                var pt = sheet.FinalTicks(nodes[a], u);
                var mx = sheet.MaxTicks(nodes[a], u);
                points[(u * d) + a] = pt;
                maxima[(u * d) + a] = mx;
                exactPoints[(u * d) + a] = pt;
                exactMaxima[(u * d) + a] = mx;
                p -= pt;
                m -= mx;
            }

            fixedPoints[u] = p;
            fixedMax[u] = m;
            exactFixedPoints[u] = p;
            exactFixedMax[u] = m;
        }

        var precision = sheet.CriteriaSet.Precision;
        decimal pow = 1;
        for (var i = 0; i < precision; i++)
        {
            pow *= 10;
        }

        scale = 100.0 * (double)pow;
        scaleKey = 100L * (long)pow;
        var set = sheet.CriteriaSet;
        exact = set.ExactRanking;

        // The nominal run is the official ranking: the set's own rule and tie-breakers (one overall ranking).
        var official = Ranker.Rank(sheet, new RankingOptions { RankWithinGroups = false });
        nominalRank = new int[units];
        var officialBand = new Band?[units];
        foreach (var ranked in official.Units)
        {
            nominalRank[ranked.Score.Ordinal] = ranked.Rank;
            officialBand[ranked.Score.Ordinal] = ranked.Band;
        }

        tieBreakClass = Ranker.TieBreakClasses(sheet, exact, out tieBreakClasses);

        var anyBands = set.Bands.Bands.Count > 0 || set.GroupBands.Count > 0;
        bandThresholds = anyBands
            ? sheet.Units.Select(s => set.BandsFor(s.Group).Bands.Select(b => (long)decimal.Ceiling(b.MinIndex * pow)).ToArray()).ToArray()
            : null!;
        bandMinima = anyBands ? sheet.Units.Select(s => set.BandsFor(s.Group).Bands.Select(b => b.MinIndex).ToArray()).ToArray() : null!;
        nominalBand = new int[units];
        if (anyBands)
        {
            for (var u = 0; u < units; u++)
            {
                nominalBand[u] = officialBand[u] is { } band ? IndexOf(set.BandsFor(sheet.Units[u].Group).Bands, band) : -1;
            }
        }
    }

    private static int IndexOf(IReadOnlyList<Band> bands, Band band)
    {
        for (var b = 0; b < bands.Count; b++)
        {
            if (ReferenceEquals(bands[b], band))
            {
                return b;
            }
        }

        return -1;
    }

    public static UncertaintyModel Create(ScoreSheet sheet, UncertaintyOptions options)
    {
        var set = sheet.CriteriaSet;
        var c = set.Compiled;
        if (options.Level < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Level, "The level must be 0 (areas) or more.");
        }

        if (options.Top < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Top, "Top k must be at least 1.");
        }

        if (options.MaxThreads < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxThreads, "MaxThreads must be 0 (all cores) or more.");
        }

        if (options.Perturbation is null)
        {
            throw new ArgumentException("A perturbation is required.", nameof(options));
        }

        var nodes = Enumerable.Range(0, c.NodeCount).Where(n => set.Nodes[n].Depth == options.Level && c.NodeBlock[n] == NodeBlock.None).ToArray();
        if (nodes.Length == 0)
        {
            throw new ParIndexException(null, $"the criteria set '{set.Id}' has no nodes at level {options.Level} outside deduction and bonus blocks");
        }

        if (sheet.UnitCount > ushort.MaxValue)
        {
            throw new ParIndexException(null, FormattableString.Invariant($"rank uncertainty handles at most {ushort.MaxValue:N0} units; the round has {sheet.UnitCount:N0}"));
        }

        double[][]? samples = null;
        decimal[][]? exactSamples = null;
        if (options.Samples is { } given)
        {
            if (options.Sensitivity)
            {
                throw new ParIndexException(null, "sensitivity indices need random samples; they cannot be computed from explicit weight samples");
            }

            samples = MapSamples(set, nodes, given, options.Level, out exactSamples);
        }
        else if (options.Runs < 1)
        {
            throw new ParIndexException(null, $"the number of runs must be at least 1, not {options.Runs}");
        }

        var runs = samples?.Length ?? options.Runs;

        // Every run scores every unit; the sensitivity design has N × (d + 2) runs for d perturbed nodes.
        var totalRuns = (long)runs * (options.Sensitivity ? nodes.Length + 2 : 1);
        if (totalRuns * sheet.UnitCount > options.MaxWork)
        {
            throw new ParIndexException(null, LocalizedText.Of(nameof(Safety.Limit_Work), Count(totalRuns), Count(sheet.UnitCount), Count(totalRuns * sheet.UnitCount), Count(options.MaxWork)));
        }

        if ((long)runs * sheet.UnitCount > UncertaintyAnalysis.MaxRankCells)
        {
            throw new ParIndexException(null, FormattableString.Invariant($"{runs:N0} runs × {sheet.UnitCount:N0} units is more than the limit of {UncertaintyAnalysis.MaxRankCells:N0} ranks kept; use fewer runs"));
        }

        return new UncertaintyModel(sheet, options, nodes, samples, exactSamples);
    }

    private static string Count(long value) => value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    private static double[][] MapSamples(CriteriaSet set, int[] nodes, WeightSamples samples, int level, out decimal[][]? exactRows)
    {
        exactRows = null;
        var c = set.Compiled;
        var problems = new List<Diagnostic>();
        var column = new int[nodes.Length];
        for (var a = 0; a < nodes.Length; a++)
        {
            column[a] = -1;
        }

        for (var i = 0; i < samples.Codes.Count; i++)
        {
            var code = samples.Codes[i];
            var a = Array.FindIndex(nodes, n => set.Nodes[n].Code == code);
            if (a >= 0)
            {
                column[a] = i;
            }
            else if (!c.TryGetNode(code, out _))
            {
                problems.Add(new Diagnostic(samples.CodeLocations?[i], $"the weights file has a column '{code}', which is not a code in the criteria set '{set.Id}'"));
            }
            else
            {
                problems.Add(new Diagnostic(samples.CodeLocations?[i], $"the weights file has a column '{code}', which is not a node perturbed at level {level}"));
            }
        }

        for (var a = 0; a < nodes.Length; a++)
        {
            if (column[a] < 0)
            {
                problems.Add(new Diagnostic(samples.HeaderLocation, $"the weights file has no column for '{set.Nodes[nodes[a]].Code}'"));
            }
        }

        if (problems.Count > 0)
        {
            throw new ParIndexException(problems);
        }

        var rows = new double[samples.Rows.Count][];
        exactRows = samples.ExactRows is { } written ? new decimal[rows.Length][] : null;
        for (var r = 0; r < rows.Length; r++)
        {
            rows[r] = column.Select(i => samples.Rows[r][i]).ToArray();
            if (exactRows is not null)
            {
                exactRows[r] = column.Select(i => samples.ExactRows![r][i]).ToArray();
            }

            foreach (var group in nodes.Select((n, a) => (Parent: c.Parent[n], a)).GroupBy(t => t.Parent))
            {
                if (group.All(t => rows[r][t.a] == 0))
                {
                    // Point at the first of the zero weights in the file (the leftmost column of the group).
                    var at = samples.RowLocations is { } locs && samples.CodeLocations is { } cols
                        ? new SourceLocation(locs[r].Source, locs[r].Line, group.Min(t => cols[column[t.a]].Column))
                        : null;
                    var under = group.Key < 0 ? "the areas" : $"the children of '{set.Nodes[group.Key].Code}'";
                    problems.Add(new Diagnostic(at, $"run {r + 1}: every weight of {under} is zero"));
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new ParIndexException(problems);
        }

        return rows;
    }

    public UncertaintyResult Run(IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var sensitivity = options.Sensitivity;
        var chunks = (runs + UncertaintyAnalysis.ChunkSize - 1) / UncertaintyAnalysis.ChunkSize;
        var ranks = new ushort[(long)runs * units];
        var yA = sensitivity ? new double[runs] : null;
        var yB = sensitivity ? new double[runs] : null;
        var yAB = sensitivity ? new double[d * runs] : null;
        var kept = new int[units];
        var done = 0;
        var parallel = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = options.MaxThreads > 0 ? options.MaxThreads : Environment.ProcessorCount,
        };

        Parallel.For(
            0,
            chunks,
            parallel,
            () => new Worker(this),
            (chunk, loop, worker) =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                var rngA = new Xoshiro256(options.Seed, chunk, 0);
                var rngB = new Xoshiro256(options.Seed, chunk, 1);
                var first = chunk * UncertaintyAnalysis.ChunkSize;
                var last = Math.Min(runs, first + UncertaintyAnalysis.ChunkSize);
                for (var run = first; run < last; run++)
                {
                    if (samples is not null)
                    {
                        Array.Copy(samples[run], worker.RawA, d);
                    }
                    else
                    {
                        Draw(ref rngA, worker.RawA);
                    }

                    var rowRanks = ranks.AsSpan(run * units, units);
                    var y = Evaluate(worker, worker.RawA, exactSamples?[run], rowRanks, worker.Kept);
                    if (!sensitivity)
                    {
                        continue;
                    }

                    yA![run] = y;
                    Draw(ref rngB, worker.RawB);
                    yB![run] = Evaluate(worker, worker.RawB, null, worker.Ranks, null);
                    for (var i = 0; i < d; i++)
                    {
                        Array.Copy(worker.RawA, worker.RawMix, d);
                        worker.RawMix[i] = worker.RawB[i];
                        yAB![(i * runs) + run] = Evaluate(worker, worker.RawMix, null, worker.Ranks, null);
                    }
                }

                if (progress is not null)
                {
                    progress.Report((double)Interlocked.Increment(ref done) / chunks);
                }

                return worker;
            },
            worker =>
            {
                lock (kept)
                {
                    for (var u = 0; u < units; u++)
                    {
                        kept[u] += worker.Kept[u];
                    }
                }
            });

        var stats = Summarise(ranks, parallel);
        var set = sheet.CriteriaSet;
        var unitResults = new UnitUncertainty[units];
        for (var u = 0; u < units; u++)
        {
            var s = stats[u];
            var score = sheet.Units[u];
            var band = bandThresholds is null || nominalBand[u] < 0 ? null : set.BandsFor(score.Group).Bands[nominalBand[u]];
            unitResults[u] = new UnitUncertainty(score, nominalRank[u], band, s.Mean, s.Median, s.P05, s.P95, bandThresholds is null ? null : (double)kept[u] / runs, s.Top / (double)runs);
        }

        var ordered = unitResults.OrderBy(r => r.NominalRank).ThenBy(r => r.Score.Id, StringComparer.Ordinal).ToArray();
        var perturbed = nodes.Select(n => set.Nodes[n]).ToArray();
        IReadOnlyList<NodeSensitivity>? indices = sensitivity ? Sensitivity(perturbed, yA!, yB!, yAB!) : null;
        var total = sensitivity ? (long)runs * (d + 2) : runs;
        return new UncertaintyResult(sheet, options, perturbed, runs, total, ordered, indices);
    }

    private IReadOnlyList<NodeSensitivity> Sensitivity(CriteriaNode[] perturbed, double[] yA, double[] yB, double[] yAB)
    {
        var n = yA.Length;
        double mean = 0;
        for (var j = 0; j < n; j++)
        {
            mean += yA[j] + yB[j];
        }

        mean /= 2 * n;
        double variance = 0;
        for (var j = 0; j < n; j++)
        {
            variance += ((yA[j] - mean) * (yA[j] - mean)) + ((yB[j] - mean) * (yB[j] - mean));
        }

        variance /= 2 * n;
        var result = new NodeSensitivity[d];
        for (var i = 0; i < d; i++)
        {
            double first = 0, total = 0;
            for (var j = 0; j < n; j++)
            {
                var ab = yAB[(i * n) + j];
                first += yB[j] * (ab - yA[j]);
                total += (yA[j] - ab) * (yA[j] - ab);
            }

            // Saltelli et al. (2010) first-order estimator; Jansen (1999) total-effect estimator.
            var s = variance > 0 ? first / n / variance : double.NaN;
            var st = variance > 0 ? total / (2.0 * n) / variance : double.NaN;
            result[i] = new NodeSensitivity(perturbed[i], s, st);
        }

        return result;
    }

    /// <summary>The perturbed nodes (node ordinals of the compiled set).</summary>
    internal int[] PerturbedNodes => nodes;

    /// <summary>
    /// For the survey bootstrap: the weight factors of one run drawn from <paramref name="rng"/> exactly as
    /// <see cref="Run"/> draws run-chunk weights (stream 0 of each chunk), so a combined run uses the same weights.
    /// </summary>
    internal void DrawFactors(ref Xoshiro256 rng, double[] raw, double[] sums, double[] factor)
    {
        Draw(ref rng, raw);
        Array.Clear(sums, 0, groupCount);
        for (var a = 0; a < d; a++)
        {
            sums[groupOf[a]] += raw[a];
        }

        for (var a = 0; a < d; a++)
        {
            var g = groupOf[a];
            factor[a] = nominal[a] > 0 && sums[g] > 0 ? raw[a] * groupTotal[g] / sums[g] / nominal[a] : 0;
        }
    }

    /// <summary>The index key of unit <paramref name="u"/> with weight factors and survey point changes (ticks) outside and inside each perturbed node.</summary>
    internal long Key(int u, double[] factor, long fixedDelta, long[] nodeDelta)
    {
        double num = fixedPoints[u] + fixedDelta, den = fixedMax[u];
        var offset = u * d;
        for (var a = 0; a < d; a++)
        {
            num += factor[a] * (points[offset + a] + nodeDelta[a]);
            den += factor[a] * maxima[offset + a];
        }

        var key = den > 0 ? Math.Round(num * scale / den, MidpointRounding.AwayFromZero) : 0;
        return (long)Math.Max(-4e12, Math.Min(4e12, key));
    }

    internal int GroupCount => groupCount;

    /// <summary>Raw draws for one run: noise w × (1 + f·U(−1, 1)) or Gamma(K·π) variates; normalised per parent in <see cref="Evaluate"/>.</summary>
    private void Draw(ref Xoshiro256 rng, double[] raw)
    {
        switch (options.Perturbation)
        {
            case NoisePerturbation noise:
                for (var a = 0; a < d; a++)
                {
                    raw[a] = nominal[a] * (1.0 + (noise.Factor * ((2.0 * rng.NextDouble()) - 1.0)));
                }

                break;
            case DirichletPerturbation dirichlet:
                for (var a = 0; a < d; a++)
                {
                    var share = nominal[a] / groupTotal[groupOf[a]];
                    raw[a] = share > 0 ? rng.NextGamma(dirichlet.Concentration * share) : 0;
                }

                break;
            default:
                throw new NotSupportedException("Unknown perturbation.");
        }
    }

    /// <summary>One run: rescale raw weights per parent, compute every index, rank by the set's rule; returns the mean absolute rank shift.</summary>
    private double Evaluate(Worker w, double[] raw, decimal[]? exactRaw, Span<ushort> ranksOut, int[]? keptCounts)
    {
        var sums = w.GroupSums;
        Array.Clear(sums, 0, groupCount);
        for (var a = 0; a < d; a++)
        {
            sums[groupOf[a]] += raw[a];
        }

        var factor = w.Factor;
        for (var a = 0; a < d; a++)
        {
            // s_a = w′_a / w_a with w′ rescaled so the parent's total is kept.
            var g = groupOf[a];
            factor[a] = nominal[a] > 0 && sums[g] > 0 ? raw[a] * groupTotal[g] / sums[g] / nominal[a] : 0;
        }

        w.Exact.Reset();
        var keys = w.Keys;
        var values = w.Values;
        var tolerance = w.Tolerance;
        for (var u = 0; u < units; u++)
        {
            double num = fixedPoints[u], den = fixedMax[u];
            double absNum = Math.Abs(num), absDen = Math.Abs(den);
            var offset = u * d;
            for (var a = 0; a < d; a++)
            {
                var tp = factor[a] * points[offset + a];
                var tm = factor[a] * maxima[offset + a];
                num += tp;
                den += tm;
                absNum += Math.Abs(tp);
                absDen += Math.Abs(tm);
            }

            var x = den > 0 ? num / den : 0;

            // A bound on |x − exact| far (hundreds of times) above the rounding error of these sums and factors.
            var tol = den > 0 ? 1e-12 * (absNum + (absDen * Math.Abs(x))) / den : 0;
            values[u] = x;
            tolerance[u] = tol;
            if (!exact)
            {
                var scaled = x * scale;
                var key = Math.Round(scaled, MidpointRounding.AwayFromZero);
                if (den > 0 && Math.Abs(Math.Abs(scaled - Math.Truncate(scaled)) - 0.5) <= tol * scale)
                {
                    // Too close to a rounding midpoint for double precision: round the exact index.
                    keys[u] = ExactRunIndices.RoundedKey(w.Exact.Index(u, raw, exactRaw), scaleKey);
                }
                else
                {
                    keys[u] = (long)Math.Max(-4e12, Math.Min(4e12, key));
                }
            }
        }

        if (exact)
        {
            ExactClasses(w, raw, exactRaw);
        }

        RankRun(w);
        long shift = 0;
        for (var u = 0; u < units; u++)
        {
            var r = w.RankInts[u];
            ranksOut[u] = (ushort)r;
            shift += Math.Abs(r - nominalRank[u]);
        }

        if (keptCounts is not null && bandThresholds is not null)
        {
            for (var u = 0; u < units; u++)
            {
                if ((exact ? ExactBand(w, u, raw, exactRaw) : Band(u, keys[u])) == nominalBand[u])
                {
                    keptCounts[u]++;
                }
            }
        }

        return (double)shift / units;
    }

    /// <summary>
    /// Under <c>ranking: exact</c>: each unit's key is minus its place among the distinct exact indices (so equal
    /// indices share a key). Units are sorted on their double indices; runs of neighbours closer than their error
    /// bounds are ordered exactly.
    /// </summary>
    private void ExactClasses(Worker w, double[] raw, decimal[]? exactRaw)
    {
        var order = w.Order;
        var sortKeys = w.SortValues;
        for (var u = 0; u < units; u++)
        {
            order[u] = u;
            sortKeys[u] = -w.Values[u];
        }

        Array.Sort(sortKeys, order, 0, units);
        var cache = w.ExactCache;
        cache.Clear();
        var cluster = w.Cluster;
        var place = 0;
        for (var i = 0; i < units;)
        {
            var j = i + 1;
            while (j < units && w.Values[order[j - 1]] - w.Values[order[j]] <= w.Tolerance[order[j - 1]] + w.Tolerance[order[j]])
            {
                j++;
            }

            if (j - i == 1)
            {
                w.Keys[order[i]] = -place++;
                i = j;
                continue;
            }

            cluster.Clear();
            for (var k = i; k < j; k++)
            {
                cluster.Add(order[k]);
            }

            w.Exact.Order(cluster, raw, exactRaw, cache);
            w.Keys[cluster[0]] = -place;
            for (var k = 1; k < cluster.Count; k++)
            {
                if (ExactRunIndices.Compare(cache[cluster[k - 1]], cache[cluster[k]]) != 0)
                {
                    place++;
                }

                w.Keys[cluster[k]] = -place;
            }

            place++;
            i = j;
        }
    }

    /// <summary>Competition ranks of the run's keys (highest first), ties split by the set's tie-breakers.</summary>
    private void RankRun(Worker w)
    {
        if (tieBreakClasses <= 1)
        {
            RankKeys(w.Keys, w.Packed, w.RankInts, w.Counts);
            return;
        }

        // Keys lie within ±4·10^12 and tie-break classes below 65,536, so (key, class) packs into one long.
        var sortKeys = w.Packed;
        var order = w.Order;
        for (var u = 0; u < units; u++)
        {
            sortKeys[u] = -((w.Keys[u] << 16) + (65_535 - tieBreakClass[u]));
            order[u] = u;
        }

        Array.Sort(sortKeys, order, 0, units);
        var rank = 0;
        for (var i = 0; i < units; i++)
        {
            if (i == 0 || sortKeys[i] != sortKeys[i - 1])
            {
                rank = i + 1;
            }

            w.RankInts[order[i]] = rank;
        }
    }

    /// <summary>The band of a unit in a run under <c>ranking: exact</c>: its exact index against each band's minimum.</summary>
    private int ExactBand(Worker w, int unit, double[] raw, decimal[]? exactRaw)
    {
        var minima = bandMinima[unit];
        var index = w.Values[unit] * 100;
        var tol = (w.Tolerance[unit] * 100) + 1e-12;
        for (var b = 0; b < minima.Length; b++)
        {
            var min = (double)minima[b];
            var margin = tol + (1e-12 * Math.Abs(min));
            var reaches = index - min > margin || (index - min >= -margin && ExactRunIndices.Reaches(w.Exact.Index(unit, raw, exactRaw), minima[b]));
            if (reaches)
            {
                return b;
            }
        }

        return -1;
    }

    /// <summary>
    /// Competition ranks of keys, highest key first: rank = 1 + the number of higher keys. When the keys
    /// span a small range (the usual case: an index rounded to 2 decimals spans at most about 10,000
    /// values) a counting pass does it in O(units + range); otherwise (key, unit) pairs packed in one
    /// long are sorted.
    /// </summary>
    internal static void RankKeys(long[] keys, long[] packed, int[] ranks, int[]? counts = null)
    {
        var n = keys.Length;
        long min = long.MaxValue, max = long.MinValue;
        for (var u = 0; u < n; u++)
        {
            min = Math.Min(min, keys[u]);
            max = Math.Max(max, keys[u]);
        }

        if (counts is not null && n > 0 && max - min < counts.Length)
        {
            var range = (int)(max - min) + 1;
            Array.Clear(counts, 0, range);
            for (var u = 0; u < n; u++)
            {
                counts[(int)(keys[u] - min)]++;
            }

            // counts[k] becomes 1 + the number of keys above k: the competition rank of key k.
            var above = 0;
            for (var k = range - 1; k >= 0; k--)
            {
                var c = counts[k];
                counts[k] = above + 1;
                above += c;
            }

            for (var u = 0; u < n; u++)
            {
                ranks[u] = counts[(int)(keys[u] - min)];
            }

            return;
        }

        for (var u = 0; u < n; u++)
        {
            packed[u] = (keys[u] << 20) | (long)u;
        }

        Array.Sort(packed, 0, n);
        var previous = long.MinValue;
        var rank = 0;
        for (var i = 0; i < n; i++)
        {
            var p = packed[n - 1 - i];
            var key = p >> 20;
            if (i == 0 || key != previous)
            {
                rank = i + 1;
                previous = key;
            }

            ranks[(int)(p & 0xFFFFF)] = rank;
        }
    }

    private int Band(int unit, long key)
    {
        var thresholds = bandThresholds[unit];
        for (var b = 0; b < thresholds.Length; b++)
        {
            if (key >= thresholds[b])
            {
                return b;
            }
        }

        return -1;
    }

    /// <summary>Per-unit rank statistics from the kept ranks, in time linear in units × runs.</summary>
    private RankStats[] Summarise(ushort[] ranks, ParallelOptions parallel) => RankStatistics.Summarise(ranks, units, runs, options.Top, parallel);

    private sealed class Worker
    {
        public Worker(UncertaintyModel m)
        {
            RawA = new double[m.d];
            RawB = new double[m.d];
            RawMix = new double[m.d];
            Factor = new double[m.d];
            GroupSums = new double[m.groupCount];
            Keys = new long[m.units];
            Packed = new long[m.units];
            RankInts = new int[m.units];
            Ranks = new ushort[m.units];
            Kept = new int[m.units];
            Counts = new int[Math.Max(1 << 14, 8 * m.units)];
            Values = new double[m.units];
            Tolerance = new double[m.units];
            SortValues = new double[m.units];
            Order = new int[m.units];
            Exact = new ExactRunIndices(m.d, m.groupOf, m.groupCount, m.exactNominal, m.exactPoints, m.exactMaxima, m.exactFixedPoints, m.exactFixedMax);
        }

        /// <summary>Each unit's index in the run (points ÷ maximum, double precision) and a bound on its error.</summary>
        public double[] Values { get; }

        public double[] Tolerance { get; }

        public double[] SortValues { get; }

        public int[] Order { get; }

        /// <summary>The run's exact indices, for the units double precision cannot decide.</summary>
        public ExactRunIndices Exact { get; }

        public Dictionary<int, (System.Numerics.BigInteger N, System.Numerics.BigInteger M)> ExactCache { get; } = new();

        public List<int> Cluster { get; } = new();

        /// <summary>Scratch for the counting rank pass; its length is the largest key range ranked by counting.</summary>
        public int[] Counts { get; }

        public double[] RawA { get; }

        public double[] RawB { get; }

        public double[] RawMix { get; }

        public double[] Factor { get; }

        public double[] GroupSums { get; }

        public long[] Keys { get; }

        public long[] Packed { get; }

        public int[] RankInts { get; }

        public ushort[] Ranks { get; }

        public int[] Kept { get; }
    }
}

/// <summary>Rank statistics of one unit from its rank histogram.</summary>
internal readonly struct RankStats
{
    internal RankStats(double mean, double median, double p05, double p95, long top)
    {
        Mean = mean;
        Median = median;
        P05 = p05;
        P95 = p95;
        Top = top;
    }

    public double Mean { get; }

    public double Median { get; }

    public double P05 { get; }

    public double P95 { get; }

    public long Top { get; }

    /// <summary>Statistics of n ranks given as counts per rank (index 0 = rank 1).</summary>
    public static RankStats From(ReadOnlySpan<int> histogram, int n, int topK)
    {
        long sum = 0, top = 0;
        for (var r = 0; r < histogram.Length; r++)
        {
            sum += (long)(r + 1) * histogram[r];
            if (r < topK)
            {
                top += histogram[r];
            }
        }

        return new RankStats((double)sum / n, Quantile(histogram, n, 0.5), Quantile(histogram, n, 0.05), Quantile(histogram, n, 0.95), top);
    }

    /// <summary>R's default quantile (type 7): linear interpolation between order statistics x[⌊h⌋] and x[⌊h⌋ + 1], h = (n − 1)p + 1.</summary>
    public static double Quantile(ReadOnlySpan<int> histogram, int n, double p)
    {
        var h = (n - 1) * p;
        var lo = (long)Math.Floor(h);
        var low = OrderStatistic(histogram, lo);
        var high = lo + 1 < n ? OrderStatistic(histogram, lo + 1) : low;
        return low + ((h - lo) * (high - low));
    }

    /// <summary>The k-th smallest rank (0-based).</summary>
    private static int OrderStatistic(ReadOnlySpan<int> histogram, long k)
    {
        long seen = 0;
        for (var r = 0; r < histogram.Length; r++)
        {
            seen += histogram[r];
            if (seen > k)
            {
                return r + 1;
            }
        }

        return histogram.Length;
    }
}
