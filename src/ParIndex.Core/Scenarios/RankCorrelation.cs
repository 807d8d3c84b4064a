using System;
using System.Collections.Generic;
using MathNet.Numerics.Statistics;

namespace ParIndex.Scenarios;

/// <summary>Agreement between two rankings of the same units.</summary>
public static class RankCorrelation
{
    /// <summary>Spearman's rank correlation rho (MathNet.Numerics; tied values get their average rank).</summary>
    /// <param name="x">The first ranking (or scores), one value per unit.</param>
    /// <param name="y">The second, in the same unit order.</param>
    /// <returns>rho in [−1, 1], or <see cref="double.NaN"/> when either side is constant or there are fewer than two units.</returns>
    public static double Spearman(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        Check(x, y);
        return x.Count < 2 ? double.NaN : Correlation.Spearman(x, y);
    }

    /// <summary>Kendall's tau-b, which corrects for ties on either side; O(n²), exact counts.</summary>
    /// <param name="x">The first ranking (or scores), one value per unit.</param>
    /// <param name="y">The second, in the same unit order.</param>
    /// <returns>tau-b in [−1, 1], or <see cref="double.NaN"/> when either side is constant or there are fewer than two units.</returns>
    public static double KendallTauB(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        Check(x, y);
        var n = x.Count;
        long concordant = 0, discordant = 0, tiedX = 0, tiedY = 0;
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var dx = Math.Sign(x[i] - x[j]);
                var dy = Math.Sign(y[i] - y[j]);
                if (dx == 0)
                {
                    tiedX++;
                }

                if (dy == 0)
                {
                    tiedY++;
                }

                if (dx != 0 && dy != 0)
                {
                    if (dx == dy)
                    {
                        concordant++;
                    }
                    else
                    {
                        discordant++;
                    }
                }
            }
        }

        var pairs = (long)n * (n - 1) / 2;
        var denominator = Math.Sqrt((double)(pairs - tiedX) * (pairs - tiedY));
        return denominator == 0 ? double.NaN : (concordant - discordant) / denominator;
    }

    private static void Check(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        if (x is null)
        {
            throw new ArgumentNullException(nameof(x));
        }

        if (y is null)
        {
            throw new ArgumentNullException(nameof(y));
        }

        if (x.Count != y.Count)
        {
            throw new ArgumentException($"The rankings have {x.Count} and {y.Count} values; they must rank the same units.", nameof(y));
        }
    }
}
