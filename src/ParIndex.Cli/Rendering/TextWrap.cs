using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ParIndex.Cli.Rendering;

/// <summary>
/// Word wrapping measured in text elements (a Vietnamese letter with its diacritics is one column): lines break at
/// spaces, a word longer than the line is cut, and leading indentation (tree depth) is kept on every line.
/// </summary>
internal static class TextWrap
{
    /// <summary>Display width: text elements of the NFC form.</summary>
    public static int Width(string text) => new StringInfo(text.Normalize(NormalizationForm.FormC)).LengthInTextElements;

    /// <summary>The widest word (run without spaces) of <paramref name="text"/>, with the leading indentation counted in the first.</summary>
    public static int LongestWord(string text)
    {
        var longest = 0;
        var indent = Indent(text);
        foreach (var word in text.Substring(indent).Split(' '))
        {
            longest = Math.Max(longest, Width(word));
        }

        return Math.Min(Width(text), longest + indent);
    }

    /// <summary>
    /// Lines of at most <paramref name="width"/> columns. Continuation lines keep the text's indentation plus
    /// <paramref name="hangingIndent"/> more (when that leaves room for text).
    /// </summary>
    public static List<string> Lines(string text, int width, int hangingIndent = 0)
    {
        var lines = new List<string>();
        width = Math.Max(1, width);
        if (Width(text) <= width)
        {
            lines.Add(text);
            return lines;
        }

        var indent = Math.Min(Indent(text), width / 2);
        var first = new string(' ', indent);
        var next = new string(' ', indent + hangingIndent <= width / 2 ? indent + hangingIndent : indent);
        var line = new StringBuilder(first);
        var lineWidth = indent;
        var atLineStart = true;
        foreach (var word in text.Substring(Indent(text)).Split(' '))
        {
            if (word.Length == 0)
            {
                continue;
            }

            var w = Width(word);
            if (!atLineStart && lineWidth + 1 + w > width)
            {
                lines.Add(line.ToString());
                line.Clear().Append(next);
                lineWidth = next.Length;
                atLineStart = true;
            }

            var rest = word;
            if (!atLineStart)
            {
                line.Append(' ');
                lineWidth++;
            }

            // A word longer than a whole line is cut at the line's end.
            while (lineWidth + Width(rest) > width && width - lineWidth > 0)
            {
                var (head, tail) = Split(rest, width - lineWidth);
                line.Append(head);
                lines.Add(line.ToString());
                line.Clear().Append(next);
                lineWidth = next.Length;
                rest = tail;
                if (lineWidth >= width)
                {
                    // No room after the indentation: drop it rather than loop.
                    line.Clear();
                    lineWidth = 0;
                }
            }

            line.Append(rest);
            lineWidth += Width(rest);
            atLineStart = false;
        }

        if (lineWidth > 0 || lines.Count == 0)
        {
            lines.Add(line.ToString().TrimEnd());
        }

        return lines;
    }

    private static (string Head, string Tail) Split(string word, int columns)
    {
        var info = new StringInfo(word.Normalize(NormalizationForm.FormC));
        columns = Math.Max(1, Math.Min(columns, info.LengthInTextElements));
        return (info.SubstringByTextElements(0, columns), columns >= info.LengthInTextElements ? "" : info.SubstringByTextElements(columns));
    }

    private static int Indent(string text)
    {
        var i = 0;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i;
    }
}
