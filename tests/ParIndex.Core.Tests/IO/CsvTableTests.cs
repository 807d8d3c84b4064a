using System;
using System.Linq;
using System.Text;
using ParIndex.IO;

namespace ParIndex.Tests.IO;

public class CsvTableTests
{
    [Fact]
    public void Semicolons_AreDetected_AndFieldsTrimmed()
    {
        var t = CsvTable.Parse("unit_id ; value\nU1 ; \"7,5\" \n", "a.csv");
        Assert.Equal(';', t.Delimiter);
        Assert.Equal("unit_id|value", string.Join("|", t.Header));
        Assert.Equal("U1|7,5", string.Join("|", t.Records[0].Fields));
    }

    [Fact]
    public void Commas_WinWhenTheHeaderHasMore()
    {
        Assert.Equal(',', CsvTable.Parse("a,b;c,d\n1,2;3,4\n", "a.csv").Delimiter);
    }

    [Fact]
    public void LineNumbers_CountEmptyLinesAndQuotedLineBreaks()
    {
        var t = CsvTable.Parse("a,b\r\n\r\n1,\"x\r\ny\"\r\n2,z\r\n", "a.csv");
        Assert.Equal("3 5", string.Join(" ", t.Records.Select(r => r.Line)));
        Assert.Equal("x\r\ny", t.Records[0].Fields[1]);
    }

    [Fact]
    public void Bom_IsRemoved()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("unit_id,x\n1,2\n")).ToArray();
        Assert.Equal("unit_id", CsvTable.Parse(CsvTable.Decode(bytes, "a.csv"), "a.csv").Header[0]);
    }

    [Fact]
    public void InvalidUtf8_IsRefusedWithItsLine()
    {
        var bytes = Encoding.UTF8.GetBytes("unit_id,name\nU1,").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes("\n")).ToArray();
        var ex = Assert.Throws<ParIndexException>(() => CsvTable.Decode(bytes, "units.csv"));
        Assert.Equal("units.csv:2:1: the file is not valid UTF-8; save it as 'CSV UTF-8' (Excel: Save As → CSV UTF-8)", ex.Diagnostics.Single().ToString());
    }

    [Theory]
    [InlineData("a,b\n1,\"x\n2,y\n")]
    [InlineData("a,b\n1,x\"y\"z\n")]
    public void MalformedQuotes_AreRefused(string text)
    {
        var ex = Assert.Throws<ParIndexException>(() => CsvTable.Parse(text, "units.csv"));
        Assert.Equal("units.csv:2:1: malformed quoting: a field has a stray or unclosed quote (\")", ex.Diagnostics.Single().ToString());
    }

    [Fact]
    public void EmptyFile_IsRefused()
    {
        Assert.Equal("a.csv:1:1: the file is empty", Assert.Throws<ParIndexException>(() => CsvTable.Parse("", "a.csv")).Diagnostics.Single().ToString());
        Assert.Equal("a.csv:1:1: the file is empty", Assert.Throws<ParIndexException>(() => CsvTable.Parse("\uFEFF\r\n,,\r\n", "a.csv")).Diagnostics.Single().ToString());
    }

    [Fact]
    public void AFieldOverTheCellLimitIsRefused_TenThousandColumnsAreRead()
    {
        var huge = new string('x', 5_000_000);
        Assert.Equal(10_000, CsvTable.Parse("a,b\n1," + new string('x', 10_000) + "\n", "a.csv").Records[0].Fields[1].Length);
        var ex = Assert.Throws<ParIndexException>(() => CsvTable.Parse("a,b\n1," + huge + "\n", "a.csv"));
        Assert.Equal("a.csv:2:2: a cell of 5,000,000 characters; the limit is 10,000 (raise it with --limit cell=N; library: ReadLimits.MaxCellLength)", Assert.Single(ex.Diagnostics).ToString());
        var header = string.Join(",", Enumerable.Range(0, 10_000).Select(i => "c" + i));
        Assert.Equal(10_000, CsvTable.Parse(header + "\n" + header + "\n", "a.csv").Records[0].Fields.Length);
    }

    [Fact]
    public void RandomBytes_OnlyEverThrowParIndexException()
    {
        var random = new Random(12345);
        var alphabet = "ab,;\"\r\n 1.%\t\uFEFFđ\0".ToCharArray();
        for (var i = 0; i < 3000; i++)
        {
            var bytes = new byte[random.Next(0, 200)];
            if (i % 2 == 0)
            {
                random.NextBytes(bytes);
            }
            else
            {
                bytes = Encoding.UTF8.GetBytes(new string(Enumerable.Range(0, bytes.Length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray()));
            }

            try
            {
                CsvTable.Parse(CsvTable.Decode(bytes, "f.csv"), "f.csv");
            }
            catch (ParIndexException)
            {
            }
        }
    }
}
