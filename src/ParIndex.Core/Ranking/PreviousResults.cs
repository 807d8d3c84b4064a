using System;
using System.Collections.Generic;
using System.Linq;

namespace ParIndex.Ranking;

/// <summary>
/// A previous round's results, read from this tool's own CSV or JSON output (<c>parindex score --format csv|json</c>),
/// for year-over-year comparison; read by <see cref="ParIndex.IO.PreviousResultsReader"/>. From CSV it reads the columns <c>unit_id</c>, <c>rank</c> and <c>index</c>
/// (<c>adjusted_index</c> instead when present), and <c>unit_name</c>, <c>group</c>, <c>group_rank</c> when present;
/// from JSON the same fields of each entry of <c>units</c> (<c>unit_id</c>, <c>rank</c>, <c>index</c>, <c>adjusted_index</c>,
/// <c>unit_name</c>, <c>group</c>, <c>group_rank</c>), and the camelCase names of the JSON written before schema 1 (<c>id</c>,
/// <c>adjustedIndex</c>, <c>name</c>, <c>groupRank</c>), so last year's files still read. Other columns and fields are ignored.
/// </summary>
public sealed class PreviousResults
{
    private readonly Dictionary<string, PreviousUnit> byId;

    internal PreviousResults(string source, IReadOnlyList<PreviousUnit> units)
    {
        Source = source;
        Units = units.OrderBy(u => u.Rank).ThenBy(u => u.Id, StringComparer.Ordinal).ToArray();
        byId = units.ToDictionary(u => u.Id, StringComparer.Ordinal);
    }

    /// <summary>The file the results were read from.</summary>
    public string Source { get; }

    /// <summary>The units, by previous overall rank.</summary>
    public IReadOnlyList<PreviousUnit> Units { get; }

    /// <summary>Finds a unit by id.</summary>
    /// <param name="unitId">The unit's id.</param>
    /// <param name="unit">The unit's previous place, when found.</param>
    public bool TryGetUnit(string unitId, out PreviousUnit unit) => byId.TryGetValue(unitId, out unit!);
}

/// <summary>A unit's place in previous results.</summary>
public sealed class PreviousUnit
{
    internal PreviousUnit(string id, string? name, string? group, int rank, int? groupRank, decimal index, SourceLocation? location)
    {
        Id = id;
        Name = name;
        Group = group;
        Rank = rank;
        GroupRank = groupRank;
        Index = index;
        Location = location;
    }

    /// <summary>The unit's id.</summary>
    public string Id { get; }

    /// <summary>The unit's name, when the file gives it.</summary>
    public string? Name { get; }

    /// <summary>The unit's group, when the file gives it.</summary>
    public string? Group { get; }

    /// <summary>The previous overall rank.</summary>
    public int Rank { get; }

    /// <summary>The previous group rank, when the file gives it.</summary>
    public int? GroupRank { get; }

    /// <summary>The previous index as published (the adjusted index when the file has one).</summary>
    public decimal Index { get; }

    /// <summary>Where the unit was read.</summary>
    public SourceLocation? Location { get; }
}
