using System;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace ParIndex.Cli.Tests;

/// <summary>
/// Pins the tests to English and to no terminal: the interface language would otherwise follow the machine's locale
/// (LANG, LC_ALL, LC_MESSAGES) and table widths its COLUMNS. Tests of Vietnamese and of widths ask for them explicitly
/// (--lang vi, or an environment given to <see cref="CliApp.RunAsync(string[], System.IO.TextWriter, System.IO.TextWriter, Func{string, string?}, System.Threading.CancellationToken)"/>).
/// </summary>
internal static class TestCulture
{
    [ModuleInitializer]
    internal static void PinEnglish()
    {
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.GetCultureInfo("en");
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        CliApp.Environment = name => name is "LANG" or "LC_ALL" or "LC_MESSAGES" or "COLUMNS" ? null : Environment.GetEnvironmentVariable(name);
    }
}
