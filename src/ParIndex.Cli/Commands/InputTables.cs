using System;
using System.CommandLine;
using ParIndex.Cli.Resources;
using ParIndex.Excel;
using ParIndex.IO;

namespace ParIndex.Cli.Commands;

/// <summary>How the round commands open each input table: a workbook (.xlsx, .xls) or CSV, told apart by content, each within the --limit limits.</summary>
internal static class InputTables
{
    /// <summary>The opener of a round's tables; <paramref name="sheet"/> (--sheet) names the sheet of <paramref name="units"/>, which must then be a workbook.</summary>
    /// <exception cref="CliUsageException">--sheet given for a self-assessment file that is not a workbook, or a --limit value is invalid.</exception>
    public static Func<string, TableSource> Opener(ParseResult parse, CliContext context, string units, string? sheet)
    {
        var limits = InputLimits.Workbook(parse, context);
        if (sheet is not null && !WorkbookTables.IsWorkbook(units))
        {
            throw new CliUsageException(ExcelCliText.Format("SheetNeedsWorkbook", units));
        }

        var read = InputLimits.Of(parse, context).Read;
        return path => WorkbookTables.IsWorkbook(path) ? WorkbookTables.Open(path, path == units ? sheet : null, limits) : TableSource.OpenCsv(path, read);
    }
}
