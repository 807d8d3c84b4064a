using System;
using System.Collections.Generic;
using CsvHelper;
using ParIndex.Internal;
using ParIndex.Resources;

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
    private readonly ReadLimits limits;
    private readonly bool utf8;
    private string?[] fields = Array.Empty<string?>();
    private byte[]? rentedBuffer;
#if NET
    private ReadOnlyMemory<byte> text;
#endif
    private int line;
    private int fieldCount;
    private long records;

    private CsvStream(CsvReader reader, string source, char delimiter, string[] header, int headerLine, ReadLimits limits, bool utf8, long records)
        : base(source, null, header, headerLine)
    {
        this.reader = reader;
        this.limits = limits;
        this.utf8 = utf8;
        this.records = records;
        Delimiter = delimiter;
    }

    public char Delimiter { get; }

    public override int Line => line;

    public override int FieldCount => fieldCount;

    /// <summary>Opens a file: checked to be UTF-8 (with the line of the first invalid byte otherwise) and parsed from its bytes.</summary>
    public static CsvStream Open(string path, ReadLimits? limits = null)
    {
        limits ??= ReadLimits.Default;
#if NET
        // The file's buffer goes back to the pool when the stream is disposed: the next input read reuses it.
        var bytes = InputFile.Rent(path, limits.MaxBytes, "ReadLimits.MaxBytes", out var length, out var rented);
        try
        {
            var stream = FromBytes(bytes, length, path, limits);
            stream.rentedBuffer = rented ? bytes : null;
            return stream;
        }
        catch
        {
            InputFile.Return(bytes, rented);
            throw;
        }
#else
        return FromBytes(InputFile.ReadAll(path, limits.MaxBytes, "ReadLimits.MaxBytes"), path, limits);
#endif
    }

    /// <summary>Parses a file's bytes: checked to be UTF-8 (with the line of the first invalid byte otherwise).</summary>
    public static CsvStream FromBytes(byte[] bytes, string path, ReadLimits? limits = null) => FromBytes(bytes, bytes.Length, path, limits);

    /// <summary>Parses the first <paramref name="length"/> bytes of a buffer.</summary>
    private static CsvStream FromBytes(byte[] bytes, int length, string path, ReadLimits? limits)
    {
        limits ??= ReadLimits.Default;
#if NET
        var start = length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        if (!System.Text.Unicode.Utf8.IsValid(bytes.AsSpan(start, length - start)))
        {
            CsvTable.Decode(bytes.AsSpan(0, length).ToArray(), path);
        }

        // A second byte-order mark (the text parser strips one U+FEFF after decoding).
        if (length >= start + 3 && bytes[start] == 0xEF && bytes[start + 1] == 0xBB && bytes[start + 2] == 0xBF)
        {
            start += 3;
        }

        var memory = new ReadOnlyMemory<byte>(bytes, start, length - start);
        var delimiter = CsvTable.DetectDelimiter(memory.Span);
        var stream = Start(() => CsvReader.Create(memory, CsvTable.Options(delimiter)), path, delimiter, limits, utf8: true);
        stream.text = memory;
        return stream;
#else
        return FromText(CsvTable.Decode(length == bytes.Length ? bytes : bytes.AsSpan(0, length).ToArray(), path), path, limits);
#endif
    }

    /// <summary>Parses text.</summary>
    public static CsvStream FromText(string text, string source, ReadLimits? limits = null)
    {
        limits ??= ReadLimits.Default;
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text.Substring(1);
        }

        var delimiter = CsvTable.DetectDelimiter(text);
        return Start(() => CsvReader.FromText(text, CsvTable.Options(delimiter)), source, delimiter, limits, utf8: false);
    }

    private static CsvStream Start(Func<CsvReader> create, string source, char delimiter, ReadLimits limits, bool utf8)
    {
        var reader = create();
        try
        {
            var rows = new CsvStream(reader, source, delimiter, Array.Empty<string>(), 1, limits.Validated(), utf8, -1);
            if (!rows.Next())
            {
                throw new ParIndexException(new SourceLocation(source, 1, 1), LocalizedText.Of(nameof(Messages.File_Empty)));
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

            return new CsvStream(reader, source, delimiter, header, rows.Line, limits, utf8, rows.records);
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
                if (fieldCount > limits.MaxColumns)
                {
                    // The whole row is the problem, so the location names the row (column 1), as the row limit does;
                    // naming column MaxColumns + 1 read as a complaint about that one column (issue 15).
                    throw new ParIndexException(At((int)reader.LineNumber, 1), LocalizedText.Of(nameof(Safety.Limit_Columns), InputFile.Count(fieldCount), InputFile.Count(limits.MaxColumns)));
                }

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
                    if (++records > limits.MaxRows)
                    {
                        throw new ParIndexException(At(line, 1), LocalizedText.Of(nameof(Safety.Limit_Rows), InputFile.Count(limits.MaxRows)));
                    }

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
            if (utf8)
            {
                // The length is checked on the bytes, before a string is made of them.
                CheckCellLength(index, reader.GetSpan(index));
            }

            var value = reader.GetString(index);
            if (!utf8 && value.Length > limits.MaxCellLength)
            {
                throw CellTooLong(index, value.Length);
            }

            return fields[index] = value.Trim();
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

        CheckCellLength(index, bytes);

        // No white space at either end: string.Trim would remove nothing, so the text is exactly these bytes.
        return Utf8Text.IsTrimmed(bytes);
    }

#if NET
    /// <summary>
    /// The lines after the header, bounded by the delimiters a row as wide as the header needs (a file of blank lines or
    /// short rows gets no large estimate). Quoted line breaks and delimiters only raise it.
    /// </summary>
    internal override int RowCountHint
    {
        get
        {
            var span = text.Span;
            if (span.IsEmpty)
            {
                return 0;
            }

            // Lines after the header's: a last line without a line break counts too.
            var lines = (long)span.Count((byte)'\n') + (span[span.Length - 1] == (byte)'\n' ? 0 : 1) - HeaderLine;
            var wide = Header.Length > 1 ? span.Count((byte)Delimiter) / (Header.Length - 1) : lines;
            return (int)Math.Max(0, Math.Min(Math.Min(lines, wide), int.MaxValue));
        }
    }
#endif

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

    private void CheckCellLength(int index, ReadOnlySpan<byte> bytes)
    {
        // UTF-8 has at least one byte per character: only a long byte run can be too many characters.
        if (bytes.Length > limits.MaxCellLength)
        {
#if NET
            var characters = System.Text.Encoding.UTF8.GetCharCount(bytes);
#else
            var characters = System.Text.Encoding.UTF8.GetCharCount(bytes.ToArray());
#endif
            if (characters > limits.MaxCellLength)
            {
                throw CellTooLong(index, characters);
            }
        }
    }

    private ParIndexException CellTooLong(int index, int characters) =>
        new(At((int)Math.Max(1, reader.LineNumber), index + 1), LocalizedText.Of(nameof(Safety.Limit_Cell), InputFile.Count(characters), InputFile.Count(limits.MaxCellLength)));

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            reader.Dispose();
            if (rentedBuffer is { } buffer)
            {
                rentedBuffer = null;
                InputFile.Return(buffer, rented: true);
            }
        }
    }

    private ParIndexException Malformed(CsvFormatException ex) =>
        new(new SourceLocation(Source, (int)Math.Max(1, ex.LineNumber), 1), LocalizedText.Of(nameof(Messages.Csv_MalformedQuoting)));
}
