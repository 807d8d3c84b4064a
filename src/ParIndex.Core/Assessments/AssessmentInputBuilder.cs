using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ParIndex.Criteria;
using ParIndex.Internal;
using ParIndex.Resources;

namespace ParIndex.Assessments;

/// <summary>
/// Builds an <see cref="AssessmentInput"/> in memory: add units, their self-assessed values, appraisal
/// rounds and survey results. Every value is checked against the leaf's rule as it is added; problems
/// are collected (with their source location when given) and thrown together by <see cref="Build"/>.
/// </summary>
/// <example>
/// <code>
/// var builder = new AssessmentInputBuilder(CriteriaSetLoader.LoadShipped());
/// builder.AddUnit(new UnitInfo("HT-TP", "Thành phố Hà Tĩnh", "huyen"));
/// builder.SetSelf("HT-TP", "1.1.1", AssessmentValue.Option("Ban hành kịp thời"));
/// var round = builder.AddAppraisalRound("vòng 1");
/// round.SetPoints("HT-TP", "1.1.1", 0.5m, "Ban hành chậm");
/// var input = builder.Build();
/// </code>
/// </example>
public sealed partial class AssessmentInputBuilder
{
    /// <summary>Diagnostics beyond this many are counted but not kept, so a wholly wrong file cannot exhaust memory.</summary>
    internal const int MaxDiagnostics = 200;

    /// <summary>Marks a cell whose value was given but refused (already reported).</summary>
    private const long RejectedCell = long.MinValue + 2;

    private readonly CompiledCriteria compiled;
    private readonly List<UnitInfo> units = new();
    private readonly List<SourceLocation?> unitLocations = new();
    private readonly Dictionary<string, int> unitIndex = new(StringComparer.Ordinal);
    private AsciiLookup<int>? unitByAsciiId;
    private byte[]? lastUnitId;
    private int lastUnit;
    private readonly UnitCells rows;
    private readonly List<(string Name, AdjustmentList Items)> rounds = new();
    private readonly Dictionary<(int Leaf, int Unit), CellNote> notes = new();
    private readonly List<Diagnostic> diagnostics = new();
    private int droppedDiagnostics;
    private int surveyValues;

    /// <summary>
    /// Set when a survey file was given but refused as a whole (wrong kind, header): then "no survey results were given"
    /// would be untrue, and a missing survey value per unit and criterion would only repeat that one error.
    /// </summary>
    internal bool SurveyFileRefused { get; set; }
    private bool suppressMissing;
    private bool built;

    /// <summary>Starts an empty input for a criteria set.</summary>
    /// <param name="criteriaSet">The set values are read against.</param>
    public AssessmentInputBuilder(CriteriaSet criteriaSet)
        : this((criteriaSet ?? throw new ArgumentNullException(nameof(criteriaSet))).Compiled)
    {
    }

    internal AssessmentInputBuilder(CompiledCriteria compiled)
    {
        this.compiled = compiled;
        rows = new UnitCells(compiled.LeafCount);
    }

    /// <summary>The criteria set values are read against.</summary>
    public CriteriaSet CriteriaSet => compiled.Set;

    /// <summary>The problems found so far.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => diagnostics;

    /// <summary>Whether a unit with this id has been added.</summary>
    /// <param name="unitId">The unit id.</param>
    public bool HasUnit(string unitId) => unitIndex.ContainsKey(unitId.Trim());

    /// <summary>Adds a unit; its values are added with <see cref="SetSelf"/> and <see cref="SetSurvey"/>.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="location">Where the unit was read, for diagnostics.</param>
    /// <returns><see langword="false"/> when the id was already added (a diagnostic is recorded).</returns>
    public bool AddUnit(UnitInfo unit, SourceLocation? location = null)
    {
        if (unit is null)
        {
            throw new ArgumentNullException(nameof(unit));
        }

        if (unitIndex.TryGetValue(unit.Id, out var existing))
        {
            Report(location, unitLocations[existing] is { } at
                ? LocalizedText.Of(nameof(Messages.Input_DuplicateUnitFirstAt), unit.Id, at.Line)
                : LocalizedText.Of(nameof(Messages.Input_DuplicateUnit), unit.Id));
            return false;
        }

        if (units.Count >= MaxUnits)
        {
            // Stop reading: every further row would only add memory and one more message.
            throw new ParIndexException(location, LocalizedText.Of(nameof(Safety.Limit_Units), Count(MaxUnits)));
        }

        unitIndex[unit.Id] = units.Count;
        units.Add(unit);
        unitLocations.Add(location);
        rows.AddRow();
        return true;
    }

    /// <summary>Sets a unit's self-assessed value for a leaf (later calls replace earlier ones).</summary>
    /// <param name="unitId">The unit's id.</param>
    /// <param name="code">The leaf's code.</param>
    /// <param name="value">The value as entered.</param>
    /// <param name="evidence">Evidence cited (tài liệu kiểm chứng), if any.</param>
    /// <param name="note">A note, if any.</param>
    /// <param name="location">Where the value was read, for diagnostics.</param>
    public void SetSelf(string unitId, string code, AssessmentValue value, string? evidence = null, string? note = null, SourceLocation? location = null)
    {
        if (!TryFind(unitId, code, location, out var unit, out var leaf))
        {
            return;
        }

        if (compiled.IsSurvey[leaf])
        {
            Report(location, LocalizedText.Of(nameof(Messages.Input_SurveyNotSelfScored), code.Trim()));
            return;
        }

        // A value that cannot be read is reported here; Build must not report it again as missing.
        rows[unit, leaf] = Encode(leaf, unit, value, location, out var cell) ? cell : RejectedCell;

        if (!string.IsNullOrWhiteSpace(evidence) || !string.IsNullOrWhiteSpace(note))
        {
            notes[(leaf, unit)] = new CellNote(Clean(evidence), Clean(note));
        }
    }

    /// <summary>Sets a unit's survey result for a survey leaf: normally the satisfaction ratio in %.</summary>
    /// <param name="unitId">The unit's id.</param>
    /// <param name="code">The survey leaf's code.</param>
    /// <param name="value">The value.</param>
    /// <param name="location">Where the value was read, for diagnostics.</param>
    public void SetSurvey(string unitId, string code, AssessmentValue value, SourceLocation? location = null)
    {
        if (!TryFind(unitId, code, location, out var unit, out var leaf))
        {
            return;
        }

        if (!compiled.IsSurvey[leaf])
        {
            Report(location, LocalizedText.Of(nameof(Messages.Input_NotASurveyCriterion), code.Trim()));
            return;
        }

        surveyValues++;
        // A value that cannot be read is reported here; Build must not report it again as missing.
        rows[unit, leaf] = Encode(leaf, unit, value, location, out var cell) ? cell : RejectedCell;
    }

    /// <summary>Starts the next appraisal round; rounds are applied in the order started.</summary>
    /// <param name="name">The round's name, e.g. "vòng 1".</param>
    public AppraisalRoundBuilder AddAppraisalRound(string name)
    {
        var items = new AdjustmentList(compiled, units);
        rounds.Add((string.IsNullOrWhiteSpace(name) ? $"vòng {rounds.Count + 1}" : name, items));
        return new AppraisalRoundBuilder(this, items);
    }

    /// <summary>The most units accepted (<see cref="IO.ReadLimits.MaxUnits"/> when read from files; no limit in memory).</summary>
    internal int MaxUnits { get; set; } = int.MaxValue;

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);


    /// <summary>Records a problem found while reading an input, in the reader's language.</summary>
    internal void Report(SourceLocation? location, LocalizedText message) => Report(new Diagnostic(location, message));

    private void Report(Diagnostic diagnostic)
    {
        if (diagnostics.Count < MaxDiagnostics)
        {
            diagnostics.Add(diagnostic);
        }
        else
        {
            droppedDiagnostics++;
        }
    }

    /// <summary>Checks that every unit has a value for every leaf (or that the leaf allows "not applicable") and returns the input.</summary>
    /// <exception cref="ParIndexException">Any problem was found; all are listed.</exception>
    public AssessmentInput Build()
    {
        if (built)
        {
            throw new InvalidOperationException("Build has already been called.");
        }

        if (units.Count == 0 && diagnostics.Count == 0)
        {
            Report(null, LocalizedText.Of(nameof(Messages.Input_NoUnits)));
        }

        // No survey results at all: one message naming the survey criteria, not one per unit and criterion.
        var noSurvey = surveyValues == 0 && !SurveyFileRefused && units.Count > 0 && HasForbiddenSurveyLeaf();
        if (noSurvey)
        {
            var codes = new List<string>();
            for (var j = 0; j < compiled.LeafCount; j++)
            {
                if (compiled.IsSurvey[j])
                {
                    codes.Add($"'{compiled.LeafDefinition(j).Code}'");
                }
            }

            Report(null, LocalizedText.Of(nameof(Messages.Input_NoSurveyResults), compiled.Set.Id, string.Join(", ", codes)));
        }

        // Cells left empty: not applicable where the leaf allows it, column by column; a missing value otherwise,
        // reported unit by unit (the order the messages have always had).
        var anyMissing = false;
        for (var j = 0; j < compiled.LeafCount; j++)
        {
            // Stored cells are XOR MissingCell: a missing one is stored as 0.
            var column = rows.StoredColumn(j);
            if (compiled.NotApplicable[j] != NotApplicablePolicy.Forbidden)
            {
                Replace(column, 0, CompiledCriteria.NotApplicableCell ^ CompiledCriteria.MissingCell);
            }
            else
            {
                anyMissing |= column.IndexOf(0L) >= 0;
            }
        }

        for (var u = 0; anyMissing && u < units.Count; u++)
        {
            for (var j = 0; j < compiled.LeafCount; j++)
            {
                if (rows[u, j] == CompiledCriteria.MissingCell && (compiled.IsSurvey[j] ? !noSurvey && !SurveyFileRefused : !suppressMissing))
                {
                    Report(unitLocations[u], LocalizedText.Of(compiled.IsSurvey[j] ? nameof(Messages.Input_MissingSurveyResult) : nameof(Messages.Input_MissingValue), units[u].Id, compiled.LeafDefinition(j).Code));
                }
            }
        }

        if (diagnostics.Count > 0)
        {
            if (droppedDiagnostics > 0)
            {
                diagnostics.Add(new Diagnostic(null, LocalizedText.Of(nameof(Messages.Input_MoreProblems), droppedDiagnostics.ToString(CultureInfo.InvariantCulture))));
            }

            throw new ParIndexException(diagnostics);
        }

        built = true;
        var cells = rows.ToLeafMajor();

        var builtRounds = new List<AppraisalRound>(rounds.Count);
        foreach (var (name, items) in rounds)
        {
            builtRounds.Add(new AppraisalRound(name, items.Snapshot()));
        }

        var input = new AssessmentInput(compiled, units.ToArray(), cells, builtRounds, new Dictionary<(int Leaf, int Unit), CellNote>(notes));

        // Sorted and packed once here rather than in every Scorer.Score call.
        _ = input.Appraisals;
        return input;
    }

    private bool HasForbiddenSurveyLeaf()
    {
        for (var j = 0; j < compiled.LeafCount; j++)
        {
            if (compiled.IsSurvey[j] && compiled.NotApplicable[j] == NotApplicablePolicy.Forbidden)
            {
                return true;
            }
        }

        return false;
    }

    private static void Replace(Span<long> cells, long from, long to)
    {
#if NET
        cells.Replace(from, to);
#else
        for (var i = 0; i < cells.Length; i++)
        {
            if (cells[i] == from)
            {
                cells[i] = to;
            }
        }
#endif
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text!.Trim();
}
