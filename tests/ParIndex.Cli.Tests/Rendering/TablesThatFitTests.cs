using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using ParIndex.Cli.Rendering;

namespace ParIndex.Cli.Tests.Rendering;

/// <summary>Every command's table fits 80 and 120 columns in both languages and still shows every row; machine outputs do not depend on the language.</summary>
public class TablesThatFitTests
{
    private static readonly string Examples = Path.Combine(AppContext.BaseDirectory, "examples");
    private static readonly string[] UnitIds = File.ReadAllLines(Path.Combine(Examples, "units.csv")).Skip(1).Select(l => l.Split(',')[0]).ToArray();

    private static string E(string name) => Path.Combine(Examples, name);

    public static IEnumerable<object[]> Cases()
    {
        foreach (var width in new[] { 80, 120 })
        {
            foreach (var lang in new[] { "vi", "en" })
            {
                yield return new object[] { "score", width, lang };
                yield return new object[] { "explain", width, lang };
                yield return new object[] { "criteria show", width, lang };
                yield return new object[] { "criteria list", width, lang };
                yield return new object[] { "rank", width, lang };
                yield return new object[] { "compare", width, lang };
                yield return new object[] { "uncertainty", width, lang };
                yield return new object[] { "survey", width, lang };
                yield return new object[] { "survey bootstrap", width, lang };
            }
        }
    }

    private static string[] Args(string command) => command switch
    {
        "score" => new[] { "score", E("units.csv"), "-a", E("appraisal.csv"), "-s", E("survey.csv") },
        "explain" => new[] { "explain", E("units.csv"), "-a", E("appraisal.csv"), "-s", E("survey.csv"), "--unit", "HT-VQ" },
        "criteria show" => new[] { "criteria", "show" },
        "criteria list" => new[] { "criteria", "list" },
        "rank" => new[] { "rank", E("units.csv"), "-a", E("appraisal.csv"), "-a", E("appraisal-round2.csv"), "-s", E("survey.csv") },
        "compare" => new[] { "compare", E("units.csv"), "-a", E("appraisal.csv"), "-s", E("survey.csv"), "--scenario", Path.Combine(Examples, "scenarios", "e-government-20.yaml") },
        "survey" => new[] { "survey", E("responses.csv") },
        "survey bootstrap" => new[] { "uncertainty", E("units.csv"), "-a", E("appraisal.csv"), "--responses", E("responses.csv"), "--survey-bootstrap", "--runs", "20", "--seed", "1" },
        _ => new[] { "uncertainty", E("units.csv"), "-a", E("appraisal.csv"), "-s", E("survey.csv"), "--runs", "50", "--seed", "1" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task NoLineIsWiderThanTheWidthAndEveryRowIsShown(string command, int width, string lang)
    {
        var run = await UiLanguageTests.Run(UiLanguageTests.Env(("COLUMNS", width.ToString(CultureInfo.InvariantCulture))), Args(command).Concat(new[] { "--lang", lang }).ToArray());

        Assert.True(run.Code == 0, run.Err);
        var lines = run.Out.Replace("\r\n", "\n").Split('\n');
        var tooWide = lines.Where(l => TextWrap.Width(l) > width).ToArray();
        Assert.True(tooWide.Length == 0, $"{command} at {width} ({lang}) has lines over {width}:\n" + string.Join("\n", tooWide));
        var expected = command switch
        {
            "explain" => ParIndex.Criteria.CriteriaSetLoader.LoadShipped().Nodes.Select(n => n.Code).ToArray(),
            "criteria show" => ParIndex.Criteria.CriteriaSetLoader.LoadShipped().Nodes.Select(n => n.Code).ToArray(),
            "criteria list" => ParIndex.Criteria.CriteriaSetLoader.ShippedIds.ToArray(),
            _ => UnitIds,
        };
        var firstCells = new HashSet<string>(lines.SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        var missing = expected.Where(e => !firstCells.Contains(e)).ToArray();
        Assert.True(missing.Length == 0, $"{command} at {width} ({lang}) lost rows: {string.Join(", ", missing)}");
    }

    [Fact]
    public async Task ExplainAt80ColumnsShowsEveryCriterionWithItsNumbers()
    {
        var run = await UiLanguageTests.Run(UiLanguageTests.Env(("COLUMNS", "80")), Args("explain").Concat(new[] { "--lang", "en" }).ToArray());
        var rows = run.Out.Replace("\r\n", "\n").Split('\n');
        var set = ParIndex.Criteria.CriteriaSetLoader.LoadShipped();

        foreach (var node in set.Nodes)
        {
            var row = rows.FirstOrDefault(r => r.StartsWith(node.Code + " ", StringComparison.Ordinal));
            Assert.True(row is not null, $"no row for {node.Code}");
            // Max, self and final points are on the criterion's first line, whole.
            Assert.Matches(@"-?\d+\.\d\d\s+.*-?\d+\.\d\d", row);
        }
    }

    [Theory]
    [InlineData("score")]
    [InlineData("explain")]
    [InlineData("rank")]
    [InlineData("compare")]
    [InlineData("uncertainty")]
    public async Task InVietnameseNoEnglishHeaderOrNoteIsLeft(string command)
    {
        var args = Args(command).Concat(new[] { "--lang", "vi" }).ToArray();
        if (command == "uncertainty")
        {
            args = args.Concat(new[] { "--sensitivity" }).ToArray();
        }

        var run = await UiLanguageTests.Run(UiLanguageTests.Env(), args);

        Assert.True(run.Code == 0, run.Err);
        var english = new[] { "Rank", "Unit", "Name", "Index", "Band", "units", "Group", "runs", "Agreement", "Largest", "Sensitivity", "First-order", "Mean", "Median", "Self", "Appraised", "Points", "Max", "baseline", "scenario", "Rounding", "Criteria", "Node", "n/a" };
        var words = new HashSet<string>(System.Text.RegularExpressions.Regex.Matches(run.Out, @"[\p{L}/-]+").Select(m => m.Value), StringComparer.Ordinal);
        var left = english.Where(words.Contains).ToArray();
        Assert.True(left.Length == 0, "English left: " + string.Join(", ", left) + "\n" + run.Out);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    public async Task MachineOutputsAreByteIdenticalInBothLanguages(string format)
    {
        foreach (var command in new[] { "score", "rank", "compare", "uncertainty" })
        {
            var vi = await UiLanguageTests.Run(UiLanguageTests.Env(("LANG", "vi_VN.UTF-8")), Args(command).Concat(new[] { "--format", format }).ToArray());
            var en = await UiLanguageTests.Run(UiLanguageTests.Env(("LANG", "vi_VN.UTF-8")), Args(command).Concat(new[] { "--format", format, "--lang", "en" }).ToArray());

            Assert.Equal((0, 0), (vi.Code, en.Code));
            Assert.Equal(Encoding.UTF8.GetBytes(en.Out), Encoding.UTF8.GetBytes(vi.Out));
        }
    }

    [Fact]
    public void AWrappedCellKeepsItsTreeIndentationAndNumbersStayWhole()
    {
        var table = new TextTable("Code", "Name", "Max").AlignRight(2);
        table.Add("1.1.1", "    Ban hành kế hoạch cải cách hành chính năm và tổ chức thực hiện đầy đủ", "12.50");
        var output = new StringWriter { NewLine = "\n" };

        table.Write(output, 40);

        var lines = output.ToString().TrimEnd('\n').Split('\n');
        Assert.All(lines, l => Assert.True(TextWrap.Width(l) <= 40, l));
        Assert.StartsWith("1.1.1      Ban hành", lines[2], StringComparison.Ordinal);
        Assert.EndsWith("  12.50", lines[2], StringComparison.Ordinal);
        Assert.All(lines.Skip(3), l => Assert.StartsWith("           ", l, StringComparison.Ordinal));
        Assert.Equal(
            "Ban hành kế hoạch cải cách hành chính năm và tổ chức thực hiện đầy đủ",
            string.Join(" ", lines.Skip(2).Select(l => l.Replace("12.50", "").Substring(5).Trim())));
    }
}
