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

/// <summary>Sensitivity: first-order and total indices per perturbed node from the Saltelli runs (A, B, and A with one column from B).</summary>
internal sealed partial class UncertaintyModel
{
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
}
