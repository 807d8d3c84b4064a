using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace ParIndex.Internal;

/// <summary>
/// "Did you mean …?": the known names closest to a mistyped one by edit distance (insertions, deletions, substitutions
/// and swaps of two neighbours), compared case-insensitively and also without Vietnamese diacritics, so that "Hà Tính",
/// "ha tinh" and "Ha Tinh" all find "Hà Tĩnh". Also compiled into the command-line tool.
/// </summary>
internal static class Suggestions
{
    /// <summary>The candidates closest to <paramref name="input"/> (at most <paramref name="max"/>, best first), or none when nothing is close.</summary>
    public static IReadOnlyList<string> Closest(string input, IEnumerable<string> candidates, int max = 3)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return Array.Empty<string>();
        }

        var key = Key(input, keepMarks: true);
        var bare = Key(input, keepMarks: false);
        var scored = new List<(string Candidate, int Distance)>();
        foreach (var candidate in candidates.Distinct(StringComparer.Ordinal))
        {
            var distance = Math.Min(Distance(key, Key(candidate, keepMarks: true)), Distance(bare, Key(candidate, keepMarks: false)));
            // Below the input's length: a one-character code is one substitution from every other one, which suggests nothing.
            var limit = Math.Min(Math.Max(1, Math.Min(key.Length, candidate.Length) / 3), key.Length - 1);
            if (distance <= limit && candidate != input)
            {
                scored.Add((candidate, distance));
            }
        }

        return scored.OrderBy(s => s.Distance).ThenBy(s => s.Candidate, StringComparer.Ordinal).Take(max).Select(s => s.Candidate).ToArray();
    }

    /// <summary>Lower-cased, trimmed, NFC; without combining marks (and with đ as d) when <paramref name="keepMarks"/> is false.</summary>
    internal static string Key(string text, bool keepMarks)
    {
        var lower = text.Trim().ToLowerInvariant();
        if (keepMarks)
        {
            return lower.Normalize(NormalizationForm.FormC);
        }

        var sb = new StringBuilder(lower.Length);
        foreach (var c in lower.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c == 'đ' ? 'd' : c);
            }
        }

        return sb.ToString();
    }

    /// <summary>Optimal string alignment distance (Damerau–Levenshtein without repeated edits of a substring).</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
