using System;
using System.Globalization;

namespace ParIndex.Internal;

/// <summary>
/// Reads raw values as officials type them: decimal point or decimal comma ("7,5"), percentages
/// ("95", "95%", "95,5 %"), yes/no in Vietnamese or English, and "not applicable" markers.
/// Never depends on the current culture.
/// </summary>
internal static class ValueText
{
    public static bool IsNotApplicable(string text)
    {
        // Every marker starts with 'n' or 'k' in any case; text whose first character after leading
        // white space is another ASCII character (a digit, usually) is not one, and needs no key.
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            if (c < 128 && (c | 0x20) != 'n' && (c | 0x20) != 'k')
            {
                return false;
            }

            break;
        }

        var key = TextKey.Of(text);
        // Also without diacritics, as "khong" is read for "không" (typed on a keyboard without Vietnamese input).
        return key is "na" or "n/a" or "không phát sinh" or "khong phat sinh" or "kps" or "not applicable";
    }

    /// <summary>Parses a number with a decimal point or a decimal comma, optionally followed by '%'. No thousands separators.</summary>
    public static bool TryParseNumber(string text, out decimal value)
    {
        value = 0;
        var s = text.Trim();
        if (s.EndsWith("%", StringComparison.Ordinal))
        {
            s = s.Substring(0, s.Length - 1).TrimEnd();
        }

        if (s.Length == 0 || s.Length > 40)
        {
            return false;
        }

        var separators = 0;
        foreach (var c in s)
        {
            if (c == ',' || c == '.')
            {
                separators++;
            }
        }

        if (separators > 1)
        {
            return false;
        }

        s = s.Replace(',', '.');
        return decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>
    /// <see cref="TryParseNumber"/> without a '%': the number reader of points, deltas, weights and indices, where a
    /// percentage would be a mistake.
    /// </summary>
    public static bool TryParsePlainNumber(string text, out decimal value) => TryParseNumber(text, out value) && text.IndexOf('%') < 0;

    /// <summary>Parses yes/no: 1/0, có/không, c/k, yes/no, y/n, true/false, đạt/không đạt (also without diacritics), x/empty.</summary>
    public static bool TryParseYesNo(string text, out bool yes)
    {
        switch (TextKey.Of(text))
        {
            case "1":
            case "có":
            case "co":
            case "c":
            case "yes":
            case "y":
            case "true":
            case "x":
            case "đạt":
            case "dat":
                yes = true;
                return true;
            case "0":
            case "":
            case "không":
            case "khong":
            case "k":
            case "no":
            case "n":
            case "false":
            case "không đạt":
            case "khong dat":
                yes = false;
                return true;
            default:
                yes = false;
                return false;
        }
    }
}
