using System.Collections.Generic;
using ParIndex.Criteria;

namespace ParIndex.Assessments;

/// <summary>
/// Everything needed to score one round: the units, their self-assessments, the appraisal rounds in
/// order and the survey results, all checked against one criteria set. Immutable; build one with
/// <see cref="AssessmentInputBuilder"/> (in memory) or <see cref="IO.AssessmentFiles"/> (from CSV files).
/// </summary>
public sealed class AssessmentInput
{
    private PackedAppraisals? appraisals;

    internal AssessmentInput(
        CompiledCriteria compiled,
        IReadOnlyList<UnitInfo> units,
        long[] cells,
        IReadOnlyList<AppraisalRound> rounds,
        IReadOnlyDictionary<(int Leaf, int Unit), CellNote> notes)
    {
        Compiled = compiled;
        Units = units;
        Cells = cells;
        AppraisalRounds = rounds;
        Notes = notes;
    }

    /// <summary>The criteria set the values were read against.</summary>
    public CriteriaSet CriteriaSet => Compiled.Set;

    /// <summary>The units, in the order added.</summary>
    public IReadOnlyList<UnitInfo> Units { get; }

    /// <summary>The appraisal rounds, in the order they are applied.</summary>
    public IReadOnlyList<AppraisalRound> AppraisalRounds { get; }

    internal CompiledCriteria Compiled { get; }

    /// <summary>Self values (self leaves) and survey values (survey leaves), leaf-major: [leaf × units + unit].</summary>
    internal long[] Cells { get; }

    /// <summary>Evidence and notes, keyed by (leaf ordinal, unit ordinal); only cells that have any.</summary>
    internal IReadOnlyDictionary<(int Leaf, int Unit), CellNote> Notes { get; }

    /// <summary>
    /// The appraisal adjustments sorted by leaf and packed for scoring, built once (by
    /// <see cref="AssessmentInputBuilder.Build"/>, or when first asked for); a race builds equal packs
    /// and every caller sees the one published first.
    /// </summary>
    internal PackedAppraisals Appraisals =>
        appraisals ?? System.Threading.Interlocked.CompareExchange(ref appraisals, PackedAppraisals.Build(this), null) ?? appraisals!;
}

/// <summary>One appraisal round (thẩm định vòng N): its adjustments in the order given.</summary>
public sealed class AppraisalRound
{
    internal AppraisalRound(string name, AdjustmentList adjustments)
    {
        Name = name;
        List = adjustments;
    }

    /// <summary>The round's name, e.g. "vòng 1" or the file it came from.</summary>
    public string Name { get; }

    /// <summary>The adjustments in the order given; for the same criterion the later one wins.</summary>
    public IReadOnlyList<Adjustment> Adjustments => List;

    /// <summary>The adjustments as records, read by scoring without making their objects.</summary>
    internal AdjustmentList List { get; }
}

/// <summary>Evidence (tài liệu kiểm chứng) and a note a unit gave with a self-assessed value.</summary>
internal sealed class CellNote
{
    public CellNote(string? evidence, string? note)
    {
        Evidence = evidence;
        Note = note;
    }

    public string? Evidence { get; }

    public string? Note { get; }
}
