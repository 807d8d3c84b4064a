using System.Collections.Generic;
using System.Linq;

namespace ParIndex.Tests.Reference;

/// <summary>
/// Differences caused by bugs that are listed in issue 10 and being fixed on another branch; each entry names the bug.
/// Empty once the fixes are merged: the property then holds without exceptions.
/// </summary>
internal static class PendingFixes
{
    private static readonly (string Bug, System.Func<string, bool> Matches)[] Pending =
    {
        ("issue 10 bug 7: JSON figures not printed with exactly `precision` decimals", p => p.StartsWith("score.json", System.StringComparison.Ordinal) && IsScaleOnly(p)),
        ("issue 10 bug 8: a unit that joins or leaves a group keeps a group rank change", p => (p.Contains("group_rank_change: expected ''", System.StringComparison.Ordinal) || p.Contains("groupRankChange: expected null", System.StringComparison.Ordinal) || (p.StartsWith("rank.csv", System.StringComparison.Ordinal) && p.Contains("rank_change: expected ''", System.StringComparison.Ordinal)))),
        ("issue 10 bug 1: weight shares round the wrong way, so a correct file is refused", p => p.Contains("tiers must give", System.StringComparison.Ordinal) || p.Contains("add up to", System.StringComparison.Ordinal) || p.Contains("options must give", System.StringComparison.Ordinal) || p.Contains("does not divide its max", System.StringComparison.Ordinal)),
        ("issue 10 bug 7: JSON previousIndex and indexChange not rounded", p => p.Contains(".previousIndex: ", System.StringComparison.Ordinal) || p.Contains(".indexChange: ", System.StringComparison.Ordinal)),
    };

    public static List<string> Without(List<string> problems) => problems.Where(p => !Pending.Any(k => k.Matches(p))).ToList();

    /// <summary>"expected 100.00, found 100": the same number printed with another scale.</summary>
    private static bool IsScaleOnly(string problem)
    {
        var at = problem.IndexOf(": expected ", System.StringComparison.Ordinal);
        var found = problem.IndexOf(", found ", System.StringComparison.Ordinal);
        if (at < 0 || found < 0)
        {
            return false;
        }

        var expected = problem.Substring(at + 11, found - at - 11);
        var actual = problem.Substring(found + 8);
        return decimal.TryParse(expected, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var e)
            && decimal.TryParse(actual, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var a)
            && e == a;
    }
}
