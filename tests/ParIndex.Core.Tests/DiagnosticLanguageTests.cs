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

    [Fact]
    public void ScenarioMessagesReadInEitherLanguage()
    {
        var ex = Assert.Throws<ParIndexException>(() => ParIndex.Scenarios.ScenarioLoader.Parse("format: 1\nchanges:\n  - { code: \"2\", max: -1 }\n", "s.yaml"));

        Assert.Equal("s.yaml:3:23: 'max' của '2' không được âm; hãy viết 'drop: true' để bỏ tiêu chí", ex.GetMessage(Vietnamese));
        Assert.Equal("s.yaml:3:23: 'max' of '2' must not be negative; write 'drop: true' to remove a node", ex.GetMessage(English));
    }

    [Fact]
    public void TierMessagesNameTheCriterionInEitherLanguage()
    {
        var yaml = "format: 1\nid: t\nname: T\nlevel: commune\nmax: 10\nareas:\n  - code: \"1\"\n    name: A\n    max: 10\n    rule:\n      kind: tiers\n      tiers:\n        - { ge: 0, lt: 50, points: 0 }\n        - { ge: 40, le: 100, points: 10 }\n";
        var ex = Assert.Throws<ParIndexException>(() => CriteriaSetLoader.Parse(yaml, "t.yaml"));

        Assert.Equal("t.yaml:14:11: các mức của '1' chồng lên nhau: [0, 50) và [40, 100]", ex.GetMessage(Vietnamese));
        Assert.Equal("t.yaml:14:11: tiers of '1' overlap: [0, 50) and [40, 100]", ex.GetMessage(English));
    }
}
