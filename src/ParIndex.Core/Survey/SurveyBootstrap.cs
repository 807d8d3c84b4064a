using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ParIndex.Criteria;
using ParIndex.Internal;
using ParIndex.Scenarios;
using ParIndex.Scoring;

namespace ParIndex.Survey;

/// <summary>
/// Survey sampling error carried into the ranking: each run resamples respondents with replacement within every
/// unit and respondent group (as many as were asked), recomputes the survey values exactly as the definition says,
/// rescores the survey criteria and ranks the units; optionally the same run also perturbs the weights as
/// <see cref="UncertaintyAnalysis"/> does. See docs/survey.md.
/// </summary>
/// <remarks>
/// Runs are processed in chunks of 64, each with its own random streams derived from (seed, chunk), so the result is
/// the same for any number of threads. A group sample of a single respondent cannot show its own variability, so it
/// is drawn from that group's respondents in every unit (listed in <see cref="SurveyBootstrapResult.BorrowedSamples"/>).
/// A criterion left without a counted answer in a resample keeps the unit's observed value in that run. Units are
/// ranked by the index rounded to the set's precision, ties sharing the best rank (no tie-breakers).
/// </remarks>
public static class SurveyBootstrap
{
    internal const int ChunkSize = 64;

    /// <summary>Runs the bootstrap.</summary>
    /// <param name="sheet">The baseline scores, computed with the survey values of <paramref name="responses"/>.</param>
    /// <param name="responses">The respondents' answers.</param>
    /// <param name="options">Settings; defaults when omitted.</param>
    /// <param name="progress">Receives the fraction of runs done (0 to 1), from worker threads.</param>
    /// <param name="cancellationToken">Stops the runs; <see cref="OperationCanceledException"/> is thrown.</param>
    /// <exception cref="ParIndexException">The answers do not fit the scores (a unit without answers, another criteria set) or the options are out of range.</exception>
    public static SurveyBootstrapResult Run(ScoreSheet sheet, SurveyResponses responses, SurveyBootstrapOptions? options = null, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        if (sheet is null)
        {
            throw new ArgumentNullException(nameof(sheet));
        }

        if (responses is null)
        {
            throw new ArgumentNullException(nameof(responses));
        }

        options ??= new SurveyBootstrapOptions();
        if (options.MaxThreads < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxThreads, "MaxThreads must be 0 (all cores) or more.");
        }

        return new SurveyBootstrapModel(sheet, responses, options).Run(progress, cancellationToken);
    }

    /// <summary>A uniform integer in [0, n) (Lemire's multiply-shift with rejection: unbiased).</summary>
    internal static int NextInt(ref Xoshiro256 rng, int n)
    {
        var x = (uint)(rng.NextUInt64() >> 32);
        var m = (ulong)x * (uint)n;
        var low = (uint)m;
        if (low < (uint)n)
        {
            var threshold = (uint)-n % (uint)n;
            while (low < threshold)
            {
                x = (uint)(rng.NextUInt64() >> 32);
                m = (ulong)x * (uint)n;
                low = (uint)m;
            }
        }

        return (int)(m >> 32);
    }
}
