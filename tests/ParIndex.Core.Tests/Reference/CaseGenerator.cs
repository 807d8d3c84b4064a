using System.Collections.Generic;
using System.Linq;
using System.Numerics;

namespace ParIndex.Tests.Reference;

/// <summary>
/// Builds random criteria sets (trees of depth 1–4, every rule kind, max and weight siblings with awkward ratios,
/// every not-applicable mode, deduction and bonus blocks with caps, survey leaves, bands, group bands, tie-breakers,
/// the penalty, both ranking modes, precision 0–6); <see cref="CaseGenerator"/> adds units and rounds.
/// </summary>
internal static class SetGenerator
{
    private static readonly string[] Weights = { "1", "2", "3", "4", "1", "7", "0.5", "0.3", "13", "6", "1000000000", "0.000001", "2.5", "99" };

    private static readonly string[] OptionNames = { "Ban hành kịp thời", "Ban hành không kịp thời", "Không ban hành", "Đạt", "Không đạt", "Tốt", "Khá" };

    public static RefSet Build(Entropy e)
    {
        var areas = new List<RefNode>();
        var areaCount = e.Between(1, 4);
        var depth = e.Between(1, 4);
        var total = e.Pick(new BigInteger[] { 100_000_000, 10_000_000, 3_500_000, 1_000_000_000, 12_345_678, 7_000_001 });
        var parts = Split(e, total, areaCount);
        areaCount = parts.Count;
        var surveyArea = areaCount > 1 && e.Chance(30) ? e.Next(areaCount) : -1;
        for (var a = 0; a < areaCount; a++)
        {
            var code = (a + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var survey = a == surveyArea;
            areas.Add(Node(e, code, parts[a], depth - 1, RefBlock.None, survey, given: true, isArea: true));
        }

        if (e.Chance(35))
        {
            areas.Add(Block(e, "D", RefBlock.Deduction));
        }

        if (e.Chance(25))
        {
            areas.Add(Block(e, "B", RefBlock.Bonus));
        }

        var p = e.Chance(85) ? e.Next(7) : (int?)null;
        var nodes = Flatten(areas).ToList();
        return new RefSet
        {
            Max = Text(total),
            Precision = p,
            Ranking = e.Pick(new[] { null, "reported", "exact", null }),
            Bands = e.Chance(60) ? Bands(e, new[] { "Tốt", "Khá", "Trung bình", "Yếu" }) : new List<RefBand>(),
            TieBreakers = e.Chance(50) ? TieBreakers(e, nodes) : new List<string>(),
            Penalty = e.Chance(30) ? (e.Pick(new[] { "0.5", "1", "2.25", "0.000001", "5" }), e.Pick(new[] { "1", "0.5", "0.000001", "3" })) : null,
            Areas = areas,
        };
    }

    public static IEnumerable<RefNode> Flatten(IEnumerable<RefNode> nodes) => nodes.SelectMany(n => new[] { n }.Concat(Flatten(n.Children)));

    public static List<RefBand> Bands(Entropy e, string[] names)
    {
        var count = e.Between(1, names.Length);
        var mins = new SortedSet<BigInteger>();
        if (e.Chance(50))
        {
            mins.Add(0);
        }

        for (var attempt = 0; mins.Count < count && attempt < 40; attempt++)
        {
            // Minimums with 0–3 decimals, so that they fall between printed indices at low precision.
            var decimals = e.Next(4);
            var scale = BigInteger.Pow(10, decimals);
            mins.Add(e.Below(100 * scale) * BigInteger.Pow(10, 6 - decimals));
        }

        var ordered = mins.Reverse().ToList();
        var bands = ordered.Select((m, i) => new RefBand(names[i], Text(m))).ToList();
        if (e.Chance(30))
        {
            bands.Reverse();
        }

        return bands;
    }

    private static List<string> TieBreakers(Entropy e, List<RefNode> nodes)
    {
        var list = new List<string>();
        var count = e.Between(1, 3);
        for (var i = 0; i < count; i++)
        {
            var t = e.Pick(new[] { "survey", "self_accuracy", "node", "unit_id" });
            var name = t == "node" ? "node:" + e.Pick(nodes).Code : t;
            if (!list.Contains(name))
            {
                list.Add(name);
            }
        }

        return list;
    }

    private static RefNode Block(Entropy e, string code, RefBlock block)
    {
        var sign = block == RefBlock.Deduction ? -1 : 1;
        var cap = e.Pick(new BigInteger[] { 5_000_000, 2_000_000, 1_500_000, 10_000_000 });
        var children = new List<RefNode>();
        var count = e.Between(1, 3);
        for (var i = 0; i < count; i++)
        {
            var childCode = $"{code}.{i + 1}";
            var magnitude = NonZero(Amount(e, cap), cap);
            if (e.Chance(20))
            {
                // An inner node of the block: its own cap over two leaves.
                var leaves = new List<RefNode>
                {
                    Leaf(e, childCode + ".1", NonZero(Amount(e, cap), cap), block, false, NaInBlock(e), sign),
                    Leaf(e, childCode + ".2", NonZero(Amount(e, cap), cap), block, false, NaInBlock(e), sign),
                };
                children.Add(new RefNode { Code = childCode, Name = $"Nhóm {childCode}", Max = Text(sign * magnitude), Block = block, Children = leaves });
            }
            else
            {
                children.Add(Leaf(e, childCode, magnitude, block, false, NaInBlock(e), sign));
            }
        }

        return new RefNode
        {
            Code = code,
            Name = block == RefBlock.Deduction ? "Điểm trừ" : "Điểm thưởng",
            Max = Text(sign * cap),
            Block = block,
            NotApplicable = NaInBlock(e),
            Children = children,
        };
    }

    /// <summary>Not-applicable modes in a block, where "did not occur" scores 0 whatever the mode (docs/criteria-format.md).</summary>
    private static RefNa NaInBlock(Entropy e) => e.Pick(new[] { RefNa.Inherit, RefNa.Inherit, RefNa.Exclude, RefNa.Forbidden, RefNa.Full, RefNa.Full });

    private static RefNode Node(Entropy e, string code, BigInteger ticks, int depthLeft, RefBlock block, bool survey, bool given, bool isArea = false)
    {
        var na = e.Chance(30) ? e.Pick(new[] { RefNa.Forbidden, RefNa.Full, RefNa.Exclude }) : RefNa.Inherit;
        if (depthLeft <= 0 || (!isArea && e.Chance(35)))
        {
            var leaf = Leaf(e, code, ticks, block, survey || e.Chance(8), na, 1);
            leaf.Max = given ? Text(ticks) : null;
            return leaf;
        }

        // Tiny maxima get one child, so that no share rounds to zero points (a leaf with max 0 scores nothing).
        var count = ticks < 3_000 ? 1 : e.Between(1, 3);
        var children = new List<RefNode>();
        if (e.Chance(40))
        {
            // Weighted siblings share the parent's maximum; retry plain weights if a share would be zero.
            var weights = Enumerable.Range(0, count).Select(_ => e.Pick(Weights)).ToList();
            var shares = ReferenceTree.ShareOut(RationalTicks.FromTicks(ticks), weights.Select(Rational.Parse).ToList());
            if (shares.Any(s => s.IsZero))
            {
                weights = weights.Select(_ => "1").ToList();
                shares = ReferenceTree.ShareOut(RationalTicks.FromTicks(ticks), weights.Select(Rational.Parse).ToList());
            }

            for (var i = 0; i < count; i++)
            {
                var child = Node(e, $"{code}.{i + 1}", RationalTicks.ToTicks(shares[i]), depthLeft - 1, block, survey, given: false);
                child.Weight = weights[i];
                children.Add(child);
            }
        }
        else
        {
            var parts = Split(e, ticks, count);
            for (var i = 0; i < parts.Count; i++)
            {
                children.Add(Node(e, $"{code}.{i + 1}", parts[i], depthLeft - 1, block, survey, given: true));
            }
        }

        // A parent without max takes the sum of its children (only when they give max).
        var writeMax = given && (children[0].Weight is not null || e.Chance(75));
        return new RefNode
        {
            Code = code,
            Name = isArea ? $"Lĩnh vực {code}" : $"Tiêu chí {code}",
            Max = writeMax ? Text(ticks) : null,
            Survey = survey,
            NotApplicable = na,
            Children = children,
        };
    }

    private static RefNode Leaf(Entropy e, string code, BigInteger magnitude, RefBlock block, bool survey, RefNa na, int sign)
    {
        RefRule rule;
        if (survey)
        {
            rule = e.Chance(70) ? Ratio(e, survey: true) : Tiers(e, magnitude, survey: true);
        }
        else
        {
            rule = e.Next(6) switch
            {
                0 => new RefRule { Kind = RefRuleKind.YesNo, Short = e.Chance(50) },
                1 => Choice(e, magnitude),
                2 => Tiers(e, magnitude, survey: false),
                3 => Ratio(e, survey: false),
                4 => new RefRule { Kind = RefRuleKind.Points, Step = e.Chance(60) ? Step(e, magnitude) : null, Short = e.Chance(50) },
                _ => new RefRule { Kind = RefRuleKind.Count, Per = e.Pick(new[] { "0.5", "1", "0.25", "0.333333", "2", "0.000001" }) },
            };
        }

        return new RefNode { Code = code, Name = $"Tiêu chí {code}", Max = Text(sign * magnitude), Block = block, Survey = survey, NotApplicable = na, Rule = rule };
    }

    /// <summary>A step that divides the leaf's maximum (the loader requires it, so that full points can be entered), or none.</summary>
    private static string? Step(Entropy e, BigInteger magnitude)
    {
        var step = e.Pick(new BigInteger[] { 250_000, 500_000, 1_000_000, 1, 100_000, 300_000 });
        return magnitude % step == 0 ? Text(step) : null;
    }

    private static RefRule Ratio(Entropy e, bool survey) => new()
    {
        Kind = RefRuleKind.Ratio,
        Target = e.Chance(50) ? null : survey ? e.Pick(new[] { "100", "80", "95.5" }) : e.Pick(new[] { "100", "80", "12.5", "0.000015", "3", "1000000000", "0.000003" }),
        Short = e.Chance(50),
    };

    private static RefRule Choice(Entropy e, BigInteger magnitude)
    {
        var count = e.Between(2, 4);
        var names = OptionNames.OrderBy(_ => e.Next(1000)).Take(count).ToList();
        var options = names.Select((n, i) => new KeyValuePair<string, string>(n, Text(i == 0 ? magnitude : Amount(e, magnitude)))).ToList();
        return new RefRule { Kind = RefRuleKind.Choice, Options = options };
    }

    private static RefRule Tiers(Entropy e, BigInteger magnitude, bool survey)
    {
        var custom = !survey && e.Chance(30);
        BigInteger low = 0, high = custom ? e.Pick(new BigInteger[] { 10_000_000, 1_000_000, 250_500_000 }) : 100_000_000;
        var cuts = new SortedSet<BigInteger>();
        var count = e.Between(1, 4);
        for (var attempt = 0; cuts.Count < count - 1 && attempt < 40; attempt++)
        {
            var c = low + 1 + e.Below(high - low - 2);
            cuts.Add(e.Chance(60) ? c / 1_000_000 * 1_000_000 + (c / 1_000_000 * 1_000_000 <= low ? 1_000_000 : 0) : c);
        }

        var bounds = new List<BigInteger> { low };
        bounds.AddRange(cuts.Where(c => c > low && c < high));
        bounds.Add(high);
        var tiers = new List<RefTier>();
        var upperInclusive = new bool[bounds.Count];
        for (var i = 1; i < bounds.Count - 1; i++)
        {
            upperInclusive[i] = e.Chance(50);
        }

        for (var i = 0; i + 1 < bounds.Count; i++)
        {
            var first = i == 0;
            var last = i + 2 == bounds.Count;
            string? ge = null, gt = null, le = null, lt = null;
            if (!first)
            {
                if (upperInclusive[i])
                {
                    gt = Text(bounds[i]);
                }
                else
                {
                    ge = Text(bounds[i]);
                }
            }
            else if (e.Chance(40))
            {
                ge = Text(low);
            }

            if (!last)
            {
                if (upperInclusive[i + 1])
                {
                    le = Text(bounds[i + 1]);
                }
                else
                {
                    lt = Text(bounds[i + 1]);
                }
            }
            else if (e.Chance(40))
            {
                le = Text(high);
            }

            tiers.Add(new RefTier(ge, gt, le, lt, Text(last ? magnitude : Amount(e, magnitude))));
        }

        if (e.Chance(50))
        {
            tiers.Reverse();
        }

        return new RefRule { Kind = RefRuleKind.Tiers, Tiers = tiers, Range = custom || e.Chance(20) ? (Text(low), Text(high)) : null };
    }

    /// <summary>An amount in ticks in [0, limit]: whole, half, tenth or any millionth.</summary>
    public static BigInteger Amount(Entropy e, BigInteger limit)
    {
        var grid = e.Pick(new BigInteger[] { 1_000_000, 500_000, 250_000, 100_000, 1 });
        var steps = limit / grid;
        return e.Below(steps) * grid;
    }

    private static BigInteger NonZero(BigInteger amount, BigInteger fallback) => amount.IsZero ? fallback : amount;

    /// <summary>Splits a positive amount in ticks into <paramref name="count"/> positive parts.</summary>
    public static List<BigInteger> Split(Entropy e, BigInteger total, int count)
    {
        if (total < count)
        {
            count = 1;
        }

        var cuts = new SortedSet<BigInteger>();
        var grid = e.Pick(new BigInteger[] { 1_000_000, 500_000, 1 });
        for (var attempt = 0; cuts.Count < count - 1 && attempt < 40; attempt++)
        {
            var c = e.Chance(70) && total / grid > count ? (1 + e.Below((total / grid) - 2)) * grid : 1 + e.Below(total - 2);
            if (c > 0 && c < total)
            {
                cuts.Add(c);
            }
        }

        var parts = new List<BigInteger>();
        var previous = BigInteger.Zero;
        foreach (var c in cuts)
        {
            parts.Add(c - previous);
            previous = c;
        }

        parts.Add(total - previous);
        return parts;
    }

    /// <summary>Ticks as the shortest exact decimal text.</summary>
    public static string Text(BigInteger ticks) => RationalTicks.FromTicks(ticks).ToExactString();
}
