using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ParIndex.Criteria;
using ParIndex.Internal;
using ParIndex.Internal.Yaml;
using YamlDotNet.RepresentationModel;

namespace ParIndex.Scenarios;

/// <summary>
/// Loads weighting scenarios from YAML (see docs/scenarios.md). Every problem is reported at once,
/// each as <c>file:line:column: message</c>, in a single <see cref="ParIndexException"/>. Given the
/// criteria set, the scenario is also checked against it (unknown codes, impossible rebalancing, …).
/// </summary>
public static class ScenarioLoader
{
    /// <summary>The newest scenario format version this library reads.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>The largest scenario file read, in bytes.</summary>
    public const long MaxFileBytes = 1024 * 1024;

    private const int MaxYamlEvents = 100_000;

    private static readonly string[] Keys = { "format", "name", "description", "criteria", "rebalance", "changes", "bands", "group_bands", "tie_breakers" };
    private static readonly string[] ChangeKeys = { "code", "max", "weight", "drop" };

    private static readonly Dictionary<string, RebalanceMode> Rebalances = new(StringComparer.Ordinal)
    {
        ["proportional"] = RebalanceMode.Proportional,
        ["none"] = RebalanceMode.None,
    };

    private static readonly Dictionary<string, bool> Booleans = new(StringComparer.Ordinal)
    {
        ["true"] = true,
        ["false"] = false,
    };

    /// <summary>Loads a scenario from a YAML file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="criteriaSet">When given, the scenario is also checked against this set.</param>
    /// <exception cref="ParIndexException">The file cannot be read or has problems; all are listed.</exception>
    public static Scenario Load(string path, CriteriaSet? criteriaSet = null) => Load(path, criteriaSet, MaxFileBytes);

    /// <summary>Loads a scenario from a YAML file of at most <paramref name="maxFileBytes"/> bytes.</summary>
    /// <param name="path">The file.</param>
    /// <param name="criteriaSet">When given, codes are checked against it.</param>
    /// <param name="maxFileBytes">The most bytes read (default <see cref="MaxFileBytes"/>).</param>
    /// <exception cref="ParIndexException">The file cannot be read, is too large or has problems; all are listed.</exception>
    public static Scenario Load(string path, CriteriaSet? criteriaSet, long maxFileBytes)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        return Build(YamlInput.Load(path, maxFileBytes, MaxYamlEvents, YamlInput.DefaultMaxNesting, "ScenarioLoader.Load(path, set, maxFileBytes)", InputKind.Scenario), criteriaSet);
    }

    /// <summary>Parses a scenario from YAML text.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="sourceName">The name used in diagnostics in place of a file path.</param>
    /// <param name="criteriaSet">When given, the scenario is also checked against this set.</param>
    /// <exception cref="ParIndexException">The text has problems; all are listed.</exception>
    public static Scenario Parse(string yaml, string sourceName = "<scenario>", CriteriaSet? criteriaSet = null)
    {
        if (yaml is null)
        {
            throw new ArgumentNullException(nameof(yaml));
        }

        return Build(YamlInput.Parse(yaml, sourceName, MaxFileBytes, MaxYamlEvents, YamlInput.DefaultMaxNesting, InputKind.Scenario), criteriaSet);
    }

    private static Scenario Build(YamlInput doc, CriteriaSet? set)
    {
        var scenario = doc.Root is null ? null : Read(doc, doc.Root);
        var problems = doc.Diagnostics.ToList();
        if (scenario is not null && problems.Count == 0 && set is not null)
        {
            problems.AddRange(ScenarioEngine.Validate(set, scenario));
        }

        if (problems.Count > 0 || scenario is null)
        {
            throw new ParIndexException(problems.OrderBy(d => d.Location?.Line ?? 0).ThenBy(d => d.Location?.Column ?? 0));
        }

        return scenario;
    }

    private static Scenario? Read(YamlInput doc, YamlNode root)
    {
        if (doc.AsMapping(root, "a scenario") is not { } mapping)
        {
            return null;
        }

        var e = doc.Entries(mapping, "the scenario", Keys);
        if (!e.TryGetValue("format", out var format))
        {
            doc.Error(mapping, "the scenario is missing required key 'format' (write 'format: 1')");
        }
        else if (doc.Integer(format.Value, "'format'") is { } version && (version < 1 || version > CurrentFormatVersion))
        {
            doc.Error(format.Value, $"format version {version} is not supported; this version of ParIndex reads scenario format 1 to {CurrentFormatVersion}");
            return null;
        }

        var name = e.ContainsKey("name") ? doc.RequiredText(e, "name", mapping, "the scenario") : Path.GetFileNameWithoutExtension(doc.Source);
        var description = e.TryGetValue("description", out var d) ? doc.Text(d.Value, "'description'")?.Trim() : null;
        string? criteria = null;
        SourceLocation? criteriaAt = null;
        if (e.ContainsKey("criteria"))
        {
            criteria = doc.RequiredText(e, "criteria", mapping, "the scenario");
            criteriaAt = doc.At(e["criteria"].Value);
        }

        RebalanceMode? rebalance = null;
        if (e.TryGetValue("rebalance", out var rb))
        {
            rebalance = doc.Enum(rb.Value, "'rebalance'", Rebalances);
        }

        var changes = new List<ScenarioChange>();
        if (!e.TryGetValue("changes", out var changesEntry))
        {
            doc.Error(mapping, "the scenario is missing required key 'changes' (write 'changes: []' for a scenario that only replaces bands or tie-breakers)");
        }
        else if (doc.AsSequence(changesEntry.Value, "'changes'") is { } list)
        {
            foreach (var item in list.Children)
            {
                if (ReadChange(doc, item) is { } change)
                {
                    changes.Add(change);
                }
            }
        }

        if (rebalance is null && !e.ContainsKey("rebalance") && changes.Any(c => c.MaxPoints is not null || c.IsDrop))
        {
            doc.Error(mapping, "the scenario changes 'max' or drops nodes, so it must say 'rebalance: proportional' (the other nodes at that level are rescaled to keep the total) or 'rebalance: none' (the total changes)");
        }

        BandScheme? bands = null;
        if (e.TryGetValue("bands", out var bandsEntry))
        {
            bands = BandReader.ReadBands(doc, bandsEntry.Value, "'bands'");
        }

        var groupBands = e.TryGetValue("group_bands", out var groupBandsEntry) ? BandReader.ReadGroupBands(doc, groupBandsEntry.Value) : null;

        List<string>? tieBreakers = null;
        var tieBreakerAt = new List<SourceLocation?>();
        if (e.TryGetValue("tie_breakers", out var tb) && doc.AsSequence(tb.Value, "'tie_breakers'") is { } tbList)
        {
            tieBreakers = new List<string>();
            foreach (var item in tbList.Children)
            {
                if (doc.Text(item, "a tie-breaker")?.Trim() is { } text)
                {
                    tieBreakers.Add(TieBreaker.TryParse(text, _ => true, Array.Empty<string>(), null, out var tieBreaker, out _) ? tieBreaker.Name : text); // checked against the set when applied
                    tieBreakerAt.Add(doc.At(item));
                }
            }
        }

        if (doc.HasErrors || name is null)
        {
            return null;
        }

        return new Scenario(name, changes, rebalance ?? RebalanceMode.Proportional, description, bands, tieBreakers, criteria, groupBands, doc.Source)
        {
            CriteriaIdLocation = criteriaAt,
            TieBreakerLocations = tieBreakerAt,
        };
    }

    private static ScenarioChange? ReadChange(YamlInput doc, YamlNode item)
    {
        if (doc.AsMapping(item, "a change") is not { } m)
        {
            return null;
        }

        var e = doc.Entries(m, "a change", ChangeKeys);
        var code = doc.RequiredText(e, "code", m, "a change");
        if (code is null)
        {
            return null;
        }

        var at = doc.At(e["code"].Value);
        var label = $"the change of '{code}'";
        Points? max = null;
        if (e.TryGetValue("max", out var maxEntry) && doc.PointsValue(maxEntry.Value, $"'max' of '{code}'") is { } mx)
        {
            if (mx < Points.Zero)
            {
                doc.Error(maxEntry.Value, $"'max' of '{code}' must not be negative; write 'drop: true' to remove a node");
                return null;
            }

            max = mx;
        }

        decimal? weight = null;
        if (e.TryGetValue("weight", out var weightEntry) && doc.Number(weightEntry.Value, $"'weight' of '{code}'") is { } w)
        {
            if (w <= 0)
            {
                doc.Error(weightEntry.Value, $"'weight' of '{code}' must be positive; write 'drop: true' to remove a node");
                return null;
            }

            weight = w;
        }

        var drop = e.TryGetValue("drop", out var dropEntry) && doc.Enum(dropEntry.Value, $"'drop' of '{code}'", Booleans) == true;
        if (max is not null && weight is not null)
        {
            doc.Error(weightEntry.Key, $"{label} gives both 'max' and 'weight'; give one");
            return null;
        }

        if (drop && (max is not null || weight is not null))
        {
            doc.Error(dropEntry.Key, $"{label} drops the node and also gives '{(max is not null ? "max" : "weight")}'; give one");
            return null;
        }

        if (!drop && max is null && weight is null)
        {
            if (!e.ContainsKey("max") && !e.ContainsKey("weight") && !(e.ContainsKey("drop") && doc.HasErrors))
            {
                doc.Error(m, $"{label} needs 'max', 'weight' or 'drop: true'");
            }

            return null;
        }

        return drop ? ScenarioChange.Drop(code, at) : max is { } newMax ? ScenarioChange.SetMax(code, newMax, at) : ScenarioChange.SetWeight(code, weight!.Value, at);
    }
}
