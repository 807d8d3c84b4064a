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

    public ScoringRule? Read(NodeDraft draft, Points magnitude, LocalizedText label)
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
                doc.Error(scalar, nameof(Messages.Rule_NeedsSettings), scalar.Value, label);
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
            doc.Error(m, nameof(Messages.Yaml_MissingKey), LocalizedText.Of(nameof(Messages.What_KeyOf), "rule", label), "kind");
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
        e = doc.Entries(m, LocalizedText.Of(nameof(Messages.What_RuleOf), RuleName(kind), label), allowed);
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

    private ChoiceRule? ReadChoice(Dictionary<string, (YamlScalarNode Key, YamlNode Value)> e, YamlMappingNode rule, Points magnitude, LocalizedText label)
    {
        if (!e.TryGetValue("options", out var optionsEntry))
        {
            doc.Error(rule, nameof(Messages.Rule_NoOptions), label);
            return null;
        }

        if (doc.AsMapping(optionsEntry.Value, LocalizedText.Of(nameof(Messages.What_KeyOf), "options", label)) is not { } m)
        {
            return null;
        }

        if (m.Children.Count == 0)
        {
            doc.Error(m, nameof(Messages.Rule_NoOptions), label);
            return null;
        }

        var options = new List<ChoiceOption>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var ok = true;
        foreach (var pair in m.Children)
        {
            var name = CriteriaSetLoader.Nfc(doc.Text(pair.Key, LocalizedText.Of(nameof(Messages.What_AnOptionName))))?.Trim();
            var points = doc.PointsValue(pair.Value, name is null ? LocalizedText.Of(nameof(Messages.What_OptionPoints)) : LocalizedText.Of(nameof(Messages.What_PointsOfOption), name));
            if (name is null || points is null)
            {
                ok = false;
                continue;
            }

            if (name.Length == 0)
            {
                doc.Error(pair.Key, nameof(Messages.Rule_OptionEmptyName), label);
                ok = false;
            }
            else if (!keys.Add(Internal.TextKey.Of(name)))
            {
                doc.Error(pair.Key, nameof(Messages.Rule_OptionTwice), name, label);
                ok = false;
            }
            else if (points.Value < Points.Zero || points.Value > magnitude)
            {
                doc.Error(pair.Value, nameof(Messages.Rule_OptionPointsOutside), name, label, points.Value.ToString(), magnitude.ToString());
                ok = false;
            }
            else if (IsReservedValue(name))
            {
                doc.Error(pair.Key, nameof(Messages.Rule_OptionReserved), name, label);
                ok = false;
            }
            else
            {
                options.Add(new ChoiceOption(name, points.Value));
            }
        }

        return ok ? new ChoiceRule(options) : null;
    }

    private RatioRule? ReadRatio(Dictionary<string, (YamlScalarNode Key, YamlNode Value)> e, Points magnitude, LocalizedText label)
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
                doc.Error(t.Value, nameof(Messages.Rule_MustBePositive), LocalizedText.Of(nameof(Messages.What_KeyOf), "target", label));
                return null;
            }

            if (v > MaxTarget)
            {
                // Keeps max × value in RatioRule.Score far from decimal overflow.
                doc.Error(t.Value, nameof(Messages.Rule_AtMost), LocalizedText.Of(nameof(Messages.What_KeyOf), "target", label), YamlInput.Count(MaxTarget));
                return null;
            }

            target = v;
        }

        return new RatioRule(magnitude, target);
    }

    private PointsRule? ReadPoints(Dictionary<string, (YamlScalarNode Key, YamlNode Value)> e, Points magnitude, LocalizedText label)
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
                doc.Error(s.Value, nameof(Messages.Rule_MustBePositive), LocalizedText.Of(nameof(Messages.What_KeyOf), "step", label));
                return null;
            }

            if (magnitude.Ticks % step.Value.Ticks != 0)
            {
                doc.Error(s.Value, nameof(Messages.Rule_StepNotDivisor), step.Value.ToString(), label, magnitude.ToString());
                return null;
            }
        }

        return new PointsRule(magnitude, step);
    }

    private CountRule? ReadCount(Dictionary<string, (YamlScalarNode Key, YamlNode Value)> e, YamlMappingNode rule, Points magnitude, LocalizedText label)
    {
        if (!e.TryGetValue("per", out var per))
        {
            doc.Error(rule, nameof(Messages.Rule_CountNoPer), label);
            return null;
        }

        if (doc.PointsValue(per.Value, LocalizedText.Of(nameof(Messages.What_KeyOf), "per", label)) is not { } p)
        {
            return null;
        }

        if (p <= Points.Zero)
        {
            doc.Error(per.Value, nameof(Messages.Rule_MustBePositive), LocalizedText.Of(nameof(Messages.What_KeyOf), "per", label));
            return null;
        }

        return new CountRule(magnitude, p);
    }

    private static bool IsReservedValue(string name) => Internal.ValueText.IsNotApplicable(name);

    private static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string RuleName(RuleKind kind) => RuleKinds.First(k => k.Value == kind).Key;
}
