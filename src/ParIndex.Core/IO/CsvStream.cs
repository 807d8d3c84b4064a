using System;
using System.Collections.Generic;
using CsvHelper;

namespace ParIndex.IO;

/// <summary>The records of an already materialised <see cref="CsvTable"/>.</summary>
internal sealed class CsvTableRows : TableSource
{
    private readonly List<CsvRecord> records;
    private int next;
    private CsvRecord? current;

    public CsvTableRows(CsvTable table)
        : base(table.Source, null, table.Header, table.HeaderLine) => records = table.Records;

    public override int Line => current!.Line;

    public override int FieldCount => current!.Fields.Length;

    public override bool Next()
    {
        current = next < records.Count ? records[next++] : null;
        return current is not null;
    }

    public override string Field(int index) => current!.Fields[index];
}

/// <summary>Records straight from CsvHelper's reader: UTF-8 (BOM optional), comma or semicolon detected from the header line.</summary>
internal sealed class CsvStream : TableSource
{
    private readonly CsvReader reader;
    private string?[] fields = Array.Empty<string?>();
    private int line;
    private int fieldCount;

    private CsvStream(CsvReader reader, string source, char delimiter, string[] header, int headerLine)
        : base(source, null, header, headerLine)
    {
        this.reader = reader;
        Delimiter = delimiter;
    }

    public char Delimiter { get; }

    public override int Line => line;

    public override int FieldCount => fieldCount;

    /// <summary>Opens a file: checked to be UTF-8 (with the line of the first invalid byte otherwise) and parsed from its bytes.</summary>
    public static CsvStream Open(string path, long maxBytes = CsvTable.DefaultMaxBytes) => FromBytes(CsvTable.ReadBytes(path, maxBytes), path);

    /// <summary>Parses a file's bytes: checked to be UTF-8 (with the line of the first invalid byte otherwise).</summary>
    public static CsvStream FromBytes(byte[] bytes, string path)
    {
#if NET
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        if (!System.Text.Unicode.Utf8.IsValid(bytes.AsSpan(start)))
        {
            CsvTable.Decode(bytes, path);
        }

        // A second byte-order mark (the text parser strips one U+FEFF after decoding).
        if (bytes.Length >= start + 3 && bytes[start] == 0xEF && bytes[start + 1] == 0xBB && bytes[start + 2] == 0xBF)
        {
            start += 3;
        }

        var memory = new ReadOnlyMemory<byte>(bytes, start, bytes.Length - start);
        var delimiter = CsvTable.DetectDelimiter(memory.Span);
        return Start(() => CsvReader.Create(memory, CsvTable.Options(delimiter)), path, delimiter);
#else
        return FromText(CsvTable.Decode(bytes, path), path);
#endif
    }

    /// <summary>Parses text.</summary>
    public static CsvStream FromText(string text, string source)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text.Substring(1);
        }

        var delimiter = CsvTable.DetectDelimiter(text);
        return Start(() => CsvReader.FromText(text, CsvTable.Options(delimiter)), source, delimiter);
    }

    private static CsvStream Start(Func<CsvReader> create, string source, char delimiter)
    {
        var reader = create();
        try
        {
            var rows = new CsvStream(reader, source, delimiter, Array.Empty<string>(), 1);
            if (!rows.Next())
            {
                throw new ParIndexException(new SourceLocation(source, 1, 1), "the file is empty");
            }

            // Trailing columns without a name are dropped (Excel writes ",,," after the last column);
            // a value under one is still reported, as a row wider than the header.
            var width = rows.FieldCount;
            while (width > 0 && rows.Field(width - 1).Length == 0)
            {
                width--;
            }

            var header = new string[width];
            for (var i = 0; i < header.Length; i++)
            {
                header[i] = rows.Field(i);
            }

            return new CsvStream(reader, source, delimiter, header, rows.Line);
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    public override bool Next()
    {
        try
        {
            while (reader.Read())
            {
                fieldCount = reader.FieldCount;
                if (fields.Length < fieldCount)
                {
                    fields = new string?[Math.Max(fieldCount, fields.Length * 2)];
                }
                else
                {
                    Array.Clear(fields, 0, fieldCount);
                }

                var empty = true;
                for (var i = 0; i < fieldCount && empty; i++)
                {
                    empty = TryGetBytes(i, out var bytes) ? bytes.Length == 0 : Field(i).Length == 0;
                }

                if (!empty)
                {
                    line = (int)reader.LineNumber;
                    DropEmptyFieldsBeyondHeader();
                    return true;
                }
            }

            return false;
        }
        catch (CsvFormatException ex)
        {
            throw Malformed(ex);
        }
    }

    /// <summary>Empty fields after the header's last column (Excel's trailing ",,,") are not part of the row; a row with a value there keeps its width and is reported.</summary>
    private void DropEmptyFieldsBeyondHeader()
    {
        if (Header.Length == 0 || fieldCount <= Header.Length)
        {
            return;
        }

        for (var i = Header.Length; i < fieldCount; i++)
        {
            if (TryGetBytes(i, out var bytes) ? bytes.Length > 0 : Field(i).Length > 0)
            {
                return;
            }
        }

        fieldCount = Header.Length;
    }

    public override string Field(int index)
    {
        if (fields[index] is { } text)
        {
            return text;
        }

        try
        {
            return fields[index] = reader.GetString(index).Trim();
        }
        catch (CsvFormatException ex)
        {
            throw Malformed(ex);
        }
    }

    internal override bool TryGetBytes(int index, out ReadOnlySpan<byte> bytes)
    {
        try
        {
            bytes = reader.GetSpan(index);
        }
        catch (CsvFormatException ex)
        {
            throw Malformed(ex);
        }

        // No white space at either end: string.Trim would remove nothing, so the text is exactly these bytes.
        return bytes.Length == 0 || (!IsWhiteSpace(FirstCodePoint(bytes)) && !IsWhiteSpace(LastCodePoint(bytes)));
    }

    /// <summary>The rest of the records, materialised.</summary>
    public CsvTable ToTable()
    {
        var records = new List<CsvRecord>();
        while (Next())
        {
            var values = new string[FieldCount];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = Field(i);
            }

            records.Add(new CsvRecord(Line, values));
        }

        return new CsvTable(Source, Delimiter, Header, records, HeaderLine);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            reader.Dispose();
        }
    }

    /// <summary>Whether string.Trim removes the code point (supplementary code points are never white space).</summary>
    private static bool IsWhiteSpace(int codePoint) => codePoint < 0 || (codePoint <= 0xFFFF && char.IsWhiteSpace((char)codePoint));

    /// <summary>The first code point of valid UTF-8, or -1 when the bytes are not a complete sequence.</summary>
    private static int FirstCodePoint(ReadOnlySpan<byte> bytes)
    {
        var b = bytes[0];
        if (b < 0x80)
        {
            return b;
        }

        var length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 0;
        return length == 0 || length > bytes.Length ? -1 : Decode(bytes.Slice(0, length));
    }

    /// <summary>The last code point of valid UTF-8, or -1 when the bytes do not end with a complete sequence.</summary>
    private static int LastCodePoint(ReadOnlySpan<byte> bytes)
    {
        var start = bytes.Length - 1;
        if (bytes[start] < 0x80)
        {
            return bytes[start];
        }

        while (start > 0 && start > bytes.Length - 4 && (bytes[start] & 0xC0) == 0x80)
        {
            start--;
        }

        var last = bytes.Slice(start);
        var b = last[0];
        var length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 0;
        return length != last.Length ? -1 : Decode(last);
    }

    private static int Decode(ReadOnlySpan<byte> sequence)
    {
        var codePoint = sequence[0] & (0x7F >> sequence.Length);
        for (var i = 1; i < sequence.Length; i++)
        {
            codePoint = (codePoint << 6) | (sequence[i] & 0x3F);
        }

        return codePoint;
    }

    private ParIndexException Malformed(CsvFormatException ex) =>
        new(new SourceLocation(Source, (int)Math.Max(1, ex.LineNumber), 1), "malformed quoting: a field has a stray or unclosed quote (\")");
}
