using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Linq;
using System.Resources;
using System.Text.RegularExpressions;
using ParIndex.Cli.Rendering;
using ParIndex.Cli.Resources;

namespace ParIndex.Cli;

/// <summary>
/// System.CommandLine's parse errors in the interface language. The library has no Vietnamese texts and names .NET types
/// ("System.Int32"); each of its English message templates is matched and the message rebuilt from our resources, with
/// a "did you mean" for a mistyped choice. A message no template matches is shown as the library wrote it.
/// </summary>
internal static class ParseErrors
{
    /// <summary>System.CommandLine's resource key → our text (its placeholders in the same order).</summary>
    private static readonly (string Key, Func<string[], ParseError, string> Text)[] Translations =
    {
        ("CommandRequiredArgumentMissing", (a, _) => Strings.FormatParse_ArgumentMissing(a[0], a[1])),
        ("OptionRequiredArgumentMissing", (a, _) => Strings.FormatParse_OptionValueMissing(a[0])),
        ("RequiredOptionWasNotProvided", (a, _) => Strings.FormatParse_OptionRequired(a[0])),
        ("ArgumentConversionCannotParseForOption", (a, _) => Strings.FormatParse_BadValue(a[0], a[1], TypeName(a[2]))),
        ("ArgumentConversionCannotParseForOption_Completions", (a, _) => Strings.FormatParse_BadValue(a[0], a[1], TypeName(a[2]))),
        ("ArgumentConversionCannotParseForCommand", (a, _) => Strings.FormatParse_BadArgument(a[0], a[1], TypeName(a[2]))),
        ("ArgumentConversionCannotParseForCommand_Completions", (a, _) => Strings.FormatParse_BadArgument(a[0], a[1], TypeName(a[2]))),
        ("ArgumentConversionCannotParse", (a, _) => Strings.FormatParse_BadArgumentValue(a[0], TypeName(a[1]))),
        ("UnrecognizedArgument", (a, e) => NotAChoice(a[0], a[1], e)),
        ("OptionExpectsOneArgument", (a, _) => Strings.FormatParse_OneValue(a[0], a[1])),
        ("ResponseFileNotFound", (a, _) => Strings.FormatParse_ResponseFileNotFound(a[0])),
        ("ErrorReadingResponseFile", (a, _) => Strings.FormatParse_ResponseFileError(a[0], a[1])),
        ("VersionOptionCannotBeCombinedWithOtherArguments", (a, _) => Strings.FormatParse_VersionAlone(a[0])),
        ("RequiredCommandWasNotProvided", (_, _) => Strings.App_RequiredCommand),
    };

    private static readonly Lazy<(Regex Pattern, Func<string[], ParseError, string> Text)[]> Patterns = new(() =>
    {
        var resources = new ResourceManager("System.CommandLine.Properties.Resources", typeof(RootCommand).Assembly);
        var patterns = new List<(Regex, Func<string[], ParseError, string>)>();
        foreach (var (key, text) in Translations)
        {
            // The English (neutral) template, whatever the current culture: the parser wrote the message in English.
            if (resources.GetString(key, CultureInfo.InvariantCulture) is { Length: > 0 } template)
            {
                patterns.Add((new Regex("^" + Regex.Replace(Regex.Escape(template), @"\\\{(\d+)}", m => $"(?<p{m.Groups[1].Value}>.*?)") + "$", RegexOptions.Singleline | RegexOptions.CultureInvariant), text));
            }
        }

        return patterns.ToArray();
    });

    /// <summary>The message of <paramref name="error"/> in the interface language.</summary>
    public static string Message(ParseError error)
    {
        foreach (var (pattern, text) in Patterns.Value)
        {
            var match = pattern.Match(error.Message);
            if (match.Success)
            {
                var args = Enumerable.Range(0, 10).TakeWhile(i => match.Groups["p" + i.ToString(CultureInfo.InvariantCulture)].Success)
                    .Select(i => match.Groups["p" + i.ToString(CultureInfo.InvariantCulture)].Value).ToArray();
                return text(args, error);
            }
        }

        return error.Message;
    }

    /// <summary>"'xx' is not a value of --format; choose table, csv, json; did you mean 'csv'?"</summary>
    private static string NotAChoice(string value, string list, ParseError error)
    {
        var choices = Regex.Matches(list, "'([^']*)'").Select(m => m.Groups[1].Value).ToArray();
        var name = error.SymbolResult switch
        {
            OptionResult o => o.Option.Name,
            ArgumentResult a => a.Argument.Name,
            _ => null,
        };
        var message = name is null
            ? Strings.FormatParse_NotAChoice(value, string.Join(", ", choices))
            : Strings.FormatParse_NotAChoiceOf(value, name, string.Join(", ", choices));
        return message + Suggest.DidYouMean(value, choices);
    }

    /// <summary>The kind of value a .NET type name stands for, in words.</summary>
    private static string TypeName(string type) => type switch
    {
        "System.Int32" or "System.Int64" or "System.Nullable`1[System.Int32]" => Strings.Parse_TypeWholeNumber,
        "System.UInt32" or "System.UInt64" or "System.Nullable`1[System.UInt64]" => Strings.Parse_TypeNonNegativeWholeNumber,
        "System.Double" or "System.Decimal" or "System.Nullable`1[System.Double]" => Strings.Parse_TypeNumber,
        "System.Boolean" => Strings.Parse_TypeBoolean,
        _ => type,
    };
}
