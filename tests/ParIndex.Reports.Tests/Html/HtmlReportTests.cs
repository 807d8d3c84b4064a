using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ParIndex.Criteria;
using ParIndex.Ranking;

namespace ParIndex.Reports.Tests.Html;

public class HtmlReportTests
{
    private static readonly ReportOptions Vietnamese = new() { Culture = new CultureInfo("vi-VN"), Date = new DateTime(2026, 12, 1) };
    private static readonly ReportOptions English = new() { Culture = CultureInfo.InvariantCulture, Date = new DateTime(2026, 12, 1) };

    internal static string Render(RankingResult ranking, ReportOptions options)
    {
        using var stream = new MemoryStream();
        HtmlReport.WriteRanking(ranking, stream, options);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static int Count(string html, string marker) => Regex.Matches(html, Regex.Escape(marker)).Count;

    [Fact]
    public void Ranking_report_is_one_utf8_document_without_a_bom_script_or_url()
    {
        using var stream = new MemoryStream();
        HtmlReport.WriteRanking(Samples.Readme.Value, stream, Vietnamese);
        var bytes = stream.ToArray();
        Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF);
        var html = new UTF8Encoding(false, true).GetString(bytes);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'sha256-", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch("[=(]\\s*[\"']?\\s*//", html);
        Assert.DoesNotContain(" style=", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<link", html);
    }

    [Fact]
    public void Content_security_policy_hash_matches_the_style_sheet()
    {
        var html = Render(Samples.Readme.Value, English);
        var css = Regex.Match(html, "<style>(.*?)</style>", RegexOptions.Singleline).Groups[1].Value;
        using var sha = System.Security.Cryptography.SHA256.Create();
        var hash = Convert.ToBase64String(sha.ComputeHash(Encoding.UTF8.GetBytes(css)));
        Assert.Contains($"style-src 'sha256-{hash}'", html);
        Assert.Contains("script-src 'none'", html);
        Assert.Equal(1, Count(html, "<style>"));
    }

    [Fact]
    public void Ranking_report_is_the_same_on_every_run_and_under_every_machine_culture()
    {
        var first = Render(Samples.Readme.Value, Vietnamese);
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Assert.Equal(first, Render(Samples.Readme.Value, Vietnamese));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Ranking_report_has_one_bar_per_unit_and_one_heat_cell_per_unit_and_area()
    {
        var ranking = Samples.Readme.Value;
        var html = Render(ranking, Vietnamese);
        var areas = ranking.Sheet.CriteriaSet.Areas.Count(a => a.Block == NodeBlock.None);
        Assert.Equal(13, ranking.Units.Count);
        Assert.Equal(9, areas);
        Assert.Equal(13, Count(html, "<rect class=\"bar b"));
        Assert.Equal(13 * 2, Count(html, "<rect class=\"bar s"));
        Assert.Equal(13 * 9, Count(html, "<rect class=\"cell "));
        Assert.Equal(13, Count(html, "<article class=\"scorecard\""));
    }

    [Fact]
    public void Ranking_report_shows_every_unit_with_its_index_and_band_in_vietnamese_with_decimal_points()
    {
        var ranking = Samples.Readme.Value;
        var html = Render(ranking, Vietnamese);
        foreach (var unit in ranking.Units)
        {
            var index = unit.Score.ReportedIndex.ToString("F2", CultureInfo.InvariantCulture);
            Assert.Contains($"<td>{unit.Id}<td>{unit.Score.Name}<td class=\"n\">", html);
            Assert.Contains($"<td class=\"n\">{index}<td>{unit.Band!.Name}", html);
            Assert.Contains($"<h3>Phiếu chấm điểm — {unit.Score.Name} ({unit.Id})</h3>", html);
        }

        Assert.Contains("<h2>Chỉ số thành phần</h2>", html);
        Assert.Contains("<th scope=\"row\">Ngày lập<td>01/12/2026", html);
    }

    [Fact]
    public void Decimal_comma_is_an_option()
    {
        var ranking = Samples.Readme.Value;
        var html = Render(ranking, new ReportOptions { Culture = new CultureInfo("vi-VN"), Date = new DateTime(2026, 12, 1), DecimalComma = true });
        var first = ranking.Units[0];
        Assert.Contains($"<td class=\"n\">{first.Score.ReportedIndex.ToString("F2", CultureInfo.InvariantCulture).Replace('.', ',')}<td>{first.Band!.Name}", html);
        Assert.Contains("Tốt (≥ 90,00)", html);
    }

    [Fact]
    public void English_report_uses_english_labels()
    {
        var ranking = Samples.Readme.Value;
        var html = Render(ranking, English);
        var first = ranking.Units[0];
        Assert.Contains($"<td class=\"n\">{first.Score.ReportedIndex.ToString("F2", CultureInfo.InvariantCulture)}<td>{first.Band!.Name}", html);
        Assert.Contains($"<h3>Scorecard — {first.Score.Name} ({first.Id})</h3>", html);
        Assert.Contains("<th scope=\"row\">Date<td>2026-12-01", html);
    }

    [Fact]
    public void Band_thresholds_are_drawn_on_each_ranking_chart()
    {
        var html = Render(Samples.Readme.Value, Vietnamese);
        var bands = Samples.ReadmeSheet.CriteriaSet.Bands.Bands.Where(b => b.MinIndex > 0).ToArray();
        Assert.Equal(3, bands.Length);
        Assert.Equal(bands.Length, Count(html, "<line class=\"threshold\""));
        foreach (var band in bands)
        {
            Assert.Contains($"<text class=\"tlabel\"", html);
            Assert.Contains($"<title>{band.Name}</title></line>", html);
        }
    }

    [Fact]
    public void Scorecard_lists_every_criterion_and_each_appraisal_with_its_reason()
    {
        var ranking = Samples.Readme.Value;
        var html = Render(ranking, Vietnamese);
        var unit = ranking["HT-TP"];
        var card = html.Substring(html.IndexOf("<article class=\"scorecard\" id=\"sc-HT-TP\">", StringComparison.Ordinal));
        card = card.Substring(0, card.IndexOf("</article>", StringComparison.Ordinal));
        var tree = card.Substring(0, card.IndexOf("</table>", StringComparison.Ordinal));
        Assert.Equal(ranking.Sheet.CriteriaSet.Nodes.Count, Count(tree, "<tr") - 1);
        Assert.Contains("Vòng 1: giá trị 41.2 → ", card);
        Assert.Contains(". Lý do: Số liệu tính lại theo Hệ thống thông tin giải quyết TTHC của tỉnh", card);
        Assert.Contains("<h4>Để tăng thứ hạng</h4>", card);
        Assert.Contains($"Xếp hạng {unit.PublishedRank}/", card);
    }

    [Fact]
    public void Scorecard_selection_writes_only_the_chosen_units_in_ranking_order()
    {
        var ranking = Samples.Readme.Value;
        var html = Render(ranking, new ReportOptions { Culture = CultureInfo.InvariantCulture, Date = new DateTime(2026, 12, 1), ScorecardUnits = new[] { "HT-VQ", "HT-TP" } });
        var ids = Regex.Matches(html, "<article class=\"scorecard\" id=\"sc-([^\"]+)\"").Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(new[] { "HT-VQ", "HT-TP" }.OrderBy(id => ranking[id].Rank), ids);
        Assert.Equal(0, Count(Render(ranking, new ReportOptions { Date = new DateTime(2026, 12, 1), ScorecardUnits = Array.Empty<string>() }), "<article"));
        var error = Assert.Throws<ArgumentException>(() => Render(ranking, new ReportOptions { ScorecardUnits = new[] { "NOPE" } }));
        Assert.StartsWith("No unit has id 'NOPE'.", error.Message);
    }

    [Fact]
    public void Hostile_names_groups_and_reasons_stay_text_everywhere()
    {
        var html = Render(Samples.Hostile(), Vietnamese);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch("<b[ >]", html);
        Assert.DoesNotContain("<i>", html);
        Assert.DoesNotContain("\"><b", html);
        Assert.Contains("&lt;script&gt;document.title=&#39;pwned-script&#39;&lt;/script&gt;", html);
        Assert.Contains("&lt;img src=x onerror=&quot;document.title=&#39;pwned-img&#39;&quot;&gt;", html);
        Assert.Contains("&lt;/svg&gt;&lt;b id=injected-b&gt;bold&lt;/b&gt;", html);
        Assert.Contains("&quot;&gt;&lt;b&gt;quoted&lt;/b&gt;", html);
        Assert.Equal(Count(html, "<svg "), Count(html, "</svg>"));
        Assert.Contains("Khối huyen&quot;&gt;&lt;script&gt;x()&lt;/script&gt;", html);
    }

    [Fact]
    public void Report_of_700_units_leaves_the_scorecards_out_by_default_says_so_stays_under_2_MB_and_names_no_url()
    {
        var ranking = Samples.Large(700);
        using var stream = new MemoryStream();
        HtmlReport.WriteRanking(ranking, stream, new ReportOptions { Culture = new CultureInfo("vi"), Date = new DateTime(2026, 12, 1) });
        var html = Encoding.UTF8.GetString(stream.ToArray());
        Assert.True(stream.Length < 2 * 1024 * 1024, $"{stream.Length} bytes");
        Assert.DoesNotContain("http:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch("[=(]\\s*[\"']?\\s*//", html);
        Assert.Equal(0, Count(html, "<article"));
        Assert.Contains(
            "<th scope=\"row\">Phiếu chấm điểm<td>Không kèm theo: kỳ đánh giá có 700 đơn vị, nhiều hơn 100, kèm phiếu chấm điểm của từng đơn vị thì tệp quá lớn để gửi và in. " +
            "Xuất riêng phiếu chấm điểm, mỗi đơn vị một trang (parindex explain --all --format docx), hoặc vẫn kèm theo (--scorecards all).",
            html);
        Assert.Equal(700, Count(html, "<rect class=\"bar b"));
        Assert.Equal(700 * 9, Count(html, "<rect class=\"cell "));
        // Each group's ranking, heat map and self/appraised charts are split into charts of at most 35 rows (one printed page).
        Assert.Equal(ranking.Groups.Sum(g => 3 * (int)Math.Ceiling(g.Units.Count / 35.0)), Count(html, "<svg "));
    }

    [Fact]
    public void Scorecards_are_included_by_default_up_to_the_limit_and_every_one_when_asked()
    {
        var ranking = Samples.Readme.Value;
        var date = new DateTime(2026, 12, 1);
        var atLimit = Render(ranking, new ReportOptions { Culture = CultureInfo.InvariantCulture, Date = date, ScorecardLimit = 13 });
        Assert.Equal(13, Count(atLimit, "<article class=\"scorecard\""));
        Assert.DoesNotContain("<th scope=\"row\">Scorecards<td>", atLimit);

        var over = Render(ranking, new ReportOptions { Culture = CultureInfo.InvariantCulture, Date = date, ScorecardLimit = 12 });
        Assert.Equal(0, Count(over, "<article"));
        Assert.Contains(
            "<th scope=\"row\">Scorecards<td>Not included: this round has 13 units, more than 12, and a scorecard for each would make the file too large to send and print. " +
            "Write them on their own, one unit per page (parindex explain --all --format docx), or include them anyway (--scorecards all).",
            over);

        var forced = Render(ranking, new ReportOptions { Culture = CultureInfo.InvariantCulture, Date = date, ScorecardLimit = 12, ScorecardUnits = ranking.Units.Select(u => u.Id).ToArray() });
        Assert.Equal(13, Count(forced, "<article class=\"scorecard\""));
        Assert.DoesNotContain("<th scope=\"row\">Scorecards<td>", forced);
        Assert.Equal(ReportOptions.DefaultScorecardLimit, new ReportOptions().ScorecardLimit);
        Assert.Throws<ArgumentOutOfRangeException>(() => Render(ranking, new ReportOptions { ScorecardLimit = -1 }));
    }

    [Fact]
    public void Report_of_700_units_with_every_scorecard_has_them_all_and_names_no_url()
    {
        var ranking = Samples.Large(700);
        using var stream = new MemoryStream();
        HtmlReport.WriteRanking(ranking, stream, new ReportOptions { Culture = new CultureInfo("vi"), Date = new DateTime(2026, 12, 1), ScorecardUnits = ranking.Units.Select(u => u.Id).ToArray() });
        var html = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Equal(700, Count(html, "<article class=\"scorecard\""));
        Assert.DoesNotContain("http:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch("[=(]\\s*[\"']?\\s*//", html);
    }
}
