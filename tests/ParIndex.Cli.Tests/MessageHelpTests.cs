using System;
using System.Collections.Generic;
using System.Linq;

namespace ParIndex.Cli.Tests;

/// <summary>
/// Every message of every resource file (an error or warning the user can see; the rule is in
/// <see cref="ResourceMessages"/>) has a help text <c>K_Help</c> in English and Vietnamese, so docs/errors.md lists
/// every one; every help text belongs to a message; the list of keys that are not messages names real keys only.
/// </summary>
public class MessageHelpTests
{
    public static IEnumerable<object[]> ResourceFiles() => ResourceMessages.ResourceFiles().Select(f => new object[] { f });

    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void EveryMessageHasAHelpTextInEnglishAndVietnamese(string file)
    {
        var en = ResourceMessages.Read(file);
        var vi = ResourceMessages.Read(ResourceMessages.ViPath(file));
        var missing = ResourceMessages.Messages(file)
            .SelectMany(k => new[] { (Key: k, Texts: en, Language: "English"), (Key: k, Texts: vi, Language: "Vietnamese") })
            .Where(m => !m.Texts.TryGetValue(m.Key + ResourceMessages.HelpSuffix, out var help) || string.IsNullOrWhiteSpace(help))
            .Select(m => $"{m.Key}{ResourceMessages.HelpSuffix} ({m.Language})")
            .ToList();

        Assert.True(missing.Count == 0,
            $"{file}: these messages have no help text; write what the message means and what to do, in {file} and {ResourceMessages.ViPath(file)} " +
            $"(or, if a key is not a message, add its pattern with the reason to ResourceMessages.NotMessages):\n  " + string.Join("\n  ", missing));
    }

    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void EveryHelpTextBelongsToAMessage(string file)
    {
        var messages = ResourceMessages.Messages(file).ToHashSet(StringComparer.Ordinal);
        var orphans = new[] { file, ResourceMessages.ViPath(file) }
            .SelectMany(f => ResourceMessages.Read(f).Keys
                .Where(k => k.EndsWith(ResourceMessages.HelpSuffix, StringComparison.Ordinal)
                    && !messages.Contains(k.Substring(0, k.Length - ResourceMessages.HelpSuffix.Length)))
                .Select(k => $"{f}: {k}"))
            .ToList();

        Assert.True(orphans.Count == 0,
            "these help texts have no message (the key is missing, or ResourceMessages.NotMessages calls it a label):\n  " + string.Join("\n  ", orphans));
    }

    [Fact]
    public void EveryPatternOfTheKeysThatAreNotMessagesMatchesAKeyOfItsFile()
    {
        var files = ResourceMessages.ResourceFiles().ToHashSet(StringComparer.Ordinal);
        var unused = ResourceMessages.NotMessages
            .Where(n => !files.Contains(n.File) || !ResourceMessages.Read(n.File).Keys.Any(k => ResourceMessages.Matches(n.Pattern, k)))
            .Select(n => $"{n.File}: {n.Pattern}")
            .ToList();

        Assert.Empty(unused);
    }

    [Fact]
    public void EveryKeyThatIsNotAMessageHasAReason()
    {
        Assert.All(ResourceMessages.NotMessages, n => Assert.False(string.IsNullOrWhiteSpace(n.Reason), n.Pattern));
    }

    [Theory]
    [InlineData("src/ParIndex.Core/Resources/Messages.resx", "Input_UnknownUnit", true)]
    [InlineData("src/ParIndex.Core/Resources/Messages.resx", "What_ACriterion", false)]
    [InlineData("src/ParIndex.Core/Resources/Messages.resx", "Input_UnknownUnit_Help", false)]
    [InlineData("src/ParIndex.Cli/Resources/Strings.resx", "Parse_OptionRequired", true)]
    [InlineData("src/ParIndex.Cli/Resources/Strings.resx", "Rank_OptionTop", false)]
    [InlineData("src/ParIndex.Cli/Resources/Strings.resx", "Uncertainty_BadLevel", true)]
    [InlineData("src/ParIndex.Cli/Resources/Strings.resx", "Unc_Header", false)]
    [InlineData("src/ParIndex.Excel/Resources/Strings.resx", "SheetEmpty", true)]
    [InlineData("src/ParIndex.Excel/Resources/Strings.resx", "SheetSelf", false)]
    [InlineData("src/ParIndex.Cli/Commands/SurveyCliText.resx", "Borrowed", true)]
    [InlineData("src/ParIndex.Cli/Commands/SurveyCliText.resx", "Warning", false)]
    [InlineData("src/ParIndex.Cli/Resources/Safety.resx", "Option_AtLeast", true)]
    [InlineData("src/ParIndex.Cli/Resources/Safety.resx", "Option_Force", false)]
    public void AKeyIsAMessageUnlessAPatternOfItsFileSaysItIsNot(string file, string key, bool isMessage)
    {
        Assert.Equal(isMessage, ResourceMessages.IsMessage(file, key));
    }
}
