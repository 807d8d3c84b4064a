using System;
using System.IO;
using System.Text;

namespace ParIndex.Cli.Rendering;

/// <summary>
/// A writer for text meant for people that keeps every line within <see cref="Width"/> columns: a longer line is
/// wrapped at spaces, keeping its indentation (continuation lines are indented two more). <see cref="TextTable"/>
/// lays its tables out to the same width and writes them through <see cref="Inner"/>.
/// </summary>
internal sealed class FittingWriter : TextWriter
{
    private readonly StringBuilder line = new();

    public FittingWriter(TextWriter inner, int width)
    {
        Inner = inner;
        Width = width;
        NewLine = inner.NewLine;
    }

    /// <summary>The writer lines go to once they fit.</summary>
    public TextWriter Inner { get; }

    /// <summary>The greatest number of columns of a line.</summary>
    public int Width { get; }

    public override Encoding Encoding => Inner.Encoding;

    /// <summary>The width text written to <paramref name="writer"/> must fit in: a <see cref="FittingWriter"/>'s, else unlimited.</summary>
    public static int WidthOf(TextWriter writer) => writer is FittingWriter f ? f.Width : int.MaxValue;

    /// <summary>Where a table laid out to <see cref="WidthOf"/> writes its lines (past the wrapping).</summary>
    public static TextWriter TargetOf(TextWriter writer)
    {
        if (writer is FittingWriter f)
        {
            f.FlushLine(false);
            return f.Inner;
        }

        return writer;
    }

    public override void Write(char value)
    {
        if (value == '\n')
        {
            FlushLine(true);
        }
        else if (value != '\r')
        {
            // Text for people quotes input files (names, reasons): U+202E and the like are shown, not obeyed.
            VisibleText.Append(line, value);
        }
    }

    public override void Write(string? value)
    {
        if (value is null)
        {
            return;
        }

        foreach (var c in value)
        {
            Write(c);
        }
    }

    public override void WriteLine(string? value)
    {
        Write(value);
        FlushLine(true);
    }

    public override void WriteLine() => FlushLine(true);

    public override void Flush()
    {
        FlushLine(false);
        Inner.Flush();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            FlushLine(false);
        }

        base.Dispose(disposing);
    }

    private void FlushLine(bool endOfLine)
    {
        if (line.Length == 0)
        {
            if (endOfLine)
            {
                Inner.WriteLine();
            }

            return;
        }

        var lines = TextWrap.Lines(line.ToString(), Width, hangingIndent: 2);
        for (var i = 0; i < lines.Count; i++)
        {
            if (i < lines.Count - 1 || endOfLine)
            {
                Inner.WriteLine(lines[i]);
            }
            else
            {
                // Flushed before its end: written as it is so far.
                Inner.Write(lines[i]);
            }
        }

        line.Clear();
    }
}
