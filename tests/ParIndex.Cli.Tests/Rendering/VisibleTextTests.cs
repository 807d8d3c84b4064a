using System.IO;
using ParIndex.Cli.Rendering;

namespace ParIndex.Cli.Tests.Rendering;

/// <summary>Names may contain bidirectional overrides and invisible characters; text tables and text for people show them as code points.</summary>
public class VisibleTextTests
{
    [Theory]
    [InlineData("Xã Một", "Xã Một")]
    [InlineData("Xã \u202EMột", "Xã <U+202E>Một")]
    [InlineData("\uFEFFA\u200BB\u0000", "<U+FEFF>A<U+200B>B<U+0000>")]
    [InlineData("a\tb", "a<U+0009>b")]
    public void Of_ShowsEveryInvisibleCharacterAsItsCodePoint(string text, string expected)
    {
        Assert.Equal(expected, VisibleText.Of(text));
    }

    [Fact]
    public void AnRtlOverrideInANameCell_DoesNotReverseTheRestOfTheRow()
    {
        var table = new TextTable("Rank", "Unit", "Name", "Index").AlignRight(0, 3);
        table.Add("1", "X1", "Xã \u202EMột", "82.00");
        table.Add("2", "X2", "Xã Hai", "55.00");
        using var writer = new StringWriter { NewLine = "\n" };

        table.Write(writer, 200);

        Assert.Equal(
            "Rank  Unit  Name            Index\n" +
            "----  ----  --------------  -----\n" +
            "   1  X1    Xã <U+202E>Một  82.00\n" +
            "   2  X2    Xã Hai          55.00\n",
            writer.ToString());
    }

    [Fact]
    public void AFittingWriter_ShowsInvisibleCharactersInLinesForPeople()
    {
        using var inner = new StringWriter { NewLine = "\n" };
        using (var fitting = new FittingWriter(inner, 80))
        {
            fitting.WriteLine("S1  Kịch bản \u202Eđảo");
        }

        Assert.Equal("S1  Kịch bản <U+202E>đảo\n", inner.ToString());
    }
}
