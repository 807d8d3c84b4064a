using System;
using System.Collections.Generic;
using System.IO;
using ParIndex.Ranking;
using ParIndex.Reports.Html;
using ParIndex.Reports.Word;

namespace ParIndex.Reports;

/// <summary>
/// Writes results as Word documents (.docx, Office Open XML) in the administrative convention: Times New Roman 13 pt,
/// A4, landscape where a table is wide, table header rows repeated on every page.
/// </summary>
public static class WordReport
{
    /// <summary>
    /// The decision's annex (phụ lục): one table per group (rank, unit, points, index, band), then the component indices
    /// of every unit (landscape) with the areas' names.
    /// </summary>
    /// <param name="ranking">The ranking.</param>
    /// <param name="output">Where to write the document (any writable stream); left open.</param>
    /// <param name="options">Language and date; <see cref="ReportOptions.Default"/> when omitted.</param>
    public static void WriteAnnex(RankingResult ranking, Stream output, ReportOptions? options = null)
    {
        var o = HtmlReport.Check(ranking, output, options);
        AnnexDocument.Write(ranking, output, o);
    }

    /// <summary>Scorecards (phiếu chấm điểm), one unit per page (landscape A4), in ranking order.</summary>
    /// <param name="ranking">The ranking.</param>
    /// <param name="unitIds">The units' ids; <see langword="null"/> for every unit.</param>
    /// <param name="output">Where to write the document; left open.</param>
    /// <param name="options">Language and the number of criteria listed under "what it would take"; <see cref="ReportOptions.Default"/> when omitted.</param>
    /// <exception cref="ArgumentException">A unit id is not in the ranking.</exception>
    public static void WriteScorecards(RankingResult ranking, IEnumerable<string>? unitIds, Stream output, ReportOptions? options = null)
    {
        var o = HtmlReport.Check(ranking, output, options);
        IReadOnlyList<RankedUnit> units = unitIds is null ? ranking.Units : RankingReportWriter.SelectedUnits(ranking, unitIds);
        ScorecardDocument.Write(ranking, units, output, o);
    }
}
