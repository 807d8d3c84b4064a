using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using ParIndex.Cli.Rendering;
using ParIndex.Cli.Resources;

namespace ParIndex.Cli.Commands;

/// <summary>
/// The output options shared by the commands that print results: --format table|csv|json and --out FILE. Without
/// --format the extension of --out chooses (<see cref="OutputFormats"/>: .csv → csv, .json → json, else table); a
/// --format that contradicts the extension is refused.
/// </summary>
internal sealed class OutputOptions
{
    private readonly string[] formats;

    public OutputOptions(string? formatDescription = null, params string[] formats)
    {
        this.formats = formats.Length == 0 ? new[] { "table", "csv", "json" } : formats;
        Format = new Option<string>("--format", "-f") { Description = formatDescription ?? Strings.Option_Format, DefaultValueFactory = _ => "table" };
        Format.AcceptOnlyFromAmong(this.formats);
        Out = new Option<string?>("--out", "-o") { Description = Strings.Option_Out };
    }

    public Option<string> Format { get; }

    public Option<string?> Out { get; }

    public void AddTo(Command command)
    {
        command.Options.Add(Format);
        command.Options.Add(Out);
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

    /// <summary>Writes the rendering the chosen format asks for to --out (atomically) or to standard output.</summary>
    public void Write(ParseResult parse, CliContext context, Action<TextWriter> table, Action<TextWriter> csv, Action<TextWriter> json)
    {
        var write = FormatOf(parse) switch
        {
            "json" => json,
            "csv" => csv,
            _ => Fitting(table, context.Width),
        };
        OutputFile.Write(OutFile(parse), context, write);
    }

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
