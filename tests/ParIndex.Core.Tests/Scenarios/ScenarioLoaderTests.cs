using System.Linq;
using ParIndex.Scenarios;
using static ParIndex.Tests.Scenarios.ScenarioFixtures;

namespace ParIndex.Tests.Scenarios;

public class ScenarioLoaderTests
{
    private static readonly ParIndex.Criteria.CriteriaSet Three = Set(ThreeAreas);

    private static string[] Errors(string yaml) =>
        Assert.Throws<ParIndexException>(() => ScenarioLoader.Parse(yaml, "s.yaml", Three)).Diagnostics.Select(d => d.ToString()).ToArray();

    [Fact]
    public void ReadsEveryKey()
    {
        var scenario = ScenarioLoader.Parse(
            "format: 1\nname: Area two up\ndescription: what if\ncriteria: t3\nrebalance: none\n" +
            "changes:\n  - { code: \"2\", max: 40 }\n  - { code: D, drop: true }\n" +
            "bands: [ { name: Top, min: 60 } ]\ntie_breakers: [unit_id, \"node: 1\"]\n",
            "s.yaml",
            Three);

        Assert.Equal("Area two up", scenario.Name);
        Assert.Equal("what if", scenario.Description);
        Assert.Equal("t3", scenario.CriteriaId);
        Assert.Equal(RebalanceMode.None, scenario.Rebalance);
        Assert.Equal(new[] { "2: max 40", "D: drop" }, scenario.Changes.Select(c => c.ToString()));
        Assert.Equal("s.yaml:7:13", scenario.Changes[0].Location!.ToString());
        Assert.Equal("Top ≥ 60", Assert.Single(scenario.Bands!.Bands).ToString());
        Assert.Equal(new[] { "unit_id", "node:1" }, scenario.TieBreakers);
        Assert.Equal("s.yaml", scenario.Source);
    }

    [Fact]
    public void GroupBandsAreReadKeyedByTrimmedGroupName()
    {
        var scenario = ScenarioLoader.Parse(
            "format: 1\nchanges: []\ngroup_bands:\n  \" so \": [ { name: I, min: 90 }, { name: II, min: 0 } ]\n  huyen: []\n",
            "s.yaml",
            Three);

        Assert.Equal(new[] { "huyen", "so" }, scenario.GroupBands!.Keys.OrderBy(k => k, System.StringComparer.Ordinal));
        Assert.Equal(new[] { "I ≥ 90", "II ≥ 0" }, scenario.GroupBands["so"].Bands.Select(b => b.ToString()));
        Assert.Empty(scenario.GroupBands["huyen"].Bands);
        Assert.Null(scenario.Bands);
    }

    [Fact]
    public void WithoutGroupBandsTheScenarioKeepsTheSets()
    {
        Assert.Null(ScenarioLoader.Parse("format: 1\nchanges: []\n", "s.yaml", Three).GroupBands);
    }

    [Fact]
    public void GroupBandsProblemsAreAllReportedWithPositions()
    {
        Assert.Equal(
            new[]
            {
                "s.yaml:4:31: band 'I' is listed twice in bands of group 'so'",
                "s.yaml:5:3: group 'so' is given twice in 'group_bands'; first at line 4",
                "s.yaml:6:3: a group name in 'group_bands' must not be empty",
                "s.yaml:7:7: bands of group 'xa' must be a list, not a mapping",
                "s.yaml:8:50: bands 'I' and 'J' have the same minimum 90",
            },
            Errors("format: 1\nchanges: []\ngroup_bands:\n  so: [ { name: I, min: 90 }, { name: I, min: 0 } ]\n  \"so \": []\n  \" \": []\n  xa: { name: I, min: 0 }\n  huyen: [ { name: I, min: 90 }, { name: J, min: 90 } ]\n"));
    }

    [Fact]
    public void GroupBandsAsAListIsAnError()
    {
        Assert.Equal(
            new[] { "s.yaml:3:14: 'group_bands' must be a mapping (key: value pairs), not a list" },
            Errors("format: 1\nchanges: []\ngroup_bands: [ so ]\n"));
    }

    [Fact]
    public void NameDefaultsToTheFileName()
    {
        Assert.Equal("e-gov", ScenarioLoader.Parse("format: 1\nchanges: []\n", "dir/e-gov.yaml").Name);
    }

    [Fact]
    public void UnknownCodeIsReportedAtItsPosition()
    {
        Assert.Equal(
            new[] { "s.yaml:4:13: '9' is not a code in the criteria set 't3'" },
            Errors("format: 1\nrebalance: none\nchanges:\n  - { code: \"9\", max: 4 }\n"));
    }

    [Fact]
    public void SameCodeChangedTwiceIsAnError()
    {
        Assert.Equal(
            new[] { "s.yaml:5:13: '2' is changed twice; first at line 4" },
            Errors("format: 1\nrebalance: none\nchanges:\n  - { code: \"2\", max: 4 }\n  - { code: \"2\", max: 5 }\n"));
    }

    [Fact]
    public void SyntaxProblemsAreAllReportedWithPositions()
    {
        Assert.Equal(
            new[]
            {
                "s.yaml:1:1: the scenario changes 'max' or drops nodes, so it must say 'rebalance: proportional' (the other nodes at that level are rescaled to keep the total) or 'rebalance: none' (the total changes)",
                "s.yaml:3:23: 'max' of '2' must not be negative; write 'drop: true' to remove a node",
                "s.yaml:4:26: the change of '3' gives both 'max' and 'weight'; give one",
                "s.yaml:5:5: the change of '1' needs 'max', 'weight' or 'drop: true'",
                "s.yaml:6:24: the change of 'D' drops the node and also gives 'max'; give one",
                "s.yaml:7:23: 'max' of 'D.1' must be a number, not 'lots'",
                "s.yaml:7:29: unknown key 'points' in a change; expected one of: code, max, weight, drop",
            },
            Errors("format: 1\nchanges:\n  - { code: \"2\", max: -1 }\n  - { code: \"3\", max: 4, weight: 2 }\n  - { code: \"1\" }\n  - { code: D, max: 3, drop: true }\n  - { code: D.1, max: lots, points: 1 }\n  - { code: \"1.1\", max: 5 }\n"));
    }

    [Fact]
    public void MissingFormatAndUnsupportedRebalanceAreErrors()
    {
        Assert.Equal(
            new[]
            {
                "s.yaml:1:1: the scenario is missing required key 'format' (write 'format: 1')",
                "s.yaml:1:12: 'rebalance' must be one of: proportional, none; not 'keep'",
            },
            Errors("rebalance: keep\nchanges: []\n"));
    }

    [Fact]
    public void AnchorsAndAliasesAreRefused_InOneError()
    {
        Assert.Equal(
            new[] { "s.yaml:3:10: YAML anchors are not supported (&m); write the content out" },
            Errors("format: 1\nrebalance: none\nchanges: &m\n  - { code: \"2\", max: *m }\n"));
    }

    [Fact]
    public void MistypedTieBreakerNodeSuggestsTheClosestCodes()
    {
        Assert.Equal(
            new[] { "s.yaml:3:16: tie-breaker 'node:1.3' names no criterion in the criteria set 't3'; did you mean '1.1' or '1.2'?" },
            Errors("format: 1\nchanges: []\ntie_breakers: [\"node:1.3\"]\n"));
    }

    [Fact]
    public void UnknownTieBreakerNodeIsReportedAtItsPosition()
    {
        Assert.Equal(
            new[] { "s.yaml:3:25: tie-breaker 'node:9' names no criterion in the criteria set 't3'" },
            Errors("format: 1\nchanges: []\ntie_breakers: [unit_id, \"node:9\"]\n"));
    }

    [Fact]
    public void ShippedExampleScenarioLoadsAgainstTheDefaultSet()
    {
        var scenario = ScenarioLoader.Load(TestData.Path("examples", "scenarios", "e-government-20.yaml"), ParIndex.Criteria.CriteriaSetLoader.LoadShipped());
        Assert.Equal(new[] { "7: max 20" }, scenario.Changes.Select(c => c.ToString()));
        Assert.Equal(RebalanceMode.Proportional, scenario.Rebalance);
    }

    [Fact]
    public void Load_FromAStreamThatCannotSeek_GivesTheScenarioTheFileGives_AndKeepsTheLimit()
    {
        var path = TestData.Path("examples", "scenarios", "no-deduction-equal-areas.yaml");
        var bytes = System.IO.File.ReadAllBytes(path);
        var fromFile = ScenarioLoader.Load(path);
        var fromStream = ScenarioLoader.Load(new ForwardOnlyStream(bytes), "upload.yaml");
        Assert.Equal((fromFile.Name, fromFile.Changes.Count), (fromStream.Name, fromStream.Changes.Count));
        var ex = Assert.Throws<ParIndexException>(() => ScenarioLoader.Load(new ForwardOnlyStream(bytes), "upload.yaml", null, 100));
        Assert.Equal("upload.yaml: more than 100 bytes read from an input without a known size (a device, a pipe or a growing file); raise the limit with --limit bytes=N (library: ScenarioLoader.Load(stream, name, set, maxFileBytes))", ex.Diagnostics.Single().ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
