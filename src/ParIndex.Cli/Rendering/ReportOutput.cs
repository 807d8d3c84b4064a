using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ParIndex.Cli.Resources;
using ParIndex.Reports;

namespace ParIndex.Cli.Rendering;

/// <summary>
/// The document formats of a command (<c>--format html</c>, <c>--format docx</c>, <c>--format xlsx</c>): each writes a
/// report from ParIndex.Reports or a workbook from ParIndex.Excel to --out (atomically), HTML also to standard output;
/// a Word document or a workbook needs --out.
/// </summary>
internal sealed class ReportOutput
{
    private readonly Dictionary<string, Action<Stream>> writers = new(StringComparer.Ordinal);

    public ReportOutput Html(Action<Stream> write)
    {
        writers["html"] = write;
        return this;
    }

    public ReportOutput Docx(Action<Stream> write)
    {
        writers["docx"] = write;
        return this;
    }

    /// <summary>The results workbook (ParIndex.Excel's <c>ResultsWorkbook</c>): bytes, so --out is required.</summary>
    public ReportOutput Xlsx(Action<Stream> write)
    {
        writers["xlsx"] = write;
        return this;
    }

    public bool Writes(string format) => writers.ContainsKey(format);

    /// <summary>
    /// The output of a document format: HTML is text (a file, or standard output), a Word document bytes (a file only;
    /// <see cref="EnsureOutFor"/> refuses it earlier).
    /// </summary>
    public OutputContent Content(string format, string? path)
    {
        var write = writers[format];
        if (format != "html")
        {
            return OutputContent.Binary(format, write);
        }

        return OutputFile.Text(path, w =>
        {
            using var buffer = new MemoryStream();
            write(buffer);
            w.Write(Encoding.UTF8.GetString(buffer.ToArray()));
        });
    }

    /// <summary>A usage error, before any input is read, when a binary format is asked for without --out.</summary>
    public static void EnsureOutFor(string format, string? outFile)
    {
        if (format is "docx" or "xlsx" && outFile is null)
        {
            throw new CliUsageException(Safety.FormatOutput_NeedsFile(format));
        }
    }

    /// <summary>The report settings: labels and number style follow the interface language (CurrentUICulture).</summary>
    public static ReportOptions Options(IReadOnlyCollection<string>? scorecards = null) => new() { Culture = CultureInfo.CurrentUICulture, ScorecardUnits = scorecards };

    /// <summary>The --scorecards option of the ranking report.</summary>
    public static Option<string> ScorecardsOption() => new("--scorecards")
    {
        Description = Strings.Report_OptionScorecards,
        DefaultValueFactory = _ => "auto",
    };

    /// <summary>
    /// Reads --scorecards: <see langword="null"/> for 'auto' (every unit up to <see cref="ReportOptions.DefaultScorecardLimit"/>
    /// units, else none with a note), every id for 'all', empty for 'none', else the ids (each must be a ranked unit).
    /// </summary>
    public static IReadOnlyCollection<string>? Scorecards(Ranking.RankingResult ranking, string value)
    {
        switch (value.Trim())
        {
            case "auto":
                return null;
            case "all":
                return ranking.Units.Select(u => u.Id).ToArray();
            case "none":
                return Array.Empty<string>();
        }

        var ids = value.Split(',').Select(id => id.Trim()).Where(id => id.Length > 0).ToArray();
        foreach (var id in ids)
        {
            if (!ranking.TryGetUnit(id, out _))
            {
                throw new CliUsageException(Strings.FormatReport_UnknownScorecardUnit(id) + Suggest.DidYouMean(id, ranking.Units.Select(u => u.Id)));
            }
        }

        return ids;
    }
}
