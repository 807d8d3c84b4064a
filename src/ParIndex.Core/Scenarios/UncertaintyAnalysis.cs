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
