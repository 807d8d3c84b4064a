using System;
using System.Collections.Generic;
using System.Linq;
using ParIndex.Assessments;
using ParIndex.Criteria;
using ParIndex.Internal;

namespace ParIndex.Scoring;

/// <summary>
/// The scores of every unit of a round: totals, and points and applicable maximum for every node of
/// the criteria tree. Immutable. Produced by <see cref="Scorer.Score"/>.
/// </summary>
public sealed class ScoreSheet
{
    private readonly long[] final;
    private readonly long[] max;
    private readonly MaxLayout? maxLayout;
    private readonly long[]?[]? uniformMaxColumns;
    private readonly UnitTotals[] totals;
    private long[]? self;
    private UnitScore[]? units;
    private Dictionary<string, int>? unitIndex;

    /// <summary>Creates a sheet; <paramref name="self"/> may be null, and is then recomputed from the input when first needed.</summary>
    internal ScoreSheet(AssessmentInput input, long[] final, long[] max, long[]? self, UnitTotals[] totals)
        : this(input, final, max, null, self, totals)
    {
    }

    /// <summary>
    /// Creates a sheet whose <paramref name="max"/> holds only the columns of the nodes <paramref name="maxLayout"/>
    /// gives a slot (every node's column, node-major, when it is null).
    /// </summary>
    internal ScoreSheet(AssessmentInput input, long[] final, long[] max, MaxLayout? maxLayout, long[]? self, UnitTotals[] totals)
    {
        Input = input;
        this.final = final;
        this.max = max;
        this.maxLayout = maxLayout;
        uniformMaxColumns = maxLayout is null ? null : new long[]?[maxLayout.Slot.Length];
        this.self = self;
        this.totals = totals;
        UnitCount = input.Units.Count;
    }

    /// <summary>The criteria set used.</summary>
    public CriteriaSet CriteriaSet => Input.CriteriaSet;

    /// <summary>The input that was scored.</summary>
    public AssessmentInput Input { get; }

    /// <summary>Every unit's score, in input order.</summary>
    public IReadOnlyList<UnitScore> Units
    {
        get
        {
            // Built when first asked for (a sheet used only for its columns needs none); a race builds
            // equal arrays and every caller sees the one published first.
            if (units is { } built)
            {
                return built;
            }

            var scores = new UnitScore[UnitCount];
            for (var u = 0; u < scores.Length; u++)
            {
                scores[u] = new UnitScore(this, u);
            }

            return System.Threading.Interlocked.CompareExchange(ref units, scores, null) ?? scores;
        }
    }

    /// <summary>The score of the unit with an id.</summary>
    /// <param name="unitId">The unit's id.</param>
    /// <exception cref="KeyNotFoundException">No unit has that id.</exception>
    public UnitScore this[string unitId] => TryGetUnit(unitId, out var unit) ? unit : throw new KeyNotFoundException($"No unit has id '{unitId}'.");

    /// <summary>Finds a unit's score by id.</summary>
    /// <param name="unitId">The unit's id.</param>
    /// <param name="unit">The score, when found.</param>
    public bool TryGetUnit(string unitId, out UnitScore unit)
    {
        if (UnitIndex.TryGetValue(unitId, out var u))
        {
            unit = Units[u];
            return true;
        }

        unit = null!;
        return false;
    }

    internal int UnitCount { get; }

    private Dictionary<string, int> UnitIndex
    {
        get
        {
            if (unitIndex is { } built)
            {
                return built;
            }

            var index = new Dictionary<string, int>(UnitCount, StringComparer.Ordinal);
            for (var u = 0; u < UnitCount; u++)
            {
                index[Input.Units[u].Id] = u;
            }

            return System.Threading.Interlocked.CompareExchange(ref unitIndex, index, null) ?? index;
        }
    }

    /// <summary>The self columns, recomputed from the input's cells the first time when scoring did not keep them.</summary>
    private long[] Self => self ?? System.Threading.Interlocked.CompareExchange(ref self, SelfPoints.Columns(Input), null) ?? self!;

    internal UnitTotals Totals(int unit) => totals[unit];

    internal long FinalTicks(int node, int unit) => final[(node * UnitCount) + unit];

    internal long MaxTicks(int node, int unit)
    {
        if (maxLayout is null)
        {
            return max[(node * UnitCount) + unit];
        }

        var slot = maxLayout.Slot[node];
        return slot >= 0 ? max[(slot * UnitCount) + unit] : maxLayout.Constant[node];
    }

    internal long SelfTicks(int node, int unit) => Self[(node * UnitCount) + unit];

    /// <summary>Final points of one node for every unit (node-major slice), for analyses that sweep many units.</summary>
    internal ReadOnlySpan<long> FinalColumn(int node) => final.AsSpan(node * UnitCount, UnitCount);

    /// <summary>Applicable maximum of one node for every unit.</summary>
    internal ReadOnlySpan<long> MaxColumn(int node)
    {
        if (maxLayout is null)
        {
            return max.AsSpan(node * UnitCount, UnitCount);
        }

        var slot = maxLayout.Slot[node];
        if (slot >= 0)
        {
            return max.AsSpan(slot * UnitCount, UnitCount);
        }

        // A node whose maximum is the same for every unit stores one value; its column is built when first asked for.
        if (uniformMaxColumns![node] is { } column)
        {
            return column;
        }

        column = new long[UnitCount];
        column.AsSpan().Fill(maxLayout.Constant[node]);
        return System.Threading.Interlocked.CompareExchange(ref uniformMaxColumns[node], column, null) ?? column;
    }

    /// <summary>Self points of one node for every unit.</summary>
    internal ReadOnlySpan<long> SelfColumn(int node) => Self.AsSpan(node * UnitCount, UnitCount);
}

/// <summary>One unit's score: totals, index, and per-node results.</summary>
public sealed class UnitScore
{
    private readonly ScoreSheet sheet;

    internal UnitScore(ScoreSheet sheet, int ordinal)
    {
        this.sheet = sheet;
        Ordinal = ordinal;
    }

    /// <summary>The unit.</summary>
    public UnitInfo Unit => sheet.Input.Units[Ordinal];

    /// <summary>The unit's id.</summary>
    public string Id => Unit.Id;

    /// <summary>The unit's name.</summary>
    public string Name => Unit.Name;

    /// <summary>The unit's group, or <see langword="null"/>.</summary>
    public string? Group => Unit.Group;

    /// <summary>What the unit gave itself on self-assessed criteria, before appraisal (survey criteria are not self-scored).</summary>
    public Points SelfPoints => Points.FromTicks(sheet.Totals(Ordinal).Self);

    /// <summary>The final total: appraised self-assessed criteria, survey, deductions and bonuses, less any <see cref="OverScoringPenalty"/>.</summary>
    public Points Points => Points.FromTicks(sheet.Totals(Ordinal).Points);

    /// <summary>The points from survey criteria.</summary>
    public Points SurveyPoints => Points.FromTicks(sheet.Totals(Ordinal).Survey);

    /// <summary>The final points on self-assessed criteria after appraisal (deduction and bonus blocks included; the over-scoring penalty is not).</summary>
    public Points AppraisedPoints => Points - SurveyPoints + OverScoringPenalty;

    /// <summary>
    /// The points deducted because the unit's self points exceeded its appraised points by at least the
    /// criteria set's over-scoring threshold; zero when the set has no such rule or the unit stayed below it.
    /// </summary>
    public Points OverScoringPenalty => Points.FromTicks(sheet.Totals(Ordinal).Penalty);

    /// <summary>The unit's applicable maximum: the set's maximum less criteria excluded as not applicable.</summary>
    public Points MaxPoints => Points.FromTicks(sheet.Totals(Ordinal).Max);

    /// <summary>Points ÷ applicable maximum × 100, unrounded (28 significant digits).</summary>
    public decimal Index => FixedMath.Index(sheet.Totals(Ordinal).Points, sheet.Totals(Ordinal).Max)!.Value;

    /// <summary>The index rounded half away from zero to the set's precision, as published.</summary>
    public decimal ReportedIndex => decimal.Round(Index, sheet.CriteriaSet.Precision, MidpointRounding.AwayFromZero);

    /// <summary>The index before the over-scoring penalty: (points + penalty) ÷ applicable maximum × 100, unrounded; equal to <see cref="Index"/> for a unit not penalised.</summary>
    public decimal IndexBeforePenalty => FixedMath.Index(sheet.Totals(Ordinal).Points + sheet.Totals(Ordinal).Penalty, sheet.Totals(Ordinal).Max)!.Value;

    /// <summary><see cref="IndexBeforePenalty"/> rounded half away from zero to the set's precision.</summary>
    public decimal ReportedIndexBeforePenalty => decimal.Round(IndexBeforePenalty, sheet.CriteriaSet.Precision, MidpointRounding.AwayFromZero);

    /// <summary>The areas' results, in criteria-set order.</summary>
    public IReadOnlyList<NodeScore> Areas
    {
        get
        {
            var areas = sheet.CriteriaSet.Compiled.Areas;
            var result = new NodeScore[areas.Length];
            for (var i = 0; i < areas.Length; i++)
            {
                result[i] = NodeAt(areas[i]);
            }

            return result;
        }
    }

    internal int Ordinal { get; }

    /// <summary>The score sheet this unit belongs to.</summary>
    public ScoreSheet Sheet => sheet;

    /// <summary>The result of one node (area, criterion or leaf).</summary>
    /// <param name="code">The node's code.</param>
    /// <exception cref="KeyNotFoundException">No node has that code.</exception>
    public NodeScore Node(string code)
    {
        var compiled = sheet.CriteriaSet.Compiled;
        if (!compiled.TryGetNode(code, out var n))
        {
            throw new KeyNotFoundException($"The criteria set '{sheet.CriteriaSet.Id}' has no criterion '{code}'.");
        }

        return NodeAt(n);
    }

    private NodeScore NodeAt(int n) =>
        new(sheet, n, Ordinal);

    /// <summary>The unit's scorecard (phiếu chấm điểm): every criterion with its self value, each appraisal and the final points.</summary>
    public Scorecard Scorecard() => global::ParIndex.Scoring.Scorecard.For(this);

    /// <inheritdoc/>
    public override string ToString() => $"{Id} {Points}/{MaxPoints}";
}

/// <summary>One node's result for one unit.</summary>
public readonly struct NodeScore
{
    // The self points are read from the sheet only when asked for: they need a second scoring pass of the
    // whole sheet (the self columns), which a reader of final points and indices (a results table) should not pay for.
    private readonly ScoreSheet? sheet;
    private readonly int node;
    private readonly int unit;

    internal NodeScore(ScoreSheet sheet, int node, int unit)
    {
        this.sheet = sheet;
        this.node = node;
        this.unit = unit;
        Node = sheet.CriteriaSet.Nodes[node];
        Points = Points.FromTicks(sheet.FinalTicks(node, unit));
        MaxPoints = Points.FromTicks(sheet.MaxTicks(node, unit));
    }

    /// <summary>The node.</summary>
    public CriteriaNode Node { get; }

    /// <summary>Final points (capped for a deduction or bonus block).</summary>
    public Points Points { get; }

    /// <summary>Self-assessed points before appraisal (zero for survey criteria).</summary>
    public Points SelfPoints => sheet is null ? default : Points.FromTicks(sheet.SelfTicks(node, unit));

    /// <summary>The applicable maximum (zero for a deduction or bonus block, or when all of it is not applicable).</summary>
    public Points MaxPoints { get; }

    /// <summary>The component index: points ÷ applicable maximum × 100, or <see langword="null"/> when the maximum is zero.</summary>
    public decimal? Index => FixedMath.Index(Points.Ticks, MaxPoints.Ticks);

    /// <summary>The component index rounded to the set's precision, or <see langword="null"/>.</summary>
    public decimal? ReportedIndex => Index is { } i && sheet is not null ? decimal.Round(i, sheet.CriteriaSet.Precision, MidpointRounding.AwayFromZero) : null;
}
