using System;
using System.Collections.Generic;
using System.Linq;

namespace ParIndex.Criteria;

/// <summary>
/// A PAR Index criteria set (bộ chỉ số): settings plus an immutable tree of areas, criteria and
/// sub-criteria. Load one with <see cref="CriteriaSetLoader"/>.
/// </summary>
public sealed class CriteriaSet
{
    /// <summary>The newest format version this library reads.</summary>
    public const int CurrentFormatVersion = 1;

    private readonly Dictionary<string, CriteriaNode> byCode;
    private CompiledCriteria? compiled;

    internal CriteriaSet(CriteriaSetSettings settings, IReadOnlyList<CriteriaNode> areas)
    {
        // A private copy: the set is immutable even if the caller changes its settings object afterwards.
        Settings = settings.With();
        Areas = areas;

        var nodes = new List<CriteriaNode>();
        foreach (var area in areas)
        {
            Collect(area, nodes);
        }

        Nodes = nodes;
        Leaves = nodes.Where(n => n.IsLeaf).ToArray();
        byCode = nodes.ToDictionary(n => n.Code, StringComparer.Ordinal);
        MaxPoints = areas.Where(a => a.Block == NodeBlock.None).Aggregate(Points.Zero, (sum, a) => sum + a.MaxPoints);
    }

    /// <summary>The format version the file declared.</summary>
    public int FormatVersion => Settings.FormatVersion;

    /// <summary>A short stable identifier, e.g. "district-2024".</summary>
    public string Id => Settings.Id;

    /// <summary>The set's title.</summary>
    public string Name => Settings.Name;

    /// <summary>The decision that issued it, e.g. "52/2019/QĐ-UBND", if given.</summary>
    public string? Decision => Settings.Decision;

    /// <summary>The level of the units it scores.</summary>
    public CriteriaLevel Level => Settings.Level;

    /// <summary>The assessment year, if given.</summary>
    public int? Year => Settings.Year;

    /// <summary>The total maximum points: the sum of every area outside deduction and bonus blocks.</summary>
    public Points MaxPoints { get; }

    /// <summary>The decimal places results are reported with (default 2).</summary>
    public int Precision => Settings.Precision;

    /// <summary>The classification bands for all units.</summary>
    public BandScheme Bands => Settings.Bands;

    /// <summary>Bands that replace <see cref="Bands"/> for units of a given group (key: group name).</summary>
    public IReadOnlyDictionary<string, BandScheme> GroupBands => Settings.GroupBands;

    /// <summary>Tie-breakers applied in order when units share a reported index; empty means ties share a rank.</summary>
    public IReadOnlyList<string> TieBreakers => Settings.TieBreakers;

    /// <summary>The optional penalty for over-scoring in the self-assessment, or <see langword="null"/>.</summary>
    public OverScoringPenalty? OverScoringPenalty => Settings.OverScoringPenalty;

    /// <summary>
    /// Whether units are ranked on their exact indices (<c>ranking: exact</c>) rather than on indices
    /// rounded to <see cref="Precision"/> as published (the default, <c>ranking: reported</c>).
    /// </summary>
    public bool ExactRanking => Settings.ExactRanking;

    /// <summary>The file or resource it was loaded from.</summary>
    public string Source => Settings.Source;

    /// <summary>Every set-level setting in one object, so that a derived set (a scenario) copies them all at once.</summary>
    internal CriteriaSetSettings Settings { get; }

    /// <summary>The areas (lĩnh vực), in file order, including deduction and bonus blocks.</summary>
    public IReadOnlyList<CriteriaNode> Areas { get; }

    /// <summary>Every node, depth first in file order.</summary>
    public IReadOnlyList<CriteriaNode> Nodes { get; }

    /// <summary>Every leaf, depth first in file order.</summary>
    public IReadOnlyList<CriteriaNode> Leaves { get; }

    /// <summary>The node with a code.</summary>
    /// <param name="code">The code, e.g. "1.2.3".</param>
    /// <exception cref="KeyNotFoundException">No node has that code.</exception>
    public CriteriaNode this[string code] => byCode.TryGetValue(code, out var node) ? node : throw new KeyNotFoundException($"The criteria set '{Id}' has no criterion '{code}'.");

    /// <summary>Finds the node with a code.</summary>
    /// <param name="code">The code, e.g. "1.2.3".</param>
    /// <param name="node">The node, when found.</param>
    public bool TryGetNode(string code, out CriteriaNode node) => byCode.TryGetValue(code, out node!);

    /// <summary>The bands that apply to a unit of a group.</summary>
    /// <param name="group">The unit's group, or <see langword="null"/>.</param>
    public BandScheme BandsFor(string? group) => group is not null && GroupBands.TryGetValue(group, out var scheme) ? scheme : Bands;

    /// <summary>The flat form used for scoring, built on first use and kept (a set is immutable).</summary>
    internal CompiledCriteria Compiled => compiled ??= new CompiledCriteria(this);

    private static void Collect(CriteriaNode node, List<CriteriaNode> into)
    {
        into.Add(node);
        foreach (var child in node.Children)
        {
            Collect(child, into);
        }
    }
}

/// <summary>
/// A data-defined penalty for over-scoring: when a unit's self points exceed its appraised points by
/// at least <see cref="Threshold"/>, <see cref="Deduction"/> points are subtracted before ranking.
/// </summary>
public sealed class OverScoringPenalty
{
    /// <summary>Creates a penalty.</summary>
    /// <param name="threshold">The gap (self − appraised, in points) at which the penalty applies.</param>
    /// <param name="deduction">The points deducted.</param>
    public OverScoringPenalty(Points threshold, Points deduction)
    {
        Threshold = threshold;
        Deduction = deduction;
    }

    /// <summary>The gap (self − appraised, in points) at which the penalty applies.</summary>
    public Points Threshold { get; }

    /// <summary>The points deducted.</summary>
    public Points Deduction { get; }
}

/// <summary>
/// Set-level settings read by the loader; internal plumbing between loader and <see cref="CriteriaSet"/>.
/// A set derived from another (a scenario) starts from <see cref="With"/>, which copies every setting, so a
/// setting added here is carried over without touching the code that derives sets.
/// </summary>
internal sealed class CriteriaSetSettings
{
    public int FormatVersion { get; set; } = CriteriaSet.CurrentFormatVersion;

    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Decision { get; set; }

    public CriteriaLevel Level { get; set; }

    public int? Year { get; set; }

    public int Precision { get; set; } = 2;

    public BandScheme Bands { get; set; } = BandScheme.None;

    public IReadOnlyDictionary<string, BandScheme> GroupBands { get; set; } = new Dictionary<string, BandScheme>();

    public IReadOnlyList<string> TieBreakers { get; set; } = Array.Empty<string>();

    public OverScoringPenalty? OverScoringPenalty { get; set; }

    public bool ExactRanking { get; set; }

    public string Source { get; set; } = "";

    /// <summary>A copy of every setting (the values themselves are immutable), with <paramref name="change"/> applied to the copy.</summary>
    public CriteriaSetSettings With(Action<CriteriaSetSettings>? change = null)
    {
        var copy = (CriteriaSetSettings)MemberwiseClone();
        change?.Invoke(copy);
        return copy;
    }
}
