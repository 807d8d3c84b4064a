using System.Text;

namespace ParIndex.Reports.Text;

/// <summary>
/// Escaping for HTML and SVG. Every text that comes from input files (names, reasons, codes, groups) is written
/// through these, in element content and in attribute values alike, so that it stays text.
/// </summary>
internal static class Markup
{
    /// <summary>
    /// Appends <paramref name="text"/> escaped for element content or a double-quoted attribute: &amp; &lt; &gt; &quot; &#39;
    /// become references; control characters that XML and HTML forbid become U+FFFD; bidirectional controls and invisible
    /// marks (U+202E, U+2066, U+200F, U+FEFF…) are shown as &lt;U+XXXX&gt;, as in the text tables, so that a name holding
    /// one cannot reverse or hide the text after it (in a table row, a chart label or a tooltip alike).
    /// </summary>
    public static StringBuilder AppendEscaped(this StringBuilder sb, string? text)
    {
        if (text is null)
        {
            return sb;
        }

        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                default:
                    if (IsBidiOrInvisible(c))
                    {
                        sb.Append("&lt;U+").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)).Append("&gt;");
                    }
                    else
                    {
                        sb.Append(IsForbidden(c) ? '\uFFFD' : c);
                    }

                    break;
            }
        }

        return sb;
    }

    /// <summary>The text escaped (see <see cref="AppendEscaped"/>).</summary>
    public static string Escape(string? text) => new StringBuilder().AppendEscaped(text).ToString();

    /// <summary>Replaces the characters XML 1.0 forbids (and DEL and C1 controls, which HTML forbids) with U+FFFD; Word documents need it too.</summary>
    public static string Clean(string text)
    {
        foreach (var c in text)
        {
            if (IsForbidden(c))
            {
                var sb = new StringBuilder(text.Length);
                foreach (var d in text)
                {
                    sb.Append(IsForbidden(d) ? '\uFFFD' : d);
                }

                return sb.ToString();
            }
        }

        return text;
    }

    // Zero-width (non-)joiners and the soft hyphen are kept: scripts and hyphenation use them, and they reorder nothing.
    private static bool IsBidiOrInvisible(char c) =>
        c == '\u200B' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2060' && c <= '\u2069')
        || c == '\u061C' || c == '\uFEFF';

    // Lone surrogates are not forbidden here: .NET strings pair them, and an unpaired one is written as U+FFFD by the UTF-8 encoder.
    private static bool IsForbidden(char c) => (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F) || c == '\uFFFE' || c == '\uFFFF';
}
