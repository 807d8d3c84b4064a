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

/// <summary>Reads a tiers rule: the range of values, the tiers with their bounds and points, checked to cover the range without gaps or overlaps.</summary>
internal sealed partial class RuleReader
{
    private TiersRule? ReadTiers(Dictionary<string, (YamlScalarNode Key, YamlNode Value)> e, YamlMappingNode rule, Points magnitude, LocalizedText label)
    {
        decimal lo = 0, hi = 100;
        if (e.TryGetValue("range", out var range))
        {
            if (doc.AsSequence(range.Value, LocalizedText.Of(nameof(Messages.What_KeyOf), "range", label)) is not { } r)
            {
                return null;
            }

            if (r.Children.Count != 2)
            {
                doc.Error(r, nameof(Messages.Tier_RangeShape), label);
                return null;
            }

            var a = doc.Number(r.Children[0], LocalizedText.Of(nameof(Messages.What_RangeMin)));
            var b = doc.Number(r.Children[1], LocalizedText.Of(nameof(Messages.What_RangeMax)));
            if (a is null || b is null)
            {
                return null;
            }

            if (a.Value >= b.Value)
            {
                doc.Error(r, nameof(Messages.Tier_RangeOrder), label);
                return null;
            }

            lo = a.Value;
            hi = b.Value;
        }

        if (!e.TryGetValue("tiers", out var tiersEntry))
        {
            doc.Error(rule, nameof(Messages.Tier_None), label);
            return null;
        }

        if (doc.AsSequence(tiersEntry.Value, LocalizedText.Of(nameof(Messages.What_KeyOf), "tiers", label)) is not { } list)
        {
            return null;
        }

        if (list.Children.Count == 0)
        {
            doc.Error(list, nameof(Messages.Tier_None), label);
            return null;
        }

        var tiers = new List<(Tier Tier, YamlNode Node)>();
        var ok = true;
        foreach (var item in list.Children)
        {
            var tierLabel = LocalizedText.Of(nameof(Messages.What_ATierOf), label);
            if (doc.AsMapping(item, tierLabel) is not { } tm)
            {
                ok = false;
                continue;
            }

            var te = doc.Entries(tm, tierLabel, TierKeys);
            if (te.ContainsKey("ge") && te.ContainsKey("gt"))
            {
                doc.Error(tm, nameof(Messages.Tier_BothBounds), tierLabel, "ge", "gt");
                ok = false;
                continue;
            }

            if (te.ContainsKey("le") && te.ContainsKey("lt"))
            {
                doc.Error(tm, nameof(Messages.Tier_BothBounds), tierLabel, "le", "lt");
                ok = false;
                continue;
            }

            decimal? lower = null, upper = null;
            var lowerInclusive = false;
            var upperInclusive = false;
            if (te.TryGetValue("ge", out var ge))
            {
                lower = doc.Number(ge.Value, LocalizedText.Of(nameof(Messages.What_KeyOf), "ge", tierLabel));
                lowerInclusive = true;
                ok &= lower is not null;
            }
            else if (te.TryGetValue("gt", out var gt))
            {
                lower = doc.Number(gt.Value, LocalizedText.Of(nameof(Messages.What_KeyOf), "gt", tierLabel));
                ok &= lower is not null;
            }

            if (te.TryGetValue("le", out var le))
            {
                upper = doc.Number(le.Value, LocalizedText.Of(nameof(Messages.What_KeyOf), "le", tierLabel));
                upperInclusive = true;
                ok &= upper is not null;
            }
            else if (te.TryGetValue("lt", out var lt))
            {
                upper = doc.Number(lt.Value, LocalizedText.Of(nameof(Messages.What_KeyOf), "lt", tierLabel));
                ok &= upper is not null;
            }

            Points? points = null;
            if (!te.TryGetValue("points", out var pe))
            {
                doc.Error(tm, nameof(Messages.Yaml_MissingKey), tierLabel, "points");
                ok = false;
            }
            else
            {
                points = doc.PointsValue(pe.Value, LocalizedText.Of(nameof(Messages.What_KeyOf), "points", tierLabel));
                if (points is { } pv && (pv < Points.Zero || pv > magnitude))
                {
                    doc.Error(pe.Value, nameof(Messages.Tier_PointsOutside), label, pv.ToString(), magnitude.ToString());
                    ok = false;
                }
            }

            if (!ok || points is null)
            {
                ok = false;
                continue;
            }

            // An open bound is the range's edge, inclusive.
            var tier = new Tier(lower ?? lo, lower is null || lowerInclusive, upper ?? hi, upper is null || upperInclusive, points.Value);
            if (tier.Lower > tier.Upper || (tier.Lower == tier.Upper && !(tier.LowerInclusive && tier.UpperInclusive)))
            {
                doc.Error(tm, nameof(Messages.Tier_Empty), label, tier.ToString());
                ok = false;
                continue;
            }

            tiers.Add((tier, tm));
        }

        if (!ok)
        {
            return null;
        }

        var ordered = tiers.OrderBy(t => t.Tier.Lower).ThenBy(t => t.Tier.LowerInclusive ? 0 : 1).ToList();
        var first = ordered[0].Tier;
        if (first.Lower > lo || (first.Lower == lo && !first.LowerInclusive))
        {
            doc.Error(ordered[0].Node, nameof(Messages.Tier_Uncovered), label, Format(lo), Format(first.Lower!.Value));
            ok = false;
        }

        for (var i = 1; i < ordered.Count; i++)
        {
            var prev = ordered[i - 1].Tier;
            var cur = ordered[i].Tier;
            var p = prev.Upper!.Value;
            var c = cur.Lower!.Value;
            if (c < p || (c == p && prev.UpperInclusive && cur.LowerInclusive))
            {
                doc.Error(ordered[i].Node, nameof(Messages.Tier_Overlap), label, prev.ToString(), cur.ToString());
                ok = false;
            }
            else if (c > p || (c == p && !prev.UpperInclusive && !cur.LowerInclusive))
            {
                doc.Error(ordered[i].Node, nameof(Messages.Tier_Gap), label, prev.ToString(), cur.ToString());
                ok = false;
            }
        }

        var last = ordered[ordered.Count - 1];
        if (last.Tier.Upper < hi || (last.Tier.Upper == hi && !last.Tier.UpperInclusive))
        {
            doc.Error(last.Node, nameof(Messages.Tier_Uncovered), label, Format(last.Tier.Upper!.Value), Format(hi));
            ok = false;
        }

        if (ordered.Any(t => t.Tier.Lower < lo || t.Tier.Upper > hi))
        {
            doc.Error(list, nameof(Messages.Tier_OutsideRange), label, Format(lo), Format(hi));
            ok = false;
        }

        return ok ? new TiersRule(ordered.Select(t => t.Tier).ToArray(), lo, hi) : null;
    }
}
