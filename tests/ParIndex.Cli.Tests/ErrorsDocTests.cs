using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using ParIndex.Criteria;
using ParIndex.Excel;
using ParIndex.IO;
using ParIndex.Scenarios;
using ParIndex.Survey;

namespace ParIndex.Cli.Tests;

/// <summary>
/// docs/errors.md is generated from the message resources (every <c>src/**/X.resx</c> and its <c>X.vi.resx</c>): every
/// message (an error or warning the user can see; which keys are messages is decided by <see cref="ResourceMessages"/>:
/// every key except those its NotMessages list names, each with a reason) is listed with its help text <c>K_Help</c>,
/// what it means and what to do, in English and Vietnamese, together with the read limits' names and defaults taken
/// from the library's own defaults. MessageHelpTests make sure every message has its help text. The test fails when
/// the file is stale; regenerate it with
/// <c>PARINDEX_UPDATE_ERRORS_DOC=1 dotnet test tests/ParIndex.Cli.Tests --filter ErrorsDoc</c>.
/// </summary>
public class ErrorsDocTests
{
    private const string UpdateVariable = "PARINDEX_UPDATE_ERRORS_DOC";

    private const string HelpSuffix = ResourceMessages.HelpSuffix;

    /// <summary>The resource files holding messages, in the order of the document, with their section titles.</summary>
    private static readonly (string File, string Anchor, string English, string Vietnamese)[] Sections =
    {
        ("src/ParIndex.Core/Resources/Messages.resx", "input", "Input files and values", "Tệp đầu vào và giá trị"),
        ("src/ParIndex.Core/Resources/Safety.resx", "safety", "Limits, invisible characters, YAML and files of the wrong kind", "Giới hạn, ký tự vô hình, YAML và tệp sai loại"),
        ("src/ParIndex.Core/Survey/SurveyText.resx", "survey", "Survey definitions, responses and populations", "Định nghĩa điều tra, phiếu khảo sát và quy mô tổng thể"),
        ("src/ParIndex.Excel/Resources/Strings.resx", "workbooks", "Workbooks (.xlsx, .xls)", "Sổ tính (.xlsx, .xls)"),
        ("src/ParIndex.Cli/Resources/Strings.resx", "command-line", "The command line", "Dòng lệnh"),
        ("src/ParIndex.Cli/Resources/Safety.resx", "outputs", "Output files, options and the working folder", "Tệp kết quả, tùy chọn và thư mục làm việc"),
        ("src/ParIndex.Cli/Resources/ExcelCli.resx", "workbook-options", "Workbook options", "Tùy chọn sổ tính"),
        ("src/ParIndex.Cli/Commands/SurveyCliText.resx", "survey-options", "Survey options", "Tùy chọn điều tra"),
    };

    [Fact]
    public void DocsErrorsMdIsGeneratedFromTheCurrentMessages()
    {
        var path = Path.Combine(RepoRoot, "docs", "errors.md");
        var expected = Generate();
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, expected, new UTF8Encoding(false));
            return;
        }

        var actual = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n") : "";
        Assert.True(actual == expected,
            $"docs/errors.md is stale: a message or help text changed. Regenerate it and commit it:\n  {UpdateVariable}=1 dotnet test tests/ParIndex.Cli.Tests --filter ErrorsDoc\n" +
            $"first difference at character {FirstDifference(actual, expected)}");
    }

    [Fact]
    public void EveryResourceFileWithMessagesHasASectionInTheDocument()
    {
        var missing = ResourceFiles()
            .Where(f => ResourceMessages.Messages(f).Any() && !Sections.Any(s => s.File == f))
            .ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void TheDocumentListsTheLimitMessagesAndTheirDefaults()
    {
        var text = Generate();
        Assert.Contains("### `Limit_BytesUnsized`", text, StringComparison.Ordinal);
        Assert.Contains("| `bytes` | 134,217,728 |", text, StringComparison.Ordinal);
        Assert.Contains("| `work` | 500,000,000 |", text, StringComparison.Ordinal);
        Assert.Contains("| `unpacked-bytes` | 1,073,741,824 |", text, StringComparison.Ordinal);
    }

    /// <summary>The document, from the resource files and the library's default limits.</summary>
    internal static string Generate()
    {
        var sb = new StringBuilder();
        sb.Append("# Error messages — Thông báo lỗi\n\n");
        sb.Append("<!-- Generated from the .resx files under src/ by tests/ParIndex.Cli.Tests/ErrorsDocTests.cs; do not edit by hand.\n");
        sb.Append("     Regenerate: ").Append(UpdateVariable).Append("=1 dotnet test tests/ParIndex.Cli.Tests --filter ErrorsDoc -->\n\n");
        sb.Append("Every error the tool can give, what it means and what to do. An error ends the command with exit code 2 and writes no\n");
        sb.Append("output file; it names the file and the line and column (CSV, YAML) or the sheet and cell (workbooks) where it was\n");
        sb.Append("found. Messages are printed in the interface language (`--lang vi` or `--lang en`); `{0}`, `{1}`, … below stand for the\n");
        sb.Append("file, value, code or number the message names. A quoted value longer than about 80 characters is shortened with …\n");
        sb.Append("and its full length. Exit code 1 means a bug in parindex (see `App_ReportBug`); 130 means the command was interrupted.\n\n");
        sb.Append("Mọi lỗi mà công cụ có thể báo, ý nghĩa và cách xử lý. Khi có lỗi, lệnh kết thúc với mã thoát 2 và không ghi tệp kết\n");
        sb.Append("quả nào; thông báo ghi rõ tệp, dòng và cột (CSV, YAML) hoặc trang tính và ô (sổ tính) nơi phát hiện lỗi. Thông báo\n");
        sb.Append("hiển thị theo ngôn ngữ giao diện (`--lang vi` hoặc `--lang en`); `{0}`, `{1}`, … dưới đây là tệp, giá trị, mã hoặc\n");
        sb.Append("con số mà thông báo nêu. Giá trị dài hơn khoảng 80 ký tự được rút gọn bằng … kèm độ dài đầy đủ. Mã thoát 1 là lỗi\n");
        sb.Append("của parindex (xem `App_ReportBug`); 130 là lệnh bị ngắt.\n\n");
        sb.Append("Every message is listed: each entry of a .resx file under src/ is a message (an error or a warning) unless\n");
        sb.Append("tests/ParIndex.Cli.Tests/ResourceMessages.cs names its key, with the reason, as a label, heading, option description,\n");
        sb.Append("note or a piece filled into another message; a test fails when a message has no help text in either language.\n");
        sb.Append("Warnings (the command goes on) are marked (Warning).\n\n");
        sb.Append("Mọi thông báo đều được liệt kê: mỗi mục trong tệp .resx dưới src/ là một thông báo (lỗi hoặc cảnh báo), trừ những\n");
        sb.Append("khóa mà tests/ParIndex.Cli.Tests/ResourceMessages.cs ghi rõ, kèm lý do, là nhãn, tiêu đề, mô tả tùy chọn, ghi chú\n");
        sb.Append("hoặc một phần ghép vào thông báo khác; một phép kiểm thử sẽ báo lỗi khi một thông báo thiếu phần giải thích ở một\n");
        sb.Append("trong hai ngôn ngữ. Cảnh báo (lệnh vẫn chạy tiếp) được đánh dấu (Cảnh báo).\n\n");
        sb.Append("## Contents — Mục lục\n\n");
        sb.Append("- [Read limits — Giới hạn đọc](#limits)\n");
        foreach (var s in Sections)
        {
            sb.Append("- [").Append(s.English).Append(" — ").Append(s.Vietnamese).Append("](#").Append(s.Anchor).Append(")\n");
        }

        sb.Append('\n');
        AppendLimits(sb);
        foreach (var s in Sections)
        {
            AppendSection(sb, s);
        }

        return sb.ToString();
    }

    private static void AppendLimits(StringBuilder sb)
    {
        var read = ReadLimits.Default;
        var workbook = WorkbookLimits.Default;
        sb.Append("<a id=\"limits\"></a>\n\n## Read limits — Giới hạn đọc\n\n");
        sb.Append("Every input is read within limits, so that a wrong or hostile file (a device such as /dev/zero, a zip bomb, a 100 MB\n");
        sb.Append("line) ends with a message naming the limit instead of exhausting the computer's memory. The defaults are far above any\n");
        sb.Append("real round (about 10,000 units exist in the whole country). Raise one with `--limit NAME=N` (repeatable, every command)\n");
        sb.Append("or, in the library, with the property named.\n\n");
        sb.Append("Mọi tệp đầu vào được đọc trong các giới hạn, để một tệp sai hoặc độc hại (thiết bị như /dev/zero, bom zip, một dòng\n");
        sb.Append("100 MB) kết thúc bằng thông báo nêu rõ giới hạn thay vì làm cạn bộ nhớ máy tính. Giá trị mặc định cao hơn nhiều so với\n");
        sb.Append("mọi kỳ đánh giá thực tế (cả nước có khoảng 10.000 đơn vị). Nâng giới hạn bằng `--limit TÊN=N` (dùng nhiều lần được, với\n");
        sb.Append("mọi lệnh) hoặc, trong thư viện, bằng thuộc tính tương ứng.\n\n");
        sb.Append("| `--limit` | Default — Mặc định | Library — Thư viện | Applies to — Áp dụng cho |\n|---|---:|---|---|\n");
        void Row(string name, long value, string property, string what) =>
            sb.Append("| `").Append(name).Append("` | ").Append(value.ToString("N0", CultureInfo.InvariantCulture)).Append(" | `").Append(property).Append("` | ").Append(what).Append(" |\n");
        Row("bytes", read.MaxBytes, "ReadLimits.MaxBytes", "bytes read from one table (CSV self-assessment, appraisal, survey, responses, previous results, weights); with `--limit` also criteria sets (default " + Count(CriteriaLoadOptions.Default.MaxFileBytes) + ", `CriteriaLoadOptions.MaxFileBytes`), scenarios (" + Count(ScenarioLoader.MaxFileBytes) + ", `ScenarioLoader.Load(path, set, maxFileBytes)`) and survey definitions (" + Count(SurveyDefinitionLoader.MaxFileBytes) + ", `SurveyDefinitionLoader.Load(path, set, maxFileBytes)`) — số byte đọc từ một tệp");
        Row("cell", read.MaxCellLength, "ReadLimits.MaxCellLength", "characters in one CSV cell — số ký tự trong một ô CSV");
        Row("rows", read.MaxRows, "ReadLimits.MaxRows", "data rows of a CSV table — số dòng dữ liệu của bảng CSV");
        Row("columns", read.MaxColumns, "ReadLimits.MaxColumns", "columns of a CSV row — số cột của một dòng CSV");
        Row("units", read.MaxUnits, "ReadLimits.MaxUnits", "units in one round — số đơn vị trong một kỳ đánh giá");
        Row("work", new UncertaintyOptions().MaxWork, "UncertaintyOptions.MaxWork", "runs × units of `uncertainty` (with `--sensitivity`: N × (d + 2) runs) — số lần chạy × số đơn vị");
        Row("file-bytes", workbook.MaxFileBytes, "WorkbookLimits.MaxFileBytes", "size of a workbook file — kích thước tệp sổ tính");
        Row("unpacked-bytes", workbook.MaxUnpackedBytes, "WorkbookLimits.MaxUnpackedBytes", "bytes an .xlsx unpacks to — số byte khi giải nén .xlsx");
        Row("zip-entries", workbook.MaxZipEntries, "WorkbookLimits.MaxZipEntries", "parts of an .xlsx package — số thành phần của gói .xlsx");
        Row("rows", workbook.MaxRows, "WorkbookLimits.MaxRows", "rows of a sheet — số dòng của trang tính");
        Row("columns", workbook.MaxColumns, "WorkbookLimits.MaxColumns", "columns of a sheet — số cột của trang tính");
        Row("cell-chars", workbook.MaxCellChars, "WorkbookLimits.MaxCellChars", "characters in one workbook cell — số ký tự trong một ô");
        Row("shared-strings", workbook.MaxSharedStrings, "WorkbookLimits.MaxSharedStrings", "distinct texts of an .xlsx — số đoạn văn bản dùng chung");
        Row("styles", workbook.MaxStyles, "WorkbookLimits.MaxStyles", "cell formats of an .xlsx — số định dạng ô");
        sb.Append("\n`rows` and `columns` set the CSV and the workbook limit alike. — `rows` và `columns` đặt giới hạn cho cả CSV lẫn sổ tính.\n\n");
    }

    private static void AppendSection(StringBuilder sb, (string File, string Anchor, string English, string Vietnamese) section)
    {
        var en = Read(section.File);
        var vi = Read(ViPath(section.File));
        sb.Append("<a id=\"").Append(section.Anchor).Append("\"></a>\n\n## ").Append(section.English).Append(" — ").Append(section.Vietnamese).Append("\n\n");
        sb.Append("Source — Nguồn: `").Append(section.File).Append("`\n\n");
        var keys = ResourceMessages.Messages(section.File).OrderBy(k => k, StringComparer.Ordinal).ToList();
        foreach (var key in keys)
        {
            sb.Append("### `").Append(key).Append("`\n\n");
            sb.Append("- **English:** ").Append(Code(en[key])).Append('\n');
            sb.Append("  ").Append(en.TryGetValue(key + HelpSuffix, out var help) ? help : throw new InvalidOperationException($"{key} has no help text in {section.File}")).Append('\n');
            sb.Append("- **Tiếng Việt:** ").Append(Code(Get(vi, key, section.File))).Append('\n');
            sb.Append("  ").Append(Get(vi, key + HelpSuffix, section.File)).Append("\n\n");
        }
    }

    private static string Get(Dictionary<string, string> vi, string key, string file) =>
        vi.TryGetValue(key, out var text) ? text : throw new InvalidOperationException($"{key} has no Vietnamese text in {ViPath(file)}");

    /// <summary>A message as inline code; a message containing a backtick is fenced with two.</summary>
    private static string Code(string text) => text.Contains('`', StringComparison.Ordinal) ? "`` " + text + " ``" : "`" + text + "`";

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string ViPath(string neutral) => ResourceMessages.ViPath(neutral);

    private static IEnumerable<string> ResourceFiles() => ResourceMessages.ResourceFiles();

    private static Dictionary<string, string> Read(string relativePath) => ResourceMessages.Read(relativePath);

    private static int FirstDifference(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        return i;
    }

    private static string RepoRoot => ResourceMessages.RepoRoot;
}
