using ParIndex.Criteria;

namespace ParIndex.Assessments;

/// <summary>How an appraisal row changes a criterion.</summary>
public enum AdjustmentKind
{
    /// <summary>A replacement raw value, read by the leaf's rule.</summary>
    Value,

    /// <summary>Replacement points, given directly.</summary>
    Points,

    /// <summary>A signed change in points from the previous result.</summary>
    Delta,
}

/// <summary>One appraisal council adjustment of one unit's criterion, with its reason.</summary>
public sealed class Adjustment
{
    private readonly CompiledCriteria? compiled;
    private readonly string? source;
    private readonly string? sheet;
    private readonly int line;
    private readonly int column;
    private string? displayValue;
    private SourceLocation? location;

    internal Adjustment(UnitInfo unitInfo, CriteriaNode leafNode, int unit, int leaf, AdjustmentKind kind, long cell, string displayValue, string reason, SourceLocation? location)
        : this(unitInfo, leafNode, unit, leaf, kind, cell, reason)
    {
        this.displayValue = displayValue;
        this.location = location;
    }

    /// <summary>
    /// An adjustment read from a table row, which a large round has hundreds of thousands of: its location is kept as
    /// numbers, and a replacement value's text is made from its cell, each only when asked for.
    /// </summary>
    internal Adjustment(UnitInfo unitInfo, CompiledCriteria compiled, int unit, int leaf, AdjustmentKind kind, long cell, string? displayValue, string reason, string source, string? sheet, int line, int column)
        : this(unitInfo, compiled.LeafDefinition(leaf), unit, leaf, kind, cell, reason)
    {
        this.compiled = displayValue is null ? compiled : null;
        this.displayValue = displayValue;
        this.source = source;
        this.sheet = sheet;
        this.line = line;
        this.column = column;
    }

    private Adjustment(UnitInfo unitInfo, CriteriaNode leafNode, int unit, int leaf, AdjustmentKind kind, long cell, string reason)
    {
        UnitId = unitInfo.Id;
        Code = leafNode.Code;
        UnitOrdinal = unit;
        LeafOrdinal = leaf;
        Kind = kind;
        Cell = cell;
        Reason = reason;
    }

    /// <summary>The id of the unit whose criterion the council changed.</summary>
    public string UnitId { get; }

    /// <summary>The code of the criterion (a leaf of the criteria set) the council changed.</summary>
    public string Code { get; }

    /// <summary>What the row changes.</summary>
    public AdjustmentKind Kind { get; }

    /// <summary>The value, points or delta as given.</summary>
    public string DisplayValue => displayValue ??= compiled!.Display(LeafOrdinal, Cell);

    /// <summary>The council's reason.</summary>
    public string Reason { get; }

    /// <summary>Where the row was read, if from a file.</summary>
    public SourceLocation? Location => location ??= source is null ? null : sheet is null ? new SourceLocation(source, line, column) : new SourceLocation(source, sheet, line, column);

    internal int UnitOrdinal { get; }

    internal int LeafOrdinal { get; }

    /// <summary>The encoded value (kind Value) or the points/delta in ticks.</summary>
    internal long Cell { get; }
}
