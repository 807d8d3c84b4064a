using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using System.Text;

namespace ParIndex.Tests.Reference;

/// <summary>
/// Builds a whole case: a criteria set (<see cref="SetGenerator"/>), units with self-assessed values written the many
/// ways the input format allows, ties, groups and group bands, 0–3 appraisal rounds (value, points, delta), survey
/// results and previous-round results in the tool's CSV, a spreadsheet's re-saved CSV, with extra decimals, or JSON.
/// </summary>
internal static class CaseGenerator
{
    private static readonly string[] Ids = { "HT-TP", "HT-VQ", "HT-CL", "HT-KA", "a1", "B2", "Z9", "HT-HK", "ht_x", "Q.10", "HT-TP2", "b1" };

    private static readonly string[] Groups = { "huyen", "xa", "so" };

    private static readonly string[] NotApplicableSpellings = { "NA", "N/A", "không phát sinh", "khong phat sinh", "KPS", "not applicable", "kps", "Không Phát Sinh" };

    public static ReferenceCase Build(uint[] tape)
    {
        var e = new Entropy(tape);
        var set = SetGenerator.Build(e);
        var tree = ReferenceTree.Build(set);
        var selfLeaves = tree.Leaves.Where(l => !l.Survey).ToList();

        // The anchor leaf is never not applicable, so every unit keeps a positive applicable maximum.
        var anchor = selfLeaves.FirstOrDefault(l => !l.InBlock);
        // Long form only when some leaf always has a row (the anchor); a unit without rows is not in a long-form file.
        var longForm = anchor is not null && e.Chance(25);
        var delimiter = e.Chance(30) ? ';' : ',';
        var unitCount = e.Between(1, 8);
        var useGroups = e.Chance(50);
        var ids = Ids.OrderBy(_ => e.Next(1000)).Take(unitCount).ToList();
        var units = new List<RefUnit>();
        foreach (var id in ids)
        {
            var values = new Dictionary<string, string>();
            if (units.Count > 0 && e.Chance(35))
            {
                // A tie: the same values as an earlier unit, perhaps one changed.
                foreach (var kv in e.Pick(units).Values)
                {
                    values[kv.Key] = kv.Value;
                }

                if (e.Chance(50) && selfLeaves.Count > 0)
                {
                    var leaf = e.Pick(selfLeaves);
                    Put(values, leaf, Value(e, leaf, leaf == anchor, longForm));
                }
            }
            else
            {
                foreach (var leaf in selfLeaves)
                {
                    Put(values, leaf, Value(e, leaf, leaf == anchor, longForm));
                }
            }

            var group = useGroups && e.Chance(85) ? e.Pick(Groups) : null;
            units.Add(new RefUnit { Id = id, Name = "Đơn vị " + id, Group = group, Values = values });
        }

        var omitted = new HashSet<string>();
        if (!longForm)
        {
            foreach (var leaf in selfLeaves.Where(l => l != anchor && l.NotApplicable != RefNa.Forbidden && e.Chance(8)))
            {
                omitted.Add(leaf.Code);
                foreach (var u in units)
                {
                    u.Values.Remove(leaf.Code);
                }
            }
        }

        var partial = new ReferenceCase { Set = set, Units = units, LongForm = longForm, OmittedColumns = omitted };
        var rounds = Rounds(e, partial, tree, selfLeaves, anchor);
        var survey = new List<RefSurveyValue>();
        foreach (var u in units)
        {
            foreach (var leaf in tree.Leaves.Where(l => l.Survey))
            {
                survey.Add(new RefSurveyValue(u.Id, leaf.Code, SurveyValue(e, leaf)));
            }
        }

        var groupBands = new List<KeyValuePair<string, List<RefBand>>>();
        if (useGroups && e.Chance(40))
        {
            foreach (var g in Groups.Where(_ => e.Chance(50)))
            {
                groupBands.Add(new(g, SetGenerator.Bands(e, new[] { "Nhóm I", "Nhóm II", "Nhóm III" })));
            }
        }

        var withGroupBands = new RefSet
        {
            Id = set.Id, Name = set.Name, Max = set.Max, Precision = set.Precision, Ranking = set.Ranking, Bands = set.Bands,
            GroupBands = groupBands, TieBreakers = set.TieBreakers, Penalty = set.Penalty, Areas = set.Areas,
        };
        return new ReferenceCase
        {
            Set = withGroupBands,
            Units = units,
            LongForm = longForm,
            Delimiter = delimiter,
            OmittedColumns = omitted,
            Rounds = rounds,
            Survey = survey,
            Previous = e.Chance(50) ? Previous(e, units, withGroupBands.EffectivePrecision) : null,
            GroupBy = !e.Chance(20),
            ExactOverride = e.Chance(15) ? e.Chance(50) : null,
        };
    }

    private static void Put(Dictionary<string, string> values, RNode leaf, string? value)
    {
        if (value is null)
        {
            values.Remove(leaf.Code);
        }
        else
        {
            values[leaf.Code] = value;
        }
    }

    /// <summary>A value for a leaf as a user might type it; null leaves the cell (wide) or row (long) out.</summary>
    private static string? Value(Entropy e, RNode leaf, bool anchor, bool longForm)
    {
        if (!anchor && leaf.NotApplicable != RefNa.Forbidden && e.Chance(15))
        {
            var how = e.Next(4);
            return how == 0 ? null : how == 1 && !longForm && leaf.Rule.Kind != RefRuleKind.YesNo ? "" : e.Pick(NotApplicableSpellings);
        }

        return Applicable(e, leaf, longForm);
    }

    private static string Applicable(Entropy e, RNode leaf, bool longForm)
    {
        var rule = leaf.Rule;
        var m = leaf.Magnitude;
        switch (rule.Kind)
        {
            case RefRuleKind.YesNo:
                var words = longForm ? new[] { "1", "0", "có", "không", "yes", "no", "x", "đạt", "không đạt", "Co", "KHONG", "true" } : new[] { "1", "0", "có", "không", "yes", "no", "x", "", "đạt", "không đạt", "Co", "KHONG", "true" };
                return e.Pick(words);
            case RefRuleKind.Choice:
                var name = e.Pick(rule.Options).Key;
                return e.Next(4) switch
                {
                    0 => name,
                    1 => name.ToUpperInvariant(),
                    2 => "  " + name.Replace(" ", "  ") + " ",
                    _ => name.Normalize(NormalizationForm.FormD),
                };
            case RefRuleKind.Tiers:
            {
                var low = rule.Range is { } r ? Rational.Parse(r.Min) : Rational.Zero;
                var high = rule.Range is { } r2 ? Rational.Parse(r2.Max) : Rational.Hundred;
                var bounds = rule.Tiers.SelectMany(t => new[] { t.Ge, t.Gt, t.Le, t.Lt }).Where(b => b is not null).Select(b => Rational.Parse(b!)).ToList();
                var x = e.Chance(40) && bounds.Count > 0 ? e.Pick(bounds) : low + RationalTicks.FromTicks(e.Below(RationalTicks.ToTicks(high - low)));
                return Number(e, x, percent: true);
            }

            case RefRuleKind.Ratio:
            {
                var target = rule.Target is { } t ? Rational.Parse(t) : Rational.Hundred;
                var x = e.Chance(20) ? target : RationalTicks.FromTicks(e.Below(RationalTicks.ToTicks(target * Rational.Of(13, 10))));
                return Number(e, x, percent: true);
            }

            case RefRuleKind.Points:
            {
                var step = rule.Step is { } s ? Rational.Parse(s) : Rational.Pow10(-6);
                var steps = (m / step).Floor();
                return Number(e, Rational.Of(e.Below(steps), 1) * step, percent: false);
            }

            default:
            {
                var per = Rational.Parse(rule.Per!);
                var cap = (m / per).Ceiling() + 2;
                return Number(e, Rational.Of(e.Below(BigInteger.Min(cap, 1000)), 1), percent: false);
            }
        }
    }

    /// <summary>A number written with a point or a comma, perhaps with a percent sign.</summary>
    private static string Number(Entropy e, Rational x, bool percent)
    {
        var text = x.ToExactString();
        if (e.Chance(30))
        {
            text = text.Replace('.', ',');
        }

        if (percent && e.Chance(25))
        {
            text += e.Chance(50) ? "%" : " %";
        }

        return text;
    }

    private static string SurveyValue(Entropy e, RNode leaf)
    {
        var x = e.Chance(10) ? Rational.Hundred : RationalTicks.FromTicks(e.Below(100_000_000) / 1000 * 1000);
        if (leaf.Rule.Kind == RefRuleKind.Tiers && e.Chance(40))
        {
            var bounds = leaf.Rule.Tiers.SelectMany(t => new[] { t.Ge, t.Gt, t.Le, t.Lt }).Where(b => b is not null).Select(b => Rational.Parse(b!)).ToList();
            if (bounds.Count > 0)
            {
                x = e.Pick(bounds);
            }
        }

        return Number(e, x, percent: false);
    }

    private static List<List<RefAdjustment>> Rounds(Entropy e, ReferenceCase partial, ReferenceTree tree, List<RNode> selfLeaves, RNode? anchor)
    {
        var rounds = new List<List<RefAdjustment>>();
        var count = selfLeaves.Count == 0 ? 0 : e.Next(4);
        var state = new Dictionary<(string, RNode), LeafState>();
        foreach (var u in partial.Units)
        {
            foreach (var leaf in selfLeaves)
            {
                state[(u.Id, leaf)] = ReferenceScorer.ScoreValue(leaf, ReferenceScorer.SelfValue(partial, u, leaf));
            }
        }

        for (var r = 0; r < count; r++)
        {
            var round = new List<RefAdjustment>();
            var seen = new HashSet<(string, string)>();
            var rows = e.Between(0, partial.Units.Count * selfLeaves.Count);
            for (var i = 0; i < rows; i++)
            {
                var u = e.Pick(partial.Units);
                var leaf = e.Pick(selfLeaves);
                if (!seen.Add((u.Id, leaf.Code)))
                {
                    continue;
                }

                var current = state[(u.Id, leaf)];
                var kind = (RefAdjustmentKind)e.Next(3);
                if (kind == RefAdjustmentKind.Delta && current.NotApplicable)
                {
                    kind = RefAdjustmentKind.Points;
                }

                var text = kind switch
                {
                    RefAdjustmentKind.Value => Value(e, leaf, leaf == anchor, longForm: true) ?? "NA",
                    RefAdjustmentKind.Points => SignedPoints(e, leaf, Points(e, leaf)),
                    _ => Delta(e, leaf, current.Points),
                };
                var adjustment = new RefAdjustment(u.Id, leaf.Code, kind, text, e.Pick(new[] { "Thiếu tài liệu kiểm chứng", "Tính lại", "Sai số liệu, \"đợt 2\"" }));
                state[(u.Id, leaf)] = ReferenceScorer.Adjust(leaf, current, adjustment);
                round.Add(adjustment);
            }

            rounds.Add(round);
        }

        return rounds;
    }

    /// <summary>Signed points within the leaf's range, on the step of a points rule.</summary>
    private static Rational Points(Entropy e, RNode leaf)
    {
        var step = leaf.Rule.Kind == RefRuleKind.Points && leaf.Rule.Step is { } s ? Rational.Parse(s) : Rational.Pow10(-6);
        var steps = (leaf.Magnitude / step).Floor();
        var magnitude = e.Chance(20) ? Rational.Of(steps, 1) * step : Rational.Of(e.Below(steps), 1) * step;
        return Rational.Of(leaf.Sign) * magnitude;
    }

    private static string SignedPoints(Entropy e, RNode leaf, Rational points) => Number(e, points, percent: false);

    private static string Delta(Entropy e, RNode leaf, Rational current)
    {
        var delta = Points(e, leaf) - current;
        var text = Number(e, delta, percent: false);
        return delta.Sign > 0 && e.Chance(50) ? "+" + text : text;
    }

    private static RefPrevious Previous(Entropy e, List<RefUnit> units, int p)
    {
        var style = (PreviousStyle)e.Next(4);
        var rows = new List<RefPreviousRow>();
        var gone = e.Next(3);
        var members = units.Where(_ => e.Chance(80)).Select(u => (u.Id, u.Name, u.Group)).ToList();
        for (var i = 0; i < gone; i++)
        {
            members.Add(($"OLD-{i + 1}", $"Đơn vị cũ {i + 1}", e.Chance(50) ? e.Pick(Groups) : null));
        }

        foreach (var (id, name, group) in members)
        {
            var previousGroup = e.Next(4) switch { 0 => null, 1 => e.Pick(Groups), _ => group };
            int? groupRank = previousGroup is not null || e.Chance(30) ? e.Between(1, members.Count) : null;
            var decimals = style switch { PreviousStyle.ExtraDecimalsCsv => e.Between(p + 1, 6), _ => p };
            decimals = System.Math.Min(decimals, 6);
            var index = RationalTicks.FromTicks(e.Below(100_000_000)).RoundHalfAwayFromZero(decimals).Format(decimals);
            rows.Add(new RefPreviousRow(e.Between(1, members.Count), id, name, previousGroup, groupRank, index));
        }

        return new RefPrevious { Style = style, Rows = rows };
    }
}
