using System;
using System.Collections.Generic;
using System.IO;
using ParIndex.Ranking;
using ParIndex.Reports.Html;
using ParIndex.Scenarios;

namespace ParIndex.Reports;

/// <summary>
/// Writes results as one self-contained HTML document (UTF-8, inline SVG charts, inline style sheet, no script and no
/// URL; printable on A4). Every text from the input is escaped, and a Content-Security-Policy forbids scripts and
/// every load.
/// </summary>
public static class HtmlReport
{
    /// <summary>
    /// The ranking report (for <c>score</c> and <c>rank</c>): summary; the ranking of each group as a bar chart coloured by
    /// band with the band thresholds; a heat map of component indices; self-assessed vs appraised points; the
    /// self-assessment accuracy; then one scorecard per unit (see <see cref="ReportOptions.ScorecardUnits"/>).
    /// </summary>
    /// <param name="ranking">The ranking.</param>
    /// <param name="output">Where to write the UTF-8 document; left open.</param>
    /// <param name="options">Language, date and scorecards; <see cref="ReportOptions.Default"/> when omitted.</param>
    /// <exception cref="ArgumentException">A unit in <see cref="ReportOptions.ScorecardUnits"/> is not in the ranking.</exception>
    public static void WriteRanking(RankingResult ranking, Stream output, ReportOptions? options = null)
    {
        var o = Check(ranking, output, options);
        var writer = new RankingReportWriter(ranking, o);
        HtmlPage.Write(output, writer.Labels, writer.Title, writer.Write);
    }

    /// <summary>Only the scorecards (phiếu chấm điểm) of the given units, in ranking order, one per printed page.</summary>
    /// <param name="ranking">The ranking.</param>
    /// <param name="unitIds">The units' ids; <see langword="null"/> for every unit.</param>
    /// <param name="output">Where to write the UTF-8 document; left open.</param>
    /// <param name="options">Language and date; <see cref="ReportOptions.Default"/> when omitted.</param>
    /// <exception cref="ArgumentException">A unit id is not in the ranking.</exception>
    public static void WriteScorecards(RankingResult ranking, IEnumerable<string>? unitIds, Stream output, ReportOptions? options = null)
    {
        var o = Check(ranking, output, options);
        var writer = new ScorecardsReportWriter(ranking, unitIds, o);
        HtmlPage.Write(output, writer.Labels, writer.Title, writer.Write);
    }

    /// <summary>The scenario comparison report (for <c>compare</c>): per scenario a slope chart of baseline → scenario ranks, the movers and the agreement.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="output">Where to write the UTF-8 document; left open.</param>
    /// <param name="options">Language, date and number of movers; <see cref="ReportOptions.Default"/> when omitted.</param>
    public static void WriteComparison(ScenarioComparison comparison, Stream output, ReportOptions? options = null)
    {
        var o = Check(comparison, output, options);
        var writer = new ComparisonReportWriter(comparison, o);
        HtmlPage.Write(output, writer.Labels, writer.Title, writer.Write);
    }

    /// <summary>The rank-uncertainty report (for <c>uncertainty</c>): each unit's nominal rank with its median and 5–95 % interval; sensitivity indices as bars.</summary>
    /// <param name="result">The analysis.</param>
    /// <param name="output">Where to write the UTF-8 document; left open.</param>
    /// <param name="options">Language and date; <see cref="ReportOptions.Default"/> when omitted.</param>
    public static void WriteUncertainty(UncertaintyResult result, Stream output, ReportOptions? options = null)
    {
        var o = Check(result, output, options);
        var writer = new UncertaintyReportWriter(result, o);
        HtmlPage.Write(output, writer.Labels, writer.Title, writer.Write);
    }

    internal static ReportOptions Check(object result, Stream output, ReportOptions? options)
    {
        if (result is null)
        {
            throw new ArgumentNullException(nameof(result));
        }

        if (output is null)
        {
            throw new ArgumentNullException(nameof(output));
        }

        var o = options ?? ReportOptions.Default;
        o.Check();
        return o;
    }
}
