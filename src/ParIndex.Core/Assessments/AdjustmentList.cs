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
    private readonly CompiledCriteria compiled;
    private readonly IReadOnlyList<UnitInfo> units;
    private Record[] records;
    private Adjustment?[]? made;
    private int count;

    public AdjustmentList(CompiledCriteria compiled, IReadOnlyList<UnitInfo> units)
        : this(compiled, units, new Record[16], 0)
    {
    }

    private AdjustmentList(CompiledCriteria compiled, IReadOnlyList<UnitInfo> units, Record[] records, int count)
    {
        this.compiled = compiled;
        this.units = units;
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

            ref readonly var r = ref records[index];
            if (r.Made is not null)
            {
                return r.Made;
            }

            var cache = made ?? Interlocked.CompareExchange(ref made, new Adjustment?[count], null) ?? made!;
            if (index < cache.Length && cache[index] is { } adjustment)
            {
                return adjustment;
            }

            var location = r.Source is null ? null : r.Sheet is null ? new SourceLocation(r.Source, r.Line, r.Column) : new SourceLocation(r.Source, r.Sheet, r.Line, r.Column);
            var created = new Adjustment(units[r.Unit], compiled.LeafDefinition(r.Leaf), r.Unit, r.Leaf, r.Kind, r.Cell, r.Display ?? compiled.Display(r.Leaf, r.Cell), r.Reason, location);
            return index < cache.Length ? Interlocked.CompareExchange(ref cache[index], created, null) ?? created : created;
        }
    }

    /// <summary>An adjustment given through the builder's methods, kept as it is.</summary>
    public void Add(Adjustment adjustment) =>
        Add(new Record(adjustment.UnitOrdinal, adjustment.LeafOrdinal, adjustment.Kind, adjustment.Cell, null, adjustment.Reason, null, null, 0, 0, adjustment));

    /// <summary>An adjustment read from a table row; <paramref name="display"/> null for a value, shown from its cell.</summary>
    public void Add(int unit, int leaf, AdjustmentKind kind, long cell, string? display, string reason, string source, string? sheet, int line, int column) =>
        Add(new Record(unit, leaf, kind, cell, display, reason, source, sheet, line, column, null));

    /// <summary>The adjustments so far; later additions to this list do not change it.</summary>
    public AdjustmentList Snapshot() => new(compiled, units, records, count);

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

    private void Add(in Record record)
    {
        if (count == records.Length)
        {
            Array.Resize(ref records, records.Length * 2);
        }

        records[count++] = record;
    }

    private readonly struct Record
    {
        public Record(int unit, int leaf, AdjustmentKind kind, long cell, string? display, string reason, string? source, string? sheet, int line, int column, Adjustment? made)
        {
            Unit = unit;
            Leaf = leaf;
            Kind = kind;
            Cell = cell;
            Display = display;
            Reason = reason;
            Source = source;
            Sheet = sheet;
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

        public string? Source { get; }

        public string? Sheet { get; }

        public Adjustment? Made { get; }
    }
}
