using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ParIndex.Criteria;
using ParIndex.Excel.Internal;
using ParIndex.Ranking;
using ParIndex.Scenarios;

namespace ParIndex.Excel;

/// <summary>
/// Writes results as a workbook (.xlsx) for the council and the units: the ranking, component indices per
/// area with a colour scale, final points per criterion and unit (self-assessed beside final), the
/// self-assessment accuracy report; the scenario comparison; the rank uncertainty. Numbers are stored as
/// numbers, shown with the set's precision; every table has a frozen header, an autofilter and sized
/// columns. Text from the inputs (names, groups, reasons) is always a text cell, never a formula, even when
/// it begins with =, +, - or @. Labels follow <see cref="System.Globalization.CultureInfo.CurrentUICulture"/>;
/// numbers and codes never do.
/// </summary>
/// <remarks>
/// The ranking sheet has the columns of the results CSV (<c>ResultsCsvWriter</c>) in the same order, with the
/// same values rounded the same way, so the two can be compared cell by cell.
/// </remarks>
public static class ResultsWorkbook
{
    /// <summary>Writes a ranking (the results of <c>score</c> and <c>rank</c>).</summary>
    /// <param name="ranking">The ranking.</param>
    /// <param name="stream">Where to write the .xlsx; need not be seekable; not closed.</param>
    public static void Write(RankingResult ranking, Stream stream)
    {
        if (ranking is null)
        {
            throw new ArgumentNullException(nameof(ranking));
        }

        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        using var book = new WorkbookBuilder(stream);
        ResultsSheets.Ranking(book, ranking);
        ResultsSheets.ComponentIndices(book, ranking);
        ResultsSheets.CriteriaPoints(book, ranking);
        ResultsSheets.Accuracy(book, ranking);
    }

    /// <summary>Writes a scenario comparison: one row per scenario and unit (the columns of compare's CSV), then the baseline ranking.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="stream">Where to write the .xlsx; need not be seekable; not closed.</param>
    public static void Write(ScenarioComparison comparison, Stream stream)
    {
        if (comparison is null)
        {
            throw new ArgumentNullException(nameof(comparison));
        }

        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        using var book = new WorkbookBuilder(stream);
        ResultsSheets.Comparison(book, comparison);
        ResultsSheets.Ranking(book, comparison.Baseline);
    }

    /// <summary>Writes a rank uncertainty result: one row per unit (the columns of uncertainty's CSV), and the sensitivity indices when computed.</summary>
    /// <param name="result">The result.</param>
    /// <param name="stream">Where to write the .xlsx; need not be seekable; not closed.</param>
    public static void Write(UncertaintyResult result, Stream stream)
    {
        if (result is null)
        {
            throw new ArgumentNullException(nameof(result));
        }

        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        using var book = new WorkbookBuilder(stream);
        ResultsSheets.Uncertainty(book, result);
        if (result.Sensitivity is { } sensitivity)
        {
            ResultsSheets.Sensitivity(book, result, sensitivity);
        }
    }
}
