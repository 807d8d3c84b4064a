using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using ParIndex.Cli.Rendering;
using ParIndex.Cli.Resources;

namespace ParIndex.Cli.Commands;

/// <summary>
/// The output options shared by the commands that print results: --format table|csv|json, --out FILE and --force. Without
/// --format the extension of --out chooses (<see cref="OutputFormats"/>: .csv → csv, .json → json, else table); a
/// --format that contradicts the extension is refused.
/// </summary>
internal sealed class OutputOptions
{
    private readonly string[] formats;

    /// <param name="formatDescription">The --format option's help (default: the shared one).</param>
    /// <param name="documentFormats">Document formats the command also writes (html, docx: see <see cref="ReportOutput"/>), besides table, csv and json.</param>
    public OutputOptions(string? formatDescription = null, params string[] documentFormats)
    {
        formats = new[] { "table", "csv", "json" }.Concat(documentFormats).ToArray();
        Format = new Option<string>("--format", "-f") { Description = formatDescription ?? Strings.Option_Format, DefaultValueFactory = _ => "table" };
        Format.AcceptOnlyFromAmong(formats);
        Out = new Option<string?>("--out", "-o") { Description = Strings.Option_Out };
    }

    public Option<string> Format { get; }

    public Option<string?> Out { get; }

    public Option<bool> Force { get; } = CreateForce();

    /// <summary>The --force option: existing output files may be replaced.</summary>
    public static Option<bool> CreateForce() => new("--force") { Description = SafetyText.Format("ForceOption") };

    public void AddTo(Command command)
    {
        command.Options.Add(Format);
        command.Options.Add(Out);
        command.Options.Add(Force);
    }

    /// <summary>The format to write: --format when given, else the one the --out extension names, else table.</summary>
    public string FormatOf(ParseResult parse)
    {
        var given = parse.GetResult(Format) is { Implicit: false } ? parse.GetValue(Format) : null;
        var outFile = OutFile(parse);
        var byExtension = OutputFormats.OfFile(outFile);
        if (byExtension is not null && given is not null && given != byExtension)
        {
            throw new CliUsageException(Strings.FormatOutput_FormatContradictsExtension(given, outFile, Path.GetExtension(outFile), byExtension));
        }

        if (byExtension is not null && given is null && !formats.Contains(byExtension))
        {
            throw new CliUsageException(Strings.FormatOutput_ExtensionNotWritten(outFile, byExtension, string.Join(", ", formats)));
        }

        return given ?? byExtension ?? "table";
    }

    public string? OutFile(ParseResult parse) => parse.GetValue(Out);

    /// <summary>The command's outputs, starting with --out (standard output when not given); add further files, then <see cref="OutputFile.Check"/> before any work.</summary>
    public OutputFile Plan(ParseResult parse, IEnumerable<string?> inputs) => new OutputFile(parse.GetValue(Force), inputs).Add("--out", OutFile(parse), toStandardOutput: true);

    /// <summary>The rendering the chosen format asks for, for --out (or standard output); a document format goes to <paramref name="documents"/>.</summary>
    /// <remarks>The table is laid out to <paramref name="width"/> columns (<see cref="CliContext.Width"/>).</remarks>
    public OutputContent Content(ParseResult parse, Action<TextWriter> table, Action<TextWriter> csv, Action<TextWriter> json, ReportOutput? documents = null, int width = int.MaxValue) =>
        documents is not null && documents.Writes(FormatOf(parse)) ? documents.Content(FormatOf(parse), OutFile(parse)) : OutputFile.Text(OutFile(parse), FormatOf(parse) switch
        {
            "json" => json,
            "csv" => csv,
            _ => Fitting(table, width),
        });

    /// <summary>Writes the rendering the chosen format asks for to --out (atomically, after a last check) or to standard output.</summary>
    public void Write(ParseResult parse, CliContext context, OutputFile plan, Action<TextWriter> table, Action<TextWriter> csv, Action<TextWriter> json, ReportOutput? documents = null) =>
        plan.Write(context, ("--out", Content(parse, table, csv, json, documents, context.Width)));

    /// <summary>Adapts a writer of text for people so that every line fits <paramref name="width"/> columns.</summary>
    public static Action<TextWriter> Fitting(Action<TextWriter> write, int width) => w =>
    {
        var fitting = new FittingWriter(w, width);
        write(fitting);
        fitting.Flush();
    };

    /// <summary>Adapts a JSON writer that writes UTF-8 to a stream, ending the document with a line break.</summary>
    public static Action<TextWriter> Utf8Json(Action<Stream> write) => w =>
    {
        using var buffer = new MemoryStream();
        write(buffer);
        w.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    };
}
