using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ParIndex.Reports.Text;

namespace ParIndex.Reports.Tests.Text;

public class LabelsTests
{
    private static XElement[] Entries(string file) =>
        XDocument.Load(TestData.Path("src", "ParIndex.Reports", "Resources", file)).Root!.Elements("data").ToArray();

    [Fact]
    public void Every_english_label_has_a_vietnamese_one_with_the_same_placeholders()
    {
        var english = Entries("Labels.resx").ToDictionary(e => e.Attribute("name")!.Value, e => e.Element("value")!.Value);
        var vietnamese = Entries("Labels.vi.resx").ToDictionary(e => e.Attribute("name")!.Value, e => e.Element("value")!.Value);
        Assert.Equal(english.Keys.OrderBy(k => k, System.StringComparer.Ordinal), vietnamese.Keys.OrderBy(k => k, System.StringComparer.Ordinal));
        foreach (var (key, value) in english)
        {
            var placeholders = Regex.Matches(value, "\\{[0-9]+\\}").Select(m => m.Value).OrderBy(p => p).ToArray();
            Assert.True(placeholders.SequenceEqual(Regex.Matches(vietnamese[key], "\\{[0-9]+\\}").Select(m => m.Value).OrderBy(p => p)), key);
            Assert.False(string.IsNullOrWhiteSpace(vietnamese[key]), key);
        }
    }

    [Fact]
    public void Labels_follow_the_culture_with_glossary_terms_in_vietnamese()
    {
        var vi = new Labels(new CultureInfo("vi-VN"));
        Assert.True(vi.IsVietnamese);
        Assert.Equal("vi", vi.LanguageTag);
        Assert.Equal("Phiếu chấm điểm", vi["Scorecards"]);
        Assert.Equal("Phụ lục", vi["Annex"]);
        Assert.Equal("Xếp hạng", vi["Rank"]);
        Assert.Equal("Chỉ số thành phần", vi["ComponentIndices"]);
        Assert.Equal("Xếp loại", vi["Band"]);
        Assert.Equal("{0}: {1} → {2}. Lý do: {3}", vi["AppraisalStep"]);
        Assert.Equal("Không phát sinh", vi["NotApplicable"]);
        Assert.Equal("01/12/2026", vi.Date(new System.DateTime(2026, 12, 1)));

        var other = new Labels(new CultureInfo("de-DE"));
        Assert.False(other.IsVietnamese);
        Assert.Equal("en", other.LanguageTag);
        Assert.Equal("Scorecards", other["Scorecards"]);
        Assert.Equal("2026-12-01", other.Date(new System.DateTime(2026, 12, 1)));
    }
}
