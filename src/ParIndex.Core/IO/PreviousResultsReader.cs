using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using ParIndex.Internal;
using ParIndex.Ranking;
using ParIndex.Resources;

namespace ParIndex.IO;

/// <summary>
/// Reads a previous round's results (<see cref="PreviousResults"/>) from this tool's own CSV or JSON output: a file, a
/// stream or text. JSON when the first non-blank character is <c>{</c>, else CSV; every problem with file:line:column.
/// </summary>
public static class PreviousResultsReader
{
    /// <summary>Reads a results file: JSON when its first non-blank character is <c>{</c>, else CSV.</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="ParIndexException">The file cannot be read or is not a results file; each problem with file:line:column.</exception>
    public static PreviousResults Load(string path) => Load(path, null);

    /// <summary>Reads a results file with the given read limits: JSON when its first non-blank character is <c>{</c>, else CSV.</summary>
    /// <param name="path">The file.</param>
    /// <param name="limits">The limits (bytes read); <see cref="ReadLimits.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ParIndexException">The file cannot be read, is over a limit or is not a results file.</exception>
    public static PreviousResults Load(string path, ReadLimits? limits)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        var bytes = InputFile.ReadAll(path, (limits ?? ReadLimits.Default).MaxBytes, "ReadLimits.MaxBytes");
        return Parse(CsvTable.Decode(bytes, path), path);
    }

    /// <summary>Reads results from a stream (to its end) with the given read limits: JSON when its first non-blank character is <c>{</c>, else CSV.</summary>
    /// <param name="stream">The stream, read from its current position; not closed.</param>
    /// <param name="source">The name used in diagnostics.</param>
    /// <param name="limits">The limits (bytes read); <see cref="ReadLimits.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ParIndexException">The stream cannot be read, is over a limit or is not a results file.</exception>
    public static PreviousResults Load(Stream stream, string source, ReadLimits? limits = null)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        source ??= "previous";
        var bytes = InputFile.ReadAll(stream, source, (limits ?? ReadLimits.Default).MaxBytes, "ReadLimits.MaxBytes");
        return Parse(CsvTable.Decode(bytes, source), source);
    }

    /// <summary>Reads results from text: JSON when its first non-blank character is <c>{</c>, else CSV.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="source">The name used in diagnostics.</param>
    /// <exception cref="ParIndexException">The text is not a results file.</exception>
    public static PreviousResults Parse(string text, string source)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        source ??= "previous";
        var trimmed = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return trimmed.StartsWith("{", StringComparison.Ordinal) ? ParseJson(text, source) : ParseCsv(text, source);
    }

    private static PreviousResults ParseCsv(string text, string source)
    {
        var table = CsvTable.Parse(text, source);
        FileKinds.Check(table.Header, table.At(table.HeaderLine, 1), InputKind.Results);
        var header = table.Header.Select(h => h.Trim().ToLowerInvariant()).ToList();
        var problems = new List<Diagnostic>();
        int Column(string name, bool required)
        {
            var i = header.IndexOf(name);
            if (i < 0 && required)
            {
                problems.Add(new Diagnostic(table.At(table.HeaderLine, 1), LocalizedText.Of(nameof(Messages.Previous_ColumnMissing), name)));
            }

            return i;
        }

        var id = Column("unit_id", true);
        var rank = Column("rank", true);
        var index = header.IndexOf("adjusted_index") is var adjusted && adjusted >= 0 ? adjusted : Column("index", true);
        var name = Column("unit_name", false);
        var group = Column("group", false);
        var groupRank = Column("group_rank", false);
        if (problems.Count > 0)
        {
            throw new ParIndexException(problems);
        }

        var units = new List<PreviousUnit>();
        foreach (var record in table.Records)
        {
            string Field(int i) => i >= 0 && i < record.Fields.Length ? record.Fields[i] : "";
            var at = (Func<int, SourceLocation>)(i => table.At(record.Line, i + 1));
            var unitId = Field(id);
            if (unitId.Length == 0)
            {
                problems.Add(new Diagnostic(at(id), LocalizedText.Of(nameof(Messages.Previous_EmptyUnitId))));
                continue;
            }

            var r = ReadRank(Field(rank), at(rank), problems, required: true);
            var g = ReadRank(Field(groupRank), groupRank >= 0 ? at(groupRank) : at(0), problems, required: false);
            var x = ReadIndex(Field(index), at(index), problems);
            if (r is { } rv && x is { } xv)
            {
                units.Add(new PreviousUnit(unitId, Blank(Field(name)), Blank(Field(group)), rv, g, xv, at(id)));
            }
        }

        return Build(source, units, problems);
    }

    private static PreviousResults ParseJson(string text, string source)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var problems = new List<Diagnostic>();
        var units = new List<PreviousUnit>();
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new ParIndexException(At(bytes, reader.TokenStartIndex, source), LocalizedText.Of(nameof(Messages.Previous_NotResultsJson)));
            }

            var sawUnits = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var property = reader.GetString();
                reader.Read();
                if (property != "units")
                {
                    reader.Skip();
                    continue;
                }

                sawUnits = true;
                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    throw new ParIndexException(At(bytes, reader.TokenStartIndex, source), LocalizedText.Of(nameof(Messages.Previous_UnitsNotArray)));
                }

                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (ReadJsonUnit(ref reader, bytes, source, problems) is { } unit)
                    {
                        units.Add(unit);
                    }
                }
            }

            if (!sawUnits)
            {
                throw new ParIndexException(new SourceLocation(source, 1, 1), LocalizedText.Of(nameof(Messages.Previous_NotResultsJson)));
            }
        }
        catch (JsonException ex)
        {
            var message = ex.Message.Split(new[] { " LineNumber:" }, StringSplitOptions.None)[0].TrimEnd('.', ' ');
            throw new ParIndexException(new SourceLocation(source, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1), LocalizedText.Of(nameof(Messages.Previous_MalformedJson), char.ToLowerInvariant(message[0]) + message.Substring(1)));
        }

        return Build(source, units, problems);
    }

    private static PreviousUnit? ReadJsonUnit(ref Utf8JsonReader reader, byte[] bytes, string source, List<Diagnostic> problems)
    {
        var start = At(bytes, reader.TokenStartIndex, source);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            problems.Add(new Diagnostic(start, LocalizedText.Of(nameof(Messages.Previous_EntryNotObject))));
            reader.Skip();
            return null;
        }

        string? id = null, name = null, group = null;
        int? rank = null, groupRank = null;
        decimal? index = null, adjusted = null;
        var given = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var property = reader.GetString();
            reader.Read();
            var at = At(bytes, reader.TokenStartIndex, source);
            given.Add(property ?? "");
            switch (property)
            {
                case "unit_id" or "id":
                    id = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                    break;
                case "unit_name" or "name":
                    name = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                    break;
                case "group":
                    group = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                    break;
                case "rank":
                    rank = ReadRank(JsonText(ref reader), at, problems, required: true);
                    break;
                case "group_rank" or "groupRank":
                    groupRank = ReadRank(JsonText(ref reader), at, problems, required: false);
                    break;
                case "index":
                    index = ReadIndex(JsonText(ref reader), at, problems);
                    break;
                case "adjusted_index" or "adjustedIndex":
                    adjusted = ReadIndex(JsonText(ref reader), at, problems);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        if (string.IsNullOrWhiteSpace(id))
        {
            problems.Add(new Diagnostic(start, LocalizedText.Of(nameof(Messages.Previous_NoUnitId))));
            return null;
        }

        var missing = new[] { given.Contains("rank") ? null : "'rank'", given.Contains("index") || given.Contains("adjusted_index") || given.Contains("adjustedIndex") ? null : "'index'" }.Where(m => m is not null).ToArray();
        if (missing.Length > 0)
        {
            problems.Add(new Diagnostic(start, missing.Length == 2 ? LocalizedText.Of(nameof(Messages.Previous_NoRankNoIndex), id) : LocalizedText.Of(nameof(Messages.Previous_NoKey), id, missing[0])));
        }

        if (rank is null || (index ?? adjusted) is null)
        {
            return null;
        }

        return new PreviousUnit(id!.Trim(), name, group, rank.Value, groupRank, (adjusted ?? index)!.Value, start);
    }

    private static string JsonText(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan.ToArray()),
        JsonTokenType.String => reader.GetString() ?? "",
        JsonTokenType.Null => "",
        _ => SkipAndDescribe(ref reader),
    };

    private static string SkipAndDescribe(ref Utf8JsonReader reader)
    {
        reader.Skip();
        return "(not a number)";
    }

    private static int? ReadRank(string text, SourceLocation at, List<Diagnostic> problems, bool required)
    {
        if (text.Length == 0)
        {
            if (required)
            {
                problems.Add(new Diagnostic(at, LocalizedText.Of(nameof(Messages.Previous_EmptyRank))));
            }

            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var rank) && rank >= 1)
        {
            return rank;
        }

        problems.Add(new Diagnostic(at, LocalizedText.Of(nameof(Messages.Previous_NotRank), text)));
        return null;
    }

    private static decimal? ReadIndex(string text, SourceLocation at, List<Diagnostic> problems)
    {
        // As every other number in the input files: a decimal point or a decimal comma (a file saved again by Excel on a
        // machine with a decimal comma), never thousands separators, independent of the current culture.
        if (ValueText.TryParsePlainNumber(text, out var index))
        {
            return index;
        }

        problems.Add(new Diagnostic(at, text.Length == 0 ? LocalizedText.Of(nameof(Messages.Previous_EmptyIndex)) : LocalizedText.Of(nameof(Messages.Previous_NotIndex), text)));
        return null;
    }

    private static PreviousResults Build(string source, List<PreviousUnit> units, List<Diagnostic> problems)
    {
        var seen = new Dictionary<string, PreviousUnit>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            if (seen.TryGetValue(unit.Id, out var first))
            {
                problems.Add(new Diagnostic(unit.Location, LocalizedText.Of(nameof(Messages.Previous_UnitTwice), unit.Id, first.Location?.Line)));
            }
            else
            {
                seen[unit.Id] = unit;
            }
        }

        if (problems.Count > 0)
        {
            throw new ParIndexException(problems.Take(200));
        }

        return new PreviousResults(source, seen.Values.ToArray());
    }

    private static string? Blank(string text) => text.Length == 0 ? null : text;

    private static SourceLocation At(byte[] bytes, long offset, string source)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new SourceLocation(source, line, Encoding.UTF8.GetCharCount(bytes, lineStart, (int)offset - lineStart) + 1);
    }
}
