using System.IO;
using System.Linq;
using System.Text;
using ParIndex.Ranking;
using ParIndex.Reporting;
using ParIndex.IO;
using static ParIndex.Tests.Ranking.RankingFixture;

namespace ParIndex.Tests.IO;

public class PreviousResultsReaderTests
{
    private static RankingResult Sample() => Ranker.Rank(Score(Set(), new[] { new U("A", 30, 20, 3, 27, "huyen"), new U("B", 40, 20, 3, 27, "huyen"), new U("C", 20, 20, 3, 27, "so") }));

    [Fact]
    public void ReadsThisToolsCsvOutput()
    {
        var writer = new StringWriter();
        ResultsCsvWriter.Write(Sample(), writer);
        var previous = PreviousResultsReader.Parse(writer.ToString(), "prev.csv");
        Assert.Equal("B 1 1 90.00|A 2 2 80.00|C 3 1 70.00", string.Join("|", previous.Units.Select(u => $"{u.Id} {u.Rank} {u.GroupRank} {u.Index}")));
    }

    [Fact]
    public void ReadsFromAStreamAsFromItsText()
    {
        var writer = new StringWriter();
        ResultsCsvWriter.Write(Sample(), writer);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(writer.ToString()));
        var previous = PreviousResultsReader.Load(stream, "prev.csv");
        Assert.Equal("B 1 1 90.00|A 2 2 80.00|C 3 1 70.00", string.Join("|", previous.Units.Select(u => $"{u.Id} {u.Rank} {u.GroupRank} {u.Index}")));
        Assert.Equal("prev.csv", previous.Source);
    }

    [Fact]
    public void AStreamOverTheByteLimitIsRefusedNamingTheSource()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("rank,unit_id,index\n1,A,90\n"));
        var ex = Assert.Throws<ParIndexException>(() => PreviousResultsReader.Load(stream, "prev.csv", new ReadLimits { MaxBytes = 10 }));
        Assert.StartsWith("prev.csv", ex.Diagnostics.Single().ToString());
    }

    [Fact]
    public void ReadsThisToolsJsonOutput()
    {
        var stream = new MemoryStream();
        ResultsJsonWriter.Write(Sample(), stream);
        var previous = PreviousResultsReader.Parse(Encoding.UTF8.GetString(stream.ToArray()), "prev.json");
        Assert.Equal("B 1 1 90.00 huyen|A 2 2 80.00 huyen|C 3 1 70.00 so", string.Join("|", previous.Units.Select(u => $"{u.Id} {u.Rank} {u.GroupRank} {u.Index.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)} {u.Group}")));
    }

    [Fact]
    public void ReadsTheCamelCaseJsonWrittenBeforeSchemaVersion1()
    {
        const string lastYear = "{\n  \"criteriaSet\": { \"id\": \"district-hatinh-52-2019\", \"maxPoints\": 100.00 },\n  \"units\": [\n" +
            "    { \"id\": \"HT-TP\", \"name\": \"Thành phố Hà Tĩnh\", \"group\": \"huyen\", \"rank\": 1, \"selfPoints\": 76.83, \"index\": 94.96, \"groupRank\": 1 },\n" +
            "    { \"id\": \"HT-HL\", \"name\": \"Thị xã Hồng Lĩnh\", \"group\": \"huyen\", \"rank\": 2, \"index\": 90.50, \"groupRank\": 2 }\n  ]\n}\n";

        var previous = PreviousResultsReader.Parse(lastYear, "2023.json");

        Assert.Equal("HT-TP Thành phố Hà Tĩnh 1 1 94.96|HT-HL Thị xã Hồng Lĩnh 2 2 90.50", string.Join("|", previous.Units.Select(u => $"{u.Id} {u.Name} {u.Rank} {u.GroupRank} {u.Index.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)}")));
    }

    [Fact]
    public void MalformedCsvIsReportedWithFileLineAndColumn()
    {
        var ex = Assert.Throws<ParIndexException>(() => PreviousResultsReader.Parse("rank,unit_id,index\n1,A,90\nx,B,8o\n1,A,90\n", "prev.csv"));
        Assert.Equal(
            new[] { "prev.csv:3:1: 'x' is not a rank (a whole number from 1)", "prev.csv:3:3: '8o' is not an index (a number such as 86.18)", "prev.csv:4:2: unit 'A' appears twice (first at line 2)" },
            ex.Diagnostics.Select(d => d.ToString()));
        var missing = Assert.Throws<ParIndexException>(() => PreviousResultsReader.Parse("rank,unit_id\n1,A\n", "prev.csv"));
        Assert.Equal("prev.csv:1:1: the column 'index' is missing; give this tool's own CSV or JSON results", Assert.Single(missing.Diagnostics).ToString());
    }

    [Fact]
    public void MalformedJsonIsReportedWithFileLineAndColumn()
    {
        var ex = Assert.Throws<ParIndexException>(() => PreviousResultsReader.Parse("{\"units\": [ {\"unit_id\": \"W\", \"rank\": 0, \"index\": 1} ]}", "prev.json"));
        Assert.Equal("prev.json:1:38: '0' is not a rank (a whole number from 1)", Assert.Single(ex.Diagnostics).ToString());
        var missing = Assert.Throws<ParIndexException>(() => PreviousResultsReader.Parse("{\"units\": [\n  {\"id\": \"W\", \"rank\": 2}\n]}", "prev.json"));
        Assert.Equal("prev.json:2:3: unit 'W' has no 'index'", Assert.Single(missing.Diagnostics).ToString());
        var syntax = Assert.Throws<ParIndexException>(() => PreviousResultsReader.Parse("{\"units\": [\n  {\"id\": \"W\",, }\n", "prev.json"));
        Assert.StartsWith("prev.json:2:", Assert.Single(syntax.Diagnostics).ToString());
        Assert.Contains("malformed JSON", syntax.Message);
    }

    [Fact]
    public void CsvResavedByExcelWithSemicolonsAndDecimalCommas_IsRead()
    {
        // Last year's results opened and saved again in Excel on a machine with a decimal comma.
        var previous = PreviousResultsReader.Parse("\uFEFFrank;unit_id;group;group_rank;index;;\r\n1;A;huyen;1;\"90,50\";;\r\n2;B;huyen;2;80,25;;\r\n", "prev.csv");
        Assert.Equal("A 1 1 90.50 | B 2 2 80.25", string.Join(" | ", previous.Units.Select(u => $"{u.Id} {u.Rank} {u.GroupRank} {u.Index}")));
        var bad = Assert.Throws<ParIndexException>(() => PreviousResultsReader.Parse("rank,unit_id,index\n1,A,\"1.000,5\"\n", "prev.csv"));
        Assert.Equal("prev.csv:2:3: '1.000,5' is not an index (a number such as 86.18)", Assert.Single(bad.Diagnostics).ToString());
    }
}
