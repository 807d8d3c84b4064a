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

/// <summary>The precomputed model: per unit the fixed part and points/maximum per perturbed node.</summary>
internal sealed partial class UncertaintyModel
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
            throw new ParIndexException(null, LocalizedText.Of(nameof(Messages.Uncertainty_NoNodesAtLevel), set.Id, options.Level));
        }

        if (sheet.UnitCount > ushort.MaxValue)
        {
            throw new ParIndexException(null, LocalizedText.Of(nameof(Messages.Uncertainty_TooManyUnits), Count(ushort.MaxValue), Count(sheet.UnitCount)));
        }

        double[][]? samples = null;
        decimal[][]? exactSamples = null;
        if (options.Samples is { } given)
        {
            if (options.Sensitivity)
            {
                throw new ParIndexException(null, LocalizedText.Of(nameof(Messages.Uncertainty_SensitivityNeedsRandom)));
            }

            samples = MapSamples(set, nodes, given, options.Level, out exactSamples);
        }
        else if (options.Runs < 1)
        {
            throw new ParIndexException(null, LocalizedText.Of(nameof(Messages.Uncertainty_RunsAtLeastOne), options.Runs));
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
            throw new ParIndexException(null, LocalizedText.Of(nameof(Messages.Uncertainty_TooManyRanks), Count(runs), Count(sheet.UnitCount), Count(UncertaintyAnalysis.MaxRankCells)));
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
                problems.Add(new Diagnostic(samples.CodeLocations?[i], LocalizedText.Of(nameof(Messages.Uncertainty_UnknownColumn), code, set.Id, LocalizedText.DidYouMean(code, nodes.Select(n => set.Nodes[n].Code)))));
            }
            else
            {
                problems.Add(new Diagnostic(samples.CodeLocations?[i], LocalizedText.Of(nameof(Messages.Uncertainty_ColumnNotPerturbed), code, level)));
            }
        }

        for (var a = 0; a < nodes.Length; a++)
        {
            if (column[a] < 0)
            {
                problems.Add(new Diagnostic(samples.HeaderLocation, LocalizedText.Of(nameof(Messages.Uncertainty_NoColumnFor), set.Nodes[nodes[a]].Code)));
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
                    var under = group.Key < 0 ? LocalizedText.Of(nameof(Messages.What_TheAreas)) : LocalizedText.Of(nameof(Messages.What_TheChildrenOf), set.Nodes[group.Key].Code);
                    problems.Add(new Diagnostic(at, LocalizedText.Of(nameof(Messages.Uncertainty_AllWeightsZero), r + 1, under)));
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
}
