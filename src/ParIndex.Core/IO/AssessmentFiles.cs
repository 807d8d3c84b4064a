using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ParIndex.Assessments;
using ParIndex.Criteria;
using ParIndex.Internal;

namespace ParIndex.IO;

/// <summary>
/// Reads a round's CSV files into an <see cref="AssessmentInput"/>: self-assessments (wide or long
/// form), appraisal rounds in order, and survey results. Every problem in every file is reported at
/// once as <c>file:line:column: message</c> in one <see cref="ParIndexException"/>.
/// </summary>
/// <remarks>
/// Files are UTF-8 with or without a BOM, comma- or semicolon-separated (detected from the header),
/// with decimal points or decimal commas. See docs/input-format.md.
/// </remarks>
public static class AssessmentFiles
{
    private const string UnitId = "unit_id";
    private const string UnitName = "unit_name";
    private const string Group = "group";
    private const string Code = "code";
    private const string Value = "value";
    private const string Evidence = "evidence";
    private const string Note = "note";
    private const string PointsColumn = "points";
    private const string Delta = "delta";
    private const string Reason = "reason";

    /// <summary>Reads all files of a round and checks them against a criteria set.</summary>
    /// <param name="criteriaSet">The criteria set.</param>
    /// <param name="selfAssessmentPath">The self-assessment file (wide: one row per unit; or long: unit_id,code,value[,evidence][,note]).</param>
    /// <param name="appraisalPaths">Appraisal rounds in the order they are applied (unit_id,code,value|points|delta,reason).</param>
    /// <param name="surveyPath">Survey results (unit_id,code,value), or <see langword="null"/>.</param>
    /// <exception cref="ParIndexException">Any file is missing or has problems; all are listed.</exception>
    public static AssessmentInput Load(CriteriaSet criteriaSet, string selfAssessmentPath, IEnumerable<string>? appraisalPaths = null, string? surveyPath = null)
    {
        if (criteriaSet is null)
        {
            throw new ArgumentNullException(nameof(criteriaSet));
        }

        var builder = new AssessmentInputBuilder(criteriaSet);
        using (var rows = CsvStream.Open(selfAssessmentPath))
        {
            ReadSelfAssessments(builder, rows);
        }

        var round = 0;
        foreach (var path in appraisalPaths ?? Array.Empty<string>())
        {
            round++;
            using var rows = CsvStream.Open(path);
            ReadAppraisalRound(builder, rows, $"vòng {round.ToString(CultureInfo.InvariantCulture)} ({Path.GetFileName(path)})");
        }

        if (surveyPath is not null)
        {
            using var rows = CsvStream.Open(surveyPath);
            ReadSurvey(builder, rows);
        }

        return builder.Build();
    }

    /// <summary>Reads self-assessments from CSV text into a builder (wide or long form, detected from the header).</summary>
    /// <param name="builder">The builder to add units and values to.</param>
    /// <param name="csv">The CSV text.</param>
    /// <param name="sourceName">The name used in diagnostics.</param>
    public static void ReadSelfAssessments(AssessmentInputBuilder builder, string csv, string sourceName)
    {
        using var rows = CsvStream.FromText(csv, sourceName);
        ReadSelfAssessments(builder, rows);
    }

    /// <summary>Reads one appraisal round from CSV text into a builder.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="csv">The CSV text.</param>
    /// <param name="sourceName">The name used in diagnostics.</param>
    /// <param name="roundName">The round's name.</param>
    public static void ReadAppraisalRound(AssessmentInputBuilder builder, string csv, string sourceName, string roundName)
    {
        using var rows = CsvStream.FromText(csv, sourceName);
        ReadAppraisalRound(builder, rows, roundName);
    }

    /// <summary>Reads survey results from CSV text into a builder.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="csv">The CSV text.</param>
    /// <param name="sourceName">The name used in diagnostics.</param>
    public static void ReadSurvey(AssessmentInputBuilder builder, string csv, string sourceName)
    {
        using var rows = CsvStream.FromText(csv, sourceName);
        ReadSurvey(builder, rows);
    }

    internal static void ReadSelfAssessments(AssessmentInputBuilder builder, CsvTable table) => ReadSelfAssessments(builder, new CsvTableRows(table));

    /// <summary>Self-assessments, wide or long form; the wide form is read record by record as the parser produces them.</summary>
    internal static void ReadSelfAssessments(AssessmentInputBuilder builder, CsvRows rows)
    {
        var columns = Columns.Read(builder, rows.Source, rows.Header, rows.HeaderLine);
        if (columns.Has(Code) && columns.Has(Value))
        {
            ReadLongSelf(builder, rows.ToTable(), columns);
        }
        else
        {
            ReadWideSelf(builder, rows, columns);
        }
    }

    private static void ReadWideSelf(AssessmentInputBuilder builder, CsvRows table, Columns columns)
    {
        if (!columns.Require(UnitId))
        {
            return;
        }

        var set = builder.CriteriaSet;
        var leafColumns = new List<(int Column, string Code)>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < table.Header.Length; i++)
        {
            var name = table.Header[i];
            if (columns.IsReserved(i))
            {
                continue;
            }

            if (name.Length == 0)
            {
                builder.Report(table.At(table.HeaderLine, i + 1), "empty column name in the header");
            }
            else if (!set.TryGetNode(name, out var node))
            {
                builder.Report(table.At(table.HeaderLine, i + 1), $"unknown criterion '{name}' in the header (not in criteria set '{set.Id}')");
            }
            else if (!node.IsLeaf)
            {
                builder.Report(table.At(table.HeaderLine, i + 1), $"'{name}' is not a leaf criterion; give one column per sub-criterion");
            }
            else if (node.Source == ValueSource.Survey)
            {
                builder.Report(table.At(table.HeaderLine, i + 1), $"'{name}' is assessed by the survey and cannot be self-scored; give it in the survey file");
            }
            else if (seen.TryGetValue(name, out var first))
            {
                builder.Report(table.At(table.HeaderLine, i + 1), $"column '{name}' appears twice in the header; first at column {first + 1}");
            }
            else
            {
                seen[name] = i;
                leafColumns.Add((i, name));
            }
        }

        foreach (var leaf in set.Leaves)
        {
            if (leaf.Source == ValueSource.Self && leaf.NotApplicable == NotApplicablePolicy.Forbidden && !seen.ContainsKey(leaf.Code))
            {
                builder.Report(table.At(table.HeaderLine, 1), $"no column for self-assessed criterion '{leaf.Code}'");
            }
        }

        var leafOrdinals = leafColumns.Select(l => builder.Compiled.TryGetLeaf(l.Code, out var leaf) ? leaf : -1).ToArray();
        var missingColumns = set.Leaves.Any(l => l.Source == ValueSource.Self && l.NotApplicable == NotApplicablePolicy.Forbidden && !seen.ContainsKey(l.Code));
        var compiled = builder.Compiled;
        var caches = new CellCache[leafColumns.Count];
        var unitColumn = columns[UnitId];
        var caseless = new Dictionary<string, (string Id, int Line)>(StringComparer.OrdinalIgnoreCase);
        var any = false;
        while (table.Next())
        {
            any = true;
            if (!CheckWidth(builder, table))
            {
                continue;
            }

            var id = table.Field(unitColumn);
            if (id.Length == 0)
            {
                builder.Report(table.At(table.Line, unitColumn + 1), "empty unit_id");
                continue;
            }

            if (!CheckIdCase(builder, caseless, id, table.At(table.Line, unitColumn + 1)))
            {
                continue;
            }

            var unit = new UnitInfo(id, columns.Get(table, UnitName) ?? id, columns.Get(table, Group));
            if (!builder.AddUnit(unit, table.At(table.Line, unitColumn + 1)))
            {
                continue;
            }

            var unitOrdinal = builder.LastUnitOrdinal;
            for (var k = 0; k < leafColumns.Count; k++)
            {
                var (column, code) = leafColumns[k];
                var leaf = leafOrdinals[k];

                // Fast path: the field's bytes are its trimmed text; plain numbers and 1/0 are read from
                // them, and any other text this column has already read cleanly is found in a small cache.
                var hasBytes = table.TryGetBytes(column, out var bytes);
                if (hasBytes && leaf >= 0 && (bytes.Length > 0 || compiled.Kind[leaf] == RuleKind.YesNo))
                {
                    if (builder.TrySetSelfCell(unitOrdinal, leaf, bytes))
                    {
                        continue;
                    }

                    if (caches[k].TryGet(bytes, out var cached))
                    {
                        builder.SetSelfCell(unitOrdinal, leaf, cached);
                        continue;
                    }
                }

                var raw = hasBytes && bytes.Length == 0 ? "" : table.Field(column);
                if (raw.Length == 0 && compiled.Kind[leaf] != RuleKind.YesNo)
                {
                    if (compiled.NotApplicable[leaf] == NotApplicablePolicy.Forbidden)
                    {
                        builder.Refuse(id, code, table.At(table.Line, column + 1), $"unit '{id}' has no value for '{code}'");
                    }

                    continue;
                }

                var value = AssessmentValue.Raw(raw);
                if (builder.TrySetSelfCell(unitOrdinal, leaf, value, out var cell))
                {
                    if (hasBytes)
                    {
                        caches[k].Add(bytes, cell);
                    }
                }
                else
                {
                    builder.SetSelf(id, code, value, location: table.At(table.Line, column + 1));
                }
            }
        }

        if (!any)
        {
            builder.Report(table.At(table.HeaderLine, 1), "there are no units to score: the file has a header row but no unit rows");
            return;
        }

        if (missingColumns)
        {
            // Each missing column is reported once above; keep Build from repeating it for every unit.
            builder.SuppressMissingValueReports();
        }
    }

    private static void ReadLongSelf(AssessmentInputBuilder builder, CsvTable table, Columns columns)
    {
        if (!columns.Require(UnitId))
        {
            return;
        }

        if (table.Records.Count == 0)
        {
            builder.Report(table.At(table.HeaderLine, 1), "there are no units to score: the file has a header row but no unit rows");
            return;
        }

        var unitColumn = columns[UnitId];
        var codeColumn = columns[Code];
        var valueColumn = columns[Value];
        var seen = new Dictionary<(string, string), int>();
        var caseless = new Dictionary<string, (string Id, int Line)>(StringComparer.OrdinalIgnoreCase);
        foreach (var record in table.Records)
        {
            if (!CheckWidth(builder, table, record))
            {
                continue;
            }

            var id = record.Fields[unitColumn];
            var code = record.Fields[codeColumn];
            if (id.Length == 0)
            {
                builder.Report(table.At(record.Line, unitColumn + 1), "empty unit_id");
                continue;
            }

            if (!builder.HasUnit(id))
            {
                if (!CheckIdCase(builder, caseless, id, table.At(record.Line, unitColumn + 1)))
                {
                    continue;
                }

                builder.AddUnit(new UnitInfo(id, columns.Get(record, UnitName) ?? id, columns.Get(record, Group)), table.At(record.Line, unitColumn + 1));
            }

            if (seen.TryGetValue((id, code), out var firstLine))
            {
                builder.Report(table.At(record.Line, codeColumn + 1), $"unit '{id}' has a second value for '{code}'; first at line {firstLine}");
                continue;
            }

            seen[(id, code)] = record.Line;
            if (!builder.TryFindLeaf(code, table.At(record.Line, codeColumn + 1), out _))
            {
                continue;
            }

            builder.SetSelf(id, code, AssessmentValue.Raw(record.Fields[valueColumn]), columns.Get(record, Evidence), columns.Get(record, Note), table.At(record.Line, valueColumn + 1));
        }
    }

    internal static void ReadAppraisalRound(AssessmentInputBuilder builder, CsvTable table, string roundName) => ReadAppraisalRound(builder, new CsvTableRows(table), roundName);

    internal static void ReadAppraisalRound(AssessmentInputBuilder builder, CsvRows table, string roundName)
    {
        var columns = Columns.Read(builder, table.Source, table.Header, table.HeaderLine);
        var ok = columns.Require(UnitId) & columns.Require(Code) & columns.Require(Reason);
        if (!columns.Has(Value) && !columns.Has(PointsColumn) && !columns.Has(Delta))
        {
            builder.Report(table.At(table.HeaderLine, 1), "an appraisal file needs a 'value', 'points' or 'delta' column");
            ok = false;
        }

        if (!ok)
        {
            return;
        }

        var round = builder.AddAppraisalRound(roundName);
        var seen = new Dictionary<long, int>();
        var given = new List<string>(AdjustmentColumns.Length);
        while (table.Next())
        {
            if (!CheckWidth(builder, table))
            {
                continue;
            }

            var id = table.Field(columns[UnitId]);
            var code = table.Field(columns[Code]);
            var reason = table.Field(columns[Reason]);
            if (!CheckKey(builder, table, columns, id, code, out var key))
            {
                continue;
            }

            given.Clear();
            foreach (var c in AdjustmentColumns)
            {
                if (columns.Get(table, c) is not null)
                {
                    given.Add(c);
                }
            }

            if (given.Count != 1)
            {
                // Point at the second value given, or at the first adjustment column when none is.
                var where = given.Count == 0 ? AdjustmentColumns.Where(columns.Has).Select(c => columns[c]).Min() : columns[given[1]];
                builder.Report(
                    table.At(table.Line, where + 1),
                    $"unit '{id}': give exactly one of value, points or delta for '{code}' (this row gives {(given.Count == 0 ? "none" : string.Join(" and ", given))})");
                continue;
            }

            if (reason.Length == 0)
            {
                builder.Report(table.At(table.Line, columns[Reason] + 1), $"unit '{id}': an appraisal of '{code}' needs a reason");
                continue;
            }

            if (seen.TryGetValue(key, out var firstLine))
            {
                builder.Report(table.At(table.Line, columns[Code] + 1), $"unit '{id}' has a second adjustment of '{code}' in this round; first at line {firstLine}");
                continue;
            }

            seen[key] = table.Line;
            var column = columns[given[0]];
            var at = table.At(table.Line, column + 1);
            var text = table.Field(column);
            if (given[0] == Value)
            {
                round.ReplaceValue(id, code, AssessmentValue.Raw(text), reason, at);
            }
            else if (!ValueText.TryParseNumber(text, out var number) || text.Contains("%"))
            {
                builder.Report(at, $"unit '{id}': '{text}' is not a number of points for '{code}'");
            }
            else if (given[0] == PointsColumn)
            {
                round.SetPoints(id, code, number, reason, at);
            }
            else
            {
                round.AddPoints(id, code, number, reason, at);
            }
        }
    }

    internal static void ReadSurvey(AssessmentInputBuilder builder, CsvTable table) => ReadSurvey(builder, new CsvTableRows(table));

    internal static void ReadSurvey(AssessmentInputBuilder builder, CsvRows table)
    {
        var columns = Columns.Read(builder, table.Source, table.Header, table.HeaderLine);
        if (!(columns.Require(UnitId) & columns.Require(Code) & columns.Require(Value)))
        {
            return;
        }

        var seen = new Dictionary<long, int>();
        while (table.Next())
        {
            if (!CheckWidth(builder, table))
            {
                continue;
            }

            var id = table.Field(columns[UnitId]);
            var code = table.Field(columns[Code]);
            var text = table.Field(columns[Value]);
            if (!CheckKey(builder, table, columns, id, code, out var key))
            {
                continue;
            }

            if (seen.TryGetValue(key, out var firstLine))
            {
                builder.Report(table.At(table.Line, columns[Code] + 1), $"unit '{id}' has a second survey result for '{code}'; first at line {firstLine}");
                continue;
            }

            seen[key] = table.Line;
            var at = table.At(table.Line, columns[Value] + 1);
            if (ValueText.TryParseNumber(text, out var ratio) && (ratio < 0 || ratio > 100))
            {
                builder.Refuse(id, code, at, $"unit '{id}': survey result {text} for '{code}' is outside 0–100 %");
                continue;
            }

            builder.SetSurvey(id, code, AssessmentValue.Raw(text), at);
        }
    }

    private static readonly string[] AdjustmentColumns = { Value, PointsColumn, Delta };

    /// <summary>Reports an empty or unknown unit_id or code; otherwise gives the (unit, leaf) pair as one key.</summary>
    private static bool CheckKey(AssessmentInputBuilder builder, CsvRows table, Columns columns, string id, string code, out long key)
    {
        key = 0;
        if (id.Length == 0)
        {
            builder.Report(table.At(table.Line, columns[UnitId] + 1), "empty unit_id");
            return false;
        }

        if (code.Length == 0)
        {
            builder.Report(table.At(table.Line, columns[Code] + 1), $"unit '{id}': empty code");
            return false;
        }

        // The common case without building locations; unknown units and codes are reported at their own column, not at the value's.
        if (!builder.TryLookUp(id, code, out var unit, out var leaf)
            && !(builder.TryFindUnit(id, table.At(table.Line, columns[UnitId] + 1), out unit)
                & builder.TryFindLeaf(code, table.At(table.Line, columns[Code] + 1), out leaf)))
        {
            return false;
        }

        key = ((long)unit << 32) | (uint)leaf;
        return true;
    }

    /// <summary>
    /// Refuses a new unit id that differs from an earlier one only by case ("HT-TP" and "ht-tp"): ids are matched
    /// exactly, so such a pair would be ranked as two units, almost always one unit typed twice.
    /// </summary>
    private static bool CheckIdCase(AssessmentInputBuilder builder, Dictionary<string, (string Id, int Line)> caseless, string id, SourceLocation at)
    {
        if (caseless.TryGetValue(id, out var other))
        {
            if (!string.Equals(other.Id, id, StringComparison.Ordinal))
            {
                builder.Report(at, $"unit id '{id}' differs only by case from unit '{other.Id}' on line {other.Line.ToString(CultureInfo.InvariantCulture)}; give each unit one id, written the same way everywhere");
                return false;
            }

            return true;
        }

        caseless[id] = (id, at.Line);
        return true;
    }

    private static bool CheckWidth(AssessmentInputBuilder builder, CsvRows rows)
    {
        if (rows.FieldCount == rows.Header.Length)
        {
            return true;
        }

        var column = Math.Min(rows.FieldCount, rows.Header.Length) + 1;
        while (column < rows.FieldCount && rows.Field(column - 1).Length == 0)
        {
            column++;
        }

        builder.Report(rows.At(rows.Line, column), $"the row has {rows.FieldCount} fields but the header has {rows.Header.Length}");
        return false;
    }

    private static bool CheckWidth(AssessmentInputBuilder builder, CsvTable table, CsvRecord record)
    {
        if (record.Fields.Length == table.Header.Length)
        {
            return true;
        }

        var column = Math.Min(record.Fields.Length, table.Header.Length) + 1;
        builder.Report(table.At(record.Line, column), $"the row has {record.Fields.Length} fields but the header has {table.Header.Length}");
        return false;
    }

    /// <summary>
    /// A wide column's few distinct texts that were read cleanly (options, yes/no words, "not
    /// applicable" markers, decimal commas) by their UTF-8 bytes, so repeats need no string. Reading a
    /// cell depends only on its leaf and text, so a cached cell is what the general path would give.
    /// </summary>
    private struct CellCache
    {
        private const int Capacity = 16;
        private byte[][]? keys;
        private long[]? cells;
        private int count;

        public bool TryGet(ReadOnlySpan<byte> bytes, out long cell)
        {
            for (var i = 0; i < count; i++)
            {
                if (bytes.SequenceEqual(keys![i]))
                {
                    cell = cells![i];
                    return true;
                }
            }

            cell = 0;
            return false;
        }

        public void Add(ReadOnlySpan<byte> bytes, long cell)
        {
            if (count == Capacity || bytes.Length > 64)
            {
                return;
            }

            keys ??= new byte[Capacity][];
            cells ??= new long[Capacity];
            keys[count] = bytes.ToArray();
            cells[count] = cell;
            count++;
        }
    }

    /// <summary>The reserved columns of a file's header, matched case-insensitively.</summary>
    private sealed class Columns
    {
        private static readonly string[] Reserved = { UnitId, UnitName, Group, Code, Value, Evidence, Note, PointsColumn, Delta, Reason };
        private readonly Dictionary<string, int> index = new(StringComparer.Ordinal);
        private readonly AssessmentInputBuilder builder;
        private readonly string source;

        private readonly int headerLine;

        private Columns(AssessmentInputBuilder builder, string source, int headerLine)
        {
            this.builder = builder;
            this.source = source;
            this.headerLine = headerLine;
        }

        public int this[string name] => index[name];

        public static Columns Read(AssessmentInputBuilder builder, string source, string[] header, int headerLine)
        {
            var columns = new Columns(builder, source, headerLine);
            for (var i = 0; i < header.Length; i++)
            {
                var name = header[i].ToLowerInvariant();
                if (Array.IndexOf(Reserved, name) < 0)
                {
                    continue;
                }

                if (columns.index.ContainsKey(name))
                {
                    builder.Report(new SourceLocation(source, headerLine, i + 1), $"column '{name}' appears twice in the header");
                    continue;
                }

                columns.index[name] = i;
            }

            return columns;
        }

        public bool Has(string name) => index.ContainsKey(name);

        public bool IsReserved(int column) => index.ContainsValue(column);

        public bool Require(string name)
        {
            if (Has(name))
            {
                return true;
            }

            builder.Report(new SourceLocation(source, headerLine, 1), $"the header has no '{name}' column");
            return false;
        }

        public string? Get(CsvRecord record, string name) => index.TryGetValue(name, out var i) && record.Fields[i].Length > 0 ? record.Fields[i] : null;

        public string? Get(CsvRows rows, string name) => index.TryGetValue(name, out var i) && rows.Field(i) is { Length: > 0 } text ? text : null;
    }
}
