using System.Collections.Generic;
using System.Linq;

namespace ParIndex.Excel.Internal;

/// <summary>The exceptions for whole-workbook problems: each names the file (and the limit and how to raise it).</summary>
internal static class WorkbookErrors
{
    public static ParIndexException Limit(string source, string name, long value, string message) =>
        new(null, $"{source}: {Text.Format(message, Text.Count(value))} {Text.Format("LimitHowToRaise", name, Text.Count(value))}");

    public static ParIndexException NotAWorkbook(string source, string detail) =>
        new(null, $"{source}: {Text.Format("NotAWorkbook", detail)}");

    public static ParIndexException SheetNotFound(string source, string sheet, IEnumerable<string> sheets) =>
        new(null, $"{source}: {Text.Format("SheetNotFound", sheet, string.Join(", ", sheets.Select(s => "'" + s + "'")))}");
}
