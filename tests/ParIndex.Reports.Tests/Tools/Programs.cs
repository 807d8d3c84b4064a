using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace ParIndex.Reports.Tests.Tools;

/// <summary>
/// The other real programs the report tests run: poppler's pdfinfo and pdftotext (Debian package poppler-utils) and
/// LibreOffice headless (libreoffice-writer-nogui). CI installs them (.ci/run); without them these tests fail.
/// </summary>
internal static class Programs
{
    /// <summary>The full path of a program on the PATH; a clear failure when it is not installed.</summary>
    public static string Find(string name)
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"'{name}' is not installed (not on the PATH). .ci/run installs the Debian packages these tests need: chromium, fonts-noto-core, poppler-utils, libreoffice-writer-nogui.");
    }

    /// <summary>Runs a program to its end (at most 3 minutes) and returns its standard output; a non-zero exit fails.</summary>
    public static string Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(Find(program))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(180_000))
        {
            process.Kill(true);
            throw new TimeoutException($"{program} did not finish in 3 minutes");
        }

        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(" ", arguments)} exited with {process.ExitCode}: {error.Result}");
        }

        return output.Result;
    }

    /// <summary>The number of pages of a PDF (pdfinfo).</summary>
    public static int PageCount(string pdf) =>
        int.Parse(Regex.Match(Run("pdfinfo", pdf), @"^Pages:\s+(\d+)$", RegexOptions.Multiline).Groups[1].Value, CultureInfo.InvariantCulture);

    /// <summary>Each page's size in points, width × height (pdfinfo -f 1 -l N), rounded to whole points.</summary>
    public static (int Width, int Height)[] PageSizes(string pdf)
    {
        var info = Run("pdfinfo", "-f", "1", "-l", PageCount(pdf).ToString(CultureInfo.InvariantCulture), pdf);
        return Regex.Matches(info, @"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", RegexOptions.Multiline)
            .Select(m => ((int)Math.Round(double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)), (int)Math.Round(double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))))
            .ToArray();
    }

    /// <summary>The text of each page of a PDF as laid out (pdftotext), runs of white space made one space.</summary>
    public static string[] PageTexts(string pdf) =>
        Run("pdftotext", "-enc", "UTF-8", pdf, "-").Split('\f').Select(Flatten).ToArray()[..PageCount(pdf)];

    /// <summary>The lines of a PDF's text laid out as on the page (pdftotext -layout: a table row stays on one line), trimmed, empty ones left out.</summary>
    public static string[] LayoutLines(string pdf) =>
        Run("pdftotext", "-layout", "-enc", "UTF-8", pdf, "-").Split('\n', '\f').Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();

    /// <summary>Runs of white space made one space, trimmed.</summary>
    public static string Flatten(string text) => Regex.Replace(text, @"\s+", " ").Trim();

    /// <summary>Converts a document to PDF with LibreOffice headless (its own temporary profile, so runs never share one) and returns the PDF's path.</summary>
    public static string ConvertToPdf(string document)
    {
        var profile = Directory.CreateTempSubdirectory("parindex-soffice-").FullName;
        try
        {
            var folder = Path.GetDirectoryName(document)!;
            Run("soffice", "-env:UserInstallation=" + new Uri(profile).AbsoluteUri, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", folder, document);
            var pdf = Path.ChangeExtension(document, ".pdf");
            if (!File.Exists(pdf))
            {
                throw new InvalidOperationException($"LibreOffice did not convert {document} to PDF");
            }

            return pdf;
        }
        finally
        {
            Directory.Delete(profile, true);
        }
    }
}
