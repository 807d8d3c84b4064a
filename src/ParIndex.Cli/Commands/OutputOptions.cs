using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using ParIndex.Cli.Rendering;

namespace ParIndex.Cli.Commands;

/// <summary>The output options shared by the commands that print results: --format table|csv|json and --out FILE.</summary>
internal sealed class OutputOptions
{
    /// <param name="formatDescription">The --format option's help.</param>
    /// <param name="documentFormats">Document formats the command also writes (html, docx), besides table, csv and json.</param>
    public OutputOptions(string formatDescription = "Output format.", params string[] documentFormats)
    {
        Format = new Option<string>("--format", "-f") { Description = formatDescription, DefaultValueFactory = _ => "table" };
        Format.AcceptOnlyFromAmong(new[] { "table", "csv", "json" }.Concat(documentFormats).ToArray());
    }

    public Option<string> Format { get; }

    public Option<string?> Out { get; } = new("--out", "-o") { Description = "Write to this file (atomically) instead of standard output; never an input file." };

    public void AddTo(Command command)
    {
        command.Options.Add(Format);
        command.Options.Add(Out);
    }

    public string FormatOf(ParseResult parse) => parse.GetValue(Format)!;

    public string? OutFile(ParseResult parse) => parse.GetValue(Out);

    /// <summary>
    /// Writes the rendering the chosen format asks for to --out (atomically) or to standard output; a document format
    /// (html, docx: <paramref name="documents"/>) goes through <see cref="ReportOutput"/>.
    /// </summary>
    public void Write(ParseResult parse, CliContext context, Action<TextWriter> table, Action<TextWriter> csv, Action<TextWriter> json, ReportOutput? documents = null)
    {
        if (documents is not null && documents.Writes(FormatOf(parse)))
        {
            documents.Write(FormatOf(parse), OutFile(parse), context);
            return;
        }

        var write = FormatOf(parse) switch
        {
            "json" => json,
            "csv" => csv,
            _ => table,
        };
        OutputFile.Write(OutFile(parse), context, write);
    }

    /// <summary>Adapts a JSON writer that writes UTF-8 to a stream, ending the document with a line break.</summary>
    public static Action<TextWriter> Utf8Json(Action<Stream> write) => w =>
    {
        using var buffer = new MemoryStream();
        write(buffer);
        w.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    };
}
