using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading;
using ParIndex.Criteria;
using ParIndex.Internal;

namespace ParIndex.Assessments;

/// <summary>
/// One appraisal round's adjustments as compact records rather than objects: a round read from a file can have
/// hundreds of thousands, and scoring needs only each one's unit, leaf, kind and cell. The <see cref="Adjustment"/>
/// of a record read from a table is made when first asked for (a scorecard, a delta's message), once.
/// </summary>
internal sealed class AdjustmentList : IReadOnlyList<Adjustment>
{
    private const int FirstCapacity = 64;

    private readonly CompiledCriteria compiled;
    private readonly IReadOnlyList<UnitInfo> units;
    private readonly Texts texts;
    private Record[] records;
    private Adjustment?[]? made;
    private int count;

    public AdjustmentList(CompiledCriteria compiled, IReadOnlyList<UnitInfo> units)
        : this(compiled, units, new Texts(), Array.Empty<Record>(), 0)
    {
    }

    private AdjustmentList(CompiledCriteria compiled, IReadOnlyList<UnitInfo> units, Texts texts, Record[] records, int count)
    {
        this.compiled = compiled;
        this.units = units;
        this.texts = texts;
        this.records = records;
        this.count = count;
    }

    public int Count => count;

    public Adjustment this[int index]
    {
        get
        {
            if ((uint)index >= (uint)count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            if (records[index].Origin < 0)
            {
                return texts.Given(records[index].Line);
            }

            var cache = made ?? Interlocked.CompareExchange(ref made, new Adjustment?[count], null) ?? made!;
            if (index >= cache.Length)
            {
                return Make(index);
            }

            if (cache[index] is { } adjustment)
            {
                return adjustment;
            }

            var created = Make(index);
            return Interlocked.CompareExchange(ref cache[index], created, null) ?? created;
        }
    }

    /// <summary>Adjustment <paramref name="index"/> as an object, made anew for a record read from a table (scoring keeps the few deltas it needs).</summary>
    public Adjustment Make(int index)
    {
        ref readonly var r = ref records[index];
        if (r.Origin < 0)
        {
            return texts.Given(r.Line);
        }

        var (source, sheet) = texts.Origin(r.Origin);
        var location = sheet is null ? new SourceLocation(source, r.Line, r.Column) : new SourceLocation(source, sheet, r.Line, r.Column);
        var display = r.Display < 0 ? compiled.Display(r.Leaf, r.Cell) : texts.Text(r.Display);
        return new Adjustment(units[r.Unit], compiled.LeafDefinition(r.Leaf), r.Unit, r.Leaf, r.Kind, r.Cell, display, texts.Text(r.Reason), location);
    }

    /// <summary>An adjustment given through the builder's methods, kept as it is.</summary>
    public void Add(Adjustment adjustment) =>
        Add(new Record(adjustment.UnitOrdinal, adjustment.LeafOrdinal, adjustment.Kind, adjustment.Cell, -1, -1, -1, texts.AddGiven(adjustment), 0));

    /// <summary>An adjustment read from a table row; <paramref name="display"/> null for a value, shown from its cell.</summary>
    public void Add(int unit, int leaf, AdjustmentKind kind, long cell, string? display, string reason, string source, string? sheet, int line, int column) =>
        Add(new Record(unit, leaf, kind, cell, display is null ? -1 : texts.Index(display), texts.Index(reason), texts.OriginIndex(source, sheet), line, column));

    /// <summary>The adjustments so far; later additions to this list do not change it (records past its count are never read by it, and a grown list writes to a new array).</summary>
    public AdjustmentList Snapshot() => new(compiled, units, texts.Copy(), records, count);

    /// <summary>The scoring fields of adjustment <paramref name="index"/>, without making its object.</summary>
    public void Get(int index, out int unit, out int leaf, out AdjustmentKind kind, out long cell)
    {
        ref readonly var r = ref records[index];
        unit = r.Unit;
        leaf = r.Leaf;
        kind = r.Kind;
        cell = r.Cell;
    }

    public IEnumerator<Adjustment> GetEnumerator()
    {
        for (var i = 0; i < count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Makes room for at least <paramref name="more"/> records after those added (a reader's row count).</summary>
    public void Reserve(int more)
    {
        if ((long)count + more > records.Length)
        {
            Resize((int)Math.Min((long)count + more, int.MaxValue - 64));
        }
    }

    private void Add(in Record record)
    {
        if (count == records.Length)
        {
            Resize(Math.Max(FirstCapacity, checked(records.Length * 2)));
        }

        records[count++] = record;
    }

    private void Resize(int capacity)
    {
        // Records past the count are never read, so the new array need not be zeroed.
        var grown = LargeArrays.Uninitialized<Record>(capacity);
        records.AsSpan(0, count).CopyTo(grown);
        records = grown;
    }

    /// <summary>
    /// An adjustment as plain numbers, no references (so a round's records are nothing for the collector to scan):
    /// its texts and origin are indices into the list's <see cref="Texts"/>; an adjustment given as an object has
    /// <see cref="Origin"/> -1 and its index in <see cref="Line"/>.
    /// </summary>
    private readonly struct Record
    {
        public Record(int unit, int leaf, AdjustmentKind kind, long cell, int display, int reason, int origin, int line, int column)
        {
            Unit = unit;
            Leaf = leaf;
            Kind = kind;
            Cell = cell;
            Display = display;
            Reason = reason;
            Origin = origin;
            Line = line;
            Column = column;
        }

        public long Cell { get; }

        public int Unit { get; }

        public int Leaf { get; }

        public AdjustmentKind Kind { get; }

        public int Line { get; }

        public int Column { get; }

        /// <summary>The shown value's text, or -1 for a value shown from its cell.</summary>
        public int Display { get; }

        public int Reason { get; }

        /// <summary>The table read; -1 for an adjustment given as an object.</summary>
        public int Origin { get; }
    }

    /// <summary>
    /// The texts, tables and given objects the records point at. Texts repeat (readers pool reasons; shown values
    /// are few), so each string instance is kept once.
    /// </summary>
    private sealed class Texts
    {
        private readonly List<string> strings;
        private readonly Dictionary<string, int> indices = new(SameInstance.Comparer);
        private readonly List<(string Source, string? Sheet)> origins;
        private readonly List<Adjustment> given;
        private string? lastString;
        private int lastIndex;

        public Texts()
            : this(new List<string>(), new List<(string, string?)>(), new List<Adjustment>())
        {
        }

        private Texts(List<string> strings, List<(string Source, string? Sheet)> origins, List<Adjustment> given)
        {
            this.strings = strings;
            this.origins = origins;
            this.given = given;
        }

        /// <summary>What a snapshot reads: its own lists, so a list that goes on growing never changes them under it.</summary>
        public Texts Copy() => new(new List<string>(strings), new List<(string, string?)>(origins), new List<Adjustment>(given));

        public int Index(string text)
        {
            if (ReferenceEquals(text, lastString))
            {
                return lastIndex;
            }

            if (!indices.TryGetValue(text, out var index))
            {
                index = strings.Count;
                strings.Add(text);
                indices.Add(text, index);
            }

            lastString = text;
            lastIndex = index;
            return index;
        }

        public string Text(int index) => strings[index];

        public int OriginIndex(string source, string? sheet)
        {
            var last = origins.Count - 1;
            if (last < 0 || !ReferenceEquals(origins[last].Source, source) || !ReferenceEquals(origins[last].Sheet, sheet))
            {
                origins.Add((source, sheet));
                last++;
            }

            return last;
        }

        public (string Source, string? Sheet) Origin(int index) => origins[index];

        public int AddGiven(Adjustment adjustment)
        {
            given.Add(adjustment);
            return given.Count - 1;
        }

        public Adjustment Given(int index) => given[index];
    }

    /// <summary>Strings compared as instances: a reader's pooled texts are found without hashing their characters.</summary>
    private sealed class SameInstance : IEqualityComparer<string>
    {
        public static readonly SameInstance Comparer = new();

        public bool Equals(string? x, string? y) => ReferenceEquals(x, y);

        public int GetHashCode(string obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}
