using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ParIndex.Reports.Tests.Word;

public class WordReportTests
{
    private static readonly ReportOptions Vietnamese = new() { Culture = new CultureInfo("vi-VN"), Date = new DateTime(2026, 12, 1) };

    internal static byte[] Annex(ParIndex.Ranking.RankingResult ranking, ReportOptions options)
    {
        using var stream = new MemoryStream();
        WordReport.WriteAnnex(ranking, stream, options);
        return stream.ToArray();
    }

    internal static byte[] Scorecards(ParIndex.Ranking.RankingResult ranking, IEnumerable<string>? ids, ReportOptions options)
    {
        using var stream = new MemoryStream();
        WordReport.WriteScorecards(ranking, ids, stream, options);
        return stream.ToArray();
    }

    private static string[] Errors(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document)
            .Select(e => $"{e.Path?.XPath}: {e.Description}").ToArray();
    }

    private static List<string[]> Rows(WordprocessingDocument document, int table) =>
        document.MainDocumentPart!.Document.Body!.Elements<Table>().ElementAt(table).Elements<TableRow>()
            .Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToArray()).ToList();

    [Fact]
    public void Annex_passes_the_open_xml_validator()
    {
        Assert.Empty(Errors(Annex(Samples.Readme.Value, Vietnamese)));
        Assert.Empty(Errors(Annex(Samples.Hostile(), Vietnamese)));
    }

    [Fact]
    public void Scorecards_pass_the_open_xml_validator()
    {
        Assert.Empty(Errors(Scorecards(Samples.Readme.Value, null, Vietnamese)));
        Assert.Empty(Errors(Scorecards(Samples.Hostile(), null, Vietnamese)));
    }

    [Fact]
    public void Annex_read_back_has_every_unit_with_its_rank_points_index_and_band()
    {
        var ranking = Samples.Readme.Value;
        using var document = WordprocessingDocument.Open(new MemoryStream(Annex(ranking, Vietnamese)), false);
        var rows = Rows(document, 0);
        Assert.Equal(new[] { "Xếp hạng", "Đơn vị", "Điểm đạt được", "Chỉ số", "Xếp loại" }, rows[0]);
        Assert.Equal(ranking.Units.Count + 1, rows.Count);
        foreach (var unit in ranking.Units)
        {
            var index = unit.Score.ReportedIndex.ToString("F2", CultureInfo.InvariantCulture);
            var points = unit.Score.Points.Round(2).ToString("F2", CultureInfo.InvariantCulture);
            Assert.Contains(rows, r => r.SequenceEqual(new[] { unit.PublishedRank.ToString(CultureInfo.InvariantCulture), unit.Score.Name, points, index, unit.Band!.Name }));
        }

        // The component-index table: rank, unit, one column per area, index.
        var components = Rows(document, 1);
        Assert.Equal(new[] { "Xếp hạng", "Đơn vị", "1", "2", "3", "4", "5", "6", "7", "8", "9", "Chỉ số" }, components[0]);
        var first = ranking.Units[0];
        Assert.Equal(first.Score.Name, components[1][1]);
        Assert.Equal(first.AreaRanks[0].ReportedIndex!.Value.ToString("F2", CultureInfo.InvariantCulture), components[1][2]);
    }

    [Fact]
    public void Annex_is_a4_times_new_roman_13_with_header_rows_repeated_and_a_landscape_section_for_the_wide_table()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Annex(Samples.Readme.Value, Vietnamese)), false);
        var body = document.MainDocumentPart!.Document.Body!;
        var sections = body.Descendants<SectionProperties>().ToArray();
        Assert.Equal(2, sections.Length);
        Assert.Equal((11906u, 16838u), (sections[0].GetFirstChild<PageSize>()!.Width!.Value, sections[0].GetFirstChild<PageSize>()!.Height!.Value));
        Assert.Equal((16838u, 11906u), (sections[1].GetFirstChild<PageSize>()!.Width!.Value, sections[1].GetFirstChild<PageSize>()!.Height!.Value));
        Assert.Equal(PageOrientationValues.Landscape, sections[1].GetFirstChild<PageSize>()!.Orient!.Value);
        var defaults = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("Times New Roman", defaults.RunFonts!.Ascii!.Value);
        Assert.Equal("26", defaults.FontSize!.Val!.Value);
        Assert.Equal("vi-VN", defaults.Languages!.Val!.Value);
        foreach (var table in body.Elements<Table>())
        {
            var rows = table.Elements<TableRow>().ToArray();
            Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
            Assert.All(rows.Skip(1), r => Assert.Null(r.TableRowProperties!.GetFirstChild<TableHeader>()));
        }
    }

    [Fact]
    public void Scorecards_put_each_unit_on_its_own_landscape_page_in_ranking_order()
    {
        var ranking = Samples.Readme.Value;
        using var document = WordprocessingDocument.Open(new MemoryStream(Scorecards(ranking, new[] { "HT-VQ", "HT-TP" }, Vietnamese)), false);
        var body = document.MainDocumentPart!.Document.Body!;
        var breaks = body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.PageBreakBefore is not null).ToArray();
        Assert.Single(breaks);
        var titles = body.Elements<Paragraph>().Select(p => p.InnerText).Where(t => t.StartsWith("Thành phố", StringComparison.Ordinal) || t.StartsWith("Huyện Vũ Quang", StringComparison.Ordinal)).ToArray();
        Assert.Equal(new[] { "Thành phố Hà Tĩnh (HT-TP)", "Huyện Vũ Quang (HT-VQ)" }, titles);
        Assert.Equal(PageOrientationValues.Landscape, body.Elements<SectionProperties>().Single().GetFirstChild<PageSize>()!.Orient!.Value);
        var tree = Rows(document, 0);
        Assert.Equal(ranking.Sheet.CriteriaSet.Nodes.Count + 1, tree.Count);
        Assert.Contains(tree, r => r[0] == "7.2.1" && r[5].Contains("Lý do: Số liệu tính lại theo Hệ thống thông tin giải quyết TTHC của tỉnh", StringComparison.Ordinal));
    }

    [Fact]
    public void Hostile_text_is_kept_as_text()
    {
        var ranking = Samples.Hostile();
        using var document = WordprocessingDocument.Open(new MemoryStream(Annex(ranking, Vietnamese)), false);
        var tables = document.MainDocumentPart!.Document.Body!.Elements<Table>().Count();
        var names = Enumerable.Range(0, tables).SelectMany(t => Rows(document, t).Skip(1).Select(r => r[1])).ToArray();
        foreach (var hostile in Samples.HostileNames)
        {
            Assert.Contains(hostile, names);
        }
    }
}
