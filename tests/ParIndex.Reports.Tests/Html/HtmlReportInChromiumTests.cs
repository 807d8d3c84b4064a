using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ParIndex.Criteria;
using ParIndex.Ranking;
using ParIndex.Reports.Tests.Tools;

namespace ParIndex.Reports.Tests.Html;

/// <summary>
/// The HTML report in a real browser (Debian's Chromium, headless, through the DevTools protocol): it loads without a
/// console message or CSP violation, has the bars, heat-map cells and scorecards the round needs, prints on A4 with the
/// expected pages, and hostile text from the input files is shown literally with nothing run.
/// </summary>
public class HtmlReportInChromiumTests : IClassFixture<HtmlReportInChromiumTests.Rendered>
{
    private static readonly ReportOptions Vietnamese = new() { Culture = new CultureInfo("vi-VN"), Date = new DateTime(2026, 12, 1) };
    private readonly Rendered rendered;

    public HtmlReportInChromiumTests(Rendered rendered) => this.rendered = rendered;

    /// <summary>One browser for the class; the README sample's report and the hostile report, each loaded and printed once.</summary>
    public sealed class Rendered : IDisposable
    {
        private readonly Lazy<(ChromiumPage Page, string Pdf)> readme;
        private readonly Lazy<(ChromiumPage Page, string Pdf)> hostile;

        public Rendered()
        {
            Folder = Directory.CreateTempSubdirectory("parindex-render-").FullName;
            Browser = Chromium.Start();
            readme = new(() => Load("report.html", Samples.Readme.Value));
            hostile = new(() => Load("hostile.html", Samples.Hostile()));
        }

        public string Folder { get; }

        internal Chromium Browser { get; }

        internal (ChromiumPage Page, string Pdf) Readme => readme.Value;

        internal (ChromiumPage Page, string Pdf) Hostile => hostile.Value;

        internal string Write(string name, RankingResult ranking, ReportOptions options)
        {
            var file = Path.Combine(Folder, name);
            using var stream = File.Create(file);
            HtmlReport.WriteRanking(ranking, stream, options);
            return file;
        }

        private (ChromiumPage, string) Load(string name, RankingResult ranking)
        {
            var page = Browser.Open(Write(name, ranking, Vietnamese));
            var pdf = Path.ChangeExtension(Path.Combine(Folder, name), ".pdf");
            File.WriteAllBytes(pdf, page.PrintToPdf());
            return (page, pdf);
        }

        public void Dispose()
        {
            Browser.Dispose();

            // PARINDEX_KEEP_RENDERS=1 keeps the HTML and PDF files to look at (the folder is printed).
            if (Environment.GetEnvironmentVariable("PARINDEX_KEEP_RENDERS") == "1")
            {
                Console.Error.WriteLine("Rendered reports kept in " + Folder);
            }
            else
            {
                Directory.Delete(Folder, true);
            }
        }
    }

    [Fact]
    public void Console_check_catches_a_csp_violation_so_an_empty_list_means_something()
    {
        var file = Path.Combine(rendered.Folder, "violation.html");
        File.WriteAllText(file, "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'none'; img-src 'none'\"><title>t</title></head><body><script>document.title='ran'</script><img src=\"x.png\"></body></html>");
        var page = rendered.Browser.Open(file);
        Assert.Equal("t", (string)page.Evaluate("document.title")!);
        var messages = page.Messages;
        Assert.Equal(2, messages.Count);
        Assert.StartsWith("error (security): Executing inline script violates the following Content Security Policy directive 'script-src 'none''.", messages[0]);
        Assert.StartsWith("error (security): Loading the image 'file://", messages[1]);
    }

    [Fact]
    public void Readme_sample_report_loads_without_any_console_message_or_csp_violation()
    {
        var (page, _) = rendered.Readme;
        Assert.Empty(page.Messages);
        Assert.Equal(1, (int)page.Evaluate("document.styleSheets.length")!);
        Assert.Equal(0, page.Count("script, img, link, iframe, object, embed"));
    }

    [Fact]
    public void Readme_sample_report_has_a_bar_per_unit_a_heat_cell_per_unit_and_area_and_a_scorecard_per_unit()
    {
        var ranking = Samples.Readme.Value;
        var (page, _) = rendered.Readme;
        var areas = ranking.Sheet.CriteriaSet.Areas.Count(a => a.Block == NodeBlock.None);
        Assert.Equal(ranking.Units.Count, page.Count("#ranking svg rect.bar"));
        Assert.Equal(ranking.Units.Count * areas, page.Count("#components svg rect.cell"));
        Assert.Equal(ranking.Units.Count * 2, page.Count("#accuracy svg rect.bar"));
        Assert.Equal(
            ranking.Units.Select(u => $"{u.PublishedRank}. {u.Score.Name} ({u.Id}): {u.Score.ReportedIndex.ToString("F2", CultureInfo.InvariantCulture)} {u.Band!.Name}"),
            page.Texts("#ranking svg rect.bar > title"));
        Assert.Equal(ranking.Units.Select(u => $"Phiếu chấm điểm — {u.Score.Name} ({u.Id})"), page.Texts("article.scorecard > h3"));

        // Every bar is drawn: a positive width in the browser's own layout.
        Assert.Equal(0, (int)page.Evaluate("Array.from(document.querySelectorAll('#ranking rect.bar')).filter(r => !(r.getBBox().width > 0)).length")!);
    }

    [Fact]
    public void Readme_sample_report_prints_on_a4_with_each_section_and_each_scorecard_starting_a_page()
    {
        var ranking = Samples.Readme.Value;
        var (_, pdf) = rendered.Readme;
        var sizes = Programs.PageSizes(pdf);
        var pages = Programs.PageTexts(pdf);

        // Fonts: fonts-noto-core (as CI installs). Portrait: title and summary on page 1; the ranking, the component
        // indices and the accuracy each start a page (6 pages). Landscape: 13 scorecards of 124 criteria rows each.
        Assert.Equal(ExpectedPages, pages.Length);
        var portrait = (595, 842);
        var landscape = (842, 595);
        var starts = Enumerable.Range(0, pages.Length).Where(p => pages[p].Contains("Phiếu chấm điểm — ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(ranking.Units.Count, starts.Length);
        Assert.All(sizes.Take(starts[0]), s => Assert.Equal(portrait, s));
        Assert.All(sizes.Skip(starts[0]), s => Assert.Equal(landscape, s));
        Assert.StartsWith("Kết quả Chỉ số cải cách hành chính: ", pages[0]);
        Assert.StartsWith("Xếp hạng ", pages[1]);
        Assert.Contains(pages, p => p.StartsWith("Chỉ số thành phần ", StringComparison.Ordinal));
        Assert.Contains(pages, p => p.StartsWith("Tự đánh giá và thẩm định ", StringComparison.Ordinal));
        Assert.StartsWith("Phiếu chấm điểm Phiếu chấm điểm — ", pages[starts[0]]);
        for (var i = 0; i < starts.Length; i++)
        {
            var unit = ranking.Units[i];
            Assert.Contains($"Phiếu chấm điểm — {unit.Score.Name} ({unit.Id})", pages[starts[i]]);
            if (i > 0)
            {
                Assert.StartsWith($"Phiếu chấm điểm — {unit.Score.Name} ({unit.Id})", pages[starts[i]]);
            }
        }
    }

    /// <summary>The README sample report's printed pages (see the test above).</summary>
    internal const int ExpectedPages = 97;

    [Fact]
    public void Readme_sample_pdf_shows_every_unit_with_its_index_and_band()
    {
        var ranking = Samples.Readme.Value;
        var text = Programs.Flatten(string.Join(" ", Programs.PageTexts(rendered.Readme.Pdf)));
        foreach (var unit in ranking.Units)
        {
            var index = unit.Score.ReportedIndex.ToString("F2", CultureInfo.InvariantCulture);
            Assert.Contains($"{unit.PublishedRank}. {unit.Score.Name}", text);
            Assert.Contains($"{unit.Id} {unit.Score.Name} ", text);
            Assert.Contains($"{index} {unit.Band!.Name}", text);
        }
    }

    [Fact]
    public void Hostile_names_groups_and_reasons_are_shown_literally_and_nothing_runs()
    {
        var ranking = Samples.Hostile();
        var (page, pdf) = rendered.Hostile;

        // Had any script, handler or injected style sheet been let through, the CSP would have logged a violation, the
        // title would have changed, or the elements would exist.
        Assert.Empty(page.Messages);
        Assert.Equal("Kết quả Chỉ số cải cách hành chính: " + ranking.Sheet.CriteriaSet.Name, (string)page.Evaluate("document.title")!);
        Assert.Equal(0, page.Count("script, img, b, i, iframe, object, embed, body style, #injected-b, [onerror], [onload]"));
        Assert.Equal(1, (int)page.Evaluate("document.styleSheets.length")!);
        Assert.Equal("block", (string)page.Evaluate("getComputedStyle(document.body).display")!);
        Assert.Equal(3 * ranking.Groups.Count, page.Count("svg"));
        Assert.Equal(page.Count("svg"), page.Count("figure > svg"));
        Assert.Equal(ranking.Units.Count, page.Count("#ranking svg rect.bar"));

        // What the reader sees: each text exactly as in the file (RTL marks, combining marks, quotes and all).
        var headings = page.Texts("article.scorecard > h3");
        var cells = new HashSet<string>(page.Texts("#ranking td"));
        var titles = page.Texts("#ranking svg rect.bar > title");
        foreach (var hostile in Samples.HostileNames)
        {
            var unit = ranking.Units.Single(u => u.Score.Name == hostile);

            // Bidirectional controls are shown as code points (Markup), so U+202E cannot reverse what follows it.
            var name = hostile.Replace("\u202E", "<U+202E>", StringComparison.Ordinal).Replace("\u202C", "<U+202C>", StringComparison.Ordinal);
            Assert.Contains($"Phiếu chấm điểm — {name} ({unit.Id})", headings);
            Assert.Contains(name, cells);
            Assert.Contains(titles, t => t.StartsWith($"{unit.PublishedRank}. {name} ({unit.Id}): ", StringComparison.Ordinal));
        }

        Assert.Contains("Khối huyen\"><script>x()</script> — 7 đơn vị", page.Texts("#ranking h3"));
        Assert.Contains("Khối <i>khối</i> — 6 đơn vị", page.Texts("#ranking h3"));
        Assert.Contains(page.Texts("article.scorecard td"), t => t.Contains("Lý do: <script>document.title='pwned-script'</script> lý do", StringComparison.Ordinal));

        // And on paper.
        var text = Programs.Flatten(string.Join(" ", Programs.PageTexts(pdf)));
        foreach (var name in Samples.HostileNames.Take(6))
        {
            Assert.Contains("Phiếu chấm điểm — " + name, text);
        }
    }

    /// <summary>Where the README's screenshot of the sample report is committed.</summary>
    internal static readonly string ScreenshotPath = TestData.Path("docs", "images", "report-sample.png");

    /// <summary>
    /// Trims the loaded sample report, in the browser, to what the README shows: the title and summary, the ranking chart
    /// with its table, the heat map with its table, and the first scorecard's first rows. Run through DevTools, which the
    /// report's CSP (no script at all) does not govern.
    /// </summary>
    private const string ScreenshotView = """
        (() => {
          document.querySelector('#accuracy').remove();
          for (const p of document.querySelectorAll('#components > p, #components > table.areas')) p.remove();
          const cards = document.querySelectorAll('article.scorecard');
          for (let i = 1; i < cards.length; i++) cards[i].remove();
          const card = cards[0];
          for (const e of Array.from(card.children).slice(Array.from(card.children).findIndex(e => e.tagName === 'TABLE') + 1)) e.remove();
          for (const r of Array.from(card.querySelectorAll('tbody tr')).slice(14)) r.remove();
          return document.querySelectorAll('#ranking rect.bar').length + ' ' + document.querySelectorAll('#components rect.cell').length + ' ' + document.querySelectorAll('article.scorecard tbody tr').length;
        })()
        """;

    [Fact]
    public void Screenshot_of_the_sample_report_shows_the_ranking_chart_the_heat_map_and_a_scorecard()
    {
        var ranking = Samples.Readme.Value;
        var file = rendered.Write("screenshot.html", ranking, Vietnamese);
        var page = rendered.Browser.Open(file, 1280, 900);
        Assert.Empty(page.Messages);
        var areas = ranking.Sheet.CriteriaSet.Areas.Count(a => a.Block == NodeBlock.None);
        Assert.Equal($"{ranking.Units.Count} {ranking.Units.Count * areas} 14", (string)page.Evaluate(ScreenshotView)!);
        var png = page.Screenshot();
        page.Close();

        // A PNG 1280 pixels wide (the width header of its IHDR chunk), of a size fit for a README.
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png.Take(4));
        Assert.Equal(1280, (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19]);
        Assert.InRange(png.Length, 50_000, 1_000_000);

        // PARINDEX_UPDATE_SCREENSHOT=1 writes it to docs/ (see docs/reports.md); the committed one must exist.
        if (Environment.GetEnvironmentVariable("PARINDEX_UPDATE_SCREENSHOT") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(ScreenshotPath)!);
            File.WriteAllBytes(ScreenshotPath, png);
        }

        Assert.True(File.Exists(ScreenshotPath), ScreenshotPath + " is missing: PARINDEX_UPDATE_SCREENSHOT=1 dotnet test tests/ParIndex.Reports.Tests --filter Screenshot");
        Assert.Contains("](docs/images/report-sample.png)", File.ReadAllText(TestData.Path("README.md")));
        Assert.Contains("](images/report-sample.png)", File.ReadAllText(TestData.Path("docs", "reports.md")));
    }
}
