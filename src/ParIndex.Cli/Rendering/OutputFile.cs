using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ParIndex.Cli.Resources;

namespace ParIndex.Cli.Rendering;

/// <summary>
/// The outputs of one command, checked before any work and written all or nothing. Usage:
/// <code>
/// var outputs = new OutputFile(force, inputFiles).Add("--out", outPath, toStandardOutput: true).Add("--criteria-out", criteriaPath);
/// outputs.Check();                      // before reading the inputs: every refusal comes first
/// …                                     // the command's work
/// outputs.Write(context,                // each file to a temporary name, then all renamed into place
///     ("--out", OutputFile.Text(outPath, w => …)),
///     ("--criteria-out", OutputFile.Text(criteriaPath, w => …)));
/// </code>
/// A file output is refused when it names an input (after resolving links and relative parts), another output,
/// a folder, a device, a pipe or a socket, or lies in a missing folder, and when it already exists unless
/// <c>--force</c> was given. An output without a path goes to standard output, after every file is in place.
/// Binary formats pass a callback that writes to a <see cref="Stream"/> (<see cref="OutputContent.Binary"/>).
/// </summary>
internal sealed class OutputFile
{
    private readonly bool force;
    private readonly string[] inputs;
    private readonly List<(string Option, string? Path, bool ToStandardOutput)> outputs = new();

    /// <summary>Starts the outputs of a command.</summary>
    /// <param name="force">--force: existing files may be replaced.</param>
    /// <param name="inputs">Every file the command reads; none may be written.</param>
    public OutputFile(bool force, IEnumerable<string?> inputs)
    {
        this.force = force;
        this.inputs = inputs.Where(i => i is not null).Select(i => i!).ToArray();
    }

    /// <summary>Adds an output named by <paramref name="option"/>; without a path it goes to standard output when <paramref name="toStandardOutput"/>, else nowhere (an optional file).</summary>
    public OutputFile Add(string option, string? path, bool toStandardOutput = false)
    {
        outputs.Add((option, path, toStandardOutput));
        return this;
    }

    /// <summary>Every refusal, before anything is read or written (throws <see cref="CliUsageException"/>).</summary>
    public void Check()
    {
        var files = outputs.Where(o => o.Path is not null).Select(o => (o.Option, Path: o.Path!, Canonical: FileProbe.Canonical(o.Path!))).ToArray();
        var inputPaths = inputs.Select(i => (Path: i, Canonical: FileProbe.Canonical(i))).ToArray();
        for (var i = 0; i < files.Length; i++)
        {
            var (option, path, canonical) = files[i];
            foreach (var input in inputPaths)
            {
                if (string.Equals(input.Canonical, canonical, FileProbe.PathComparison))
                {
                    throw new CliUsageException(SafetyText.Format("OutputIsInput", option, path, input.Path));
                }
            }

            for (var j = 0; j < i; j++)
            {
                if (string.Equals(files[j].Canonical, canonical, FileProbe.PathComparison))
                {
                    throw new CliUsageException(SafetyText.Format("OutputsSame", option, path, files[j].Option, files[j].Path));
                }
            }

            switch (FileProbe.KindOf(path))
            {
                case FileKind.Directory:
                    throw new CliUsageException(SafetyText.Format("OutputIsDirectory", option, path));
                case FileKind.Device:
                    throw new CliUsageException(SafetyText.Format("OutputIsDevice", option, path));
                case FileKind.PipeOrSocket:
                    throw new CliUsageException(SafetyText.Format("OutputIsPipe", option, path));
                case FileKind.Regular when !force:
                    throw new CliUsageException(SafetyText.Format("OutputExists", option, path));
                case FileKind.Missing when !Directory.Exists(Path.GetDirectoryName(canonical)):
                    throw new CliUsageException(SafetyText.Format("OutputFolderMissing", option, path));
            }
        }
    }

    /// <summary>
    /// Checks again (a file may have appeared meanwhile), writes every file output to a temporary file next to it,
    /// then moves them all into place; if any step fails, every output is left as it was. Outputs without a path
    /// then go to standard output.
    /// </summary>
    public void Write(CliContext context, params (string Option, OutputContent Content)[] contents)
    {
        Check();
        var planned = new List<AtomicWrites.Planned>();
        foreach (var (option, path, _) in outputs)
        {
            var content = contents.FirstOrDefault(c => c.Option == option).Content;
            if (path is not null && content is not null)
            {
                planned.Add(new AtomicWrites.Planned(option, path, FileProbe.Canonical(path), content.WriteTo));
            }
        }

        AtomicWrites.WriteAll(planned);
        foreach (var (option, path, toStandardOutput) in outputs)
        {
            var content = contents.FirstOrDefault(c => c.Option == option).Content;
            if (path is null && toStandardOutput && content is not null)
            {
                content.WriteTo(context);
            }
        }
    }

    /// <summary>Text content: a .csv file starts with a UTF-8 byte order mark, so that Excel shows Vietnamese text correctly when opened by double-click.</summary>
    public static OutputContent Text(string? path, Action<TextWriter> write) => OutputContent.Text(path, write);
}

/// <summary>What one output contains: text (files and standard output) or bytes (files only).</summary>
internal sealed class OutputContent
{
    private readonly Action<TextWriter>? text;
    private readonly Action<Stream>? binary;
    private readonly bool bom;
    private readonly string format;

    private OutputContent(Action<TextWriter>? text, Action<Stream>? binary, bool bom, string format)
    {
        this.text = text;
        this.binary = binary;
        this.bom = bom;
        this.format = format;
    }

    /// <summary>UTF-8 text; with a byte order mark when <paramref name="path"/> ends in .csv (every reader here accepts it).</summary>
    public static OutputContent Text(string? path, Action<TextWriter> write) =>
        new(write, null, path is not null && string.Equals(Path.GetExtension(path), ".csv", StringComparison.OrdinalIgnoreCase), "");

    /// <summary>Bytes (a workbook, a document); <paramref name="format"/> names it when it is asked for on standard output.</summary>
    public static OutputContent Binary(string format, Action<Stream> write) => new(null, write, false, format);

    internal void WriteTo(Stream stream)
    {
        if (binary is not null)
        {
            binary(stream);
            return;
        }

        using var writer = new StreamWriter(stream, new UTF8Encoding(bom), 65536, leaveOpen: true);
        text!(writer);
    }

    internal void WriteTo(CliContext context)
    {
        if (text is null)
        {
            throw new CliUsageException(SafetyText.Format("OutputNeedsFile", format));
        }

        text(context.Output);
        context.Output.Flush();
    }
}
