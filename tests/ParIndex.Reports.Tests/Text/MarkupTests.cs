using ParIndex.Reports.Text;

namespace ParIndex.Reports.Tests.Text;

public class MarkupTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("<img src=x onerror=\"a()\">", "&lt;img src=x onerror=&quot;a()&quot;&gt;")]
    [InlineData("</svg>", "&lt;/svg&gt;")]
    [InlineData("\"><b>", "&quot;&gt;&lt;b&gt;")]
    [InlineData("'a' & b", "&#39;a&#39; &amp; b")]
    [InlineData("Huyện Đức Thọ", "Huyện Đức Thọ")]
    [InlineData("a\u0001b\u007Fc\u0085d\tx", "a\uFFFDb\uFFFDc\uFFFDd\tx")]
    public void Escape_turns_markup_characters_into_references_and_forbidden_controls_into_replacement_characters(string text, string expected)
    {
        Assert.Equal(expected, Markup.Escape(text));
    }

    [Theory]
    [InlineData("Xã \u202EMột (X1)", "Xã &lt;U+202E&gt;Một (X1)")]
    [InlineData("\u2067Huyện\u2069 A", "&lt;U+2067&gt;Huyện&lt;U+2069&gt; A")]
    [InlineData("\uFEFFHT-TP\u200F", "&lt;U+FEFF&gt;HT-TP&lt;U+200F&gt;")]
    [InlineData("a\u200Cb\u200Dc\u00ADd", "a\u200Cb\u200Dc\u00ADd")]
    public void Escape_shows_bidirectional_controls_and_invisible_marks_as_code_points_so_a_name_cannot_reverse_what_follows(string text, string expected)
    {
        Assert.Equal(expected, Markup.Escape(text));
    }

    [Fact]
    public void Clean_replaces_only_forbidden_characters_and_returns_clean_text_unchanged()
    {
        const string clean = "Phiếu chấm điểm <b> & \"x\"\r\n";
        Assert.Same(clean, Markup.Clean(clean));
        Assert.Equal("a\uFFFDb\uFFFD", Markup.Clean("a\u000Bb\uFFFF"));
    }
}
