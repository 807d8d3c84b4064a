using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using ParIndex.Reports.Charts;
using ParIndex.Reports.Text;

namespace ParIndex.Reports.Html;

/// <summary>
/// The shell of every HTML report: one self-contained UTF-8 document with its style sheet inline, no script and
/// no URL at all, and a Content-Security-Policy that allows nothing but that one style sheet (by its hash) — so even
/// markup that slipped through could neither run a script nor load anything.
/// </summary>
internal static class HtmlPage
{
    /// <summary>The style sheet: screen layout, chart styles, colours, and A4 print rules.</summary>
    public static readonly string Css =
        "body{font-family:\"Noto Sans\",\"DejaVu Sans\",\"Segoe UI\",Arial,sans-serif;font-size:14px;line-height:1.4;color:#1a1a1a;max-width:1420px;margin:20px auto;padding:0 16px}" +
        "h1{font-size:24px;margin:0 0 12px}h2{font-size:20px;border-bottom:2px solid #0072B2;padding-bottom:3px;margin-top:28px}h3{font-size:16px;margin:18px 0 6px}h4{font-size:14px;margin:12px 0 4px}" +
        "table{border-collapse:collapse;margin:6px 0 14px;font-size:12.5px}caption{text-align:left;font-weight:bold;padding:2px 0}" +
        "th,td{border:1px solid #b8b8b8;padding:2px 6px;vertical-align:top;text-align:left}th{background:#e9f0f7}" +
        ".n{text-align:right;white-space:nowrap}table.summary th{width:14em}" +
        ".pair{display:flex;flex-wrap:wrap;gap:12px 24px;align-items:flex-start}figure{margin:0 0 10px}figcaption{font-size:12px;color:#444}" +
        "svg.chart{max-width:100%;height:auto;display:block}.chart text{font-size:12px;fill:#1a1a1a}.chart .ct{font-size:11px}.chart .ct.dk{fill:#ffffff}" +
        ".chart .tick,.chart .tlabel,.chart .col{font-size:11px}.chart .head{font-weight:bold}" +
        ".grid{stroke:#e2e2e2}.axis{stroke:#555}.threshold{stroke:#222;stroke-width:1.2;stroke-dasharray:5 3}" +
        ".cell.na{fill:#ffffff;stroke:#cccccc}.key{stroke:#888;stroke-width:.5}" +
        ".interval{stroke:#0072B2;stroke-width:2.5}.median{fill:#0072B2}.nominal{fill:#D55E00}" +
        ".slope{stroke-width:1.5;fill:none}.slope.up{stroke:#0072B2}.slope.down{stroke:#D55E00;stroke-dasharray:5 3}.slope.same{stroke:#999999}" +
        ".sw{display:inline-block;width:.9em;height:.9em;border:1px solid #888;vertical-align:-1px;margin-right:4px}" +
        ".d1{padding-left:1.2em}.d2{padding-left:2.4em}.d3{padding-left:3.6em}.d4{padding-left:4.8em}" +
        "tr.area td{font-weight:bold;background:#f3f6f9}.sc td{font-size:12px;overflow-wrap:anywhere}" +
        // The scorecard's columns get fixed shares, so names and reasons wrap less (fewer, shorter printed pages).
        "table.sc{width:100%;table-layout:fixed}.sc th:nth-child(1){width:6%}.sc th:nth-child(2){width:35%}.sc th:nth-child(4){width:12%}.sc th:nth-child(6){width:23%}.sc th.n{white-space:normal}" +
        ".sc th:nth-child(3),.sc th:nth-child(5),.sc th:nth-child(7),.sc th:nth-child(8){width:6%}.note{font-size:12px;color:#444}.small{font-size:11px;color:#555;display:block}" +
        Palette.Css() +
        // Scorecards are printed on landscape pages (a named page), like the Word scorecards: eight columns need the width.
        "@page{size:A4;margin:12mm 11mm}@page scorecard{size:A4 landscape;margin:11mm 12mm}" +
        "@media print{body{max-width:none;margin:0;padding:0;font-size:11px}" +
        "section,article.scorecard{break-before:page}article.scorecard,section.cards{page:scorecard}section.cards>article.scorecard:first-of-type{break-before:auto}thead{display:table-header-group}tr,svg,figure{break-inside:avoid}h2,h3,h4{break-after:avoid}" +
        "table{font-size:10.5px}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}";

    /// <summary>The Content-Security-Policy: nothing is allowed except the inline style sheet above.</summary>
    public static string ContentSecurityPolicy { get; } =
        "default-src 'none'; style-src 'sha256-" + Sha256Base64(Css) + "'; img-src 'none'; font-src 'none'; script-src 'none'; base-uri 'none'; form-action 'none'";

    /// <summary>Writes the document: head, then the body that <paramref name="body"/> appends.</summary>
    public static void Write(Stream output, Labels labels, string title, Action<HtmlWriter> body)
    {
        if (output is null)
        {
            throw new ArgumentNullException(nameof(output));
        }

        var sb = new StringBuilder(64 * 1024);
        sb.Append("<!DOCTYPE html>\n<html lang=\"").Append(labels.LanguageTag).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(ContentSecurityPolicy).Append("\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"ParIndex\">\n")
            .Append("<title>").AppendEscaped(title).Append("</title>\n<style>").Append(Css).Append("</style>\n</head>\n<body>\n");
        body(new HtmlWriter(sb));
        sb.Append("\n</body>\n</html>\n");
        var bytes = new UTF8Encoding(false).GetBytes(sb.ToString());
        output.Write(bytes, 0, bytes.Length);
        output.Flush();
    }

    private static string Sha256Base64(string text)
    {
        using var sha = SHA256.Create();
        return Convert.ToBase64String(sha.ComputeHash(Encoding.UTF8.GetBytes(text)));
    }
}
