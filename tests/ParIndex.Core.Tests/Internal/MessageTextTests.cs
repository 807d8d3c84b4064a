using System.Globalization;
using ParIndex.Internal;

namespace ParIndex.Tests.Internal;

/// <summary>Messages quote at most 80 characters of input and never print invisible characters raw.</summary>
public class MessageTextTests
{
    [Fact]
    public void AQuotedValueOverEightyCharacters_IsCutWithItsFullLength()
    {
        var id = new string('x', 100_000);

        var message = new Diagnostic(new SourceLocation("a.csv", 2, 1), $"unknown unit '{id}': it is not among the self-assessed units").ToString(CultureInfo.InvariantCulture);

        Assert.Equal($"a.csv:2:1: unknown unit '{new string('x', 80)}…' (100,000 characters): it is not among the self-assessed units", message);
    }

    [Fact]
    public void InVietnamese_TheLengthIsSaidInVietnamese()
    {
        var message = new Diagnostic(null, $"'{new string('y', 81)}'").GetMessage(CultureInfo.GetCultureInfo("vi"));

        Assert.Equal($"'{new string('y', 80)}…' (81 ký tự)", message);
    }

    [Fact]
    public void ARightToLeftOverrideOrALineBreak_IsShownAsItsCodePoint()
    {
        var message = new Diagnostic(null, "unknown unit 'HT-\u202EHL\nerror: fake'").ToString(CultureInfo.InvariantCulture);

        Assert.Equal("unknown unit 'HT-<U+202E>HL<U+000A>error: fake'", message);
    }

    [Fact]
    public void AShortPlainMessage_IsUnchanged()
    {
        Assert.Equal("unit 'X1' has no value for '1.2'", MessageText.Shorten("unit 'X1' has no value for '1.2'", CultureInfo.InvariantCulture));
    }
}
