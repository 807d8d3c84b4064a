using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace ParIndex.Cli.Tests;

/// <summary>
/// Every message of every resource file (an error or warning the user can see; the rule is in
/// <see cref="ResourceMessages"/>) has a help text <c>K_Help</c> in English and Vietnamese, so docs/errors.md lists
/// every one; every help text belongs to a message; the list of keys that are not messages names real keys only; every
/// key is used by the code, and every key the code raises is a message; every option and command a text names exists.
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

    [Fact]
    public void EveryOptionAndCommandThatATextNamesExists()
    {
        // Advice such as "raise it with --limit bytes=N" or "'parindex template --kind appraisal' writes one" must stay
        // true when options and commands are renamed: every --option and every quoted "parindex COMMAND" in any text,
        // English or Vietnamese, must be in the command tree.
        var root = CliApp.BuildRoot(new CliContext(TextWriter.Null, TextWriter.Null));
        var options = new HashSet<string>(StringComparer.Ordinal) { "--help", "--version" };
        var commands = new Dictionary<string, Command>(StringComparer.Ordinal);
        void Walk(Command command, string path)
        {
            commands[path] = command;
            foreach (var option in command.Options)
            {
                options.Add(option.Name);
                options.UnionWith(option.Aliases);
            }

            foreach (var sub in command.Subcommands)
            {
                Walk(sub, path + " " + sub.Name);
            }
        }

        Walk(root, "parindex");
        var unknown = new List<string>();
        foreach (var file in ResourceMessages.ResourceFiles().SelectMany(f => new[] { f, ResourceMessages.ViPath(f) }))
        {
            foreach (var (key, text) in ResourceMessages.Read(file))
            {
                unknown.AddRange(Regex.Matches(text, @"(?<![\w-])--[a-z][a-z-]*[a-z]").Select(m => m.Value).Where(o => !options.Contains(o)).Select(o => $"{file}: {key}: {o}"));
                foreach (Match m in Regex.Matches(text, @"(?<=[""'`])parindex ([a-z]+)(?: ([a-z]+))?"))
                {
                    var command = "parindex " + m.Groups[1].Value;
                    var known = commands.TryGetValue(command, out var c)
                        && (c.Subcommands.Count == 0 || (m.Groups[2].Success && commands.ContainsKey(command + " " + m.Groups[2].Value)));
                    if (!known)
                    {
                        unknown.Add($"{file}: {key}: {m.Value}");
                    }
                }
            }
        }

        Assert.True(unknown.Count == 0, "texts name options or commands that do not exist:\n  " + string.Join("\n  ", unknown));
    }

    [Fact]
    public void EveryKeyIsUsedByTheCode()
    {
        // A message no code raises would be documented in docs/errors.md for nothing. A key is used when the source
        // names it (nameof(Messages.K), Strings.K, Strings.FormatK, Text.Get("K")); the results workbook's headings are
        // looked up as "Res" + a name (ResultsSheets.L), so for those the name itself must appear as a string.
        var sep = Path.DirectorySeparatorChar;
        var source = string.Join("\n", Directory.EnumerateFiles(Path.Combine(ResourceMessages.RepoRoot, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(sep + "obj" + sep, StringComparison.Ordinal) && !f.Contains(sep + "bin" + sep, StringComparison.Ordinal))
            .Select(File.ReadAllText));
        var names = new HashSet<string>(Regex.Matches(source, @"\w+").Select(m => m.Value), StringComparer.Ordinal);
        var unused = ResourceMessages.ResourceFiles()
            .SelectMany(f => ResourceMessages.Read(f).Keys.Where(k => !k.EndsWith(ResourceMessages.HelpSuffix, StringComparison.Ordinal)).Select(k => (File: f, Key: k)))
            .Where(e => !names.Contains(e.Key) && !names.Contains("Format" + e.Key)
                && !(e.File == "src/ParIndex.Excel/Resources/Strings.resx" && e.Key.StartsWith("Res", StringComparison.Ordinal)
                    && source.Contains("\"" + e.Key.Substring(3) + "\"", StringComparison.Ordinal)))
            .Select(e => $"{e.File}: {e.Key}")
            .ToList();

        Assert.True(unused.Count == 0, "no code uses these keys; delete them (and their _Help) from both languages:\n  " + string.Join("\n  ", unused));
    }

    [Fact]
    public void EveryKeyTheCodeRaisesIsAMessage()
    {
        // The cross-check of the NotMessages patterns: in every call that raises or reports a problem (a
        // ParIndexException, a Diagnostic, a CliUsageException, Error/Report/Refuse), the first resource key named is
        // the message shown, so no pattern may call it a label. Value_OfUnit only puts "unit …:" before the message
        // that follows it, so the key after it counts.
        var sep = Path.DirectorySeparatorChar;
        var call = new Regex(@"(?:new ParIndexException|new Diagnostic|new CliUsageException|\bError|\bReport|\bRefuse)\(");
        var key = new Regex(@"nameof\((?<c>Messages|Safety|SurveyText|Strings)\.(?<k>\w+)\)|\b(?<c>Strings|Safety|SurveyCliText|SurveyText|Messages)\.(?:Format)?(?<k>[A-Z]\w+)|\b(?<c>Text|ExcelCliText)\.(?:Get|Format)\(""(?<k>\w+)""");
        var labels = new List<string>();
        var raised = 0;
        foreach (var path in Directory.EnumerateFiles(Path.Combine(ResourceMessages.RepoRoot, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(sep + "obj" + sep, StringComparison.Ordinal) && !f.Contains(sep + "bin" + sep, StringComparison.Ordinal)))
        {
            var source = File.ReadAllText(path);
            var cli = path.Contains(sep + "ParIndex.Cli" + sep, StringComparison.Ordinal);
            foreach (Match m in call.Matches(source))
            {
                var end = m.Index + m.Length;
                for (var depth = 1; end < source.Length && depth > 0; end++)
                {
                    depth += source[end] == '(' ? 1 : source[end] == ')' ? -1 : 0;
                }

                var first = key.Matches(source.Substring(m.Index + m.Length, end - m.Index - m.Length))
                    .Where(k => k.Groups["k"].Value is not ("Value_OfUnit" or "ResourceManager"))
                    .FirstOrDefault();
                if (first is null)
                {
                    continue;
                }

                var file = first.Groups["c"].Value switch
                {
                    "Messages" => "src/ParIndex.Core/Resources/Messages.resx",
                    "Safety" => cli ? "src/ParIndex.Cli/Resources/Safety.resx" : "src/ParIndex.Core/Resources/Safety.resx",
                    "SurveyText" => "src/ParIndex.Core/Survey/SurveyText.resx",
                    "SurveyCliText" => "src/ParIndex.Cli/Commands/SurveyCliText.resx",
                    "Strings" => "src/ParIndex.Cli/Resources/Strings.resx",
                    "Text" => "src/ParIndex.Excel/Resources/Strings.resx",
                    _ => "src/ParIndex.Cli/Resources/ExcelCli.resx",
                };
                raised++;
                if (!ResourceMessages.IsMessage(file, first.Groups["k"].Value))
                {
                    labels.Add($"{file}: {first.Groups["k"].Value} (raised in {Path.GetRelativePath(ResourceMessages.RepoRoot, path)})");
                }
            }
        }

        Assert.True(raised > 200, $"the scan found only {raised} raising calls; has the way messages are raised changed?");
        Assert.True(labels.Count == 0, "the code raises these keys, but ResourceMessages.NotMessages calls them labels:\n  " + string.Join("\n  ", labels.Distinct()));
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
