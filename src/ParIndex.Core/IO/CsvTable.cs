using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using CsvHelper;
using ParIndex.Internal;
using ParIndex.Resources;

namespace ParIndex.IO;

/// <summary>
/// A CSV file read whole: UTF-8 (BOM optional, invalid bytes refused), comma or semicolon detected
/// from the header line, fields trimmed, each record with the line it starts on.
/// </summary>
internal sealed class CsvTable
{
    internal CsvTable(string source, char delimiter, string[] header, List<CsvRecord> records, int headerLine = 1)
    {
        HeaderLine = headerLine;
        Source = source;
        Delimiter = delimiter;
        Header = header;
        Records = records;
    }

    public string Source { get; }

    public char Delimiter { get; }

    public string[] Header { get; }

    /// <summary>The line the header is on: the first non-empty line.</summary>
    public int HeaderLine { get; }

    /// <summary>Data records (the header excluded).</summary>
    public List<CsvRecord> Records { get; }

    public SourceLocation At(int line, int column) => new(Source, line, column);

    public static CsvTable Load(string path, ReadLimits? limits = null)
    {
        using var rows = CsvStream.Open(path, limits);
        return rows.ToTable();
    }

    public static string Decode(byte[] bytes, string source)
    {
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = start + Math.Max(0, ex.Index);
            var line = 1;
            for (var i = 0; i < offset && i < bytes.Length; i++)
            {
                if (bytes[i] == (byte)'\n')
                {
                    line++;
                }
            }

            throw new ParIndexException(new SourceLocation(source, line, 1), LocalizedText.Of(nameof(Messages.Csv_NotUtf8)));
        }
    }

    public static CsvTable Parse(string text, string source)
    {
        using var rows = CsvStream.FromText(text, source);
        return rows.ToTable();
    }

    internal static CsvReaderOptions Options(char delimiter) => new()
    {
        Separator = delimiter,
        HasHeader = false,
        SkipEmptyLines = true,
        TrimWhitespace = true,
        TrackLineNumbers = true,
        MalformedData = CsvMalformedDataHandling.Throw,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        DetectSeparatorHint = false,
    };

    /// <summary>Semicolon when the header line has more semicolons than commas outside quotes (Excel on machines with a decimal comma), else comma.</summary>
    /// <remarks>UTF-8 multi-byte sequences never contain ASCII bytes, so the bytes give the same answer as the text.</remarks>
    internal static char DetectDelimiter(ReadOnlySpan<byte> text)
    {
        var counter = default(DelimiterCounter);
        foreach (var c in text)
        {
            if (!counter.Add((char)c))
            {
                break;
            }
        }

        return counter.Delimiter;
    }

    /// <inheritdoc cref="DetectDelimiter(ReadOnlySpan{byte})"/>
    internal static char DetectDelimiter(string text)
    {
        var counter = default(DelimiterCounter);
        foreach (var c in text)
        {
            if (!counter.Add(c))
            {
                break;
            }
        }

        return counter.Delimiter;
    }

    /// <summary>Counts commas and semicolons outside quotes up to the end of the first line that has any.</summary>
    private struct DelimiterCounter
    {
        private int commas;
        private int semicolons;
        private bool quoted;

        public readonly char Delimiter => semicolons > commas ? ';' : ',';

        /// <summary>Counts one character; false once the header line has ended.</summary>
        public bool Add(char c)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == '\n')
            {
                return commas + semicolons == 0;
            }
            else if (!quoted && c == ',')
            {
                commas++;
            }
            else if (!quoted && c == ';')
            {
                semicolons++;
            }

            return true;
        }
    }
}

/// <summary>One CSV record: the line it starts on and its trimmed fields.</summary>
internal sealed class CsvRecord
{
    public CsvRecord(int line, string[] fields)
    {
        Line = line;
        Fields = fields;
    }

    public int Line { get; }

    public string[] Fields { get; }
}
