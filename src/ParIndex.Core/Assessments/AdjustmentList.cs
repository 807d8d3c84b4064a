using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading;
using ParIndex.Criteria;

namespace ParIndex.Assessments;

/// <summary>
/// One appraisal round's adjustments as compact records rather than objects: a round read from a file can have
/// hundreds of thousands, and scoring needs only each one's unit, leaf, kind and cell. The <see cref="Adjustment"/>
/// of a record read from a table is made when first asked for (a scorecard, a delta's message), once.
/// </summary>
internal sealed class AdjustmentList : IReadOnlyList<Adjustment>
{
    /// <summary>Records per chunk: chunks are filled in place and never copied as the list grows.</summary>
    private const int ChunkSize = 4096;

    private readonly CompiledCriteria compiled;
    private readonly IReadOnlyList<UnitInfo> units;
    private readonly List<Record[]> chunks;
    private readonly List<(string Source, string? Sheet)> origins;
    private Adjustment?[]? made;
    private int count;

    public AdjustmentList(CompiledCriteria compiled, IReadOnlyList<UnitInfo> units)
        : this(compiled, units, new List<Record[]>(), new List<(string, string?)>(), 0)
    {
    }

    private AdjustmentList(CompiledCriteria compiled, IReadOnlyList<UnitInfo> units, List<Record[]> chunks, List<(string Source, string? Sheet)> origins, int count)
    {
        this.compiled = compiled;
        this.units = units;
        this.chunks = chunks;
        this.origins = origins;
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

            if (At(index).Made is { } given)
            {
                return given;
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
        ref readonly var r = ref At(index);
        if (r.Made is { } given)
        {
            return given;
        }

        var (source, sheet) = origins[r.Origin];
        var location = sheet is null ? new SourceLocation(source, r.Line, r.Column) : new SourceLocation(source, sheet, r.Line, r.Column);
        return new Adjustment(units[r.Unit], compiled.LeafDefinition(r.Leaf), r.Unit, r.Leaf, r.Kind, r.Cell, r.Display ?? compiled.Display(r.Leaf, r.Cell), r.Reason, location);
    }

    /// <summary>An adjustment given through the builder's methods, kept as it is.</summary>
    public void Add(Adjustment adjustment) =>
        Add(new Record(adjustment.UnitOrdinal, adjustment.LeafOrdinal, adjustment.Kind, adjustment.Cell, null, adjustment.Reason, -1, 0, 0, adjustment));

    /// <summary>An adjustment read from a table row; <paramref name="display"/> null for a value, shown from its cell.</summary>
    public void Add(int unit, int leaf, AdjustmentKind kind, long cell, string? display, string reason, string source, string? sheet, int line, int column)
    {
        var last = origins.Count - 1;
        if (last < 0 || !ReferenceEquals(origins[last].Source, source) || !ReferenceEquals(origins[last].Sheet, sheet))
        {
            origins.Add((source, sheet));
            last++;
        }

        Add(new Record(unit, leaf, kind, cell, display, reason, last, line, column, null));
    }

    /// <summary>The adjustments so far; later additions to this list do not change it (chunks are only appended to).</summary>
    public AdjustmentList Snapshot() => new(compiled, units, new List<Record[]>(chunks), new List<(string, string?)>(origins), count);

    /// <summary>The scoring fields of adjustment <paramref name="index"/>, without making its object.</summary>
    public void Get(int index, out int unit, out int leaf, out AdjustmentKind kind, out long cell)
    {
        ref readonly var r = ref At(index);
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

    private ref readonly Record At(int index) => ref chunks[index / ChunkSize][index % ChunkSize];

    private void Add(in Record record)
    {
        if (count == chunks.Count * ChunkSize)
        {
            chunks.Add(new Record[ChunkSize]);
        }

        chunks[count / ChunkSize][count % ChunkSize] = record;
        count++;
    }

    private readonly struct Record
    {
        public Record(int unit, int leaf, AdjustmentKind kind, long cell, string? display, string reason, int origin, int line, int column, Adjustment? made)
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
            Made = made;
        }

        public int Unit { get; }

        public int Leaf { get; }

        public AdjustmentKind Kind { get; }

        public long Cell { get; }

        public int Line { get; }

        public int Column { get; }

        public string? Display { get; }

        public string Reason { get; }

        /// <summary>The table read, in the list's origins; -1 for an adjustment given as an object.</summary>
        public int Origin { get; }

        public Adjustment? Made { get; }
    }
}
