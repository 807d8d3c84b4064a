using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace ParIndex.Tests.Reference;

/// <summary>The JSON the tool should write for a case (<c>score --format json</c>), number by number as printed.</summary>
internal static class ExpectedJson
{
    public static J Build(ReferenceRanking r)
    {
        var set = r.Case.Set;
        var p = set.EffectivePrecision;
        var tree = r.Scores.Tree;
        var root = new JObj();
        root.Add("schema_version", Int(1)).Add("kind", new JStr("results"));
        root.Add("criteria_set", new JObj().Add("id", new JStr(set.Id)).Add("name", new JStr(set.Name)).Add("max_points", Num(Rational.Parse(set.Max), p)).Add("precision", Int(p)));
        root.Add("ranking", new JObj().Add("exact_comparison", new JBool(r.Exact)).Add("by_group", new JBool(r.ByGroup)).Add("tie_breakers", new JArr(set.TieBreakers.Select(t => (J)new JStr(t)))));
        var units = new JArr();
        foreach (var u in r.Units)
        {
            var s = u.S;
            var o = new JObj()
                .Add("unit_id", new JStr(u.Id)).Add("unit_name", new JStr(s.Unit.Name)).Add("group", Str(u.Group)).Add("rank", Int(u.Rank))
                .Add("self_points", Num(s.SelfPoints, p)).Add("points", Num(s.Points, p)).Add("survey_points", Num(s.SurveyPoints, p)).Add("max_points", Num(s.Max, p));
            if (set.Penalty is not null)
            {
                o.Add("over_scoring_penalty", Num(s.Penalty, p));
            }

            o.Add("index", Num(s.Index, p)).Add("band", Str(u.Band?.Name))
                .Add("group_rank", Int(u.GroupRank)).Add("appraised_points", Num(s.AppraisedPoints, p)).Add("self_minus_appraised", Num(s.SelfPoints - s.AppraisedPoints, p))
                .Add("previous_rank", Int(u.Previous?.Rank)).Add("previous_index", u.PreviousIndex is { } pi ? Num(pi, p) : new JNull())
                .Add("rank_change", Int(u.RankChange)).Add("group_rank_change", Int(u.GroupRankChange))
                .Add("index_change", u.PreviousIndex is { } before ? Num(s.Index.RoundHalfAwayFromZero(p) - before, p) : new JNull())
                .Add("next_rank_unit_id", Str(u.NextUp?.Id)).Add("points_to_next_rank", Up(u.ToNextRank, p))
                .Add("next_band", Str(u.NextBand?.Name)).Add("points_to_next_band", Up(u.ToNextBand, p)).Add("areas_led", Int(u.AreasLed));
            var areas = new JArr();
            foreach (var area in tree.Areas)
            {
                var index = ExpectedCsv.AreaIndex(s, area);
                areas.Add(new JObj().Add("code", new JStr(area.Code)).Add("name", new JStr(area.Def.Name))
                    .Add("points", Num(s.NodePoints[area], p)).Add("max_points", Num(s.NodeMax[area], p))
                    .Add("index", index is { } x ? Num(x, p) : new JNull())
                    .Add("rank", area.Block == RefBlock.None ? Int(u.AreaRanks[area].Rank) : new JNull()));
            }

            o.Add("areas", areas);
            units.Add(o);
        }

        root.Add("units", units);
        var leaders = new JArr();
        foreach (var (area, group, top, index) in r.Leaders.OrderBy(l => r.Scores.Tree.Areas.IndexOf(l.Area)))
        {
            leaders.Add(new JObj().Add("area", new JStr(area.Code)).Add("group", Str(group)).Add("index", index is { } x ? Num(x, p) : new JNull())
                .Add("unit_ids", new JArr(top.Select(t => (J)new JStr(t.Id)))));
        }

        root.Add("component_leaders", leaders);
        root.Add("accuracy", Accuracy(r, p));
        root.Add("not_ranked_this_year", new JArr(r.NotRanked.Select(n => (J)new JObj().Add("unit_id", new JStr(n.UnitId)).Add("unit_name", Str(n.Name)).Add("group", Str(n.Group))
            .Add("previous_rank", Int(n.Rank)).Add("previous_index", Num(Rational.Parse(CaseFiles.PreviousIndexText(n, r.Case.Previous!.Style)), p)))));
        return root;
    }

    private static J Accuracy(ReferenceRanking r, int p)
    {
        var groups = new JArr();
        var sets = new List<(bool All, string? Group, List<RankedRef> Units)> { (true, null, r.Units) };
        if (r.ByGroup)
        {
            sets.AddRange(r.Groups.Select(g => (false, g.Name, g.Units)));
        }

        foreach (var (all, group, members) in sets)
        {
            var n = members.Count;
            var self = members.Aggregate(Rational.Zero, (a, u) => a + u.S.SelfPoints);
            var appraised = members.Aggregate(Rational.Zero, (a, u) => a + u.S.AppraisedPoints);
            groups.Add(new JObj().Add("all_units", new JBool(all)).Add("group", Str(group)).Add("units", Int(n))
                .Add("average_self_points", Num(n == 0 ? Rational.Zero : self / Rational.Of(n), p))
                .Add("average_appraised_points", Num(n == 0 ? Rational.Zero : appraised / Rational.Of(n), p))
                .Add("units_over_scored", Int(members.Count(u => u.S.SelfPoints > u.S.AppraisedPoints)))
                .Add("units_penalised", Int(members.Count(u => !u.S.Penalty.IsZero))));
        }

        var units = new JArr();
        foreach (var u in r.Units.OrderByDescending(u => (u.S.SelfPoints - u.S.AppraisedPoints).Abs()).ThenBy(u => u.Id, System.StringComparer.Ordinal))
        {
            var s = u.S;
            units.Add(new JObj().Add("unit_id", new JStr(u.Id)).Add("self_points", Num(s.SelfPoints, p)).Add("appraised_points", Num(s.AppraisedPoints, p))
                .Add("difference", Num(s.SelfPoints - s.AppraisedPoints, p))
                .Add("self_to_appraised_percent", s.AppraisedPoints.IsZero ? new JNull() : Num(s.SelfPoints * Rational.Hundred / s.AppraisedPoints, p))
                .Add("criteria_marked_down", Int(ExpectedCsv.MarkedDown(r, s))).Add("penalty", Num(s.Penalty, p)));
        }

        var criteria = new JArr();
        foreach (var c in ExpectedCsv.CriterionAccuracy(r))
        {
            criteria.Add(new JObj().Add("code", new JStr(c.Leaf.Code)).Add("units_marked_down", Int(c.Down)).Add("total_mark_down", Num(c.Total, p))
                .Add("average_mark_down", c.Down == 0 ? new JNull() : Num(c.Total / Rational.Of(c.Down), p)).Add("units_marked_up", Int(c.Up)));
        }

        return new JObj().Add("groups", groups).Add("units", units).Add("criteria", criteria);
    }

    private static J Num(Rational x, int p) => new JNum(x.Format(p));

    private static J Up(Rational? x, int p) => x is { } v ? new JNum(v.CeilingTo(p).Format(p)) : new JNull();

    private static J Int(int? x) => x is { } v ? new JNum(v.ToString(CultureInfo.InvariantCulture)) : new JNull();

    private static J Str(string? s) => s is null ? new JNull() : new JStr(s);
}

/// <summary>An expected JSON value; numbers hold the exact text expected.</summary>
internal abstract class J
{
    /// <summary>Compares with what the tool wrote; adds a line per difference, naming the path.</summary>
    public abstract void Compare(JsonElement actual, string path, List<string> problems);
}

internal sealed class JObj : J
{
    private readonly List<KeyValuePair<string, J>> fields = new();

    public JObj Add(string name, J value)
    {
        fields.Add(new(name, value));
        return this;
    }

    public override void Compare(JsonElement actual, string path, List<string> problems)
    {
        if (actual.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{path}: expected an object, found {actual.GetRawText()}");
            return;
        }

        foreach (var (name, value) in fields)
        {
            if (actual.TryGetProperty(name, out var a))
            {
                value.Compare(a, path + "." + name, problems);
            }
            else
            {
                problems.Add($"{path}.{name}: missing");
            }
        }

        foreach (var property in actual.EnumerateObject())
        {
            if (fields.All(f => f.Key != property.Name))
            {
                problems.Add($"{path}.{property.Name}: a field the reference does not know ({property.Value.GetRawText()}); teach the reference and docs/ranking.md what it means");
            }
        }
    }
}

internal sealed class JArr : J
{
    private readonly List<J> items;

    public JArr(IEnumerable<J>? items = null) => this.items = items?.ToList() ?? new List<J>();

    public void Add(J item) => items.Add(item);

    public override void Compare(JsonElement actual, string path, List<string> problems)
    {
        if (actual.ValueKind != JsonValueKind.Array || actual.GetArrayLength() != items.Count)
        {
            problems.Add($"{path}: expected an array of {items.Count}, found {(actual.ValueKind == JsonValueKind.Array ? actual.GetArrayLength().ToString(CultureInfo.InvariantCulture) : actual.GetRawText())}");
            return;
        }

        var i = 0;
        foreach (var a in actual.EnumerateArray())
        {
            items[i].Compare(a, $"{path}[{i}]", problems);
            i++;
        }
    }
}

internal sealed class JNum : J
{
    public JNum(string text) => Text = text;

    public string Text { get; }

    public override void Compare(JsonElement actual, string path, List<string> problems)
    {
        if (actual.ValueKind != JsonValueKind.Number || actual.GetRawText() != Text)
        {
            problems.Add($"{path}: expected {Text}, found {actual.GetRawText()}");
        }
    }
}

internal sealed class JStr : J
{
    public JStr(string text) => Text = text;

    public string Text { get; }

    public override void Compare(JsonElement actual, string path, List<string> problems)
    {
        if (actual.ValueKind != JsonValueKind.String || actual.GetString() != Text)
        {
            problems.Add($"{path}: expected \"{Text}\", found {actual.GetRawText()}");
        }
    }
}

internal sealed class JBool : J
{
    public JBool(bool value) => Value = value;

    public bool Value { get; }

    public override void Compare(JsonElement actual, string path, List<string> problems)
    {
        if (actual.ValueKind != (Value ? JsonValueKind.True : JsonValueKind.False))
        {
            problems.Add($"{path}: expected {(Value ? "true" : "false")}, found {actual.GetRawText()}");
        }
    }
}

internal sealed class JNull : J
{
    public override void Compare(JsonElement actual, string path, List<string> problems)
    {
        if (actual.ValueKind != JsonValueKind.Null)
        {
            problems.Add($"{path}: expected null, found {actual.GetRawText()}");
        }
    }
}
