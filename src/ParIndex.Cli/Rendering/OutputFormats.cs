using System;
using System.Collections.Generic;
using System.IO;

namespace ParIndex.Cli.Rendering;

/// <summary>
/// Which --format a file extension of --out means. Add a row when a command learns a format (.xlsx, .html, .docx):
/// --out then chooses it without --format, and a --format that says otherwise is refused.
/// </summary>
internal static class OutputFormats
{
    /// <summary>Extension (with the dot, any case) → format name.</summary>
    public static IReadOnlyDictionary<string, string> ByExtension { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".csv"] = "csv",
        [".json"] = "json",
        [".html"] = "html",
        [".htm"] = "html",
        [".docx"] = "docx",
        [".xlsx"] = "xlsx",

        // Not written by the tool: named so that --out results.xls is refused instead of filled with the text table.
        [".xls"] = "xls",
    };

    /// <summary>The format an output file's extension names, or <see langword="null"/> (e.g. .txt: any format may go there).</summary>
    public static string? OfFile(string? path) =>
        path is not null && ByExtension.TryGetValue(Path.GetExtension(path), out var format) ? format : null;
}
