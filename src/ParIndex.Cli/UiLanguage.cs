using System;
using System.Collections.Generic;
using System.Globalization;

namespace ParIndex.Cli;

/// <summary>
/// Chooses the interface language (Vietnamese or English) of one run: <c>--lang vi|en</c> when given, else Vietnamese
/// when the UI culture or the POSIX locale variables (LC_ALL, then LC_MESSAGES, then LANG) name Vietnamese, else English.
/// The language changes texts only: numbers, CSV, JSON and exit codes are the same in both.
/// </summary>
internal static class UiLanguage
{
    /// <summary>The option's name; also recognised before parsing, because help texts are built in the chosen language.</summary>
    public const string OptionName = "--lang";

    /// <summary>The accepted values of --lang.</summary>
    public static readonly string[] Values = { "vi", "en" };

    public static CultureInfo Vietnamese { get; } = CultureInfo.GetCultureInfo("vi");

    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en");

    /// <summary>The culture of a run from its arguments, environment and the current UI culture.</summary>
    public static CultureInfo Resolve(IReadOnlyList<string> args, Func<string, string?> environment, CultureInfo currentUiCulture)
    {
        var option = FromArguments(args);
        if (option is not null)
        {
            // An unknown value is reported by the parser (in the default language).
            return option == "vi" ? Vietnamese : option == "en" ? English : FromEnvironment(environment, currentUiCulture);
        }

        return FromEnvironment(environment, currentUiCulture);
    }

    /// <summary>The value of the last --lang given (as "--lang vi", "--lang=vi" or "--lang:vi"), lower-cased; null when none.</summary>
    public static string? FromArguments(IReadOnlyList<string> args)
    {
        string? value = null;
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            if (a == "--")
            {
                break;
            }

            if (a == OptionName && i + 1 < args.Count)
            {
                value = args[++i];
            }
            else if (a.Length > OptionName.Length + 1 && a.StartsWith(OptionName, StringComparison.Ordinal) && (a[OptionName.Length] == '=' || a[OptionName.Length] == ':'))
            {
                value = a.Substring(OptionName.Length + 1);
            }
        }

        return value?.Trim().ToLowerInvariant();
    }

    private static CultureInfo FromEnvironment(Func<string, string?> environment, CultureInfo currentUiCulture)
    {
        // POSIX precedence: the first of LC_ALL, LC_MESSAGES, LANG that is set decides.
        foreach (var name in new[] { "LC_ALL", "LC_MESSAGES", "LANG" })
        {
            if (environment(name) is { Length: > 0 } locale)
            {
                return IsVietnamese(locale) ? Vietnamese : English;
            }
        }

        return currentUiCulture.TwoLetterISOLanguageName == "vi" ? Vietnamese : English;
    }

    /// <summary>Whether a POSIX locale ("vi_VN.UTF-8", "vi", "vi_VN@euro") or culture name ("vi-VN") is Vietnamese.</summary>
    public static bool IsVietnamese(string locale)
    {
        var language = locale.Split('_', '-', '.', '@')[0];
        return string.Equals(language, "vi", StringComparison.OrdinalIgnoreCase);
    }
}
