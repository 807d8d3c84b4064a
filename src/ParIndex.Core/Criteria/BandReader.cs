using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using ParIndex.Internal;
using ParIndex.Internal.Yaml;
using ParIndex.Resources;
using YamlDotNet.RepresentationModel;

namespace ParIndex.Criteria;

/// <summary>Reads <c>bands</c> and <c>group_bands</c>, the same way in criteria sets and scenarios.</summary>
internal static class BandReader
{
    private static readonly string[] BandKeys = { "name", "min" };

    /// <summary>A list of <c>{ name, min }</c>: names and minima must be distinct.</summary>
    public static BandScheme? ReadBands(YamlInput doc, YamlNode node, LocalizedText what)
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
            var aBand = LocalizedText.Of(nameof(Messages.What_ABand));
            if (doc.AsMapping(item, aBand) is not { } m)
            {
                continue;
            }

            var be = doc.Entries(m, aBand, BandKeys);
            var name = doc.RequiredText(be, "name", m, aBand)?.Normalize(NormalizationForm.FormC);
            decimal? min = null;
            if (!be.TryGetValue("min", out var minEntry))
            {
                doc.Error(m, nameof(Messages.Yaml_MissingKey), aBand, "min");
            }
            else
            {
                min = doc.Number(minEntry.Value, LocalizedText.Quoted("min"));
            }

            if (name is null || min is null)
            {
                continue;
            }

            if (!names.Add(name))
            {
                doc.Error(item, nameof(Messages.Band_ListedTwice), name, what);
            }
            else if (mins.TryGetValue(min.Value, out var other))
            {
                doc.Error(minEntry.Value, nameof(Messages.Band_SameMin), other, name, min.Value.ToString(CultureInfo.InvariantCulture));
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
        if (doc.AsMapping(node, LocalizedText.Quoted("group_bands")) is not { } mapping)
        {
            return null;
        }

        var groupBands = new Dictionary<string, BandScheme>(StringComparer.Ordinal);
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var pair in mapping.Children)
        {
            if (doc.Text(pair.Key, LocalizedText.Of(nameof(Messages.What_AGroupName)))?.Trim() is not { } group)
            {
                continue;
            }

            if (group.Length == 0)
            {
                doc.Error(pair.Key, nameof(Messages.Band_EmptyGroupName));
                continue;
            }

            var at = doc.At(pair.Key);
            if (first.TryGetValue(group, out var line))
            {
                doc.Error(at, LocalizedText.Of(nameof(Messages.Band_GroupTwice), group, line.ToString(CultureInfo.InvariantCulture)));
                continue;
            }

            first[group] = at.Line;
            if (ReadBands(doc, pair.Value, LocalizedText.Of(nameof(Messages.What_BandsOfGroup), group)) is { } scheme)
            {
                groupBands[group] = scheme;
            }
        }

        return groupBands;
    }
}
