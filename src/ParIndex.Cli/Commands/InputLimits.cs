using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using ParIndex.Cli.Resources;
using ParIndex.Criteria;
using ParIndex.IO;

namespace ParIndex.Cli.Commands;

/// <summary>
/// The global <c>--limit NAME=N</c> option (repeatable): raises or lowers the read limits of every input
/// (<see cref="ReadLimits"/>, the criteria, scenario and survey definition file sizes) and the work of <c>uncertainty</c>.
/// </summary>
internal sealed class InputLimits
{
    /// <summary>The names accepted, in the order of the help text.</summary>
    public static readonly IReadOnlyList<string> Names = new[] { "bytes", "cell", "rows", "columns", "units", "work" };

    private InputLimits(ReadLimits read, long? bytes, long? work)
    {
        Read = read;
        Bytes = bytes;
        Work = work;
    }

    /// <summary>The limits of table inputs (CSV files, previous results, weight samples).</summary>
    public ReadLimits Read { get; }

    /// <summary>The byte limit given with --limit bytes=N, which also applies to criteria and scenario files; null when not given.</summary>
    public long? Bytes { get; }

    /// <summary>The most bytes read from a survey definition file: --limit bytes=N, else the library's default.</summary>
    public long SurveyDefinitionBytes => Bytes ?? ParIndex.Survey.SurveyDefinitionLoader.MaxFileBytes;

    /// <summary>The work limit given with --limit work=N; null when not given.</summary>
    public long? Work { get; }

    /// <summary>The option, added to the root command and inherited by every command.</summary>
    public static Option<string[]> CreateOption() => new("--limit")
    {
        Description = Safety.Option_LimitDescription,
        HelpName = "NAME=N",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>The limits of this run: the defaults with every --limit applied.</summary>
    /// <exception cref="CliUsageException">A --limit value is not NAME=N with a known name and a whole number of 1 or more.</exception>
    public static InputLimits Of(ParseResult parse, CliContext context)
    {
        var read = ReadLimits.Default;
        long? bytes = null, work = null;
        var given = parse.GetResult(context.LimitOption) is null ? Array.Empty<string>() : parse.GetValue(context.LimitOption) ?? Array.Empty<string>();
        foreach (var limit in given)
        {
            var (name, text) = Split(limit) ?? ("", "");
            if (Array.IndexOf(ParIndex.Excel.WorkbookLimits.Names, name) >= 0 && !Names.Contains(name))
            {
                // A workbook limit, applied by Workbook; checked here too, so that a command that
                // opens no workbook refuses a malformed one like any other instead of ignoring it.
                if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var workbookValue) || workbookValue < 1)
                {
                    throw Malformed(limit);
                }

                continue;
            }

            if (!Names.Contains(name) || !long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1
                || (name is not ("bytes" or "work") && value > int.MaxValue))
            {
                throw Malformed(limit);
            }

            switch (name)
            {
                case "bytes": read.MaxBytes = value; bytes = value; break;
                case "cell": read.MaxCellLength = (int)value; break;
                case "rows": read.MaxRows = (int)value; break;
                case "columns": read.MaxColumns = (int)value; break;
                case "units": read.MaxUnits = (int)value; break;
                default: work = value; break;
            }
        }

        return new InputLimits(read, bytes, work);
    }

    /// <summary>The one refusal of a --limit value, whichever limit it names (read or workbook).</summary>
    public static CliUsageException Malformed(string limit) =>
        new(Safety.FormatOption_Limit(limit, string.Join(", ", Names.Concat(ParIndex.Excel.WorkbookLimits.Names).Distinct())));

    /// <summary>A --limit value split as it is read everywhere: the name trimmed and lower-cased, the number without '_' separators; null without '='.</summary>
    public static (string Name, string Number)? Split(string limit)
    {
        var at = limit.IndexOf('=', StringComparison.Ordinal);
        return at < 0 ? null : (limit.Substring(0, at).Trim().ToLowerInvariant(), limit.Substring(at + 1).Trim().Replace("_", "", StringComparison.Ordinal));
    }

    /// <summary>The workbook limits (ParIndex.Excel), with each --limit NAME=N that names one applied.</summary>
    /// <exception cref="CliUsageException">A --limit value is neither a read limit nor NAME=N with a workbook limit's name and a whole number of 1 or more.</exception>
    public static ParIndex.Excel.WorkbookLimits Workbook(ParseResult parse, CliContext context)
    {
        var limits = ParIndex.Excel.WorkbookLimits.Default;
        foreach (var given in parse.GetValue(context.LimitOption) ?? Array.Empty<string>())
        {
            // Read like Of reads it (any case, '_' separators), and refused with the same message.
            var (name, number) = Split(given) ?? ("", "");
            if (Names.Contains(name) && Array.IndexOf(ParIndex.Excel.WorkbookLimits.Names, name) < 0)
            {
                continue; // a read limit of every input (Of)
            }

            if (Array.IndexOf(ParIndex.Excel.WorkbookLimits.Names, name) < 0
                || !long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
            {
                throw Malformed(given);
            }

            limits = limits.With(name, value);
        }

        return limits;
    }

    /// <summary>The criteria load options: the defaults, with --limit bytes=N applied.</summary>
    public CriteriaLoadOptions Criteria()
    {
        var options = CriteriaLoadOptions.Default;
        if (Bytes is { } bytes)
        {
            options.MaxFileBytes = bytes;
        }

        return options;
    }
}
