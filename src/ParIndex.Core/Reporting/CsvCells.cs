using System;
using System.Globalization;
using System.IO;
using CsvHelper;

namespace ParIndex.Reporting;

/// <summary>What every CSV this library writes shares: UTF-8 text, comma, "\n", invariant numbers, formula-like text escaped, empty cells for values that do not apply.</summary>
internal static class CsvCells
{
    public static CsvWriter Create(TextWriter writer) =>
        CsvWriter.Create(writer, new CsvWriterOptions { Injection = CsvInjection.Escape, FormatProvider = CultureInfo.InvariantCulture, NewLine = "\n" }, leaveOpen: true);

    /// <summary>The fixed-point format for a precision, e.g. "F2".</summary>
    public static string Format(int precision) => precision >= 0 && precision < Formats.Length ? Formats[precision] : "F" + precision.ToString(CultureInfo.InvariantCulture);

    /// <summary>The formats of the usual precisions, made once rather than for every cell written.</summary>
    private static readonly string[] Formats = { "F0", "F1", "F2", "F3", "F4", "F5", "F6" };

    public static void Int(CsvWriter csv, int? value)
    {
        if (value is { } v)
        {
            csv.WriteField(v, default);
        }
        else
        {
            csv.WriteField("");
        }
    }

    public static void Number(CsvWriter csv, decimal? value, int precision)
    {
        if (value is { } v)
        {
            // Figures.Round is the one rounding rule of every output; the format then only writes its digits.
            csv.WriteField(Figures.Round(v, precision), Format(precision).AsSpan());
        }
        else
        {
            csv.WriteField("");
        }
    }

    /// <summary>Points as reported: <see cref="Figures.Round(Points, int)"/>.</summary>
    public static void Number(CsvWriter csv, Points value, int precision) => csv.WriteField(Figures.Round(value, precision), Format(precision).AsSpan());

    /// <summary>An index (points ÷ maximum × 100) as reported, or an empty cell when the maximum is zero: <see cref="Ranking.RankMath.ReportedFigure"/>.</summary>
    public static void Index(CsvWriter csv, long points, long max, int precision)
    {
        if (Ranking.RankMath.ReportedFigure(points, max, precision) is { } figure)
        {
            csv.WriteField(figure, Format(precision).AsSpan());
        }
        else
        {
            csv.WriteField("");
        }
    }

    /// <summary>A statistic (a rank, a share) in <paramref name="format"/>, or an empty cell when undefined (NaN, infinite).</summary>
    public static void Statistic(CsvWriter csv, double? value, string format)
    {
        if (value is not { } v || double.IsNaN(v) || double.IsInfinity(v))
        {
            csv.WriteField("");
        }
        else
        {
            csv.WriteField(v, format.AsSpan());
        }
    }
}
