using System;
using System.Collections.Generic;

namespace ParIndex.Criteria;

/// <summary>
/// One node of a criteria tree: an area (lĩnh vực), a criterion (tiêu chí) or a sub-criterion
/// (tiêu chí thành phần). A node has either children or a scoring rule (a leaf). Immutable.
/// </summary>
public sealed class CriteriaNode
{
    private IReadOnlyList<CriteriaNode> children = Array.Empty<CriteriaNode>();

    internal CriteriaNode(
        string code,
        string name,
        string? description,
        Points maxPoints,
        decimal? weight,
        NodeBlock block,
        ScoringRule? rule,
        ValueSource source,
        NotApplicablePolicy notApplicable,
        int depth,
        SourceLocation? location)
    {
        Code = code;
        Name = name;
        Description = description;
        MaxPoints = maxPoints;
        Weight = weight;
        Block = block;
        Rule = rule;
        Source = source;
        NotApplicable = notApplicable;
        Depth = depth;
        Location = location;
    }

    /// <summary>The node's code, e.g. "1", "1.2" or "1.2.3".</summary>
    public string Code { get; }

    /// <summary>The node's Vietnamese name, normalised to Unicode NFC.</summary>
    public string Name { get; }

    /// <summary>An optional longer description (NFC).</summary>
    public string? Description { get; }

    /// <summary>
    /// The node's maximum points, resolved from <c>max</c> or from its <c>weight</c> share of the parent.
    /// Negative inside a deduction block, where its magnitude is the cap on what may be deducted.
    /// </summary>
    public Points MaxPoints { get; }

    /// <summary>The relative weight among its siblings, when the file gave one instead of <c>max</c>.</summary>
    public decimal? Weight { get; }

    /// <summary>Whether the node is inside a deduction or bonus block (inherited from its area).</summary>
    public NodeBlock Block { get; }

    /// <summary>The scoring rule of a leaf, or <see langword="null"/> for a node with children.</summary>
    public ScoringRule? Rule { get; }

    /// <summary>Where a leaf's value comes from.</summary>
    public ValueSource Source { get; }

    /// <summary>What "not applicable" means for a leaf.</summary>
    public NotApplicablePolicy NotApplicable { get; }

    /// <summary>0 for an area, 1 for a criterion, 2 for a sub-criterion, and so on.</summary>
    public int Depth { get; }

    /// <summary>Where the node was defined, when loaded from a file.</summary>
    public SourceLocation? Location { get; }

    /// <summary>The parent node, or <see langword="null"/> for an area.</summary>
    public CriteriaNode? Parent { get; private set; }

    /// <summary>The child nodes in file order; empty for a leaf.</summary>
    public IReadOnlyList<CriteriaNode> Children => children;

    /// <summary>Whether the node is a leaf (has a rule and no children).</summary>
    public bool IsLeaf => Rule is not null;

    /// <summary>The area this node belongs to (itself for an area).</summary>
    public CriteriaNode Area
    {
        get
        {
            var node = this;
            while (node.Parent is not null)
            {
                node = node.Parent;
            }

            return node;
        }
    }

    internal void SetChildren(IReadOnlyList<CriteriaNode> nodes)
    {
        children = nodes;
        foreach (var child in nodes)
        {
            child.Parent = this;
        }
    }

    /// <summary>"code name".</summary>
    public override string ToString() => $"{Code} {Name}";
}
