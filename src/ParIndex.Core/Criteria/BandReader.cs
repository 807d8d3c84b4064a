using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using ParIndex.Internal.Yaml;
using YamlDotNet.RepresentationModel;

namespace ParIndex.Criteria;

/// <summary>Reads <c>bands</c> and <c>group_bands</c>, the same way in criteria sets and scenarios.</summary>
internal static class BandReader
{
    private static readonly string[] BandKeys = { "name", "min" };

    /// <summary>A list of <c>{ name, min }</c>: names and minima must be distinct.</summary>
    public static BandScheme? ReadBands(YamlInput doc, YamlNode node, string what)
    {
        if (doc.AsSequence(node, what) is not { } list)
        {
            return null;
        }

        var bands = new List<Band>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var mins = new Dictionary<decimal, string>();
        foreach (var item in list.Children)
        {
            if (doc.AsMapping(item, "a band") is not { } m)
            {
                continue;
            }

            var be = doc.Entries(m, "a band", BandKeys);
            var name = doc.RequiredText(be, "name", m, "a band")?.Normalize(NormalizationForm.FormC);
            decimal? min = null;
            if (!be.TryGetValue("min", out var minEntry))
            {
                doc.Error(m, "a band is missing required key 'min'");
            }
            else
            {
                min = doc.Number(minEntry.Value, "'min'");
            }

            if (name is null || min is null)
            {
                continue;
            }

            if (!names.Add(name))
            {
                doc.Error(item, $"band '{name}' is listed twice in {what}");
            }
            else if (mins.TryGetValue(min.Value, out var other))
            {
                doc.Error(minEntry.Value, $"bands '{other}' and '{name}' have the same minimum {min.Value.ToString(CultureInfo.InvariantCulture)}");
            }
            else
            {
                mins[min.Value] = name;
                bands.Add(new Band(name, min.Value));
            }
        }

        return new BandScheme(bands);
    }

    /// <summary>A mapping of group name to a band list; group names are trimmed, must not be empty or repeat.</summary>
    public static Dictionary<string, BandScheme>? ReadGroupBands(YamlInput doc, YamlNode node)
    {
        if (doc.AsMapping(node, "'group_bands'") is not { } mapping)
        {
            return null;
        }

        var groupBands = new Dictionary<string, BandScheme>(StringComparer.Ordinal);
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var pair in mapping.Children)
        {
            if (doc.Text(pair.Key, "a group name")?.Trim() is not { } group)
            {
                continue;
            }

            if (group.Length == 0)
            {
                doc.Error(pair.Key, "a group name in 'group_bands' must not be empty");
                continue;
            }

            var at = doc.At(pair.Key);
            if (first.TryGetValue(group, out var line))
            {
                doc.Error(at, $"group '{group}' is given twice in 'group_bands'; first at line {line.ToString(CultureInfo.InvariantCulture)}");
                continue;
            }

            first[group] = at.Line;
            if (ReadBands(doc, pair.Value, $"bands of group '{group}'") is { } scheme)
            {
                groupBands[group] = scheme;
            }
        }

        return groupBands;
    }
}
