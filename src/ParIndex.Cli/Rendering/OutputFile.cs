using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace ParIndex.Cli.Rendering;

/// <summary>Writes a command's result to standard output or, atomically, to --out (never over an input file).</summary>
internal static class OutputFile
{
    private static readonly StringComparison PathComparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>Throws a usage error when <paramref name="output"/> (given with <paramref name="option"/>) names one of the inputs.</summary>
    public static void EnsureNotAnInput(string? output, IEnumerable<string> inputs, string option = "--out")
    {
        if (output is null)
        {
            return;
        }

        var target = Path.GetFullPath(output);
        foreach (var input in inputs)
        {
            if (string.Equals(Path.GetFullPath(input), target, PathComparison))
            {
                throw new CliUsageException($"{option} {output} is also an input file; choose another output file");
            }
        }
    }

    /// <summary>Throws a usage error when a second output file (<paramref name="option"/>) is the same file as --out.</summary>
    public static void EnsureNotTheOutput(string? second, string option, string? output)
    {
        if (second is not null && output is not null && string.Equals(Path.GetFullPath(second), Path.GetFullPath(output), PathComparison))
        {
            throw new CliUsageException($"{option} {second} is also --out; choose another file");
        }
    }

    /// <summary>Throws a usage error when the folder of an output file (given with <paramref name="option"/>) does not exist, before anything is written.</summary>
    public static void EnsureFolderExists(string? output, string option)
    {
        if (output is not null && !Directory.Exists(Path.GetDirectoryName(Path.GetFullPath(output))))
        {
            throw new CliUsageException($"the folder of {option} {output} does not exist");
        }
    }

    /// <summary>
    /// Writes text produced by <paramref name="write"/> to the file (via a temporary file and a rename), or to standard output.
    /// A .csv file starts with a UTF-8 byte order mark, so that Excel shows Vietnamese text correctly when the file is
    /// opened by double-click; every reader here accepts it.
    /// </summary>
    public static void Write(string? output, CliContext context, Action<TextWriter> write)
    {
        if (output is null)
        {
            write(context.Output);
            context.Output.Flush();
            return;
        }

        WriteAtomically(output, stream =>
        {
            var bom = string.Equals(Path.GetExtension(output), ".csv", StringComparison.OrdinalIgnoreCase);
            using var writer = new StreamWriter(stream, new UTF8Encoding(bom));
            write(writer);
        });
    }

    /// <summary>Writes bytes to a file atomically: a temporary file in the same folder, then a rename over the target.</summary>
    public static void WriteAtomically(string output, Action<Stream> write)
    {
        var full = Path.GetFullPath(output);
        var directory = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(directory))
        {
            throw new CliUsageException($"the folder of --out {output} does not exist");
        }

        var temp = Path.Combine(directory, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            {
                write(stream);
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
