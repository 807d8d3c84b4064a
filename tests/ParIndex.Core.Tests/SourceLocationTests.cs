namespace ParIndex.Tests;

public class SourceLocationTests
{
    [Fact]
    public void TextFileLocation_IsFileLineColumn()
    {
        Assert.Equal("units.csv:7:6", new SourceLocation("units.csv", 7, 6).ToString());
    }

    [Fact]
    public void WorksheetLocation_IsWorkbookSheetAndCell()
    {
        var at = new SourceLocation("units.xlsx", "Tự đánh giá", 7, 6);
        Assert.Equal("units.xlsx[Tự đánh giá]!F7", at.ToString());
        Assert.Equal("Tự đánh giá", at.Sheet);
        Assert.NotEqual(new SourceLocation("units.xlsx", 7, 6), at);
        Assert.Equal(new SourceLocation("units.xlsx", "Tự đánh giá", 7, 6), at);
    }

    [Theory]
    [InlineData(1, "A")]
    [InlineData(26, "Z")]
    [InlineData(27, "AA")]
    [InlineData(52, "AZ")]
    [InlineData(703, "AAA")]
    [InlineData(16384, "XFD")]
    public void ColumnName_CountsInLettersLikeASpreadsheet(int column, string expected)
    {
        Assert.Equal(expected, SourceLocation.ColumnName(column));
    }
}
