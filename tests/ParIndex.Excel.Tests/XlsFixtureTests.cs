using System.IO;
using ParIndex.Criteria;
using ParIndex.IO;
using ParIndex.Ranking;
using ParIndex.Reporting;
using ParIndex.Scoring;

namespace ParIndex.Excel.Tests;

/// <summary>The committed .xls fixture (examples/units.csv saved as .xls by LibreOffice; see Fixtures/README.md).</summary>
public class XlsFixtureTests
{
    private static string Json(string units)
    {
        var set = CriteriaSetLoader.LoadShipped();
        var input = AssessmentFiles.Load(set, units, new[] { TestData.Path("examples", "appraisal.csv") }, TestData.Path("examples", "survey.csv"), WorkbookTables.Opener());
        using var stream = new MemoryStream();
        ResultsJsonWriter.Write(Ranker.Rank(Scorer.Score(input)), stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void XlsSavedByLibreOffice_ScoresToTheSameJsonAsTheCsv()
    {
        Assert.Equal(Json(TestData.Path("examples", "units.csv")), Json(TestData.Path("tests", "ParIndex.Excel.Tests", "Fixtures", "units.xls")));
    }

    [Fact]
    public void XlsFromAStream_IsRecognisedByContent()
    {
        using var file = File.OpenRead(TestData.Path("tests", "ParIndex.Excel.Tests", "Fixtures", "units.xls"));
        using var table = WorkbookTables.Open(file, "upload.bin");
        Assert.Equal("units", table.Sheet);
        Assert.Equal("unit_id", table.Header[0]);
        Assert.True(table.Next());
        Assert.Equal("HT-TP|Thành phố Hà Tĩnh|Ban hành kịp thời", $"{table.Field(0)}|{table.Field(1)}|{table.Field(3)}");
        Assert.Equal("upload.bin[units]!D2", table.At(table.Line, 4).ToString());
    }
}
