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

/// <summary>Sampling: the random weights of a run (noise or Dirichlet), and the factors and index keys the survey bootstrap shares.</summary>
internal sealed partial class UncertaintyModel
{
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
}
