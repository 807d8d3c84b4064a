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

    [Fact]
    public void Clean_replaces_only_forbidden_characters_and_returns_clean_text_unchanged()
    {
        const string clean = "Phiếu chấm điểm <b> & \"x\"\r\n";
        Assert.Same(clean, Markup.Clean(clean));
        Assert.Equal("a\uFFFDb\uFFFD", Markup.Clean("a\u000Bb\uFFFF"));
    }
}
