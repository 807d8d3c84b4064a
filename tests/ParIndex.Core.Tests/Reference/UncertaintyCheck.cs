using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ParIndex.Scenarios;
using ParIndex.IO;

namespace ParIndex.Tests.Reference;

/// <summary>
/// Rank uncertainty with explicit weight samples on the areas (docs/scenarios.md, "Rank uncertainty"), against the
/// reference: each run rescales each ordinary area's points and applicable maximum by its new share of the areas'
/// total (blocks and the penalty unchanged) and ranks by the set's own rule and tie-breakers (docs/ranking.md).
/// </summary>
internal static class UncertaintyCheck
{
    private static readonly string[] Weights = { "1", "2", "0.5", "2.5", "7", "1", "3", "0.25", "12" };

    public static void Check(ReferenceCase c)
    {
        // Uncertainty ranks by the set's own rule and tie-breakers, overall: no --compare or --group-by options.
        c = c.With(exactOverride: null, groupBy: false);
        var scores = ReferenceScorer.Score(c);
        var official = ReferenceRanker.Rank(c, scores);
        var areas = scores.Tree.Areas.Where(a => a.Block == RefBlock.None).ToList();
        var seed = (int)(uint)c.Units.Aggregate(17, (h, u) => (h * 31) + u.Id.Length + u.Values.Count);
        var random = new Random(seed);
        var rows = new List<List<string>>();
        for (var r = 0; r < 5; r++)
        {
            var row = areas.Select(_ => Weights[random.Next(Weights.Length)]).ToList();
            if (row.All(w => w == "0"))
            {
                row[0] = "1";
            }

            rows.Add(row);
        }

        var exact = official.Exact;
        var p = c.Set.EffectivePrecision;
        var runRanks = official.Units.ToDictionary(u => u.Id, _ => new List<int>());
        var bandKept = official.Units.ToDictionary(u => u.Id, _ => 0);
        foreach (var row in rows)
        {
            var weights = row.Select(Rational.Parse).ToList();
            var nominal = areas.Aggregate(Rational.Zero, (s, a) => s + a.Max);
            var sum = weights.Aggregate(Rational.Zero, (s, w) => s + w);
            var index = new Dictionary<string, Rational>();
            foreach (var u in official.Units)
            {
                Rational points = u.S.Points, max = u.S.Max;
                for (var i = 0; i < areas.Count; i++)
                {
                    var scale = weights[i] * nominal / (sum * areas[i].Max);
                    points += (scale - Rational.One) * u.S.NodePoints[areas[i]];
                    max += (scale - Rational.One) * u.S.NodeMax[areas[i]];
                }

                index[u.Id] = max.IsZero ? Rational.Zero : points * Rational.Hundred / max;
            }

            foreach (var u in official.Units)
            {
                var better = official.Units.Count(v => v != u && Better(v, u, index, official, exact, p));
                runRanks[u.Id].Add(1 + better);
                var bands = ReferenceRanker.BandsFor(c.Set, u.Group);
                var band = bands.FirstOrDefault(b => ReferenceRanker.ReachesBand(index[u.Id], Rational.Parse(b.Min), exact, p));
                bandKept[u.Id] += band == u.Band ? 1 : 0;
            }
        }

        ScenarioInvariantTests.WithLibrary(c, (sheet, _) =>
        {
            var file = Path.Combine(Path.GetTempPath(), "parindex-weights-" + Guid.NewGuid().ToString("N") + ".csv");
            try
            {
                var sb = new StringBuilder();
                sb.Append("run,").Append(string.Join(",", areas.Select(a => a.Code))).Append('\n');
                for (var r = 0; r < rows.Count; r++)
                {
                    sb.Append((r + 1).ToString(CultureInfo.InvariantCulture)).Append(',').Append(string.Join(",", rows[r])).Append('\n');
                }

                File.WriteAllText(file, sb.ToString());
                var result = UncertaintyAnalysis.Run(sheet, new UncertaintyOptions { Samples = WeightSamplesReader.Load(file), Level = 0 });
                var problems = new List<string>();
                foreach (var u in result.Units)
                {
                    var reference = official.Units.Single(x => x.Id == u.Score.Id);
                    var ranks = runRanks[reference.Id];
                    void Same(string what, double actual, double expected)
                    {
                        if (Math.Abs(actual - expected) > 1e-9)
                        {
                            problems.Add($"unit {reference.Id} {what}: expected {expected.ToString(CultureInfo.InvariantCulture)}, found {actual.ToString(CultureInfo.InvariantCulture)} (run ranks {string.Join(" ", ranks)}; weights {string.Join(" | ", rows.Select(r => string.Join(" ", r)))})");
                        }
                    }

                    Same("nominal rank", u.NominalRank, reference.Rank);
                    Same("mean rank", u.MeanRank, ranks.Average());
                    Same("median rank", u.MedianRank, Quantile(ranks, 0.5));
                    Same("5th percentile rank", u.Percentile5Rank, Quantile(ranks, 0.05));
                    Same("95th percentile rank", u.Percentile95Rank, Quantile(ranks, 0.95));
                    Same("top-3 share", u.TopProbability, ranks.Count(r => r <= 3) / (double)ranks.Count);
                    if (u.BandKept is { } kept)
                    {
                        Same("band kept", kept, bandKept[reference.Id] / (double)rows.Count);
                    }
                }

                if (problems.Count > 0)
                {
                    throw new ReferenceMismatchException(string.Join("\n", problems.Take(20)));
                }
            }
            finally
            {
                File.Delete(file);
            }
        });
    }

    private static bool Better(RankedRef a, RankedRef b, Dictionary<string, Rational> index, ReferenceRanking official, bool exact, int p)
    {
        Rational Seen(Rational x) => exact ? x : x.RoundHalfAwayFromZero(p);
        var r = Seen(index[b.Id]).CompareTo(Seen(index[a.Id]));
        var tree = official.Scores.Tree;
        foreach (var t in official.Case.Set.TieBreakers)
        {
            if (r != 0)
            {
                break;
            }

            r = t switch
            {
                "survey" => Seen(b.S.SurveyPoints).CompareTo(Seen(a.S.SurveyPoints)),
                "self_accuracy" => Seen((a.S.SelfPoints - a.S.AppraisedPoints).Abs()).CompareTo(Seen((b.S.SelfPoints - b.S.AppraisedPoints).Abs())),
                "unit_id" => Math.Sign(string.CompareOrdinal(a.Id, b.Id)),
                _ => Seen(b.S.NodePoints[tree.ByCode[t.Substring(5)]]).CompareTo(Seen(a.S.NodePoints[tree.ByCode[t.Substring(5)]])),
            };
        }

        return r < 0;
    }

    /// <summary>R's default quantile (type 7): linear interpolation between order statistics, h = (n − 1)p.</summary>
    private static double Quantile(List<int> values, double p)
    {
        var sorted = values.OrderBy(v => v).ToList();
        var h = (sorted.Count - 1) * p;
        var low = (int)Math.Floor(h);
        var high = Math.Min(low + 1, sorted.Count - 1);
        return sorted[low] + ((h - low) * (sorted[high] - sorted[low]));
    }
}
