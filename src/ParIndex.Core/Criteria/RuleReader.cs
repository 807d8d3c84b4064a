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

/// <summary>Reads a leaf's scoring rule (docs/criteria-format.md, "Rules"): yes/no, choice, tiers, ratio, points, count.</summary>
internal sealed partial class RuleReader
{
    private const long MaxTarget = 1_000_000_000;

    private static readonly string[] TierKeys = { "ge", "gt", "le", "lt", "points" };

    private static readonly Dictionary<string, RuleKind> RuleKinds = new(StringComparer.Ordinal)
    {
        ["yes_no"] = RuleKind.YesNo,
        ["choice"] = RuleKind.Choice,
        ["tiers"] = RuleKind.Tiers,
        ["ratio"] = RuleKind.Ratio,
        ["points"] = RuleKind.Points,
        ["count"] = RuleKind.Count,
    };

    private readonly YamlInput doc;

    public RuleReader(YamlInput doc) => this.doc = doc;

    public ScoringRule? Read(NodeDraft draft, Points magnitude, string label)
    {
        var node = draft.RuleNode!;
        Dictionary<string, (YamlScalarNode Key, YamlNode Value)> e;
        RuleKind kind;
        if (node is YamlScalarNode scalar)
        {
            if (doc.Enum(scalar, LocalizedText.Of(nameof(Messages.What_KeyOf), "rule", label), RuleKinds) is not { } k)
            {
                return null;
            }

            if (k is not (RuleKind.YesNo or RuleKind.Ratio or RuleKind.Points))
            {
                doc.Error(scalar, $"rule '{scalar.Value}' of {label} needs settings; write it as a mapping with 'kind: {scalar.Value}'");
                return null;
            }

            return k switch
            {
                RuleKind.Ratio => new RatioRule(magnitude, 100),
                RuleKind.Points => new PointsRule(magnitude, null),
                _ => new YesNoRule(magnitude),
            };
        }

        if (doc.AsMapping(node, LocalizedText.Of(nameof(Messages.What_KeyOf), "rule", label)) is not { } m)
        {
            return null;
        }

        var kindNode = m.Children.FirstOrDefault(p => p.Key is YamlScalarNode { Value: "kind" }).Value;
        if (kindNode is null)
        {
            doc.Error(m, $"'rule' of {label} is missing required key 'kind'");
            return null;
        }

        if (doc.Enum(kindNode, LocalizedText.Of(nameof(Messages.What_KeyOf), "kind", label), RuleKinds) is not { } parsedKind)
        {
            return null;
        }

        kind = parsedKind;
        var allowed = kind switch
        {
            RuleKind.Choice => new[] { "kind", "options" },
            RuleKind.Tiers => new[] { "kind", "range", "tiers" },
            RuleKind.Ratio => new[] { "kind", "target" },
            RuleKind.Points => new[] { "kind", "step" },
            RuleKind.Count => new[] { "kind", "per" },
            _ => new[] { "kind" },
        };
        e = doc.Entries(m, $"the {RuleName(kind)} rule of {label}", allowed);
        return kind switch
        {
            RuleKind.YesNo => new YesNoRule(magnitude),
            RuleKind.Choice => ReadChoice(e, m, magnitude, label),
            RuleKind.Tiers => ReadTiers(e, m, magnitude, label),
            RuleKind.Ratio => ReadRatio(e, magnitude, label),
            RuleKind.Points => ReadPoints(e, magnitude, label),
            _ => ReadCount(e, m, magnitude, label),
        };
    }

    private ChoiceRule? ReadChoice(Dictionary<string, (YamlScalarNode Key, YamlNode Value)> e, YamlMappingNode rule, Points magnitude, string label)
    {
        if (!e.TryGetValue("options", out var optionsEntry))
        {
            doc.Error(rule, $"choice rule of {label} has no options");
            return null;
        }

        if (doc.AsMapping(optionsEntry.Value, LocalizedText.Of(nameof(Messages.What_KeyOf), "options", label)) is not { } m)
        {
            return null;
        }

        if (m.Children.Count == 0)
        {
            doc.Error(m, $"choice rule of {label} has no options");
            return null;
        }

        var options = new List<ChoiceOption>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var ok = true;
        foreach (var pair in m.Children)
        {
            var name = CriteriaSetLoader.Nfc(doc.Text(pair.Key, "an option name"))?.Trim();
            var points = doc.PointsValue(pair.Value, name is null ? "option points" : $"points of option '{name}'");
            if (name is null || points is null)
            {
                ok = false;
                continue;
            }

            if (name.Length == 0)
            {
                doc.Error(pair.Key, $"an option of {label} has an empty name");
                ok = false;
            }
            else if (!keys.Add(Internal.TextKey.Of(name)))
            {
                doc.Error(pair.Key, $"option '{name}' of {label} is listed twice");
                ok = false;
            }
            else if (points.Value < Points.Zero || points.Value > magnitude)
            {
                doc.Error(pair.Value, $"option '{name}' of {label} gives {points.Value} points; options must give 0 to {magnitude}");
                ok = false;
            }
            else if (IsReservedValue(name))
            {
                doc.Error(pair.Key, $"option '{name}' of {label} is reserved for 'not applicable'; choose another name");
                ok = false;
            }
            else
            {
                options.Add(new ChoiceOption(name, points.Value));
            }
        }

        return ok ? new ChoiceRule(options) : null;
    }

    private RatioRule? ReadRatio(Dictionary<string, (YamlScalarNode Key, YamlNode Value)> e, Points magnitude, string label)
    {
        decimal target = 100;
        if (e.TryGetValue("target", out var t))
        {
            if (doc.Number(t.Value, LocalizedText.Of(nameof(Messages.What_KeyOf), "target", label)) is not { } v)
            {
                return null;
            }

            if (v <= 0)
            {
                doc.Error(t.Value, $"'target' of {label} must be positive");
                return null;
            }

            if (v > MaxTarget)
            {
                // Keeps max × value in RatioRule.Score far from decimal overflow.
                doc.Error(t.Value, $"'target' of {label} must be at most {YamlInput.Count(MaxTarget)}");
                return null;
            }

            target = v;
        }

        return new RatioRule(magnitude, target);
    }

    private PointsRule? ReadPoints(Dictionary<string, (YamlScalarNode Key, YamlNode Value)> e, Points magnitude, string label)
    {
        Points? step = null;
        if (e.TryGetValue("step", out var s))
        {
            step = doc.PointsValue(s.Value, LocalizedText.Of(nameof(Messages.What_KeyOf), "step", label));
            if (step is null)
            {
                return null;
            }

            if (step.Value <= Points.Zero)
            {
                doc.Error(s.Value, $"'step' of {label} must be positive");
                return null;
            }

            if (magnitude.Ticks % step.Value.Ticks != 0)
            {
                doc.Error(s.Value, $"'step' {step.Value} of {label} does not divide its max {magnitude}");
                return null;
            }
        }

        return new PointsRule(magnitude, step);
    }

    private CountRule? ReadCount(Dictionary<string, (YamlScalarNode Key, YamlNode Value)> e, YamlMappingNode rule, Points magnitude, string label)
    {
        if (!e.TryGetValue("per", out var per))
        {
            doc.Error(rule, $"count rule of {label} is missing required key 'per'");
            return null;
        }

        if (doc.PointsValue(per.Value, LocalizedText.Of(nameof(Messages.What_KeyOf), "per", label)) is not { } p)
        {
            return null;
        }

        if (p <= Points.Zero)
        {
            doc.Error(per.Value, $"'per' of {label} must be positive");
            return null;
        }

        return new CountRule(magnitude, p);
    }

    private static bool IsReservedValue(string name) => Internal.ValueText.IsNotApplicable(name);

    private static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string RuleName(RuleKind kind) => RuleKinds.First(k => k.Value == kind).Key;
}
