using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace ParIndex.Cli.Rendering;

/// <summary>A plain-text table with aligned columns; width is measured in text elements so Vietnamese diacritics line up.</summary>
internal sealed class TextTable
{
    private readonly string[] headers;
    private readonly bool[] rightAligned;
    private readonly List<string[]> rows = new();

    public TextTable(params string[] headers)
    {
        this.headers = headers;
        rightAligned = new bool[headers.Length];
    }

    /// <summary>Right-aligns the named columns (numbers).</summary>
    public TextTable AlignRight(params int[] columns)
    {
        foreach (var c in columns)
        {
            rightAligned[c] = true;
        }

        return this;
    }

    public void Add(params string?[] cells)
    {
        if (cells.Length != headers.Length)
        {
            throw new ArgumentException($"Expected {headers.Length} cells, got {cells.Length}.", nameof(cells));
        }

        rows.Add(cells.Select(c => c ?? "").ToArray());
    }

    public void Write(TextWriter writer)
    {
        var widths = headers.Select(Width).ToArray();
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], Width(row[i]));
            }
        }

        WriteRow(writer, headers, widths);
        writer.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))).TrimEnd());
        foreach (var row in rows)
        {
            WriteRow(writer, row, widths);
        }
    }

    public static int Width(string text) => new StringInfo(text.Normalize(NormalizationForm.FormC)).LengthInTextElements;

    private void WriteRow(TextWriter writer, string[] cells, int[] widths)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < cells.Length; i++)
        {
            var pad = new string(' ', widths[i] - Width(cells[i]));
            if (i > 0)
            {
                sb.Append("  ");
            }

            sb.Append(rightAligned[i] ? pad + cells[i] : cells[i] + pad);
        }

        writer.WriteLine(sb.ToString().TrimEnd());
    }
}
