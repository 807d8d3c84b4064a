using System;
using System.Globalization;
using System.Linq;
using System.Text;

namespace ParIndex.Tests.Reference;

/// <summary>How docs/input-format.md ("Values") reads a cell: not applicable, yes/no, an option's name, a number.</summary>
internal static class ReferenceValues
{
    private static readonly string[] NotApplicableWords = { "na", "n/a", "không phát sinh", "khong phat sinh", "kps", "not applicable" };

    private static readonly string[] YesWords = { "1", "có", "co", "c", "yes", "y", "true", "x", "đạt", "dat" };

    private static readonly string[] NoWords = { "0", "không", "khong", "k", "no", "n", "false", "không đạt", "khong dat", "" };

    public static bool IsNotApplicable(string text) => NotApplicableWords.Contains(Key(text));

    public static bool ParseYesNo(string text)
    {
        var key = Key(text);
        if (YesWords.Contains(key))
        {
            return true;
        }

        if (NoWords.Contains(key))
        {
            return false;
        }

        throw new FormatException($"'{text}' is not yes/no");
    }

    /// <summary>A number with a decimal point or comma, an optional sign and an optional trailing '%' (spaces allowed before it).</summary>
    public static Rational ParseNumber(string text)
    {
        var s = text.Trim();
        if (s.EndsWith('%'))
        {
            s = s.Substring(0, s.Length - 1).TrimEnd();
        }

        return Rational.Parse(s);
    }

    /// <summary>Whether two option names are the same: case, surrounding and repeated spaces and Unicode composition ignored.</summary>
    public static bool SameOption(string a, string b) => Key(a) == Key(b);

    private static string Key(string text)
    {
        var s = text.Normalize(NormalizationForm.FormC).Trim();
        var sb = new StringBuilder();
        var space = false;
        foreach (var ch in s)
        {
            if (char.IsWhiteSpace(ch))
            {
                space = true;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(ch);
        }

        return sb.ToString().ToLower(CultureInfo.InvariantCulture);
    }
}
