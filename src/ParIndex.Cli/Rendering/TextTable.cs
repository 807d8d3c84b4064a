using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace ParIndex.Cli.Rendering;

/// <summary>
/// A plain-text table with aligned columns, laid out to fit a width: width is measured in text elements so Vietnamese
/// diacritics line up; when the table is wider than the width, text columns wrap inside their column (tree
/// indentation kept) while right-aligned columns (numbers) never wrap — only their headings may take two lines.
/// Nothing is cut: every cell's whole text is shown.
/// </summary>
internal sealed class TextTable
{
    private const string Gap = "  ";
    private readonly string[] headers;
    private readonly bool[] rightAligned;
    private readonly List<string[]> rows = new();
    private readonly Dictionary<int, List<string>> details = new();

    public TextTable(params string[] headers)
    {
        this.headers = headers.Select(VisibleText.Of).ToArray();
        rightAligned = new bool[headers.Length];
    }

    /// <summary>Right-aligns the named columns (numbers): they never wrap.</summary>
    public TextTable AlignRight(params int[] columns)
    {
        foreach (var c in columns)
        {
            rightAligned[c] = true;
        }

        return this;
    }

    public int RowCount => rows.Count;

    public void Add(params string?[] cells)
    {
        if (cells.Length != headers.Length)
        {
            throw new ArgumentException($"Expected {headers.Length} cells, got {cells.Length}.", nameof(cells));
        }

        // Cells come from input files: an invisible character (U+202E…) is shown as <U+XXXX>, so it cannot reverse
        // or hide the rest of the row, and widths are measured on what is shown.
        rows.Add(cells.Select(c => VisibleText.Of(c ?? "")).ToArray());
    }

    /// <summary>
    /// Adds a line of detail under the last row, across the whole width (indented under the second column), for text too
    /// long for a column: an appraisal's reason, a note.
    /// </summary>
    public void AddDetail(string text)
    {
        if (rows.Count == 0)
        {
            throw new InvalidOperationException("A detail belongs to a row; add the row first.");
        }

        if (!details.TryGetValue(rows.Count - 1, out var list))
        {
            details[rows.Count - 1] = list = new List<string>();
        }

        list.Add(VisibleText.Of(text));
    }

    /// <summary>Writes the table within the width of <paramref name="writer"/> (see <see cref="FittingWriter"/>; unlimited for other writers).</summary>
    public void Write(TextWriter writer) => Write(FittingWriter.TargetOf(writer), FittingWriter.WidthOf(writer));

    /// <summary>Writes the table in at most <paramref name="width"/> columns when its numbers fit in it.</summary>
    public void Write(TextWriter writer, int width)
    {
        var widths = Layout(width);
        WriteRow(writer, headers, widths, header: true);
        writer.WriteLine(string.Join(Gap, widths.Select(w => new string('-', w))).TrimEnd());
        var detailIndent = new string(' ', headers.Length > 1 ? widths[0] + Gap.Length : 2);
        for (var r = 0; r < rows.Count; r++)
        {
            WriteRow(writer, rows[r], widths, header: false);
            if (details.TryGetValue(r, out var lines))
            {
                foreach (var detail in lines)
                {
                    foreach (var line in TextWrap.Lines(detailIndent + Indentation(rows[r]) + detail, width, hangingIndent: 2))
                    {
                        writer.WriteLine(line);
                    }
                }
            }
        }
    }

    /// <summary>The tree indentation of a row: the leading spaces of its first text cell after the first column.</summary>
    private string Indentation(string[] row)
    {
        for (var i = 1; i < row.Length; i++)
        {
            if (!rightAligned[i])
            {
                var n = row[i].Length - row[i].TrimStart(' ').Length;
                return new string(' ', n);
            }
        }

        return "";
    }

    public static int Width(string text) => TextWrap.Width(text);

    /// <summary>Column widths: natural when the table fits, else numbers at their widest cell and text columns sharing the rest.</summary>
    internal int[] Layout(int width)
    {
        var n = headers.Length;
        var natural = new int[n];
        for (var i = 0; i < n; i++)
        {
            natural[i] = Math.Max(Width(headers[i]), rows.Count == 0 ? 0 : rows.Max(r => Width(r[i])));
        }

        var gaps = Gap.Length * (n - 1);
        if (natural.Sum() + gaps <= width)
        {
            return natural;
        }

        var widths = new int[n];
        var text = new List<int>();
        for (var i = 0; i < n; i++)
        {
            if (rightAligned[i])
            {
                // Numbers never wrap; the heading may wrap at its spaces.
                widths[i] = Math.Max(LongestWord(headers[i]), rows.Count == 0 ? 0 : rows.Max(r => Width(r[i])));
            }
            else
            {
                text.Add(i);
            }
        }

        var available = width - gaps - widths.Sum();
        if (text.Count == 0)
        {
            Share(available, Enumerable.Range(0, n).ToList(), widths, natural);
            return widths;
        }

        // Each text column first gets its longest word (codes stay whole), capped so no column starves the others.
        var longest = new int[n];
        foreach (var i in text)
        {
            longest[i] = Math.Min(natural[i], Math.Max(LongestWord(headers[i]), rows.Count == 0 ? 0 : rows.Max(r => LongestWord(r[i]))));
        }

        var cap = text.Sum(i => longest[i]) <= available ? int.MaxValue : Math.Max(8, available / text.Count);
        foreach (var i in text)
        {
            widths[i] = Math.Min(longest[i], cap);
        }

        var extra = available - text.Sum(i => widths[i]);
        if (extra < 0)
        {
            // Too narrow even for whole words: share what there is, at least 4 columns each (words are cut).
            foreach (var i in text)
            {
                widths[i] = Math.Max(4, Math.Min(widths[i], available / text.Count));
            }

            return widths;
        }

        // Then the rest goes to the text columns that want more, in proportion to what they lack, up to their natural
        // width; what is still left widens number columns whose heading had to wrap.
        extra = Share(extra, text, widths, natural);
        foreach (var i in Enumerable.Range(0, n).Where(i => rightAligned[i]).OrderBy(i => natural[i] - widths[i]))
        {
            // The headings that need least first: "Chỉ số" on one line before half of a long heading.
            var add = Math.Min(extra, natural[i] - widths[i]);
            widths[i] += add;
            extra -= add;
        }

        return widths;
    }

    /// <summary>Gives up to <paramref name="extra"/> columns to <paramref name="columns"/> in proportion to what they lack of their natural width; returns what is left.</summary>
    private static int Share(int extra, List<int> columns, int[] widths, int[] natural)
    {
        while (extra > 0)
        {
            var wanting = columns.Where(i => widths[i] < natural[i]).ToArray();
            if (wanting.Length == 0)
            {
                break;
            }

            var lacking = wanting.Sum(i => (long)(natural[i] - widths[i]));
            var given = 0;
            foreach (var i in wanting)
            {
                var add = (int)Math.Min(natural[i] - widths[i], extra * (natural[i] - widths[i]) / lacking);
                widths[i] += add;
                given += add;
            }

            extra -= given;
            if (given == 0)
            {
                // Rounding left a few columns over: one each, widest lack first.
                foreach (var i in wanting.OrderByDescending(i => natural[i] - widths[i]).Take(extra))
                {
                    widths[i]++;
                    extra--;
                }
            }
        }

        return extra;
    }

    private static int LongestWord(string text) => TextWrap.LongestWord(text);

    private void WriteRow(TextWriter writer, string[] cells, int[] widths, bool header)
    {
        var columns = new List<string>[cells.Length];
        for (var i = 0; i < cells.Length; i++)
        {
            columns[i] = rightAligned[i] && !header ? new List<string> { cells[i] } : TextWrap.Lines(cells[i], widths[i]);
        }

        var height = columns.Max(c => c.Count);
        for (var line = 0; line < height; line++)
        {
            var sb = new StringBuilder();
            for (var i = 0; i < cells.Length; i++)
            {
                var cell = line < columns[i].Count ? columns[i][line] : "";
                var pad = new string(' ', Math.Max(0, widths[i] - Width(cell)));
                if (i > 0)
                {
                    sb.Append(Gap);
                }

                sb.Append(rightAligned[i] ? pad + cell : cell + pad);
            }

            writer.WriteLine(sb.ToString().TrimEnd());
        }
    }
}
