using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace ParIndex.Tests.Reference;

/// <summary>Renders a <see cref="ReferenceCase"/> as the files a user would give the tool: criteria YAML and CSV (or JSON) inputs.</summary>
internal static class CaseFiles
{
    public static string CriteriaYaml(ReferenceCase c)
    {
        var set = c.Set;
        var sb = new StringBuilder();
        sb.Append("format: 1\n");
        sb.Append("id: ").Append(set.Id).Append('\n');
        sb.Append("name: ").Append(Quote(set.Name)).Append('\n');
        sb.Append("level: district\n");
        sb.Append("max: ").Append(set.Max).Append('\n');
        if (set.Precision is { } p)
        {
            sb.Append("precision: ").Append(p.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        if (set.Ranking is { } r)
        {
            sb.Append("ranking: ").Append(r).Append('\n');
        }

        if (set.Bands.Count > 0)
        {
            sb.Append("bands:\n");
            AppendBands(sb, set.Bands, "  ");
        }

        if (set.GroupBands.Count > 0)
        {
            sb.Append("group_bands:\n");
            foreach (var (group, bands) in set.GroupBands)
            {
                sb.Append("  ").Append(Quote(group)).Append(":\n");
                AppendBands(sb, bands, "    ");
            }
        }

        if (set.TieBreakers.Count > 0)
        {
            sb.Append("tie_breakers: [").Append(string.Join(", ", set.TieBreakers.Select(Quote))).Append("]\n");
        }

        if (set.Penalty is { } pen)
        {
            sb.Append("over_scoring_penalty: { threshold: ").Append(pen.Threshold).Append(", deduct: ").Append(pen.Deduct).Append(" }\n");
        }

        sb.Append("areas:\n");
        foreach (var area in set.Areas)
        {
            AppendNode(sb, area, "  ", true);
        }

        return sb.ToString();
    }

    public static string UnitsCsv(ReferenceCase c)
    {
        var d = c.Delimiter;
        var sb = new StringBuilder();
        var leaves = ReferenceTree.SelfLeaves(c.Set).Select(l => l.Code).ToList();
        if (c.LongForm)
        {
            Row(sb, d, "unit_id", "unit_name", "group", "code", "value", "evidence");
            foreach (var u in c.Units)
            {
                foreach (var code in leaves)
                {
                    if (u.Values.TryGetValue(code, out var v))
                    {
                        Row(sb, d, u.Id, u.Name, u.Group ?? "", code, v, "");
                    }
                }
            }
        }
        else
        {
            var columns = leaves.Where(l => !c.OmittedColumns.Contains(l)).ToList();
            Row(sb, d, new[] { "unit_id", "unit_name", "group" }.Concat(columns).ToArray());
            foreach (var u in c.Units)
            {
                Row(sb, d, new[] { u.Id, u.Name, u.Group ?? "" }.Concat(columns.Select(code => u.Values.TryGetValue(code, out var v) ? v : "")).ToArray());
            }
        }

        return sb.ToString();
    }

    public static string AppraisalCsv(ReferenceCase c, int round)
    {
        var d = c.Delimiter;
        var sb = new StringBuilder();
        Row(sb, d, "unit_id", "code", "value", "points", "delta", "reason");
        foreach (var a in c.Rounds[round])
        {
            Row(
                sb,
                d,
                a.UnitId,
                a.Code,
                a.Kind == RefAdjustmentKind.Value ? a.Text : "",
                a.Kind == RefAdjustmentKind.Points ? a.Text : "",
                a.Kind == RefAdjustmentKind.Delta ? a.Text : "",
                a.Reason);
        }

        return sb.ToString();
    }

    public static string SurveyCsv(ReferenceCase c)
    {
        var d = c.Delimiter;
        var sb = new StringBuilder();
        Row(sb, d, "unit_id", "code", "value");
        foreach (var s in c.Survey)
        {
            Row(sb, d, s.UnitId, s.Code, s.Value);
        }

        return sb.ToString();
    }

    /// <summary>The previous index as the file shows it.</summary>
    public static string PreviousIndexText(RefPreviousRow row, PreviousStyle style)
    {
        if (style != PreviousStyle.SpreadsheetCsv)
        {
            return row.Index;
        }

        var text = row.Index.Contains('.') ? row.Index.TrimEnd('0').TrimEnd('.') : row.Index;
        return text.Replace('.', ',');
    }

    public static string PreviousText(ReferenceCase c)
    {
        var prev = c.Previous!;
        var sb = new StringBuilder();
        if (prev.Style == PreviousStyle.Json)
        {
            sb.Append("{\n  \"schema_version\": 1,\n  \"kind\": \"results\",\n  \"criteria_set\": { \"id\": \"old\" },\n  \"units\": [\n");
            for (var i = 0; i < prev.Rows.Count; i++)
            {
                var r = prev.Rows[i];
                sb.Append("    { \"unit_id\": ").Append(JsonString(r.UnitId))
                    .Append(", \"unit_name\": ").Append(JsonString(r.Name))
                    .Append(", \"group\": ").Append(r.Group is null ? "null" : JsonString(r.Group))
                    .Append(", \"rank\": ").Append(r.Rank.ToString(CultureInfo.InvariantCulture))
                    .Append(", \"points\": 1.00, \"index\": ").Append(r.Index)
                    .Append(", \"group_rank\": ").Append(r.GroupRank is { } g ? g.ToString(CultureInfo.InvariantCulture) : "null")
                    .Append(" }").Append(i + 1 < prev.Rows.Count ? ",\n" : "\n");
            }

            sb.Append("  ]\n}\n");
            return sb.ToString();
        }

        var spreadsheet = prev.Style == PreviousStyle.SpreadsheetCsv;
        var d = spreadsheet ? ';' : ',';
        if (spreadsheet)
        {
            sb.Append('\uFEFF');
        }

        Row(sb, d, spreadsheet ? new[] { "rank", "unit_id", "unit_name", "group", "index", "band", "group_rank", "", "" } : new[] { "rank", "unit_id", "unit_name", "group", "index", "band", "group_rank" });
        foreach (var r in prev.Rows)
        {
            var cells = new List<string>
            {
                r.Rank.ToString(CultureInfo.InvariantCulture), r.UnitId, r.Name, r.Group ?? "", PreviousIndexText(r, prev.Style), "Khá",
                r.GroupRank is { } g ? g.ToString(CultureInfo.InvariantCulture) : "",
            };
            if (spreadsheet)
            {
                cells.Add("");
                cells.Add("");
            }

            Row(sb, d, cells.ToArray());
        }

        return sb.ToString();
    }

    /// <summary>Writes every file of the case into <paramref name="folder"/> and returns their paths.</summary>
    public static CasePaths Write(ReferenceCase c, string folder)
    {
        Directory.CreateDirectory(folder);
        var utf8 = new UTF8Encoding(false);
        var criteria = Path.Combine(folder, "criteria.yaml");
        File.WriteAllText(criteria, CriteriaYaml(c), utf8);
        var units = Path.Combine(folder, "units.csv");
        File.WriteAllText(units, UnitsCsv(c), utf8);
        var appraisals = new List<string>();
        for (var r = 0; r < c.Rounds.Count; r++)
        {
            var path = Path.Combine(folder, $"appraisal{r + 1}.csv");
            File.WriteAllText(path, AppraisalCsv(c, r), utf8);
            appraisals.Add(path);
        }

        string? survey = null;
        if (c.Survey.Count > 0)
        {
            survey = Path.Combine(folder, "survey.csv");
            File.WriteAllText(survey, SurveyCsv(c), utf8);
        }

        string? previous = null;
        if (c.Previous is { } p)
        {
            previous = Path.Combine(folder, p.Style == PreviousStyle.Json ? "previous.json" : "previous.csv");
            File.WriteAllText(previous, PreviousText(c), utf8);
        }

        return new CasePaths(criteria, units, appraisals, survey, previous);
    }

    /// <summary>Every file as text, for a failure message that can be pasted into a regression test.</summary>
    public static string Describe(ReferenceCase c)
    {
        var sb = new StringBuilder();
        sb.Append("--- criteria.yaml\n").Append(CriteriaYaml(c));
        sb.Append("--- units.csv\n").Append(UnitsCsv(c));
        for (var r = 0; r < c.Rounds.Count; r++)
        {
            sb.Append($"--- appraisal{r + 1}.csv\n").Append(AppraisalCsv(c, r));
        }

        if (c.Survey.Count > 0)
        {
            sb.Append("--- survey.csv\n").Append(SurveyCsv(c));
        }

        if (c.Previous is not null)
        {
            sb.Append("--- previous\n").Append(PreviousText(c));
        }

        sb.Append("--- options: ").Append(c.GroupBy ? "--group-by group" : "--group-by none");
        if (c.ExactOverride is { } e)
        {
            sb.Append(e ? " --compare exact" : " --compare reported");
        }

        return sb.Append('\n').ToString();
    }

    public static string Quote(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static void AppendBands(StringBuilder sb, List<RefBand> bands, string indent)
    {
        foreach (var b in bands)
        {
            sb.Append(indent).Append("- { name: ").Append(Quote(b.Name)).Append(", min: ").Append(b.Min).Append(" }\n");
        }
    }

    private static void AppendNode(StringBuilder sb, RefNode n, string indent, bool isArea)
    {
        var inner = indent + "  ";
        sb.Append(indent).Append("- code: ").Append(Quote(n.Code)).Append('\n');
        sb.Append(inner).Append("name: ").Append(Quote(n.Name)).Append('\n');
        if (n.Max is { } max)
        {
            sb.Append(inner).Append("max: ").Append(max).Append('\n');
        }

        if (n.Weight is { } w)
        {
            sb.Append(inner).Append("weight: ").Append(w).Append('\n');
        }

        if (isArea && n.Block != RefBlock.None)
        {
            sb.Append(inner).Append("block: ").Append(n.Block == RefBlock.Deduction ? "deduction" : "bonus").Append('\n');
        }

        if (n.Survey)
        {
            sb.Append(inner).Append("source: survey\n");
        }

        if (n.NotApplicable != RefNa.Inherit)
        {
            sb.Append(inner).Append("not_applicable: ").Append(n.NotApplicable switch { RefNa.Full => "full", RefNa.Exclude => "exclude", _ => "forbidden" }).Append('\n');
        }

        if (n.Rule is { } rule)
        {
            sb.Append(inner).Append("rule: ").Append(RuleYaml(rule)).Append('\n');
            return;
        }

        sb.Append(inner).Append("children:\n");
        foreach (var child in n.Children)
        {
            AppendNode(sb, child, inner + "  ", false);
        }
    }

    private static string RuleYaml(RefRule r)
    {
        switch (r.Kind)
        {
            case RefRuleKind.YesNo:
                return r.Short ? "yes_no" : "{ kind: yes_no }";
            case RefRuleKind.Choice:
                return "{ kind: choice, options: { " + string.Join(", ", r.Options.Select(o => Quote(o.Key) + ": " + o.Value)) + " } }";
            case RefRuleKind.Tiers:
                var range = r.Range is { } rg ? $"range: [{rg.Min}, {rg.Max}], " : "";
                return "{ kind: tiers, " + range + "tiers: [ " + string.Join(", ", r.Tiers.Select(TierYaml)) + " ] }";
            case RefRuleKind.Ratio:
                return r.Target is null ? (r.Short ? "ratio" : "{ kind: ratio }") : "{ kind: ratio, target: " + r.Target + " }";
            case RefRuleKind.Points:
                return r.Step is null ? (r.Short ? "points" : "{ kind: points }") : "{ kind: points, step: " + r.Step + " }";
            default:
                return "{ kind: count, per: " + r.Per + " }";
        }
    }

    private static string TierYaml(RefTier t)
    {
        var parts = new List<string>();
        if (t.Ge is not null)
        {
            parts.Add("ge: " + t.Ge);
        }

        if (t.Gt is not null)
        {
            parts.Add("gt: " + t.Gt);
        }

        if (t.Le is not null)
        {
            parts.Add("le: " + t.Le);
        }

        if (t.Lt is not null)
        {
            parts.Add("lt: " + t.Lt);
        }

        parts.Add("points: " + t.Points);
        return "{ " + string.Join(", ", parts) + " }";
    }

    private static void Row(StringBuilder sb, char d, params string[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(d);
            }

            var cell = cells[i];
            if (cell.IndexOf(d) >= 0 || cell.Contains('"') || cell.Contains('\n'))
            {
                sb.Append('"').Append(cell.Replace("\"", "\"\"")).Append('"');
            }
            else
            {
                sb.Append(cell);
            }
        }

        sb.Append('\n');
    }

    private static string JsonString(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}

internal sealed record CasePaths(string Criteria, string Units, IReadOnlyList<string> Appraisals, string? Survey, string? Previous);
