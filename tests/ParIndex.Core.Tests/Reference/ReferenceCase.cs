using System.Collections.Generic;

namespace ParIndex.Tests.Reference;

/// <summary>
/// One generated case: a criteria set, units, appraisal rounds, survey results, previous results and the ranking
/// options, all as the text written to the files. The reference scorer reads this text (and parses every number and
/// value itself); the library reads the files rendered from it (<see cref="CaseFiles"/>).
/// </summary>
internal sealed record ReferenceCase
{
    public required RefSet Set { get; init; }

    public required List<RefUnit> Units { get; init; }

    /// <summary>Self-assessment file in long form (unit_id,code,value) rather than wide form.</summary>
    public bool LongForm { get; init; }

    /// <summary>The delimiter of the input CSV files: ',' or ';'.</summary>
    public char Delimiter { get; init; } = ',';

    /// <summary>Leaves whose column is left out of the wide self-assessment file (every unit: not applicable).</summary>
    public HashSet<string> OmittedColumns { get; init; } = new();

    public List<List<RefAdjustment>> Rounds { get; init; } = new();

    public List<RefSurveyValue> Survey { get; init; } = new();

    public RefPrevious? Previous { get; init; }

    /// <summary>--group-by group (true, the default) or none.</summary>
    public bool GroupBy { get; init; } = true;

    /// <summary>--compare exact (true) / reported (false); null follows the set.</summary>
    public bool? ExactOverride { get; init; }

    /// <summary>The same case with other ranking options (a record copy: every other field is kept).</summary>
    public ReferenceCase With(bool? exactOverride, bool groupBy) => this with { GroupBy = groupBy, ExactOverride = exactOverride };
}

internal enum RefRuleKind
{
    YesNo,
    Choice,
    Tiers,
    Ratio,
    Points,
    Count,
}

internal enum RefBlock
{
    None,
    Deduction,
    Bonus,
}

/// <summary>A node's <c>not_applicable</c> as written; <see cref="Inherit"/> writes nothing.</summary>
internal enum RefNa
{
    Inherit,
    Forbidden,
    Full,
    Exclude,
}

internal sealed class RefSet
{
    public string Id { get; init; } = "ref-set";

    public string Name { get; init; } = "Bộ chỉ số tham chiếu";

    public required string Max { get; init; }

    /// <summary>Written precision, or null (default 2).</summary>
    public int? Precision { get; init; }

    /// <summary>"reported", "exact" or null (not written: reported).</summary>
    public string? Ranking { get; init; }

    public List<RefBand> Bands { get; init; } = new();

    /// <summary>Group bands in the order written.</summary>
    public List<KeyValuePair<string, List<RefBand>>> GroupBands { get; init; } = new();

    public List<string> TieBreakers { get; init; } = new();

    public (string Threshold, string Deduct)? Penalty { get; init; }

    public required List<RefNode> Areas { get; init; }

    public int EffectivePrecision => Precision ?? 2;
}

internal sealed record RefBand(string Name, string Min);

internal sealed class RefNode
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    /// <summary><c>max</c> as written, or null.</summary>
    public string? Max { get; set; }

    /// <summary><c>weight</c> as written, or null.</summary>
    public string? Weight { get; set; }

    public RefBlock Block { get; init; }

    /// <summary>Writes <c>source: survey</c> on this node.</summary>
    public bool Survey { get; init; }

    public RefNa NotApplicable { get; init; }

    public List<RefNode> Children { get; init; } = new();

    public RefRule? Rule { get; init; }

    public bool IsLeaf => Rule is not null;
}

internal sealed class RefRule
{
    public RefRuleKind Kind { get; init; }

    /// <summary>Ratio target as written, or null (100).</summary>
    public string? Target { get; init; }

    /// <summary>Points step as written, or null.</summary>
    public string? Step { get; init; }

    /// <summary>Count per occurrence as written.</summary>
    public string? Per { get; init; }

    public List<KeyValuePair<string, string>> Options { get; init; } = new();

    public List<RefTier> Tiers { get; init; } = new();

    /// <summary>Tiers range as written, or null ([0, 100]).</summary>
    public (string Min, string Max)? Range { get; init; }

    /// <summary>Write the rule as a bare word (<c>rule: yes_no</c>) rather than a mapping.</summary>
    public bool Short { get; init; }
}

internal sealed record RefTier(string? Ge, string? Gt, string? Le, string? Lt, string Points);

internal sealed class RefUnit
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string? Group { get; init; }

    /// <summary>Self-assessed values by leaf code, as written in the cell; a missing key is an omitted cell or row.</summary>
    public Dictionary<string, string> Values { get; init; } = new();
}

internal enum RefAdjustmentKind
{
    Value,
    Points,
    Delta,
}

internal sealed record RefAdjustment(string UnitId, string Code, RefAdjustmentKind Kind, string Text, string Reason);

internal sealed record RefSurveyValue(string UnitId, string Code, string Value);

internal enum PreviousStyle
{
    /// <summary>As this tool writes its CSV: comma, '.' decimals, exactly the precision.</summary>
    ToolCsv,

    /// <summary>As a spreadsheet saves it again: BOM, semicolons, decimal commas, trailing zeros dropped ("90,5"), trailing empty columns.</summary>
    SpreadsheetCsv,

    /// <summary>More decimals than the precision (a figure typed or computed elsewhere).</summary>
    ExtraDecimalsCsv,

    /// <summary>This tool's JSON.</summary>
    Json,
}

internal sealed class RefPrevious
{
    public PreviousStyle Style { get; init; }

    public List<RefPreviousRow> Rows { get; init; } = new();
}

/// <summary>A previous result: <see cref="Index"/> is the exact value; the file shows it per <see cref="RefPrevious.Style"/>.</summary>
internal sealed record RefPreviousRow(int Rank, string UnitId, string Name, string? Group, int? GroupRank, string Index);
