using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ParIndex.Resources;

namespace ParIndex.Tests.Resources;

/// <summary>
/// Every interface text of every project (each <c>src/**/X.resx</c>) exists in English and Vietnamese: the same keys,
/// no empty value, the same placeholders, and a Vietnamese text that is written in Vietnamese (not left in English).
/// </summary>
public class TranslationTests
{
    public static IEnumerable<object[]> NeutralResourceFiles() =>
        Directory.EnumerateFiles(TestData.Path("src"), "*.resx", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && Path.GetFileNameWithoutExtension(f).IndexOf('.') < 0)
            .Select(f => new object[] { Path.GetRelativePath(TestData.RepoRoot, f).Replace('\\', '/') });

    [Fact]
    public void TheCoreAndTheToolHaveResourceFiles()
    {
        var files = NeutralResourceFiles().Select(f => (string)f[0]).ToArray();

        Assert.Contains("src/ParIndex.Core/Resources/Messages.resx", files);
        Assert.Contains("src/ParIndex.Cli/Resources/Strings.resx", files);
    }

    [Theory]
    [MemberData(nameof(NeutralResourceFiles))]
    public void EveryKeyHasAnEnglishAndAVietnameseTextWithTheSamePlaceholders(string neutral)
    {
        var vietnamese = neutral.Substring(0, neutral.Length - ".resx".Length) + ".vi.resx";
        Assert.True(File.Exists(TestData.Path(vietnamese)), $"{neutral} has no Vietnamese translation {vietnamese}");
        var en = Read(neutral);
        var vi = Read(vietnamese);

        Assert.Empty(en.Keys.Except(vi.Keys).Select(k => $"{k} has no Vietnamese text in {vietnamese}"));
        Assert.Empty(vi.Keys.Except(en.Keys).Select(k => $"{k} has no English text in {neutral}"));
        var problems = new List<string>();
        foreach (var (key, english) in en)
        {
            var viet = vi[key];
            if (string.IsNullOrWhiteSpace(english) || string.IsNullOrWhiteSpace(viet))
            {
                problems.Add($"{key}: empty text");
                continue;
            }

            if (!Placeholders(english).SetEquals(Placeholders(viet)))
            {
                problems.Add($"{key}: placeholders differ: '{english}' vs '{viet}'");
            }

            var words = Regex.Matches(Regex.Replace(viet, @"\{[^}]*\}", " "), @"\p{L}{2,}").Count;
            if (words >= 2 && english == viet)
            {
                problems.Add($"{key}: the Vietnamese text is the English one: '{viet}'");
            }
            else if (words >= 3 && !viet.Any(c => c > 127 && char.IsLetter(c)))
            {
                problems.Add($"{key}: the Vietnamese text has no Vietnamese letter (diacritics): '{viet}'");
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void TheVietnameseSatelliteOfTheCoreIsBuiltAndFound()
    {
        var vi = Read("src/ParIndex.Core/Resources/Messages.vi.resx");
        var en = Read("src/ParIndex.Core/Resources/Messages.resx");

        foreach (var (key, text) in vi)
        {
            Assert.Equal(text, Messages.ResourceManager.GetString(key, CultureInfo.GetCultureInfo("vi-VN")));
            Assert.Equal(en[key], Messages.ResourceManager.GetString(key, CultureInfo.GetCultureInfo("en-US")));
        }
    }

    internal static Dictionary<string, string> Read(string relativePath) =>
        XDocument.Load(TestData.Path(relativePath)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    private static HashSet<string> Placeholders(string text) =>
        new(Regex.Matches(text, @"\{([^{}:,]+)(?:[,:][^}]*)?\}").Select(m => m.Groups[1].Value));
}
