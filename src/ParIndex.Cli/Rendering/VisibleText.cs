using System.Globalization;
using System.Text;

namespace ParIndex.Cli.Rendering;

/// <summary>
/// Text from input files (unit and criterion names, groups, reasons) shown to people: characters a terminal acts on or
/// does not show — control characters, byte-order marks, bidirectional overrides and isolates (U+202E would reverse the
/// rest of a table row), zero-width characters — are shown as &lt;U+XXXX&gt;, as in error messages. Names may contain
/// them (they are not ids); every text table and every line written through <see cref="FittingWriter"/> neutralises them.
/// Machine outputs (CSV, JSON) keep the text as it was read.
/// </summary>
internal static class VisibleText
{
    /// <summary>Whether <paramref name="c"/> is shown as &lt;U+XXXX&gt; (the same characters as the library's messages).</summary>
    public static bool IsInvisible(char c) =>
        c < 0x20 || (c >= 0x7F && c <= 0x9F)
        || (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2060' && c <= '\u2069')
        || c == '\uFEFF' || c == '\u00AD' || c == '\u061C' || c == '\uFFF9' || c == '\uFFFA' || c == '\uFFFB';

    /// <summary>The text with each invisible character written as &lt;U+XXXX&gt;; the same string when it has none.</summary>
    public static string Of(string text)
    {
        var i = 0;
        while (i < text.Length && !IsInvisible(text[i]))
        {
            i++;
        }

        if (i == text.Length)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16).Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            Append(sb, text[i]);
        }

        return sb.ToString();
    }

    /// <summary>Appends <paramref name="c"/>, or &lt;U+XXXX&gt; for an invisible character.</summary>
    public static void Append(StringBuilder sb, char c)
    {
        if (IsInvisible(c))
        {
            sb.Append("<U+").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append('>');
        }
        else
        {
            sb.Append(c);
        }
    }
}
