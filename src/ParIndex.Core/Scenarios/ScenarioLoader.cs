using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ParIndex.Criteria;
using ParIndex.Internal;
using ParIndex.Internal.Yaml;
using ParIndex.Resources;
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

    /// <summary>Loads a scenario from a stream of UTF-8 YAML (an upload), read to its end, at most <see cref="MaxFileBytes"/> bytes.</summary>
    /// <param name="stream">The YAML bytes; read to the end, not closed; need not be seekable.</param>
    /// <param name="sourceName">The name used in diagnostics in place of a file path.</param>
    /// <param name="criteriaSet">When given, the scenario is also checked against this set.</param>
    /// <exception cref="ParIndexException">The stream is too large, is not UTF-8 or has problems; all are listed.</exception>
    public static Scenario Load(Stream stream, string sourceName, CriteriaSet? criteriaSet = null) => Load(stream, sourceName, criteriaSet, MaxFileBytes);

    /// <summary>Loads a scenario from a stream of UTF-8 YAML (an upload), read to its end, at most <paramref name="maxFileBytes"/> bytes.</summary>
    /// <param name="stream">The YAML bytes; read to the end, not closed; need not be seekable.</param>
    /// <param name="sourceName">The name used in diagnostics in place of a file path.</param>
    /// <param name="criteriaSet">When given, codes are checked against it.</param>
    /// <param name="maxFileBytes">The most bytes read (default <see cref="MaxFileBytes"/>).</param>
    /// <exception cref="ParIndexException">The stream is too large, is not UTF-8 or has problems; all are listed.</exception>
    public static Scenario Load(Stream stream, string sourceName, CriteriaSet? criteriaSet, long maxFileBytes)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        if (sourceName is null)
        {
            throw new ArgumentNullException(nameof(sourceName));
        }

        return Build(YamlInput.Read(stream, sourceName, maxFileBytes, MaxYamlEvents, YamlInput.DefaultMaxNesting, "ScenarioLoader.Load(stream, name, set, maxFileBytes)", InputKind.Scenario), criteriaSet);
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
        if (doc.AsMapping(root, LocalizedText.Of(nameof(Messages.What_AScenario))) is not { } mapping)
        {
            return null;
        }

        var theScenario = LocalizedText.Of(nameof(Messages.What_TheScenario));
        var e = doc.Entries(mapping, theScenario, Keys);
        if (!e.TryGetValue("format", out var format))
        {
            doc.Error(mapping, nameof(Messages.Scenario_MissingFormat));
        }
        else if (doc.Integer(format.Value, LocalizedText.Quoted("format")) is { } version && (version < 1 || version > CurrentFormatVersion))
        {
            doc.Error(format.Value, nameof(Messages.Scenario_FormatNotSupported), version, CurrentFormatVersion);
            return null;
        }

        var name = e.ContainsKey("name") ? doc.RequiredText(e, "name", mapping, theScenario) : Path.GetFileNameWithoutExtension(doc.Source);
        var description = e.TryGetValue("description", out var d) ? doc.Text(d.Value, LocalizedText.Quoted("description"))?.Trim() : null;
        string? criteria = null;
        SourceLocation? criteriaAt = null;
        if (e.ContainsKey("criteria"))
        {
            criteria = doc.RequiredText(e, "criteria", mapping, theScenario);
            criteriaAt = doc.At(e["criteria"].Value);
        }

        RebalanceMode? rebalance = null;
        if (e.TryGetValue("rebalance", out var rb))
        {
            rebalance = doc.Enum(rb.Value, LocalizedText.Quoted("rebalance"), Rebalances);
        }

        var changes = new List<ScenarioChange>();
        if (!e.TryGetValue("changes", out var changesEntry))
        {
            doc.Error(mapping, nameof(Messages.Scenario_MissingChanges));
        }
        else if (doc.AsSequence(changesEntry.Value, LocalizedText.Quoted("changes")) is { } list)
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
            doc.Error(mapping, nameof(Messages.Scenario_RebalanceNeeded));
        }

        BandScheme? bands = null;
        if (e.TryGetValue("bands", out var bandsEntry))
        {
            bands = BandReader.ReadBands(doc, bandsEntry.Value, LocalizedText.Quoted("bands"));
        }

        var groupBands = e.TryGetValue("group_bands", out var groupBandsEntry) ? BandReader.ReadGroupBands(doc, groupBandsEntry.Value) : null;

        List<string>? tieBreakers = null;
        var tieBreakerAt = new List<SourceLocation?>();
        if (e.TryGetValue("tie_breakers", out var tb) && doc.AsSequence(tb.Value, LocalizedText.Quoted("tie_breakers")) is { } tbList)
        {
            tieBreakers = new List<string>();
            foreach (var item in tbList.Children)
            {
                if (doc.Text(item, LocalizedText.Of(nameof(Messages.What_ATieBreaker)))?.Trim() is { } text)
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
        var aChange = LocalizedText.Of(nameof(Messages.What_AChange));
        if (doc.AsMapping(item, aChange) is not { } m)
        {
            return null;
        }

        var e = doc.Entries(m, aChange, ChangeKeys);
        var code = doc.RequiredText(e, "code", m, aChange);
        if (code is null)
        {
            return null;
        }

        var at = doc.At(e["code"].Value);
        var label = LocalizedText.Of(nameof(Messages.What_TheChangeOf), code);
        Points? max = null;
        if (e.TryGetValue("max", out var maxEntry) && doc.PointsValue(maxEntry.Value, LocalizedText.Of(nameof(Messages.What_KeyOf), "max", LocalizedText.Quoted(code))) is { } mx)
        {
            if (mx < Points.Zero)
            {
                doc.Error(maxEntry.Value, nameof(Messages.Scenario_NegativeMax), code);
                return null;
            }

            max = mx;
        }

        decimal? weight = null;
        if (e.TryGetValue("weight", out var weightEntry) && doc.Number(weightEntry.Value, LocalizedText.Of(nameof(Messages.What_KeyOf), "weight", LocalizedText.Quoted(code))) is { } w)
        {
            if (w <= 0)
            {
                doc.Error(weightEntry.Value, nameof(Messages.Scenario_WeightNotPositive), code);
                return null;
            }

            weight = w;
        }

        var drop = e.TryGetValue("drop", out var dropEntry) && doc.Enum(dropEntry.Value, LocalizedText.Of(nameof(Messages.What_KeyOf), "drop", LocalizedText.Quoted(code)), Booleans) == true;
        if (max is not null && weight is not null)
        {
            doc.Error(weightEntry.Key, nameof(Messages.Tier_BothBounds), label, "max", "weight");
            return null;
        }

        if (drop && (max is not null || weight is not null))
        {
            doc.Error(dropEntry.Key, nameof(Messages.Scenario_DropAndChange), label, max is not null ? "max" : "weight");
            return null;
        }

        if (!drop && max is null && weight is null)
        {
            if (!e.ContainsKey("max") && !e.ContainsKey("weight") && !(e.ContainsKey("drop") && doc.HasErrors))
            {
                doc.Error(m, nameof(Messages.Scenario_ChangeNeedsValue), label);
            }

            return null;
        }

        return drop ? ScenarioChange.Drop(code, at) : max is { } newMax ? ScenarioChange.SetMax(code, newMax, at) : ScenarioChange.SetWeight(code, weight!.Value, at);
    }
}
