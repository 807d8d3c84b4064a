using System.Collections;
using System.Linq;
using System.Reflection;
using ParIndex.Assessments;
using ParIndex.Criteria;
using ParIndex.Ranking;
using ParIndex.Scenarios;
using ParIndex.Scoring;

namespace ParIndex.Tests.Scenarios;

/// <summary>A scenario derives its criteria set from the original's settings in one copy: no setting is forgotten.</summary>
public class ScenarioSettingsTests
{
    /// <summary>Every setting differs from its default, so that a setting forgotten by the copy is seen.</summary>
    private const string EverySetting = """
        format: 1
        id: every-setting
        name: "Mọi thiết lập"
        decision: "1/2024/QĐ-UBND"
        level: commune
        year: 2024
        max: 100
        precision: 0
        bands: [ { name: "Tốt", min: 90 }, { name: "Khá", min: 0 } ]
        group_bands:
          xa: [ { name: "Nhóm I", min: 80 }, { name: "Nhóm II", min: 0 } ]
        tie_breakers: [ unit_id ]
        over_scoring_penalty: { threshold: 5, deduct: 1 }
        ranking: exact
        areas:
          - { code: "1", name: A, max: 60, rule: { kind: points } }
          - { code: "2", name: B, max: 40, rule: { kind: points } }
        """;

    private static readonly PropertyInfo[] SettingProperties = typeof(CriteriaSetSettings).GetProperties(BindingFlags.Public | BindingFlags.Instance);

    [Fact]
    public void TheFixtureSetsEverySettingToSomethingOtherThanItsDefault()
    {
        var set = CriteriaSetLoader.Parse(EverySetting, "every.yaml");
        var defaults = new CriteriaSetSettings();
        foreach (var property in SettingProperties.Where(p => p.Name != nameof(CriteriaSetSettings.FormatVersion)))
        {
            Assert.False(Same(property.GetValue(defaults), property.GetValue(set.Settings)), $"the fixture leaves '{property.Name}' at its default; give it a value so the copy is tested");
        }
    }

    [Fact]
    public void ANoChangeScenarioCarriesOverEverySetting()
    {
        var set = CriteriaSetLoader.Parse(EverySetting, "every.yaml");
        var result = ScenarioEngine.Apply(Sheet(set), new Scenario("nothing", System.Array.Empty<ScenarioChange>(), RebalanceMode.None));
        Assert.NotEmpty(SettingProperties);
        foreach (var property in SettingProperties)
        {
            Assert.True(Same(property.GetValue(set.Settings), property.GetValue(result.CriteriaSet.Settings)), $"the scenario's set lost setting '{property.Name}'");
        }
    }

    [Fact]
    public void ExactRankingIsKept_SoAScenarioThatChangesNothingRanks80Point2And80Point4Apart()
    {
        // precision 0: both units print 80, so 'ranking: reported' would tie them; 'ranking: exact' ranks them 1 and 2.
        var set = CriteriaSetLoader.Parse("format: 1\nid: t\nname: T\nlevel: district\nmax: 100\nprecision: 0\nranking: exact\nareas:\n  - { code: \"1\", name: A, max: 100, rule: { kind: points } }\n", "t.yaml");
        var builder = new AssessmentInputBuilder(set);
        builder.AddUnit(new UnitInfo("A", "A"));
        builder.AddUnit(new UnitInfo("B", "B"));
        builder.SetSelf("A", "1", AssessmentValue.Number(80.2m));
        builder.SetSelf("B", "1", AssessmentValue.Number(80.4m));
        var sheet = Scorer.Score(builder.Build());

        var official = Ranker.Rank(sheet);
        var scenario = ScenarioEngine.Apply(sheet, new Scenario("nothing", System.Array.Empty<ScenarioChange>(), RebalanceMode.None));

        Assert.Equal(new[] { ("B", 1), ("A", 2) }, official.Units.Select(u => (u.Id, u.Rank)));
        Assert.Equal(new[] { ("B", 1), ("A", 2) }, scenario.Ranking.Units.Select(u => (u.Id, u.Rank)));
        Assert.True(scenario.Ranking.ExactComparison);
    }

    private static ScoreSheet Sheet(CriteriaSet set)
    {
        var builder = new AssessmentInputBuilder(set);
        builder.AddUnit(new UnitInfo("U", "U", "xa"));
        builder.SetSelf("U", "1", AssessmentValue.Number(50));
        builder.SetSelf("U", "2", AssessmentValue.Number(30));
        return Scorer.Score(builder.Build());
    }

    /// <summary>Equal values, or sequences and dictionaries with equal elements (a copied list need not be the same object).</summary>
    private static bool Same(object? a, object? b)
    {
        if (Equals(a, b))
        {
            return true;
        }

        if (a is BandScheme sa && b is BandScheme sb)
        {
            return sa.Bands.Select(x => (x.Name, x.MinIndex)).SequenceEqual(sb.Bands.Select(x => (x.Name, x.MinIndex)));
        }

        if (a is OverScoringPenalty pa && b is OverScoringPenalty pb)
        {
            return pa.Threshold == pb.Threshold && pa.Deduction == pb.Deduction;
        }

        if (a is IDictionary da && b is IDictionary db)
        {
            return da.Count == db.Count && da.Keys.Cast<object>().All(k => db.Contains(k) && Same(da[k], db[k]));
        }

        if (a is IEnumerable ea && b is IEnumerable eb && a is not string)
        {
            var la = ea.Cast<object?>().ToList();
            var lb = eb.Cast<object?>().ToList();
            return la.Count == lb.Count && la.Zip(lb, Same).All(x => x);
        }

        return false;
    }
}
