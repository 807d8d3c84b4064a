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
    internal Adjustment(UnitInfo unitInfo, CriteriaNode leafNode, int unit, int leaf, AdjustmentKind kind, long cell, string displayValue, string reason, SourceLocation? location)
    {
        UnitId = unitInfo.Id;
        Code = leafNode.Code;
        UnitOrdinal = unit;
        LeafOrdinal = leaf;
        Kind = kind;
        Cell = cell;
        DisplayValue = displayValue;
        Reason = reason;
        Location = location;
    }

    /// <summary>The id of the unit whose criterion the council changed.</summary>
    public string UnitId { get; }

    /// <summary>The code of the criterion (a leaf of the criteria set) the council changed.</summary>
    public string Code { get; }

    /// <summary>What the row changes.</summary>
    public AdjustmentKind Kind { get; }

    /// <summary>The value, points or delta as given.</summary>
    public string DisplayValue { get; }

    /// <summary>The council's reason.</summary>
    public string Reason { get; }

    /// <summary>Where the row was read, if from a file.</summary>
    public SourceLocation? Location { get; }

    internal int UnitOrdinal { get; }

    internal int LeafOrdinal { get; }

    /// <summary>The encoded value (kind Value) or the points/delta in ticks.</summary>
    internal long Cell { get; }
}
