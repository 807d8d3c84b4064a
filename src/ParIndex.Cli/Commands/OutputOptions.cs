using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Text;
using ParIndex.Cli.Rendering;
using ParIndex.Cli.Resources;

namespace ParIndex.Cli.Commands;

/// <summary>The output options shared by the commands that print results: --format table|csv|json, --out FILE and --force.</summary>
internal sealed class OutputOptions
{
    public OutputOptions(string formatDescription = "Output format.")
    {
        Format = new Option<string>("--format", "-f") { Description = formatDescription, DefaultValueFactory = _ => "table" };
        Format.AcceptOnlyFromAmong("table", "csv", "json");
    }

    public Option<string> Format { get; }

    public Option<string?> Out { get; } = new("--out", "-o") { Description = "Write to this file (atomically) instead of standard output; never an input file, never over an existing file without --force." };

    public Option<bool> Force { get; } = CreateForce();

    /// <summary>The --force option: existing output files may be replaced.</summary>
    public static Option<bool> CreateForce() => new("--force") { Description = SafetyText.Format("ForceOption") };

    public void AddTo(Command command)
    {
        command.Options.Add(Format);
        command.Options.Add(Out);
        command.Options.Add(Force);
    }

    public string FormatOf(ParseResult parse) => parse.GetValue(Format)!;

    public string? OutFile(ParseResult parse) => parse.GetValue(Out);

    /// <summary>The command's outputs, starting with --out (standard output when not given); add further files, then <see cref="OutputFile.Check"/> before any work.</summary>
    public OutputFile Plan(ParseResult parse, IEnumerable<string?> inputs) => new OutputFile(parse.GetValue(Force), inputs).Add("--out", OutFile(parse), toStandardOutput: true);

    /// <summary>The rendering the chosen format asks for, for --out (or standard output).</summary>
    public OutputContent Content(ParseResult parse, Action<TextWriter> table, Action<TextWriter> csv, Action<TextWriter> json) =>
        OutputFile.Text(OutFile(parse), FormatOf(parse) switch
        {
            "json" => json,
            "csv" => csv,
            _ => table,
        });

    /// <summary>Writes the rendering the chosen format asks for to --out (atomically, after a last check) or to standard output.</summary>
    public void Write(ParseResult parse, CliContext context, OutputFile plan, Action<TextWriter> table, Action<TextWriter> csv, Action<TextWriter> json) =>
        plan.Write(context, ("--out", Content(parse, table, csv, json)));

    /// <summary>Adapts a JSON writer that writes UTF-8 to a stream, ending the document with a line break.</summary>
    public static Action<TextWriter> Utf8Json(Action<Stream> write) => w =>
    {
        using var buffer = new MemoryStream();
        write(buffer);
        w.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    };
}
