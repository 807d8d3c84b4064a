using System;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using ParIndex.Ranking;

namespace ParIndex.Reporting;

/// <summary>
/// Writes a ranking as JSON. The names below are stable (new ones may be added):
/// <c>{ "criteriaSet": {"id", "maxPoints"}, "units": [ { "id", "name", "group", "rank", "selfPoints",
/// "points", "maxPoints", "index", "band", "areas": [ {"code", "points", "maxPoints", "index"} ] } ] }</c>.
/// Numbers are already rounded half away from zero to the set's precision and printed with exactly
/// that many decimals (<c>93.10</c>); <c>maxPoints</c> of a unit is its applicable maximum; an area without a
/// maximum (a deduction or bonus block) has <c>"index": null</c>.
/// Ranking fields: <c>"ranking": {"exactComparison", "byGroup", "tieBreakers"}</c>; per unit <c>"groupRank"</c>,
/// <c>"appraisedPoints"</c>, <c>"selfMinusAppraised"</c>, <c>"previousRank"</c>, <c>"previousIndex"</c>,
/// <c>"rankChange"</c>, <c>"groupRankChange"</c>, <c>"indexChange"</c>, <c>"nextRankUnitId"</c>,
/// <c>"pointsToNextRank"</c>, <c>"nextBand"</c>, <c>"pointsToNextBand"</c> (points needed, rounded up),
/// <c>"areasLed"</c>, and <c>"rank"</c> in each ordinary area; then <c>"componentLeaders"</c>,
/// <c>"accuracy"</c> and <c>"notRankedThisYear"</c>. A field that does not apply is <c>null</c>.
/// </summary>
public static class ResultsJsonWriter
{
    /// <summary>Writes the ranking as indented UTF-8 JSON.</summary>
    /// <param name="ranking">The ranking.</param>
    /// <param name="stream">Where to write.</param>
    public static void Write(RankingResult ranking, Stream stream)
    {
        if (ranking is null)
        {
            throw new ArgumentNullException(nameof(ranking));
        }

        var set = ranking.Sheet.CriteriaSet;
        var p = set.Precision;
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteStartObject("criteriaSet");
        json.WriteString("id", set.Id);
        json.WriteString("name", set.Name);
        json.WriteNumber("maxPoints", Fixed(set.MaxPoints, p));
        json.WriteNumber("precision", p);
        json.WriteEndObject();
        RankingFields.WriteHeader(json, ranking);
        json.WriteStartArray("units");
        foreach (var unit in ranking.Units)
        {
            var score = unit.Score;
            json.WriteStartObject();
            json.WriteString("id", score.Id);
            json.WriteString("name", score.Name);
            WriteNullableString(json, "group", score.Group);
            json.WriteNumber("rank", unit.Rank);
            json.WriteNumber("selfPoints", Fixed(score.SelfPoints, p));
            json.WriteNumber("points", Fixed(score.Points, p));
            json.WriteNumber("surveyPoints", Fixed(score.SurveyPoints, p));
            json.WriteNumber("maxPoints", Fixed(score.MaxPoints, p));
            if (set.OverScoringPenalty is not null)
            {
                json.WriteNumber("overScoringPenalty", Fixed(score.OverScoringPenalty, p));
            }

            json.WriteNumber("index", Fixed(score.ReportedIndex, p));
            WriteNullableString(json, "band", unit.Band?.Name);
            RankingFields.WriteUnit(json, unit);
            json.WriteStartArray("areas");
            foreach (var area in score.Areas)
            {
                json.WriteStartObject();
                json.WriteString("code", area.Node.Code);
                json.WriteString("name", area.Node.Name);
                json.WriteNumber("points", Fixed(area.Points, p));
                json.WriteNumber("maxPoints", Fixed(area.MaxPoints, p));
                if (area.ReportedIndex is { } index)
                {
                    json.WriteNumber("index", Fixed(index, p));
                }
                else
                {
                    json.WriteNull("index");
                }

                RankingFields.WriteAreaRank(json, unit, area.Node);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        RankingFields.WriteTrailer(json, ranking);
        json.WriteEndObject();
    }

    private static decimal Fixed(Points points, int precision) => Figures.Round(points, precision);

    /// <summary>Every figure through the one rule of every output (<see cref="Figures.Round(decimal, int)"/>): exactly <paramref name="precision"/> decimals (93.1 → 93.10).</summary>
    private static decimal Fixed(decimal value, int precision) => Figures.Round(value, precision);

    private static void WriteNullableString(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    /// <summary>The ranking fields added to the results.</summary>
    private static class RankingFields
    {
        public static void WriteHeader(Utf8JsonWriter json, RankingResult ranking)
        {
            json.WriteStartObject("ranking");
            json.WriteBoolean("exactComparison", ranking.ExactComparison);
            json.WriteBoolean("byGroup", ranking.ByGroup);
            json.WriteStartArray("tieBreakers");
            foreach (var t in ranking.TieBreakers)
            {
                json.WriteStringValue(t);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        public static void WriteUnit(Utf8JsonWriter json, RankedUnit unit)
        {
            var s = unit.Score;
            var p = s.Sheet.CriteriaSet.Precision;
            Int(json, "groupRank", unit.GroupRank);
            json.WriteNumber("appraisedPoints", Fixed(s.AppraisedPoints, p));
            json.WriteNumber("selfMinusAppraised", Fixed((s.SelfPoints - s.AppraisedPoints), p));
            Int(json, "previousRank", unit.Previous?.Rank);
            Number(json, "previousIndex", unit.Previous?.Index, p);
            Int(json, "rankChange", unit.RankChange);
            Int(json, "groupRankChange", unit.GroupRankChange);
            Number(json, "indexChange", unit.IndexChange, p);
            WriteNullableString(json, "nextRankUnitId", unit.NextUp?.Id);
            Number(json, "pointsToNextRank", unit.ReportedPointsToNextRank, p);
            WriteNullableString(json, "nextBand", unit.NextBand?.Name);
            Number(json, "pointsToNextBand", unit.ReportedPointsToNextBand, p);
            json.WriteNumber("areasLed", unit.AreasLed);
        }

        public static void WriteAreaRank(Utf8JsonWriter json, RankedUnit unit, Criteria.CriteriaNode area)
        {
            foreach (var r in unit.AreaRanks)
            {
                if (r.Area == area)
                {
                    Int(json, "rank", r.Rank);
                    return;
                }
            }

            json.WriteNull("rank");
        }

        public static void WriteTrailer(Utf8JsonWriter json, RankingResult ranking)
        {
            var p = ranking.Sheet.CriteriaSet.Precision;
            json.WriteStartArray("componentLeaders");
            foreach (var c in ranking.ComponentRankings)
            {
                json.WriteStartObject();
                json.WriteString("area", c.Area.Code);
                WriteNullableString(json, "group", c.Group);
                Number(json, "index", c.LeadingIndex, p);
                json.WriteStartArray("unitIds");
                foreach (var u in c.Leaders)
                {
                    json.WriteStringValue(u.Id);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            var accuracy = ranking.Accuracy;
            json.WriteStartObject("accuracy");
            json.WriteStartArray("groups");
            foreach (var g in new[] { accuracy.Overall }.Concat(accuracy.Groups))
            {
                json.WriteStartObject();
                json.WriteBoolean("allUnits", ReferenceEquals(g, accuracy.Overall));
                WriteNullableString(json, "group", g.Group);
                json.WriteNumber("units", g.UnitCount);
                json.WriteNumber("averageSelfPoints", Fixed(g.AverageSelfPoints, p));
                json.WriteNumber("averageAppraisedPoints", Fixed(g.AverageAppraisedPoints, p));
                json.WriteNumber("unitsOverScored", g.UnitsOverScored);
                json.WriteNumber("unitsPenalised", g.UnitsPenalised);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("units");
            foreach (var a in accuracy.Units)
            {
                json.WriteStartObject();
                json.WriteString("id", a.Unit.Id);
                json.WriteNumber("selfPoints", Fixed(a.SelfPoints, p));
                json.WriteNumber("appraisedPoints", Fixed(a.AppraisedPoints, p));
                json.WriteNumber("difference", Fixed(a.Difference, p));
                Number(json, "selfToAppraisedPercent", a.SelfToAppraisedPercent, p);
                json.WriteNumber("criteriaMarkedDown", a.CriteriaMarkedDown);
                json.WriteNumber("penalty", Fixed(a.Penalty, p));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("criteria");
            foreach (var c in accuracy.Criteria)
            {
                json.WriteStartObject();
                json.WriteString("code", c.Leaf.Code);
                json.WriteNumber("unitsMarkedDown", c.UnitsMarkedDown);
                json.WriteNumber("totalMarkDown", Fixed(c.TotalMarkDown, p));
                Number(json, "averageMarkDown", c.AverageMarkDown, p);
                json.WriteNumber("unitsMarkedUp", c.UnitsMarkedUp);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteStartArray("notRankedThisYear");
            foreach (var u in ranking.NotRankedThisYear)
            {
                json.WriteStartObject();
                json.WriteString("id", u.Id);
                WriteNullableString(json, "name", u.Name);
                WriteNullableString(json, "group", u.Group);
                json.WriteNumber("previousRank", u.Rank);
                json.WriteNumber("previousIndex", Fixed(u.Index, p));
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }


        private static void Int(Utf8JsonWriter json, string name, int? value)
        {
            if (value is { } v)
            {
                json.WriteNumber(name, v);
            }
            else
            {
                json.WriteNull(name);
            }
        }

        private static void Number(Utf8JsonWriter json, string name, decimal? value, int p)
        {
            if (value is { } v)
            {
                json.WriteNumber(name, Fixed(v, p));
            }
            else
            {
                json.WriteNull(name);
            }
        }
    }
}
