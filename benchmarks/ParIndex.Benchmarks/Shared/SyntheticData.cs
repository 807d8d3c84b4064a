using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using ParIndex.Assessments;
using ParIndex.Criteria;

namespace ParIndex.Benchmarks.Shared;

/// <summary>The rule of a generated leaf.</summary>
public enum SyntheticKind
{
    /// <summary>yes_no.</summary>
    YesNo,

    /// <summary>choice with three options.</summary>
    Choice,

    /// <summary>tiers over 0–100.</summary>
    Tiers,

    /// <summary>ratio with target 100.</summary>
    Ratio,

    /// <summary>points with a step.</summary>
    Points,

    /// <summary>count with points per occurrence.</summary>
    Count,
}

/// <summary>One generated leaf.</summary>
public sealed class SyntheticLeaf
{
    internal SyntheticLeaf(string code, SyntheticKind kind, decimal max, string notApplicable, bool survey, bool deduction, bool bonus)
    {
        Code = code;
        Kind = kind;
        Max = max;
        NotApplicable = notApplicable;
        IsSurvey = survey;
        IsDeduction = deduction;
        IsBonus = bonus;
    }

    /// <summary>The leaf's code.</summary>
    public string Code { get; }

    /// <summary>The rule.</summary>
    public SyntheticKind Kind { get; }

    /// <summary>|max| in points.</summary>
    public decimal Max { get; }

    /// <summary>forbidden, full or exclude.</summary>
    public string NotApplicable { get; }

    /// <summary>A survey leaf.</summary>
    public bool IsSurvey { get; }

    /// <summary>In the deduction block.</summary>
    public bool IsDeduction { get; }

    /// <summary>In the bonus block.</summary>
    public bool IsBonus { get; }
}

/// <summary>One generated value: "not applicable", a number, or an option name; with the text a unit would type.</summary>
public readonly struct SyntheticValue
{
    /// <summary>Creates a value.</summary>
    public SyntheticValue(bool notApplicable, decimal number, string? option, string text)
    {
        IsNotApplicable = notApplicable;
        Number = number;
        Option = option;
        Text = text;
    }

    /// <summary>"Không phát sinh".</summary>
    public bool IsNotApplicable { get; }

    /// <summary>The number (yes/no as 0/1, counts, ratios, tier values, points).</summary>
    public decimal Number { get; }

    /// <summary>The option's name for a choice leaf.</summary>
    public string? Option { get; }

    /// <summary>The value as written in a CSV file.</summary>
    public string Text { get; }
}

/// <summary>One generated appraisal row.</summary>
public sealed class SyntheticAdjustment
{
    internal SyntheticAdjustment(int unit, int leaf, AdjustmentKind kind, SyntheticValue value, decimal amount, string reason)
    {
        Unit = unit;
        Leaf = leaf;
        Kind = kind;
        Value = value;
        Amount = amount;
        Reason = reason;
    }

    /// <summary>Unit ordinal.</summary>
    public int Unit { get; }

    /// <summary>Leaf ordinal.</summary>
    public int Leaf { get; }

    /// <summary>Value, points or delta.</summary>
    public AdjustmentKind Kind { get; }

    /// <summary>The replacement value (kind Value).</summary>
    public SyntheticValue Value { get; }

    /// <summary>Points or delta (kinds Points and Delta), signed.</summary>
    public decimal Amount { get; }

    /// <summary>The council's reason.</summary>
    public string Reason { get; }

    /// <summary>The amount as written in a CSV file.</summary>
    public string AmountText => Amount.ToString("0.######", CultureInfo.InvariantCulture);
}

/// <summary>
/// A deterministic synthetic round: a criteria set with a realistic rule mix (tiers, yes/no, choice,
/// ratio, points, counts; a survey area, a deduction and a bonus block; "not applicable" allowed on
/// some leaves), units in groups, their self-assessed values (some N/A, some with decimal commas or
/// '%'), two appraisal rounds touching about 10 % of cells, and survey results.
/// </summary>
public sealed class SyntheticRound
{
    private static readonly string[] Options = { "Đầy đủ, đúng thời hạn", "Chưa đầy đủ", "Không thực hiện" };
    private static readonly string[] Groups = { "so", "huyen", "xa" };

    private SyntheticRound(int seed, string yaml, List<SyntheticLeaf> leaves, string[] ids, string[] names, string[] groups, SyntheticValue[] values, List<SyntheticAdjustment>[] rounds)
    {
        Seed = seed;
        CriteriaYaml = yaml;
        Leaves = leaves;
        UnitIds = ids;
        UnitNames = names;
        UnitGroups = groups;
        Values = values;
        Rounds = rounds;
        Set = CriteriaSetLoader.Parse(yaml, "synthetic.yaml");
    }

    /// <summary>The seed used.</summary>
    public int Seed { get; }

    /// <summary>The criteria set as YAML.</summary>
    public string CriteriaYaml { get; }

    /// <summary>The criteria set, parsed.</summary>
    public CriteriaSet Set { get; }

    /// <summary>Leaves in file order (the order of <see cref="CriteriaSet.Leaves"/>).</summary>
    public IReadOnlyList<SyntheticLeaf> Leaves { get; }

    /// <summary>Unit ids.</summary>
    public string[] UnitIds { get; }

    /// <summary>Unit names.</summary>
    public string[] UnitNames { get; }

    /// <summary>Unit groups.</summary>
    public string[] UnitGroups { get; }

    /// <summary>Values, unit-major: [unit × leaves + leaf]; survey leaves hold survey results.</summary>
    public SyntheticValue[] Values { get; }

    /// <summary>Appraisal rounds in order.</summary>
    public List<SyntheticAdjustment>[] Rounds { get; }

    /// <summary>Number of units.</summary>
    public int UnitCount => UnitIds.Length;

    /// <summary>A unit's value for a leaf.</summary>
    public SyntheticValue Value(int unit, int leaf) => Values[(unit * Leaves.Count) + leaf];

    /// <summary>Generates a round; the same arguments always give the same round.</summary>
    /// <param name="units">Number of units.</param>
    /// <param name="leaves">Number of leaves (at least 20).</param>
    /// <param name="seed">Random seed.</param>
    public static SyntheticRound Generate(int units, int leaves, int seed = 2025)
    {
        if (leaves < 20)
        {
            throw new ArgumentOutOfRangeException(nameof(leaves), "at least 20 leaves");
        }

        var random = new Random(seed);
        var (yaml, leafList) = GenerateCriteria(random, leaves);
        var ids = new string[units];
        var names = new string[units];
        var groups = new string[units];
        var values = new SyntheticValue[units * leaves];
        for (var u = 0; u < units; u++)
        {
            ids[u] = "U" + u.ToString("D5", CultureInfo.InvariantCulture);
            names[u] = "Đơn vị " + u.ToString(CultureInfo.InvariantCulture);
            groups[u] = Groups[random.Next(Groups.Length)];

            // A unit's "quality" makes values correlated, so indices spread out and ties are realistic.
            var quality = 0.55 + (0.45 * random.NextDouble());
            for (var j = 0; j < leaves; j++)
            {
                values[(u * leaves) + j] = RandomValue(random, leafList[j], quality, true);
            }
        }

        var rounds = new[] { new List<SyntheticAdjustment>(), new List<SyntheticAdjustment>() };
        var reasons = new[] { "Số liệu tính lại theo hệ thống", "Thiếu tài liệu kiểm chứng", "Sau giải trình, đã bổ sung tài liệu" };
        for (var u = 0; u < units; u++)
        {
            for (var j = 0; j < leaves; j++)
            {
                var leaf = leafList[j];
                if (leaf.IsSurvey || random.NextDouble() >= 0.10)
                {
                    continue;
                }

                var self = values[(u * leaves) + j];
                var reason = reasons[random.Next(reasons.Length)];
                var sign = leaf.IsDeduction ? -1m : 1m;
                var roll = random.NextDouble();
                if (roll < 0.15 && leaf.Kind == SyntheticKind.Points && !self.IsNotApplicable && self.Number > 0)
                {
                    // A delta keeps the points inside the leaf's range.
                    var delta = -Math.Min(self.Number, 0.25m) * sign;
                    rounds[0].Add(new SyntheticAdjustment(u, j, AdjustmentKind.Delta, default, delta, reason));
                }
                else if (roll < 0.35)
                {
                    // Quarters of the maximum; a points rule's own step (0.25) is kept, as the scorer requires.
                    var quarter = leaf.Max * random.Next(0, 5) / 4m;
                    var points = (leaf.Kind == SyntheticKind.Points ? decimal.Floor(quarter * 4) / 4 : Math.Round(quarter, 6)) * sign;
                    rounds[0].Add(new SyntheticAdjustment(u, j, AdjustmentKind.Points, default, points, reason));
                }
                else
                {
                    rounds[0].Add(new SyntheticAdjustment(u, j, AdjustmentKind.Value, RandomValue(random, leaf, 0.7, false), 0, reason));
                }

                if (random.NextDouble() < 0.1)
                {
                    // Round 2 (after the unit's explanation) revisits a few cells of round 1.
                    rounds[1].Add(new SyntheticAdjustment(u, j, AdjustmentKind.Value, RandomValue(random, leaf, 0.9, false), 0, reasons[2]));
                }
            }
        }

        return new SyntheticRound(seed, yaml, leafList, ids, names, groups, values, rounds);
    }

    /// <summary>Builds the library's input in memory, as an app would (values given as the text typed).</summary>
    public AssessmentInput BuildInput()
    {
        var builder = new AssessmentInputBuilder(Set);
        for (var u = 0; u < UnitCount; u++)
        {
            builder.AddUnit(new UnitInfo(UnitIds[u], UnitNames[u], UnitGroups[u]));
        }

        for (var u = 0; u < UnitCount; u++)
        {
            for (var j = 0; j < Leaves.Count; j++)
            {
                var leaf = Leaves[j];
                var value = AssessmentValue.Raw(Value(u, j).Text);
                if (leaf.IsSurvey)
                {
                    builder.SetSurvey(UnitIds[u], leaf.Code, value);
                }
                else
                {
                    builder.SetSelf(UnitIds[u], leaf.Code, value);
                }
            }
        }

        for (var r = 0; r < Rounds.Length; r++)
        {
            var round = builder.AddAppraisalRound("vòng " + (r + 1).ToString(CultureInfo.InvariantCulture));
            foreach (var a in Rounds[r])
            {
                var id = UnitIds[a.Unit];
                var code = Leaves[a.Leaf].Code;
                switch (a.Kind)
                {
                    case AdjustmentKind.Value:
                        round.ReplaceValue(id, code, AssessmentValue.Raw(a.Value.Text), a.Reason);
                        break;
                    case AdjustmentKind.Points:
                        round.SetPoints(id, code, a.Amount, a.Reason);
                        break;
                    default:
                        round.AddPoints(id, code, a.Amount, a.Reason);
                        break;
                }
            }
        }

        return builder.Build();
    }

    /// <summary>The self-assessment file, wide form (one row per unit, one column per self-assessed leaf).</summary>
    public string SelfCsv()
    {
        var sb = new StringBuilder(UnitCount * Leaves.Count * 6);
        sb.Append("unit_id,unit_name,group");
        foreach (var leaf in Leaves)
        {
            if (!leaf.IsSurvey)
            {
                sb.Append(',').Append(leaf.Code);
            }
        }

        sb.Append('\n');
        for (var u = 0; u < UnitCount; u++)
        {
            sb.Append(UnitIds[u]).Append(',').Append(UnitNames[u]).Append(',').Append(UnitGroups[u]);
            for (var j = 0; j < Leaves.Count; j++)
            {
                if (!Leaves[j].IsSurvey)
                {
                    sb.Append(',');
                    AppendField(sb, Value(u, j).Text);
                }
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>One appraisal round's file.</summary>
    public string AppraisalCsv(int round)
    {
        var sb = new StringBuilder();
        sb.Append("unit_id,code,value,points,delta,reason\n");
        foreach (var a in Rounds[round])
        {
            sb.Append(UnitIds[a.Unit]).Append(',').Append(Leaves[a.Leaf].Code).Append(',');
            switch (a.Kind)
            {
                case AdjustmentKind.Value:
                    AppendField(sb, a.Value.Text);
                    sb.Append(",,");
                    break;
                case AdjustmentKind.Points:
                    sb.Append(',').Append(a.AmountText).Append(',');
                    break;
                default:
                    sb.Append(",,").Append(a.AmountText);
                    break;
            }

            sb.Append(',');
            AppendField(sb, a.Reason);
            sb.Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>The survey file (long form).</summary>
    public string SurveyCsv()
    {
        var sb = new StringBuilder();
        sb.Append("unit_id,code,value\n");
        for (var u = 0; u < UnitCount; u++)
        {
            for (var j = 0; j < Leaves.Count; j++)
            {
                if (Leaves[j].IsSurvey)
                {
                    sb.Append(UnitIds[u]).Append(',').Append(Leaves[j].Code).Append(',');
                    AppendField(sb, Value(u, j).Text);
                    sb.Append('\n');
                }
            }
        }

        return sb.ToString();
    }

    /// <summary>Writes criteria.yaml, units.csv, appraisal.csv, appraisal-round2.csv and survey.csv into a folder.</summary>
    public void WriteFiles(string directory)
    {
        Directory.CreateDirectory(directory);
        var utf8 = new UTF8Encoding(false);
        File.WriteAllText(Path.Combine(directory, "criteria.yaml"), CriteriaYaml, utf8);
        File.WriteAllText(Path.Combine(directory, "units.csv"), SelfCsv(), utf8);
        File.WriteAllText(Path.Combine(directory, "appraisal.csv"), AppraisalCsv(0), utf8);
        File.WriteAllText(Path.Combine(directory, "appraisal-round2.csv"), AppraisalCsv(1), utf8);
        File.WriteAllText(Path.Combine(directory, "survey.csv"), SurveyCsv(), utf8);
    }

    private static void AppendField(StringBuilder sb, string text)
    {
        if (text.IndexOf(',') >= 0 || text.IndexOf('"') >= 0)
        {
            sb.Append('"').Append(text.Replace("\"", "\"\"")).Append('"');
        }
        else
        {
            sb.Append(text);
        }
    }

    private static string Num(decimal value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    private static SyntheticValue RandomValue(Random random, SyntheticLeaf leaf, double quality, bool allowVariants)
    {
        if (leaf.NotApplicable != "forbidden" && random.NextDouble() < 0.06)
        {
            var marker = random.Next(4) switch { 0 => "không phát sinh", 1 => "KPS", 2 => "n/a", _ => "NA" };
            return new SyntheticValue(true, 0, null, marker);
        }

        var good = random.NextDouble() < quality;
        switch (leaf.Kind)
        {
            case SyntheticKind.YesNo:
            {
                var yes = leaf.IsDeduction || leaf.IsBonus ? !good : good;
                var text = allowVariants && random.Next(10) == 0 ? (yes ? "có" : "không") : (yes ? "1" : "0");
                return new SyntheticValue(false, yes ? 1 : 0, null, text);
            }

            case SyntheticKind.Choice:
            {
                var index = good ? 0 : random.Next(1, Options.Length);
                return new SyntheticValue(false, 0, Options[index], Options[index]);
            }

            case SyntheticKind.Tiers:
            case SyntheticKind.Ratio:
            {
                var top = leaf.Kind == SyntheticKind.Ratio && !leaf.IsSurvey ? 1200 : 1000;
                var tenths = good ? random.Next(850, top + 1) : random.Next(0, 1000);
                var number = tenths / 10m;
                var text = Num(number);
                if (allowVariants)
                {
                    var form = random.Next(20);
                    text = form == 0 ? text.Replace('.', ',') : form == 1 ? text + "%" : form == 2 ? text.Replace('.', ',') + " %" : text;
                }

                return new SyntheticValue(false, number, null, text);
            }

            case SyntheticKind.Points:
            {
                var steps = (int)(leaf.Max / 0.25m);
                var number = (good ? random.Next(steps / 2, steps + 1) : random.Next(0, steps + 1)) * 0.25m;
                return new SyntheticValue(false, number, null, Num(number));
            }

            default:
            {
                var count = leaf.IsDeduction ? (good ? 0 : random.Next(1, 6)) : random.Next(0, 6);
                return new SyntheticValue(false, count, null, count.ToString(CultureInfo.InvariantCulture));
            }
        }
    }

    private static (string Yaml, List<SyntheticLeaf> Leaves) GenerateCriteria(Random random, int leafCount)
    {
        var surveyLeaves = Math.Max(2, leafCount / 25);
        var deductionLeaves = Math.Max(2, leafCount / 33);
        var bonusLeaves = Math.Max(1, leafCount / 100);
        var ordinary = leafCount - surveyLeaves - deductionLeaves - bonusLeaves;
        const int OrdinaryAreas = 6;
        var leaves = new List<SyntheticLeaf>(leafCount);
        var body = new StringBuilder();
        decimal total = 0;

        var perArea = new int[OrdinaryAreas];
        for (var i = 0; i < ordinary; i++)
        {
            perArea[i % OrdinaryAreas]++;
        }

        for (var a = 0; a < OrdinaryAreas; a++)
        {
            var area = (a + 1).ToString(CultureInfo.InvariantCulture);
            body.Append("  - code: \"").Append(area).Append("\"\n    name: \"Lĩnh vực ").Append(area).Append("\"\n    children:\n");
            var remaining = perArea[a];
            var criterion = 0;
            while (remaining > 0)
            {
                criterion++;
                var code = area + "." + criterion.ToString(CultureInfo.InvariantCulture);
                var size = Math.Min(remaining, random.Next(1, 5));
                remaining -= size;
                if (size == 1)
                {
                    total += AppendLeaf(random, body, leaves, code, "      ", false, false, false);
                    continue;
                }

                body.Append("      - code: \"").Append(code).Append("\"\n        name: \"Tiêu chí ").Append(code).Append("\"\n        children:\n");
                for (var s = 1; s <= size; s++)
                {
                    total += AppendLeaf(random, body, leaves, code + "." + s.ToString(CultureInfo.InvariantCulture), "          ", false, false, false);
                }
            }
        }

        body.Append("  - code: \"7\"\n    name: \"Điều tra xã hội học\"\n    source: survey\n    children:\n");
        for (var s = 1; s <= surveyLeaves; s++)
        {
            total += AppendLeaf(random, body, leaves, "7." + s.ToString(CultureInfo.InvariantCulture), "      ", true, false, false);
        }

        body.Append("  - code: \"D\"\n    name: \"Điểm trừ\"\n    block: deduction\n    max: -5\n    children:\n");
        for (var s = 1; s <= deductionLeaves; s++)
        {
            AppendLeaf(random, body, leaves, "D." + s.ToString(CultureInfo.InvariantCulture), "      ", false, true, false);
        }

        body.Append("  - code: \"B\"\n    name: \"Điểm thưởng\"\n    block: bonus\n    max: 3\n    children:\n");
        for (var s = 1; s <= bonusLeaves; s++)
        {
            AppendLeaf(random, body, leaves, "B." + s.ToString(CultureInfo.InvariantCulture), "      ", false, false, true);
        }

        var head = new StringBuilder();
        head.Append("format: 1\nid: synthetic-").Append(leafCount.ToString(CultureInfo.InvariantCulture)).Append('\n');
        head.Append("name: \"Bộ chỉ số tổng hợp (").Append(leafCount.ToString(CultureInfo.InvariantCulture)).Append(" tiêu chí)\"\n");
        head.Append("level: commune\nyear: 2025\nmax: ").Append(Num(total)).Append('\n');
        head.Append("precision: 2\nbands:\n  - { name: \"Tốt\", min: 90 }\n  - { name: \"Khá\", min: 80 }\n  - { name: \"Trung bình\", min: 65 }\n  - { name: \"Yếu\", min: 0 }\n");
        head.Append("areas:\n");
        return (head.Append(body).ToString(), leaves);
    }

    private static decimal AppendLeaf(Random random, StringBuilder body, List<SyntheticLeaf> leaves, string code, string indent, bool survey, bool deduction, bool bonus)
    {
        SyntheticKind kind;
        decimal max;
        if (survey)
        {
            kind = SyntheticKind.Ratio;
            max = random.Next(1, 5);
        }
        else if (deduction)
        {
            kind = random.Next(2) == 0 ? SyntheticKind.Count : SyntheticKind.YesNo;
            max = random.Next(1, 5) * 0.5m;
        }
        else if (bonus)
        {
            kind = SyntheticKind.Points;
            max = 1;
        }
        else
        {
            var roll = random.Next(100);
            kind = roll < 25 ? SyntheticKind.Tiers : roll < 50 ? SyntheticKind.YesNo : roll < 65 ? SyntheticKind.Choice : roll < 80 ? SyntheticKind.Ratio : roll < 90 ? SyntheticKind.Points : SyntheticKind.Count;
            max = random.Next(2, 9) * 0.25m;
        }

        var na = "forbidden";
        if (!survey)
        {
            var r = random.Next(10);
            na = r == 0 ? "full" : r <= 2 ? "exclude" : "forbidden";
        }

        var m = Num(deduction ? -max : max);
        body.Append(indent).Append("- code: \"").Append(code).Append("\"\n");
        body.Append(indent).Append("  name: \"Tiêu chí thành phần ").Append(code).Append("\"\n");
        body.Append(indent).Append("  max: ").Append(m).Append('\n');
        if (na != "forbidden")
        {
            body.Append(indent).Append("  not_applicable: ").Append(na).Append('\n');
        }

        body.Append(indent).Append("  rule: ");
        switch (kind)
        {
            case SyntheticKind.YesNo:
                body.Append("yes_no");
                break;
            case SyntheticKind.Choice:
                body.Append("{ kind: choice, options: { \"").Append(Options[0]).Append("\": ").Append(Num(max))
                    .Append(", \"").Append(Options[1]).Append("\": ").Append(Num(max / 2)).Append(", \"").Append(Options[2]).Append("\": 0 } }");
                break;
            case SyntheticKind.Tiers:
                var high = random.Next(80, 96);
                var low = random.Next(50, high - 5);
                body.Append("{ kind: tiers, tiers: [ { ge: ").Append(high).Append(", points: ").Append(Num(max))
                    .Append(" }, { ge: ").Append(low).Append(", lt: ").Append(high).Append(", points: ").Append(Num(max / 2))
                    .Append(" }, { lt: ").Append(low).Append(", points: 0 } ] }");
                break;
            case SyntheticKind.Ratio:
                body.Append("{ kind: ratio, target: ").Append(survey ? "100" : random.Next(2) == 0 ? "100" : "90").Append(" }");
                break;
            case SyntheticKind.Points:
                body.Append("{ kind: points, step: 0.25 }");
                break;
            default:
                body.Append("{ kind: count, per: ").Append(Num(max / 2 >= 0.25m ? 0.25m : max)).Append(" }");
                break;
        }

        body.Append('\n');
        leaves.Add(new SyntheticLeaf(code, kind, max, na, survey, deduction, bonus));
        return deduction || bonus ? 0 : max;
    }
}
