using System;
using System.Collections.Generic;
using System.Globalization;

namespace ParIndex.Reports;

/// <summary>Settings shared by every report: language, date, which scorecards to include.</summary>
public sealed class ReportOptions
{
    /// <summary>The settings used when none are given: the current UI language, today's date, every scorecard.</summary>
    public static ReportOptions Default => new();

    /// <summary>
    /// The language of the labels: Vietnamese for <c>vi</c> (and any <c>vi-*</c>), English for every other culture.
    /// Defaults to <see cref="CultureInfo.CurrentUICulture"/> when the options are created. Numbers do not follow it
    /// (see <see cref="DecimalComma"/>), nor the machine's regional settings.
    /// </summary>
    public CultureInfo Culture { get; init; } = CultureInfo.CurrentUICulture;

    /// <summary>
    /// Whether numbers people read are written with a decimal comma (87,50) instead of a decimal point (87.50, the
    /// default in both languages, as in the tool's tables and in every input and output file).
    /// </summary>
    public bool DecimalComma { get; init; }

    /// <summary>The date printed in the summary; <see langword="null"/> prints today's date (local time).</summary>
    public DateTime? Date { get; init; }

    /// <summary>
    /// The units (by id) that get a scorecard in the HTML ranking report, in ranking order; empty for none;
    /// <see langword="null"/> (the default) for every unit when the round has at most <see cref="ScorecardLimit"/> units,
    /// else none, with a note in the summary saying so. Each scorecard lists the whole criteria tree (about 11 KB of HTML
    /// for the shipped district set), so a round of hundreds of units is published without them and the scorecards are
    /// written on their own (one unit per page); pass every id to include them anyway.
    /// </summary>
    public IReadOnlyCollection<string>? ScorecardUnits { get; init; }

    /// <summary>
    /// With <see cref="ScorecardUnits"/> <see langword="null"/>: the most units a round may have for the ranking report to
    /// include every unit's scorecard (default <see cref="DefaultScorecardLimit"/>, which keeps the report of the shipped
    /// sets under 2 MB).
    /// </summary>
    public int ScorecardLimit { get; init; } = DefaultScorecardLimit;

    /// <summary>The default <see cref="ScorecardLimit"/>: 100 units.</summary>
    public const int DefaultScorecardLimit = 100;

    /// <summary>How many of the largest movers the comparison report lists per scenario (default 10).</summary>
    public int Movers { get; init; } = 10;

    /// <summary>How many criteria a scorecard lists under "what it would take" (default 10).</summary>
    public int TopCriteria { get; init; } = 10;

    internal DateTime DateOrToday => Date ?? DateTime.Today;

    internal void Check()
    {
        if (Culture is null)
        {
            throw new ArgumentException("ReportOptions.Culture is null.");
        }

        if (Movers < 0 || TopCriteria < 0 || ScorecardLimit < 0)
        {
            throw new ArgumentOutOfRangeException(Movers < 0 ? nameof(Movers) : TopCriteria < 0 ? nameof(TopCriteria) : nameof(ScorecardLimit), "Must be 0 or more.");
        }
    }
}
