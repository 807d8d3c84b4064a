using System.Collections.Generic;
using System.Linq;
using ParIndex.Cli.Resources;
using ParIndex.Internal;

namespace ParIndex.Cli.Rendering;

/// <summary>The "; did you mean 'X'?" ending of a message about an unknown name (empty when nothing is close).</summary>
internal static class Suggest
{
    public static string DidYouMean(string input, IEnumerable<string> candidates)
    {
        var closest = Suggestions.Closest(input, candidates);
        return closest.Count == 0 ? "" : Strings.FormatSuggest_DidYouMean(string.Join(Strings.Suggest_Or, closest.Select(c => "'" + c + "'")));
    }
}
