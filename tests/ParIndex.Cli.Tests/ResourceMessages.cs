using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ParIndex.Cli.Tests;

/// <summary>
/// Which entries of the resource files are messages: an error or warning the user can be shown (something is wrong
/// with their input, options or environment), each of which needs a <c>K_Help</c> text in English and Vietnamese and
/// is listed in docs/errors.md.
/// </summary>
/// <remarks>
/// The rule: every entry <c>K</c> of every <c>src/**/X.resx</c> is a message, except <c>K_Help</c> itself and the keys
/// matched by one of the <see cref="NotMessages"/> patterns below — labels, headings, option and command descriptions,
/// notes under tables, and pieces filled into other messages. A new key is therefore a message until someone says
/// why it is not; MessageHelpTests fail when a message has no help text, when a pattern here matches no key (so the
/// list cannot rot) and when a key it matches has a help text (it is a message after all).
/// </remarks>
internal static class ResourceMessages
{
    public const string HelpSuffix = "_Help";

    /// <summary>The keys that are not messages, per resource file: a whole-key regular expression and the reason.</summary>
    public static readonly (string File, string Pattern, string Reason)[] NotMessages =
    {
        (CoreMessages, @"Guide_\w+", "the template guide's 'not applicable' column"),
        (CoreMessages, @"Rule_\w+(Describe|Hint)(Step)?", "how a scoring rule is described by 'criteria show', the template guide and the workbook's data validation"),
        (CoreMessages, @"Suggest_\w+", "the '; did you mean …?' ending added to a message"),
        (CoreMessages, @"What_\w+", "names of parts of a criteria set or scenario, filled into a message as {0}"),
        (CoreMessages, @"Yaml_(AList|AMapping|This)", "kinds of YAML value, filled into a message"),
        (CoreMessages, @"Scenario_FirstAtLine", "the '; first at line N' ending added to a message"),
        (CoreMessages, @"Text_Verbatim", "a library user's own message, passed through unchanged"),
        (CoreMessages, @"Value_OfUnit", "the 'unit …:' prefix put before a value's message"),
        (CoreSafety, @"Kind_\w+", "kinds of input file, filled into Input_WrongKind"),
        (CoreSafety, @"Where_\w+", "the argument or option that takes a kind of input, filled into Input_WrongKind"),
        (CoreSafety, @"Text_Truncated", "how a long quoted value is shortened inside a message"),
        (CoreSurvey, @"What\w+", "names of parts of a survey definition, filled into a message as {0}"),
        (Excel, @"Appraisal\w+Prompt", "input prompts of the appraisal template workbook"),
        (Excel, @"Col[A-Z]\w*", "column headings of the template workbooks"),
        (Excel, @"Guide\w*", "the guide sheet of the template workbooks"),
        (Excel, @"NotApplicable\w+", "the guide sheet's 'not applicable' column"),
        (Excel, @"Res[A-Z]\w*", "column headings of the results workbooks"),
        (Excel, @"Sheet(Accuracy|AccuracyCriteria|Appraisal|Components|Criteria|Guide|Lists|Ranking|Scenarios|Self|Sensitivity|Uncertainty)", "sheet names of the template and results workbooks"),
        (Excel, @"Template\w+", "data validation of the template workbook, shown by the spreadsheet program while a value is typed"),
        (Excel, @"LimitHowToRaise", "the '(limit …; raise it with --limit …)' ending added to the Limit* messages"),
        (CliStrings, @"App_Error", "the 'error: ' prefix written before every message"),
        (CliStrings, @"App_RunHelp", "the line after a command-line error naming the command's --help"),
        (CliStrings, @"(Cell|Col)_\w+", "table cells and column headings"),
        (CliStrings, @"Help_\w+", "headings of the --help screens"),
        (CliStrings, @"(?!Parse_)(\w+_Description|\w+_Argument\w*|Option_\w+|\w+_Option\w*)", "descriptions of commands, arguments and options on the --help screens (Parse_ keys are errors about them)"),
        (CliStrings, @"Note_\w+|\w+_Note\w*", "notes printed under a table"),
        (CliStrings, @"\w+_Header|\w+_(One|Other)", "table titles and counted nouns (1 unit, 2 units) in them"),
        (CliStrings, @"(Compare|Criteria|Rank|Take|Unc)_\w+", "the output of compare, criteria show/validate, rank, explain ('what it would take') and uncertainty"),
        (CliStrings, @"Explain_(Adj\w+|AppraisalLine|Capped\w*|NoPointsLost|Penalty|Summary|UnitHeader\w*|WhereLost)", "the scorecard printed by explain"),
        (CliStrings, @"\w+_Wrote|Sample_Next", "what sample and template print when they succeed"),
        (CliStrings, @"(RuleKind|Level)_\w+", "names of rule kinds and criteria-set levels printed by criteria show"),
        (CliStrings, @"Parse_Type\w+", "what kind of value an option takes, filled into Parse_BadValue and its like"),
        (CliStrings, @"Suggest_\w+", "the '; did you mean …?' ending added to a message"),
        (CliSafety, @"Option_(Force|LimitDescription)", "descriptions of --force and --limit on the --help screens"),
        (CliExcel, @"\w+Option|UnitsArgument", "descriptions of options and arguments on the --help screens"),
        (CliExcel, @"FormatXlsx\w+", "descriptions of --format xlsx on the --help screens"),
        (CliExcel, @"TemplateWrote", "what template prints when it succeeds"),
        (CliSurvey, @"\w+Option|\w+Argument|SurveyDescription", "descriptions of the survey command, its options and arguments"),
        (CliSurvey, @"BootstrapNote\d|BootstrapTitle|SlovinNote|TableNote|TableTitle", "titles and notes of the survey and bootstrap tables"),
        (CliSurvey, @"CombinedInterval|CombinedMedian|Index|IndexInterval|Name|Rank|Respondents|SurveyInterval|SurveyMedian|Unit", "column headings of the survey and bootstrap tables"),
        (CliSurvey, @"Warning", "the 'warning: ' prefix written before every warning"),
        (ReportLabels, @"\w+", "headings, labels and notes of the HTML and Word reports; ParIndex.Reports raises no message of its own"),
    };

    private const string CoreMessages = "src/ParIndex.Core/Resources/Messages.resx";
    private const string CoreSafety = "src/ParIndex.Core/Resources/Safety.resx";
    private const string CoreSurvey = "src/ParIndex.Core/Survey/SurveyText.resx";
    private const string Excel = "src/ParIndex.Excel/Resources/Strings.resx";
    private const string CliStrings = "src/ParIndex.Cli/Resources/Strings.resx";
    private const string CliSafety = "src/ParIndex.Cli/Resources/Safety.resx";
    private const string CliExcel = "src/ParIndex.Cli/Resources/ExcelCli.resx";
    private const string CliSurvey = "src/ParIndex.Cli/Commands/SurveyCliText.resx";
    private const string ReportLabels = "src/ParIndex.Reports/Resources/Labels.resx";

    /// <summary>Whether <paramref name="key"/> of the neutral resource file <paramref name="file"/> is a message.</summary>
    public static bool IsMessage(string file, string key) =>
        !key.EndsWith(HelpSuffix, StringComparison.Ordinal) && !NotMessages.Any(n => n.File == file && Matches(n.Pattern, key));

    /// <summary>Whether the whole key matches a pattern of <see cref="NotMessages"/>.</summary>
    public static bool Matches(string pattern, string key) => Regex.IsMatch(key, "^(?:" + pattern + ")$", RegexOptions.CultureInvariant);

    /// <summary>The messages of a neutral resource file, in the file's order.</summary>
    public static IEnumerable<string> Messages(string file) => Read(file).Keys.Where(k => IsMessage(file, k));

    /// <summary>The neutral resource files under src/ (X.resx, not X.vi.resx), relative to the repository root.</summary>
    public static IEnumerable<string> ResourceFiles()
    {
        var sep = Path.DirectorySeparatorChar;
        return Directory.EnumerateFiles(Path.Combine(RepoRoot, "src"), "*.resx", SearchOption.AllDirectories)
            .Where(f => !f.Contains(sep + "obj" + sep, StringComparison.Ordinal) && !f.Contains(sep + "bin" + sep, StringComparison.Ordinal)
                && Path.GetFileNameWithoutExtension(f).IndexOf('.', StringComparison.Ordinal) < 0)
            .Select(f => Path.GetRelativePath(RepoRoot, f).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal);
    }

    /// <summary>The Vietnamese twin of a neutral resource file.</summary>
    public static string ViPath(string neutral) => neutral.Substring(0, neutral.Length - ".resx".Length) + ".vi.resx";

    /// <summary>The entries of a resource file (key → text), in the file's order.</summary>
    public static Dictionary<string, string> Read(string relativePath) =>
        XDocument.Load(Path.Combine(RepoRoot, relativePath)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => ((string?)d.Element("value") ?? "").Replace("\r\n", "\n"));

    public static string RepoRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ParIndex.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("the repository root (ParIndex.sln) was not found");
        }
    }
}
