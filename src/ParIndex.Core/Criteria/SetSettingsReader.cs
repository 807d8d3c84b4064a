using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using ParIndex.Internal;
using ParIndex.Internal.Yaml;
using ParIndex.Resources;
using YamlDotNet.RepresentationModel;

namespace ParIndex.Criteria;

/// <summary>
/// Reads a criteria set's settings (docs/criteria-format.md, "Settings"): format, id, name, decision, level, year,
/// max, precision, bands, group bands, over-scoring penalty, ranking and tie-breakers. Problems go to the document.
/// </summary>
internal sealed class SetSettingsReader
{
    /// <summary>The keys a criteria set may give (the settings and 'areas').</summary>
    public static readonly string[] Keys = { "format", "id", "name", "decision", "level", "year", "max", "precision", "bands", "group_bands", "tie_breakers", "over_scoring_penalty", "ranking", "areas" };

    private static readonly string[] PenaltyKeys = { "threshold", "deduct" };
    private static readonly Regex IdPattern = new("^[A-Za-z0-9][A-Za-z0-9._-]*$", RegexOptions.CultureInvariant);

    private static readonly Dictionary<string, CriteriaLevel> Levels = new(StringComparer.Ordinal)
    {
        ["ministry"] = CriteriaLevel.Ministry,
        ["province"] = CriteriaLevel.Province,
        ["department"] = CriteriaLevel.Department,
        ["district"] = CriteriaLevel.District,
        ["commune"] = CriteriaLevel.Commune,
    };

    private readonly YamlInput doc;

    public SetSettingsReader(YamlInput doc) => this.doc = doc;

    /// <summary>
    /// Reads every setting but the tie-breakers (they name nodes, so they are read after the tree) into
    /// <paramref name="settings"/>; false when the format version is not supported, so nothing else is worth reading.
    /// </summary>
    public bool TryRead(YamlMappingNode mapping, Dictionary<string, (YamlScalarNode Key, YamlNode Value)> e, CriteriaSetSettings settings, out Points? setMax, out YamlNode? setMaxNode)
    {
        setMax = null;
        setMaxNode = null;
        if (!e.TryGetValue("format", out var format))
        {
            doc.Error(mapping, LocalizedText.Of(nameof(Messages.Set_MissingFormat)));
        }
        else if (doc.Integer(format.Value, LocalizedText.Quoted("format")) is { } version)
        {
            if (version < 1 || version > CriteriaSet.CurrentFormatVersion)
            {
                doc.Error(format.Value, nameof(Messages.Set_FormatNotSupported), version, CriteriaSet.CurrentFormatVersion);
                return false;
            }

            settings.FormatVersion = version;
        }

        if (doc.RequiredText(e, "id", mapping, LocalizedText.Of(nameof(Messages.What_TheCriteriaSet))) is { } id)
        {
            if (IdPattern.IsMatch(id))
            {
                settings.Id = id;
            }
            else
            {
                doc.Error(e["id"].Value, nameof(Messages.Set_BadId), id);
            }
        }

        settings.Name = CriteriaSetLoader.Nfc(doc.RequiredText(e, "name", mapping, LocalizedText.Of(nameof(Messages.What_TheCriteriaSet)))) ?? "";
        if (e.TryGetValue("decision", out var decision))
        {
            settings.Decision = CriteriaSetLoader.Nfc(doc.Text(decision.Value, LocalizedText.Quoted("decision")));
        }

        if (!e.TryGetValue("level", out var level))
        {
            doc.Error(mapping, LocalizedText.Of(nameof(Messages.Set_MissingLevel)));
        }
        else if (doc.Enum(level.Value, LocalizedText.Quoted("level"), Levels) is { } lv)
        {
            settings.Level = lv;
        }

        if (e.TryGetValue("year", out var year) && doc.Integer(year.Value, LocalizedText.Quoted("year")) is { } y)
        {
            if (y < 1990 || y > 2100)
            {
                doc.Error(year.Value, nameof(Messages.Set_ImplausibleYear), y);
            }

            settings.Year = y;
        }

        if (e.TryGetValue("precision", out var precision) && doc.Integer(precision.Value, LocalizedText.Quoted("precision")) is { } p)
        {
            if (p < 0 || p > Points.Decimals)
            {
                doc.Error(precision.Value, nameof(Messages.Set_PrecisionRange), Points.Decimals, p);
            }
            else
            {
                settings.Precision = p;
            }
        }

        if (e.TryGetValue("bands", out var bands))
        {
            settings.Bands = BandReader.ReadBands(doc, bands.Value, LocalizedText.Quoted("bands")) ?? BandScheme.None;
        }

        if (e.TryGetValue("group_bands", out var groupBands) && BandReader.ReadGroupBands(doc, groupBands.Value) is { } map)
        {
            settings.GroupBands = map;
        }

        if (e.TryGetValue("over_scoring_penalty", out var penalty) && doc.AsMapping(penalty.Value, LocalizedText.Quoted("over_scoring_penalty")) is { } pm)
        {
            var pe = doc.Entries(pm, LocalizedText.Quoted("over_scoring_penalty"), PenaltyKeys);
            var threshold = Required(pe, "threshold", pm, LocalizedText.Quoted("over_scoring_penalty"));
            var deduct = Required(pe, "deduct", pm, LocalizedText.Quoted("over_scoring_penalty"));
            if (threshold is { } t && deduct is { } d)
            {
                if (t <= Points.Zero || d <= Points.Zero)
                {
                    doc.Error(pm, LocalizedText.Of(nameof(Messages.Set_PenaltyPositive)));
                }
                else
                {
                    settings.OverScoringPenalty = new OverScoringPenalty(t, d);
                }
            }
        }

        if (!e.TryGetValue("max", out var maxEntry))
        {
            doc.Error(mapping, LocalizedText.Of(nameof(Messages.Set_MissingMax)));
        }
        else
        {
            setMaxNode = maxEntry.Value;
            setMax = doc.PointsValue(maxEntry.Value, LocalizedText.Quoted("max"));
            if (setMax is { } m && m <= Points.Zero)
            {
                doc.Error(maxEntry.Value, LocalizedText.Of(nameof(Messages.Set_MaxPositive)));
                setMax = null;
            }
        }

        if (e.TryGetValue("ranking", out var ranking) && doc.Text(ranking.Value, LocalizedText.Quoted("ranking"))?.Trim() is { } compare)
        {
            if (compare is not ("reported" or "exact"))
            {
                doc.Error(ranking.Value, nameof(Messages.Set_BadRanking), compare);
            }

            settings.ExactRanking = compare == "exact";
        }
        return true;
    }

    /// <summary>Reads the tie-breakers, checking that each <c>node:CODE</c> names a node of the tree read.</summary>
    public IReadOnlyList<string> ReadTieBreakers(YamlNode node, IReadOnlyDictionary<string, SourceLocation> codes, string? setId)
    {
        var result = new List<string>();
        if (doc.AsSequence(node, LocalizedText.Quoted("tie_breakers")) is not { } list)
        {
            return result;
        }

        foreach (var item in list.Children)
        {
            var text = doc.Text(item, LocalizedText.Of(nameof(Messages.What_ATieBreaker)))?.Trim();
            if (text is null)
            {
                continue;
            }

            if (TieBreaker.TryParse(text, codes.ContainsKey, codes.Keys, setId, out var tieBreaker, out var problem))
            {
                result.Add(tieBreaker.Name);
            }
            else
            {
                doc.Error(item, problem!);
            }
        }

        return result;
    }

    private Points? Required(Dictionary<string, (YamlScalarNode Key, YamlNode Value)> entries, string key, YamlNode owner, LocalizedText what)
    {
        if (!entries.TryGetValue(key, out var entry))
        {
            doc.Error(owner, nameof(Messages.Yaml_MissingKey), what, key);
            return null;
        }

        return doc.PointsValue(entry.Value, LocalizedText.Quoted(key));
    }
}
