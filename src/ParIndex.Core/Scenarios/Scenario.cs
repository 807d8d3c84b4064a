using System;
using System.Collections.Generic;
using System.Linq;
using ParIndex.Criteria;

namespace ParIndex.Scenarios;

/// <summary>What happens to the other nodes at a level when a scenario changes the maximum of some of them.</summary>
public enum RebalanceMode
{
    /// <summary>The other nodes keep their maxima; the parent's maximum (and the set's total) changes by the difference.</summary>
    None,

    /// <summary>The other nodes are rescaled in proportion to their maxima so the parent's maximum (and the set's total) is kept.</summary>
    Proportional,
}

/// <summary>
/// A weighting scenario (kịch bản trọng số): an overlay on a criteria set that changes the maximum
/// points or weight of nodes, drops nodes, or replaces bands or tie-breakers. Immutable. Build one in
/// code, or load one with <see cref="ScenarioLoader"/>; apply it with <see cref="ScenarioEngine.Apply"/>.
/// </summary>
/// <remarks>
/// Re-weighting rescales node scores; leaves are not re-scored. A node whose maximum goes from m to
/// m′ contributes its points × m′/m and its applicable maximum × m′/m, each rounded once to the
/// points resolution (see docs/scenarios.md).
/// </remarks>
public sealed class Scenario
{
    /// <summary>Creates a scenario.</summary>
    /// <param name="name">A short name shown in reports.</param>
    /// <param name="changes">The node changes; at most one per code.</param>
    /// <param name="rebalance">Whether the other nodes at a changed level are rescaled to keep the total.</param>
    /// <param name="description">An optional longer description.</param>
    /// <param name="bands">Bands that replace the set's <see cref="CriteriaSet.Bands"/>, or <see langword="null"/> to keep them.</param>
    /// <param name="tieBreakers">Tie-breakers that replace the set's, or <see langword="null"/> to keep them.</param>
    /// <param name="criteriaId">The id of the criteria set the scenario is written for, checked when applied; <see langword="null"/> for any.</param>
    /// <param name="groupBands">
    /// Per-group bands (key: the units' group) that replace all of the set's <see cref="CriteriaSet.GroupBands"/>
    /// (an empty dictionary removes them, so every unit is classified with the default bands), or <see langword="null"/> to keep them.
    /// </param>
    public Scenario(
        string name,
        IEnumerable<ScenarioChange> changes,
        RebalanceMode rebalance = RebalanceMode.Proportional,
        string? description = null,
        BandScheme? bands = null,
        IEnumerable<string>? tieBreakers = null,
        string? criteriaId = null,
        IReadOnlyDictionary<string, BandScheme>? groupBands = null)
        : this(name, changes, rebalance, description, bands, tieBreakers, criteriaId, groupBands, null)
    {
    }

    internal Scenario(
        string name,
        IEnumerable<ScenarioChange> changes,
        RebalanceMode rebalance,
        string? description,
        BandScheme? bands,
        IEnumerable<string>? tieBreakers,
        string? criteriaId,
        IReadOnlyDictionary<string, BandScheme>? groupBands,
        string? source)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A scenario needs a name.", nameof(name));
        }

        Name = name.Trim();
        Changes = (changes ?? throw new ArgumentNullException(nameof(changes))).ToArray();
        if (Changes.Any(c => c is null))
        {
            throw new ArgumentException("A change is null.", nameof(changes));
        }

        Rebalance = rebalance;
        Description = description;
        Bands = bands;
        if (groupBands is not null)
        {
            var copy = new Dictionary<string, BandScheme>(StringComparer.Ordinal);
            foreach (var pair in groupBands)
            {
                if (string.IsNullOrWhiteSpace(pair.Key) || pair.Value is null)
                {
                    throw new ArgumentException("Group bands need a group name and a band scheme.", nameof(groupBands));
                }

                copy.Add(pair.Key.Trim(), pair.Value);
            }

            GroupBands = copy;
        }

        TieBreakers = tieBreakers?.ToArray();
        CriteriaId = criteriaId;
        Source = source;
    }

    /// <summary>A scenario that changes nothing: applying it reproduces the baseline exactly.</summary>
    public static Scenario Baseline { get; } = new("baseline", Array.Empty<ScenarioChange>());

    /// <summary>The scenario's name.</summary>
    public string Name { get; }

    /// <summary>An optional longer description.</summary>
    public string? Description { get; }

    /// <summary>The node changes, in the order given.</summary>
    public IReadOnlyList<ScenarioChange> Changes { get; }

    /// <summary>Whether the other nodes at a changed level are rescaled to keep the total.</summary>
    public RebalanceMode Rebalance { get; }

    /// <summary>Bands that replace the set's default bands (its group bands are kept unless <see cref="GroupBands"/> replaces them), or <see langword="null"/>.</summary>
    public BandScheme? Bands { get; }

    /// <summary>
    /// Per-group bands that replace all of the set's group bands (key: the units' group; empty removes them), or
    /// <see langword="null"/> to keep the set's.
    /// </summary>
    public IReadOnlyDictionary<string, BandScheme>? GroupBands { get; }

    /// <summary>Tie-breakers that replace the set's, or <see langword="null"/>.</summary>
    public IReadOnlyList<string>? TieBreakers { get; }

    /// <summary>The id of the criteria set the scenario is written for, or <see langword="null"/> for any.</summary>
    public string? CriteriaId { get; }

    /// <summary>The file the scenario was loaded from, or <see langword="null"/> when built in code.</summary>
    public string? Source { get; }

    /// <summary>Where 'criteria' was written, when loaded from a file.</summary>
    internal SourceLocation? CriteriaIdLocation { get; init; }

    /// <summary>Where each tie-breaker was written, when loaded from a file.</summary>
    internal IReadOnlyList<SourceLocation?>? TieBreakerLocations { get; init; }

    /// <inheritdoc/>
    public override string ToString() => Name;
}

/// <summary>One change of a scenario: a node's new maximum, new weight, or its removal.</summary>
public sealed class ScenarioChange
{
    private ScenarioChange(string code, Points? maxPoints, decimal? weight, bool drop, SourceLocation? location)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            throw new ArgumentException("A change needs a node code.", nameof(code));
        }

        Code = code.Trim();
        MaxPoints = maxPoints;
        Weight = weight;
        IsDrop = drop;
        Location = location;
    }

    /// <summary>The code of the node changed.</summary>
    public string Code { get; }

    /// <summary>The node's new maximum points, or <see langword="null"/>.</summary>
    public Points? MaxPoints { get; }

    /// <summary>The node's new relative weight among siblings that are defined by weight, or <see langword="null"/>.</summary>
    public decimal? Weight { get; }

    /// <summary>Whether the node is removed: it contributes no points and no maximum.</summary>
    public bool IsDrop { get; }

    /// <summary>Where the change was written, when loaded from a file.</summary>
    public SourceLocation? Location { get; }

    /// <summary>Changes a node's maximum points.</summary>
    /// <param name="code">The node's code.</param>
    /// <param name="maxPoints">The new maximum; zero or more.</param>
    public static ScenarioChange SetMax(string code, Points maxPoints) => SetMax(code, maxPoints, null);

    /// <summary>Changes the relative weight of a node whose siblings are defined by weight; the parent's maximum is shared out again.</summary>
    /// <param name="code">The node's code.</param>
    /// <param name="weight">The new weight; positive.</param>
    public static ScenarioChange SetWeight(string code, decimal weight) => SetWeight(code, weight, null);

    /// <summary>Removes a node: it contributes no points and no maximum.</summary>
    /// <param name="code">The node's code.</param>
    public static ScenarioChange Drop(string code) => Drop(code, null);

    internal static ScenarioChange SetMax(string code, Points maxPoints, SourceLocation? location)
    {
        if (maxPoints < Points.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(maxPoints), maxPoints, "A new maximum must not be negative.");
        }

        return new ScenarioChange(code, maxPoints, null, false, location);
    }

    internal static ScenarioChange SetWeight(string code, decimal weight, SourceLocation? location)
    {
        if (weight <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight, "A weight must be positive.");
        }

        return new ScenarioChange(code, null, weight, false, location);
    }

    internal static ScenarioChange Drop(string code, SourceLocation? location) => new(code, null, null, true, location);

    /// <inheritdoc/>
    public override string ToString() => IsDrop ? $"{Code}: drop" : MaxPoints is { } m ? $"{Code}: max {m}" : $"{Code}: weight {Weight?.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
