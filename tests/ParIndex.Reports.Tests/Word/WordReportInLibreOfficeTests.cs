using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ParIndex.Reporting;
using ParIndex.Reports.Tests.Tools;

namespace ParIndex.Reports.Tests.Word;

/// <summary>
/// The Word documents opened by a real word processor: LibreOffice headless converts them to PDF, and the PDF's text
/// (poppler's pdftotext) has every unit with the figures the CSV output gives.
/// </summary>
public sealed class WordReportInLibreOfficeTests : IDisposable
{
    private static readonly ReportOptions Vietnamese = new() { Culture = new CultureInfo("vi-VN"), Date = new DateTime(2026, 12, 1) };
    private readonly string folder = Directory.CreateTempSubdirectory("parindex-word-").FullName;

    public void Dispose() => Directory.Delete(folder, true);

    private string Convert(string name, byte[] docx)
    {
        var file = Path.Combine(folder, name);
        File.WriteAllBytes(file, docx);
        return Programs.ConvertToPdf(file);
    }

    [Fact]
    public void Annex_converted_by_libreoffice_lists_every_unit_with_rank_index_and_band_exactly_as_the_csv()
    {
        var ranking = Samples.Readme.Value;
        var pdf = Convert("annex.docx", WordReportTests.Annex(ranking, Vietnamese));
        var lines = Programs.LayoutLines(pdf);

        // The annex: the group tables on A4 portrait, the wide component-index table on A4 landscape.
        Assert.Equal(new[] { (595, 842), (842, 595), (842, 595) }, Programs.PageSizes(pdf));
        Assert.Equal("PHỤ LỤC", lines[0]);

        using var csv = new StringWriter();
        RankingCsvWriter.WriteUnits(ranking, csv);
        var rows = Samples.Csv(csv.ToString());
        var column = rows[0].Select((name, i) => (name, i)).ToDictionary(c => c.name, c => c.i);
        Assert.Equal(ranking.Units.Count, rows.Count - 1);
        foreach (var row in rows.Skip(1))
        {
            var (rank, name, index, band) = (row[column["rank"]], row[column["unit_name"]], row[column["index"]], row[column["band"]]);
            Assert.Matches(@"^\d+\.\d\d$", index);

            // One table row: rank, unit, points, index, band.
            var line = Assert.Single(lines, l => Regex.IsMatch(l, $@"^{Regex.Escape(rank)}\s+{Regex.Escape(name)}\s+\d+\.\d\d\s+{Regex.Escape(index)}\s+{Regex.Escape(band)}$"));

            // The component-index table: rank, unit, each area's index, the index.
            var unit = ranking[row[column["unit_id"]]];
            var areas = string.Join(@"\s+", unit.AreaRanks.Select(a => Regex.Escape(a.ReportedIndex!.Value.ToString("F2", CultureInfo.InvariantCulture))));
            Assert.Single(lines, l => Regex.IsMatch(l, $@"^{Regex.Escape(rank)}\s+{Regex.Escape(name)}\s+{areas}\s+{Regex.Escape(index)}$"));
        }
    }

    [Fact]
    public void Scorecards_converted_by_libreoffice_start_each_unit_on_a_landscape_page_in_ranking_order()
    {
        var ranking = Samples.Readme.Value;
        var pdf = Convert("scorecards.docx", WordReportTests.Scorecards(ranking, null, Vietnamese));
        var pages = Programs.PageTexts(pdf);
        Assert.All(Programs.PageSizes(pdf), s => Assert.Equal((842, 595), s));
        var starts = pages.Where(p => p.StartsWith("PHIẾU CHẤM ĐIỂM ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(ranking.Units.Count, starts.Length);
        for (var i = 0; i < starts.Length; i++)
        {
            var unit = ranking.Units[i];
            Assert.StartsWith($"PHIẾU CHẤM ĐIỂM {unit.Score.Name} ({unit.Id}) ", starts[i]);
        }
    }

    [Fact]
    public void Hostile_names_come_out_of_libreoffice_as_written()
    {
        var ranking = Samples.Hostile();
        var text = string.Join("", Programs.PageTexts(Convert("hostile.docx", WordReportTests.Annex(ranking, Vietnamese))));

        // Long names wrap in the narrow unit column, so white space is left out of the comparison.
        var letters = Regex.Replace(text, @"\s", "");
        foreach (var name in Samples.HostileNames.Take(6))
        {
            Assert.Contains(Regex.Replace(name, @"\s", ""), letters);
        }
    }
}
