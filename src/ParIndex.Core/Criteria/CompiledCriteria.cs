using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ParIndex.Internal;

namespace ParIndex.Criteria;

/// <summary>
/// A criteria set flattened into arrays for scoring many units: nodes in file (pre-)order, leaves
/// with their rule parameters in parallel arrays, and cells encoded as <see cref="long"/>.
/// Built once per criteria set; immutable and thread-safe.
/// </summary>
/// <remarks>
/// Cell encoding: yes/no 0 or 1; choice the option's index; tiers and ratio the value in
/// millionths; points the points in millionths; count the whole count. <see cref="NotApplicableCell"/>
/// marks "không phát sinh" and <see cref="MissingCell"/> a value never given.
/// </remarks>
internal sealed class CompiledCriteria
{
    public const long NotApplicableCell = long.MinValue;
    public const long MissingCell = long.MinValue + 1;

    private readonly Dictionary<string, int> leafByCode;
    private readonly Dictionary<string, int> nodeByCode;
    private readonly AsciiLookup<int> leafByAsciiCode;
    private MaxLayout? maxLayout;

    public CompiledCriteria(CriteriaSet set)
    {
        Set = set;
        var nodes = set.Nodes;
        NodeCount = nodes.Count;
        nodeByCode = new Dictionary<string, int>(NodeCount, StringComparer.Ordinal);
        for (var i = 0; i < NodeCount; i++)
        {
            nodeByCode[nodes[i].Code] = i;
        }

        Parent = new int[NodeCount];
        NodeMax = new long[NodeCount];
        NodeBlock = new NodeBlock[NodeCount];
        Children = new int[NodeCount][];
        NodeLeaf = new int[NodeCount];
        for (var i = 0; i < NodeCount; i++)
        {
            var node = nodes[i];
            Parent[i] = node.Parent is null ? -1 : nodeByCode[node.Parent.Code];
            NodeMax[i] = node.MaxPoints.Ticks;
            NodeBlock[i] = node.Block;
            Children[i] = node.Children.Select(c => nodeByCode[c.Code]).ToArray();
            NodeLeaf[i] = -1;
        }

        Areas = set.Areas.Select(a => nodeByCode[a.Code]).ToArray();

        // Children before parents, so one pass sums the tree bottom-up.
        InnerPostOrder = nodes.Select((n, i) => (n, i)).Where(t => !t.n.IsLeaf).OrderByDescending(t => t.n.Depth).ThenBy(t => t.i).Select(t => t.i).ToArray();

        var leaves = set.Leaves;
        LeafCount = leaves.Count;
        LeafNode = new int[LeafCount];
        Kind = new RuleKind[LeafCount];
        Magnitude = new long[LeafCount];
        Sign = new int[LeafCount];
        NotApplicable = new NotApplicablePolicy[LeafCount];
        IsSurvey = new bool[LeafCount];
        Param = new long[LeafCount];
        TierStart = new int[LeafCount];
        TierCount = new int[LeafCount];
        DomainMin = new long[LeafCount];
        DomainMax = new long[LeafCount];
        var tierMin = new List<long>();
        var tierMax = new List<long>();
        var tierPoints = new List<long>();
        var optionPoints = new List<long>();
        leafByCode = new Dictionary<string, int>(LeafCount, StringComparer.Ordinal);
        leafByAsciiCode = new AsciiLookup<int>(leafByCode);
        for (var j = 0; j < LeafCount; j++)
        {
            var leaf = leaves[j];
            var node = nodeByCode[leaf.Code];
            leafByCode[leaf.Code] = j;
            LeafNode[j] = node;
            NodeLeaf[node] = j;
            Kind[j] = leaf.Rule!.Kind;
            Magnitude[j] = leaf.MaxPoints.Abs().Ticks;
            Sign[j] = leaf.Block == Criteria.NodeBlock.Deduction ? -1 : 1;
            NotApplicable[j] = leaf.NotApplicable;
            IsSurvey[j] = leaf.Source == ValueSource.Survey;
            switch (leaf.Rule)
            {
                case ChoiceRule choice:
                    TierStart[j] = optionPoints.Count;
                    TierCount[j] = choice.Options.Count;
                    optionPoints.AddRange(choice.Options.Select(o => o.Points.Ticks));
                    break;
                case TiersRule tiers:
                    TierStart[j] = tierMin.Count;
                    TierCount[j] = tiers.Tiers.Count;
                    DomainMin[j] = FixedMath.CeilingTicks(tiers.DomainMin);
                    DomainMax[j] = FixedMath.FloorTicks(tiers.DomainMax);
                    foreach (var tier in tiers.Tiers)
                    {
                        // Integer tick bounds make the inclusive/exclusive tests exact: v ≥ b ⇔ v ≥ ⌈b⌉, v > b ⇔ v ≥ ⌊b⌋ + 1.
                        var lo = tier.LowerInclusive ? FixedMath.CeilingTicks(tier.Lower!.Value) : FixedMath.FloorTicks(tier.Lower!.Value) + 1;
                        var hi = tier.UpperInclusive ? FixedMath.FloorTicks(tier.Upper!.Value) : FixedMath.CeilingTicks(tier.Upper!.Value) - 1;
                        tierMin.Add(lo);
                        tierMax.Add(hi);
                        tierPoints.Add(tier.Points.Ticks);
                    }

                    break;
                case RatioRule ratio:
                    Param[j] = FixedMath.CeilingTicks(ratio.Target);
                    break;
                case PointsRule points:
                    Param[j] = points.Step?.Ticks ?? 1;
                    break;
                case CountRule count:
                    Param[j] = count.PerOccurrence.Ticks;
                    break;
            }
        }

        TierMin = tierMin.ToArray();
        TierMax = tierMax.ToArray();
        TierPoints = tierPoints.ToArray();
        OptionPoints = optionPoints.ToArray();
    }

    public CriteriaSet Set { get; }

    /// <summary>Which nodes' applicable maximum the scorer stores per unit; built when first needed (a race builds equal layouts).</summary>
    public MaxLayout MaxLayout => maxLayout ??= MaxLayout.For(this);

    public int NodeCount { get; }

    public int[] Parent { get; }

    public long[] NodeMax { get; }

    public NodeBlock[] NodeBlock { get; }

    public int[][] Children { get; }

    /// <summary>Leaf ordinal of a node, or -1 for an inner node.</summary>
    public int[] NodeLeaf { get; }

    public int[] Areas { get; }

    public int[] InnerPostOrder { get; }

    public int LeafCount { get; }

    public int[] LeafNode { get; }

    public RuleKind[] Kind { get; }

    /// <summary>|max| of each leaf in ticks.</summary>
    public long[] Magnitude { get; }

    /// <summary>-1 in a deduction block, otherwise +1.</summary>
    public int[] Sign { get; }

    public NotApplicablePolicy[] NotApplicable { get; }

    public bool[] IsSurvey { get; }

    /// <summary>Ratio: target in ticks; points: step in ticks (1 when none); count: points per occurrence in ticks.</summary>
    public long[] Param { get; }

    /// <summary>Tiers and choice: first index into the tier or option arrays.</summary>
    public int[] TierStart { get; }

    public int[] TierCount { get; }

    public long[] DomainMin { get; }

    public long[] DomainMax { get; }

    /// <summary>Inclusive lower bound of each tier in ticks.</summary>
    public long[] TierMin { get; }

    /// <summary>Inclusive upper bound of each tier in ticks.</summary>
    public long[] TierMax { get; }

    public long[] TierPoints { get; }

    public long[] OptionPoints { get; }

    public bool TryGetLeaf(string code, out int leaf) => leafByCode.TryGetValue(code, out leaf);

    /// <summary>A leaf by the UTF-8 bytes of its code; false also for a code that is not short printable ASCII (see <see cref="AsciiLookup{TValue}"/>).</summary>
    public bool TryGetLeaf(ReadOnlySpan<byte> code, out int leaf) => leafByAsciiCode.TryGetValue(code, out leaf);

    public bool TryGetNode(string code, out int node) => nodeByCode.TryGetValue(code, out node);

    public CriteriaNode LeafDefinition(int leaf) => Set.Nodes[LeafNode[leaf]];

    /// <summary>The magnitude of points a cell earns (before the block's sign); cell must be a value, not a marker.</summary>
    public long ScoreValue(int leaf, long cell)
    {
        switch (Kind[leaf])
        {
            case RuleKind.YesNo:
                return cell != 0 ? Magnitude[leaf] : 0;
            case RuleKind.Choice:
                return OptionPoints[TierStart[leaf] + (int)cell];
            case RuleKind.Tiers:
                var start = TierStart[leaf];
                var end = start + TierCount[leaf];
                for (var t = start; t < end; t++)
                {
                    if (cell <= TierMax[t])
                    {
                        return TierPoints[t];
                    }
                }

                return TierPoints[end - 1];
            case RuleKind.Ratio:
                var target = Param[leaf];
                return cell <= 0 ? 0 : cell >= target ? Magnitude[leaf] : FixedMath.MulDivRound(Magnitude[leaf], cell, target);
            case RuleKind.Points:
                return cell;
            default:
                var per = Param[leaf];
                return cell >= (Magnitude[leaf] + per - 1) / per ? Magnitude[leaf] : cell * per;
        }
    }

    /// <summary>
    /// Signed points of a leaf marked not applicable: its full points under <c>not_applicable: full</c>, else zero.
    /// In a deduction or bonus block "not applicable" means nothing happened, so nothing is deducted or added, whatever the mode.
    /// </summary>
    public long NotApplicablePoints(int leaf) =>
        NotApplicable[leaf] == NotApplicablePolicy.FullPoints && NodeBlock[LeafNode[leaf]] == Criteria.NodeBlock.None ? Sign[leaf] * Magnitude[leaf] : 0;

    /// <summary>The applicable maximum of a leaf marked not applicable: its maximum under <c>not_applicable: full</c> outside blocks, else zero.</summary>
    public long NotApplicableMax(int leaf) =>
        NotApplicable[leaf] == NotApplicablePolicy.FullPoints && NodeBlock[LeafNode[leaf]] == Criteria.NodeBlock.None ? Magnitude[leaf] : 0;

    /// <summary>Signed points and applicable maximum of a cell, markers included.</summary>
    public void Score(int leaf, long cell, out long points, out long applicableMax)
    {
        var inBlock = NodeBlock[LeafNode[leaf]] != Criteria.NodeBlock.None;
        if (cell == NotApplicableCell)
        {
            points = NotApplicablePoints(leaf);
            applicableMax = NotApplicableMax(leaf);
            return;
        }

        points = Sign[leaf] * ScoreValue(leaf, cell);
        applicableMax = inBlock ? 0 : Magnitude[leaf];
    }


    /// <summary>The value of a cell as a person would write it, e.g. "95.5", "có", an option name, "không phát sinh".</summary>
    public string Display(int leaf, long cell)
    {
        if (cell == NotApplicableCell)
        {
            return "không phát sinh";
        }

        if (cell == MissingCell)
        {
            return "";
        }

        return Kind[leaf] switch
        {
            RuleKind.YesNo => cell != 0 ? "có" : "không",
            RuleKind.Choice => ((ChoiceRule)LeafDefinition(leaf).Rule!).Options[(int)cell].Name,
            RuleKind.Count => cell.ToString(CultureInfo.InvariantCulture),
            _ => Points.FromTicks(cell).ToString(),
        };
    }

    public LocalizedText RuleHint(int leaf) => LeafDefinition(leaf).Rule!.Hint;

}
