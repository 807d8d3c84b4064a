using System;
using System.Collections.Generic;
using System.Linq;
using ParIndex.Criteria;
using ParIndex.Scoring;

namespace ParIndex.Ranking;

/// <summary>A ranking of every unit of a score sheet, with its groups, component rankings, self-assessment accuracy and year-over-year changes.</summary>
public sealed class RankingResult
{
    private readonly Dictionary<string, RankedUnit> byId;
    private AccuracyReport? accuracy;

    internal RankingResult(ScoreSheet sheet, IReadOnlyList<RankedUnit> units, IReadOnlyList<RankingGroup> groups, bool byGroup, bool exact, IReadOnlyList<string> tieBreakers, IReadOnlyList<ComponentRanking> components, PreviousResults? previous, IReadOnlyList<PreviousUnit> notRanked)
    {
        Sheet = sheet;
        Units = units;
        Groups = groups;
        ByGroup = byGroup;
        ExactComparison = exact;
        TieBreakers = tieBreakers;
        ComponentRankings = components;
        Previous = previous;
        NotRankedThisYear = notRanked;
        byId = units.ToDictionary(u => u.Id, StringComparer.Ordinal);
    }

    /// <summary>The scores ranked.</summary>
    public ScoreSheet Sheet { get; }

    /// <summary>Every unit, best overall rank first; tied units in unit-id order.</summary>
    public IReadOnlyList<RankedUnit> Units { get; }

    /// <summary>
    /// The rankings as published: one per group (by group name, units without a group last) when
    /// <see cref="ByGroup"/>, else a single ranking of every unit with a <see langword="null"/> name.
    /// </summary>
    public IReadOnlyList<RankingGroup> Groups { get; }

    /// <summary>Whether each group was ranked on its own (<see cref="RankedUnit.GroupRank"/> is set).</summary>
    public bool ByGroup { get; }

    /// <summary>Whether exact indices were compared (otherwise indices as reported).</summary>
    public bool ExactComparison { get; }

    /// <summary>The tie-breakers applied, in order; empty when ties share a rank.</summary>
    public IReadOnlyList<string> TieBreakers { get; }

    /// <summary>The ranking on each ordinary area's index, per group when <see cref="ByGroup"/>: criteria-set order, then group order.</summary>
    public IReadOnlyList<ComponentRanking> ComponentRankings { get; }

    /// <summary>The previous results compared against, or <see langword="null"/>.</summary>
    public PreviousResults? Previous { get; }

    /// <summary>Units in the previous results that are not ranked this time, in their previous order.</summary>
    public IReadOnlyList<PreviousUnit> NotRankedThisYear { get; }

    /// <summary>How far each unit's self-assessment was from the appraisal (built on first use).</summary>
    public AccuracyReport Accuracy => accuracy ??= AccuracyReport.For(this);

    /// <summary>A unit's place, by id.</summary>
    /// <param name="unitId">The unit's id.</param>
    /// <exception cref="KeyNotFoundException">No unit has that id.</exception>
    public RankedUnit this[string unitId] => byId.TryGetValue(unitId, out var unit) ? unit : throw new KeyNotFoundException($"No unit has id '{unitId}'.");

    /// <summary>Finds a unit's place by id.</summary>
    /// <param name="unitId">The unit's id.</param>
    /// <param name="unit">The place, when found.</param>
    public bool TryGetUnit(string unitId, out RankedUnit unit) => byId.TryGetValue(unitId, out unit!);

    /// <summary>What it would take for a unit to move up: points to the next rank and band, and where it lost points.</summary>
    /// <param name="unitId">The unit's id.</param>
    /// <exception cref="KeyNotFoundException">No unit has that id.</exception>
    public RankGap WhatItWouldTake(string unitId) => RankGap.For(this[unitId]);
}

/// <summary>One published ranking: the units of one group (or every unit), best first.</summary>
public sealed class RankingGroup
{
    internal RankingGroup(string? name, IReadOnlyList<RankedUnit> units)
    {
        Name = name;
        Units = units;
    }

    /// <summary>The group, or <see langword="null"/> for units without a group (or for every unit when not ranked by group).</summary>
    public string? Name { get; }

    /// <summary>The units, best first; tied units in unit-id order.</summary>
    public IReadOnlyList<RankedUnit> Units { get; }
}

/// <summary>The ranking on one area's index (component index) within one published ranking.</summary>
public sealed class ComponentRanking
{
    internal ComponentRanking(CriteriaNode area, string? group, IReadOnlyList<RankedUnit> leaders, decimal? leadingIndex)
    {
        Area = area;
        Group = group;
        Leaders = leaders;
        LeadingIndex = leadingIndex;
    }

    /// <summary>The area.</summary>
    public CriteriaNode Area { get; }

    /// <summary>The group, as in <see cref="RankingGroup.Name"/>.</summary>
    public string? Group { get; }

    /// <summary>The units ranked first on this area (more than one when they tie), in unit-id order.</summary>
    public IReadOnlyList<RankedUnit> Leaders { get; }

    /// <summary>The leaders' reported area index, or <see langword="null"/> when the area applies to none of the units.</summary>
    public decimal? LeadingIndex { get; }
}
