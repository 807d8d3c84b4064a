using System.Globalization;
using ParIndex.Cli.Resources;

namespace ParIndex.Cli.Rendering;

/// <summary>Counted nouns: English has one and other forms ("1 unit", "2 units"); Vietnamese one form ("1 đơn vị").</summary>
internal static class Plural
{
    public static string Units(int count) => Of(count, Strings.Units_One, Strings.Units_Other);

    public static string AppraisalRounds(int count) => Of(count, Strings.Rounds_One, Strings.Rounds_Other);

    /// <summary>The "one" text for 1, the "other" text otherwise, with the count in place of {0}.</summary>
    public static string Of(int count, string one, string other) =>
        string.Format(CultureInfo.InvariantCulture, count == 1 ? one : other, count);
}
