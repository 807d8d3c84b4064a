using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace ParIndex.Cli.Tests.Commands;

/// <summary>
/// A real spreadsheet program reads the workbooks the command line writes: LibreOffice headless (Debian package
/// libreoffice-calc-nogui, installed by .ci/run; without it these tests fail) converts the results, comparison and
/// uncertainty workbooks of the README sample to CSV, and every row has the same values as the command's --format csv.
/// </summary>
public class ExcelInLibreOfficeTests : IDisposable
{
    private static readonly string Examples = Path.Combine(AppContext.BaseDirectory, "examples");
    private readonly string folder = Directory.CreateTempSubdirectory("parindex-calc-").FullName;

    public void Dispose() => Directory.Delete(folder, true);

    private static string[] Round(string command, params string[] more) =>
        new[] { command, Path.Combine(Examples, "units.csv"), "-a", Path.Combine(Examples, "appraisal.csv"), "-s", Path.Combine(Examples, "survey.csv") }.Concat(more).ToArray();

    [Fact]
    public async Task LibreOffice_ReadsTheSameValuesAsTheCsvOutput_FromEveryResultsWorkbook()
    {
        var runs = new (string Name, string[] Args)[]
        {
            ("score", Round("score")),
            ("compare", Round("compare", "--scenario", Path.Combine(Examples, "scenarios", "e-government-20.yaml"), "--scenario", Path.Combine(Examples, "scenarios", "no-deduction-equal-areas.yaml"))),
            ("uncertainty", Round("uncertainty", "--runs", "300", "--seed", "11")),
        };
        var csv = new Dictionary<string, List<string[]>>();
        foreach (var (name, args) in runs)
        {
            var fromCsv = await TempRound.Run(args.Concat(new[] { "--format", "csv" }).ToArray());
            Assert.Equal((0, ""), (fromCsv.Code, fromCsv.Err));
            csv[name] = Csv(fromCsv.Out);
            var toWorkbook = await TempRound.Run(args.Concat(new[] { "--out", Path.Combine(folder, name + ".xlsx") }).ToArray());
            Assert.Equal((0, "", ""), (toWorkbook.Code, toWorkbook.Out, toWorkbook.Err));
        }

        var sheets = ConvertEverySheetToCsv(runs.Select(r => Path.Combine(folder, r.Name + ".xlsx")).ToArray());

        // The ranking sheet has the results CSV's columns in its order; compare's and uncertainty's first sheets theirs.
        AssertSameValues(csv["score"], sheets["score-Ranking"]);
        AssertSameValues(csv["compare"], sheets["compare-Scenarios"]);
        AssertSameValues(csv["uncertainty"], sheets["uncertainty-Rank uncertainty"]);

        // Component indices: rank, unit, name, group, index, then each area's index, as in the results CSV.
        var header = csv["score"][0];
        var areaIndices = header.Select((h, i) => (h, i)).Where(c => c.h.StartsWith("area_", StringComparison.Ordinal) && c.h.EndsWith("_index", StringComparison.Ordinal)).Select(c => c.i).ToArray();
        Assert.Equal(10, areaIndices.Length);
        var expected = csv["score"].Select(row => row.Take(4).Append(row[Array.IndexOf(header, "index")]).Concat(areaIndices.Select(i => row[i])).ToArray()).ToList();
        AssertSameValues(expected, sheets["score-Component indices"]);
    }

    /// <summary>Row 1 holds labels for people (their language), so only its width is compared; every other cell by value.</summary>
    private static void AssertSameValues(List<string[]> expected, List<string[]> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(expected[0].Length, actual[0].Length);
        for (var r = 1; r < expected.Count; r++)
        {
            Assert.Equal(expected[r].Length, actual[r].Length);
            for (var c = 0; c < expected[r].Length; c++)
            {
                var (e, a) = (expected[r][c], actual[r][c]);
                var same = decimal.TryParse(e, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && decimal.TryParse(a, NumberStyles.Float, CultureInfo.InvariantCulture, out var y)
                    ? x == y
                    : e == a;
                Assert.True(same, $"row {r + 1}, column {c + 1} ({expected[0][c]}): --format csv has '{e}', LibreOffice read '{a}'");
            }
        }
    }

    /// <summary>
    /// soffice --convert-to csv with every sheet (filter token 12 = -1), UTF-8 (76), values not as shown (token 9), in its own
    /// temporary profile (a writable one, whatever HOME is). Returns "file-Sheet name" → rows.
    /// </summary>
    private Dictionary<string, List<string[]>> ConvertEverySheetToCsv(string[] workbooks)
    {
        var output = Path.Combine(folder, "calc");
        var profile = Directory.CreateTempSubdirectory("parindex-soffice-").FullName;
        try
        {
            var start = new ProcessStartInfo(Find("soffice")) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { "-env:UserInstallation=" + new Uri(profile).AbsoluteUri, "--headless", "--norestore", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1", "--outdir", output }.Concat(workbooks))
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var said = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(180_000))
            {
                process.Kill(true);
                throw new TimeoutException("soffice did not finish in 3 minutes");
            }

            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"soffice exited with {process.ExitCode}: {said.Result}{error.Result}");
        }
        finally
        {
            Directory.Delete(profile, true);
        }

        return Directory.GetFiles(output, "*.csv").ToDictionary(f => Path.GetFileNameWithoutExtension(f), f => Csv(File.ReadAllText(f, Encoding.UTF8)));
    }

    private static string Find(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Select(d => Path.Combine(d, program)).FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException($"'{program}' is not installed (not on the PATH); .ci/run installs the Debian package libreoffice-calc-nogui these tests need");

    /// <summary>RFC 4180 fields: commas, double quotes doubled inside quoted fields, line breaks; a leading byte order mark dropped.</summary>
    private static List<string[]> Csv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        text = text.TrimStart('\uFEFF');
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (ch == '\n' || ch == '\r')
            {
                if (ch == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                row.Add(field.ToString());
                field.Clear();
                rows.Add(row.ToArray());
                row.Clear();
            }
            else
            {
                field.Append(ch);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row.ToArray());
        }

        return rows;
    }
}
