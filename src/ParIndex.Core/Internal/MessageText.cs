using System;
using System.Globalization;
using System.Text;
using ParIndex.Resources;

namespace ParIndex.Internal;

/// <summary>
/// Makes a message safe to print, whatever input it quotes: a quoted value longer than <see cref="MaxQuoted"/> characters
/// is cut (with … and its full length), and characters a terminal would act on or not show — control characters, line
/// breaks, byte-order marks, bidirectional overrides, zero-width characters — are written as &lt;U+XXXX&gt;.
/// </summary>
internal static class MessageText
{
    /// <summary>The most characters of one quoted value shown.</summary>
    public const int MaxQuoted = 80;

    /// <summary>The longest message shown; only a message quoting many values can reach it.</summary>
    public const int MaxLength = 2000;

    /// <summary>The message as it should be shown.</summary>
    public static string Shorten(string message, CultureInfo culture)
    {
        if (message.Length <= MaxQuoted && !HasInvisible(message))
        {
            return message;
        }

        var result = new StringBuilder(Math.Min(message.Length, MaxLength + 16));
        var i = 0;
        while (i < message.Length && result.Length < MaxLength)
        {
            if (message[i] == '\'' && (i == 0 || !char.IsLetterOrDigit(message[i - 1])))
            {
                var close = i + 1;
                while (close < message.Length && !(message[close] == '\'' && (close + 1 == message.Length || !char.IsLetterOrDigit(message[close + 1]))))
                {
                    close++;
                }

                var inner = message.Substring(i + 1, close - i - 1);
                if (inner.Length > MaxQuoted)
                {
                    var cut = char.IsHighSurrogate(inner[MaxQuoted - 1]) ? MaxQuoted - 1 : MaxQuoted;
                    var template = Safety.ResourceManager.GetString(nameof(Safety.Text_Truncated), culture) ?? "'{0}…' ({1} characters)";
                    result.Append(string.Format(CultureInfo.InvariantCulture, template, Visible(inner.Substring(0, cut)), inner.Length.ToString("N0", CultureInfo.InvariantCulture)));
                }
                else
                {
                    result.Append('\'').Append(Visible(inner));
                    if (close < message.Length)
                    {
                        result.Append('\'');
                    }
                }

                i = close + 1;
                continue;
            }

            AppendVisible(result, message[i]);
            i++;
        }

        if (i < message.Length)
        {
            result.Append('…');
        }

        return result.ToString();
    }

    /// <summary>Whether <paramref name="c"/> is a character a terminal acts on or does not show.</summary>
    public static bool IsInvisible(char c) =>
        c < 0x20 || (c >= 0x7F && c <= 0x9F)
        || (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2060' && c <= '\u2069')
        || c == '\uFEFF' || c == '\u00AD' || c == '\u061C' || c == '\uFFF9' || c == '\uFFFA' || c == '\uFFFB';

    /// <summary>"U+202E" for a character.</summary>
    public static string CodePoint(char c) => "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);

    private static bool HasInvisible(string text)
    {
        foreach (var c in text)
        {
            if (IsInvisible(c))
            {
                return true;
            }
        }

        return false;
    }

    private static string Visible(string text)
    {
        if (!HasInvisible(text))
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            AppendVisible(result, c);
        }

        return result.ToString();
    }

    private static void AppendVisible(StringBuilder result, char c)
    {
        if (IsInvisible(c))
        {
            result.Append('<').Append(CodePoint(c)).Append('>');
        }
        else
        {
            result.Append(c);
        }
    }
}
