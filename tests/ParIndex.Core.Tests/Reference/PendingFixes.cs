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
