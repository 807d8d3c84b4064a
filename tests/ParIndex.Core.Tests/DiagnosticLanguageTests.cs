using System.Globalization;
using System.IO;
using ParIndex.Criteria;

namespace ParIndex.Tests;

public class DiagnosticLanguageTests
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private static ParIndexException EmptyCriteriaFile() =>
        Assert.Throws<ParIndexException>(() => CriteriaSetLoader.Parse("", "t.yaml"));

    [Fact]
    public void AMessageReadsInTheUiCultureOfWhoeverReadsIt()
    {
        var ex = EmptyCriteriaFile();
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = Vietnamese;
            Assert.Equal("t.yaml:1:1: tệp trống", ex.Diagnostics[0].ToString());
            Assert.Equal("t.yaml:1:1: tệp trống", ex.Message);
            CultureInfo.CurrentUICulture = English;
            Assert.Equal("t.yaml:1:1: the file is empty", ex.Diagnostics[0].ToString());
            Assert.Equal("the file is empty", ex.Diagnostics[0].Message);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void ALibraryUserChoosesTheLanguageOfAMessageExplicitly()
    {
        var ex = EmptyCriteriaFile();

        Assert.Equal("tệp trống", ex.Diagnostics[0].GetMessage(Vietnamese));
        Assert.Equal("t.yaml:1:1: tệp trống", ex.GetMessage(CultureInfo.GetCultureInfo("vi")));
        Assert.Equal("t.yaml:1:1: the file is empty", ex.GetMessage(CultureInfo.GetCultureInfo("fr-FR")));
    }

    [Fact]
    public void ArgumentsAreWrittenAsInTheFilesWhateverTheLanguage()
    {
        var path = Path.Combine(Path.GetTempPath(), "parindex-missing-" + System.Guid.NewGuid().ToString("N") + ".yaml");
        var ex = Assert.Throws<ParIndexException>(() => CriteriaSetLoader.Load(path));

        Assert.Equal(path + ": không tìm thấy tệp", ex.GetMessage(Vietnamese));
        Assert.Equal(path + ": file not found", ex.GetMessage(English));
    }

    [Fact]
    public void APlainMessageBuiltInMemoryIsShownAsGiven()
    {
        var d = new Diagnostic(new SourceLocation("x.csv", 2, 3), "custom");

        Assert.Equal("x.csv:2:3: custom", d.ToString(Vietnamese));
        Assert.Equal("custom", d.GetMessage(English));
    }
}
