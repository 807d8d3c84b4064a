using System;
using System.Collections.Generic;
using System.Linq;
using ParIndex.Criteria;
using ParIndex.Ranking;
using ParIndex.Scenarios;
using ParIndex.Scoring;

namespace ParIndex.Survey;

/// <summary>
/// Ranks one survey bootstrap run as the official ranking ranks a round (docs/ranking.md): by the index rounded to
/// the set's precision, or exactly under <c>ranking: exact</c>; units equal on it split by the set's tie-breakers,
/// evaluated on the run's own values (a resample changes the survey points and the points of every node above a
/// survey criterion); units still equal share the lowest rank.
/// </summary>
internal sealed class BootstrapRunRanking
{
    private readonly int units;
    private readonly bool exact;
    private readonly long roundStep;      // ticks per unit of the last printed decimal (1 when compared exactly)
    private readonly TieBreakerKind[] kinds;
    private readonly long[][] fixedValues; // [tie-breaker][unit]: the value before the run's survey changes
    private readonly bool[][] counts;      // [tie-breaker][survey leaf]: whether the leaf's change moves the value

    public BootstrapRunRanking(ScoreSheet sheet, IReadOnlyList<int> surveyLeafNodes)
    {
        var set = sheet.CriteriaSet;
        var compiled = set.Compiled;
        units = sheet.UnitCount;
        exact = set.ExactRanking;
        roundStep = 1;
        for (var p = set.Precision; !exact && p < 6; p++)
        {
            roundStep *= 10;
        }

        // The official ranking has already checked the names (Ranker.Rank runs first).
        var tieBreakers = set.TieBreakers.Select(TieBreaker.FromName).ToArray();
        kinds = tieBreakers.Select(t => t.Kind).ToArray();
        fixedValues = new long[tieBreakers.Length][];
        counts = new bool[tieBreakers.Length][];
        var byId = sheet.Units.Select(s => s.Id).OrderBy(id => id, StringComparer.Ordinal).Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        for (var t = 0; t < tieBreakers.Length; t++)
        {
            var tieBreaker = tieBreakers[t];
            counts[t] = new bool[surveyLeafNodes.Count];
            fixedValues[t] = tieBreaker.Kind switch
            {
                TieBreakerKind.Survey => sheet.Units.Select(s => s.SurveyPoints.Ticks).ToArray(),
                TieBreakerKind.SelfAccuracy => sheet.Units.Select(s => (s.SelfPoints - s.AppraisedPoints).Abs().Ticks).ToArray(),
                TieBreakerKind.UnitId => sheet.Units.Select(s => (long)byId[s.Id]).ToArray(),
                _ => sheet.Units.Select(s => s.Node(tieBreaker.Code!).Points.Ticks).ToArray(),
            };

            var node = tieBreaker.Kind == TieBreakerKind.Node && compiled.TryGetNode(tieBreaker.Code!, out var n) ? n : -1;
            for (var l = 0; l < surveyLeafNodes.Count; l++)
            {
                counts[t][l] = tieBreaker.Kind == TieBreakerKind.Survey || (node >= 0 && IsWithin(compiled, surveyLeafNodes[l], node));
            }
        }
    }

    /// <summary>The number of values per unit that <see cref="SetValues"/> fills.</summary>
    public int TieBreakerCount => kinds.Length;

    /// <summary>Whether a run needs more than its rounded index keys (<see cref="UncertaintyModel.RankKeys"/> alone).</summary>
    public bool NeedsFullOrder => exact || kinds.Length > 0;

    /// <summary>
    /// Writes unit <paramref name="unit"/>'s tie-breaker values for a run whose survey leaves moved by
    /// <paramref name="leafDelta"/> ticks, as compared (rounded like the printed figure unless exact), larger = better.
    /// </summary>
    public void SetValues(int unit, ReadOnlySpan<long> leafDelta, long[] into)
    {
        for (var t = 0; t < kinds.Length; t++)
        {
            var value = fixedValues[t][unit];
            var leaves = counts[t];
            for (var l = 0; l < leaves.Length; l++)
            {
                if (leaves[l])
                {
                    value += leafDelta[l];
                }
            }

            into[(unit * kinds.Length) + t] = kinds[t] switch
            {
                TieBreakerKind.UnitId => -value,                    // the smaller id ranks higher
                TieBreakerKind.SelfAccuracy => -Seen(value),        // the smaller gap ranks higher
                _ => Seen(value),
            };
        }
    }

    /// <summary>
    /// Competition ranks of one run. <paramref name="keys"/> are the indices rounded to the precision; under
    /// <c>ranking: exact</c> with <paramref name="points"/> given, the indices points ÷ <paramref name="maxima"/> are
    /// compared exactly instead.
    /// </summary>
    public void Rank(long[] keys, long[]? points, long[] maxima, long[] tieValues, int[] order, int[] ranks)
    {
        var byExactIndex = exact && points is not null;
        var t = kinds.Length;
        int Compare(int a, int b)
        {
            var c = byExactIndex ? RankMath.CompareExact(points![b], maxima[b], points[a], maxima[a]) : keys[b].CompareTo(keys[a]);
            for (var i = 0; c == 0 && i < t; i++)
            {
                c = tieValues[(b * t) + i].CompareTo(tieValues[(a * t) + i]);
            }

            return c;
        }

        for (var u = 0; u < units; u++)
        {
            order[u] = u;
        }

        Array.Sort(order, 0, units, Comparer<int>.Create((a, b) => Compare(a, b) is var c && c != 0 ? c : a.CompareTo(b)));
        var rank = 0;
        for (var i = 0; i < units; i++)
        {
            if (i == 0 || Compare(order[i - 1], order[i]) != 0)
            {
                rank = i + 1;
            }

            ranks[order[i]] = rank;
        }
    }

    private static bool IsWithin(CompiledCriteria compiled, int node, int ancestor)
    {
        for (var n = node; n >= 0; n = compiled.Parent[n])
        {
            if (n == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Ticks as compared: rounded half away from zero to the printed decimals, or exact.</summary>
    private long Seen(long ticks)
    {
        if (roundStep == 1)
        {
            return ticks;
        }

        var magnitude = (Math.Abs(ticks) + (roundStep / 2)) / roundStep * roundStep;
        return ticks < 0 ? -magnitude : magnitude;
    }
}
