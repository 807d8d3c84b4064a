using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace ParIndex.Cli.Tests;

public class UiLanguageTests
{
    private static readonly CultureInfo EnglishUi = CultureInfo.GetCultureInfo("en-US");

    [Theory]
    [InlineData("vi_VN.UTF-8", "vi")]
    [InlineData("vi_VN", "vi")]
    [InlineData("vi", "vi")]
    [InlineData("vi-VN", "vi")]
    [InlineData("en_US.UTF-8", "en")]
    [InlineData("C.UTF-8", "en")]
    [InlineData("C", "en")]
    [InlineData("POSIX", "en")]
    [InlineData("fr_FR.UTF-8", "en")]
    public void LangChoosesVietnameseOnlyForAVietnameseLocale(string lang, string expected)
    {
        var culture = UiLanguage.Resolve(Array.Empty<string>(), Env(("LANG", lang)), EnglishUi);

        Assert.Equal(expected, culture.Name);
    }

    [Fact]
    public void LcAllOverridesLcMessagesWhichOverridesLang()
    {
        Assert.Equal("en", UiLanguage.Resolve(Array.Empty<string>(), Env(("LC_ALL", "C.UTF-8"), ("LC_MESSAGES", "vi_VN.UTF-8"), ("LANG", "vi_VN.UTF-8")), EnglishUi).Name);
        Assert.Equal("vi", UiLanguage.Resolve(Array.Empty<string>(), Env(("LC_MESSAGES", "vi_VN.UTF-8"), ("LANG", "en_US.UTF-8")), EnglishUi).Name);
    }

    [Fact]
    public void WithoutLocaleVariablesTheUiCultureDecides()
    {
        Assert.Equal("vi", UiLanguage.Resolve(Array.Empty<string>(), Env(), CultureInfo.GetCultureInfo("vi-VN")).Name);
        Assert.Equal("en", UiLanguage.Resolve(Array.Empty<string>(), Env(), CultureInfo.GetCultureInfo("de-DE")).Name);
    }

    [Theory]
    [InlineData("score --lang en x.csv", "en")]
    [InlineData("--lang=en score", "en")]
    [InlineData("--lang:EN score", "en")]
    [InlineData("--lang vi --lang en", "en")]
    [InlineData("score x.csv", "vi")]
    [InlineData("score -- --lang en", "vi")]
    public void TheLangOptionOverridesTheLocaleWhereverItIsGiven(string args, string expected)
    {
        var culture = UiLanguage.Resolve(args.Split(' '), Env(("LANG", "vi_VN.UTF-8")), EnglishUi);

        Assert.Equal(expected, culture.Name);
    }

    [Fact]
    public async Task HelpIsVietnameseUnderAVietnameseLocaleAndEnglishWithLangEn()
    {
        var vi = await Run(Env(("LANG", "vi_VN.UTF-8")), "--help");
        var en = await Run(Env(("LANG", "vi_VN.UTF-8")), "--help", "--lang", "en");

        Assert.Equal(0, vi.Code);
        Assert.StartsWith("Mô tả:\n", vi.Out.Replace("\r\n", "\n"), StringComparison.Ordinal);
        Assert.Contains("\nCách dùng:\n", vi.Out.Replace("\r\n", "\n"), StringComparison.Ordinal);
        Assert.Contains("\nVí dụ:\n", vi.Out.Replace("\r\n", "\n"), StringComparison.Ordinal);
        Assert.Equal(0, en.Code);
        Assert.StartsWith("Description:\n", en.Out.Replace("\r\n", "\n"), StringComparison.Ordinal);
        Assert.Contains("\nExamples:\n", en.Out.Replace("\r\n", "\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownLanguageIsAUsageErrorNamingTheChoices()
    {
        var run = await Run(Env(), "criteria", "list", "--lang", "fr");

        Assert.Equal(2, run.Code);
        Assert.Contains("'fr'", run.Err, StringComparison.Ordinal);
        Assert.Contains("en", run.Err, StringComparison.Ordinal);
        Assert.Contains("vi", run.Err, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Theory]
    [InlineData("en", "Exit codes: 0 success; 1 unexpected error (a bug); 2 bad input or usage (the message names the file, line and column); 130 cancelled with Ctrl-C (nothing is written).")]
    [InlineData("vi", "Mã thoát: 0 thành công; 1 lỗi không mong đợi (lỗi của chương trình); 2 dữ liệu vào hoặc cách dùng sai (thông báo nêu tệp, dòng và cột); 130 đã hủy bằng Ctrl-C (không ghi gì).")]
    public async Task TheRootHelpListsEveryExitCodeTheToolUses(string lang, string exitCodeLine)
    {
        var run = await Run(Env(("COLUMNS", "1000")), "--help", "--lang", lang);

        Assert.Equal(0, run.Code);
        Assert.Contains(exitCodeLine, run.Out);

        // Every code ExitCodes defines is named in that line, so a new one cannot go undocumented.
        var codes = typeof(ExitCodes).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Select(f => (int)f.GetRawConstantValue()!).OrderBy(c => c).ToArray();
        Assert.Equal(new[] { 0, 1, 2, 130 }, codes);
        Assert.All(codes, c => Assert.Contains($" {c} ", exitCodeLine.Replace(":", " :").Replace(";", " ;")));
    }

    internal static Func<string, string?> Env(params (string Name, string Value)[] variables)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in variables)
        {
            map[name] = value;
        }

        return name => map.TryGetValue(name, out var v) ? v : null;
    }

    internal static async Task<(int Code, string Out, string Err)> Run(Func<string, string?> environment, params string[] args)
    {
        return await CliRun.RunAsync(args, environment);
    }
}
