using System.Linq;
using System.Threading.Tasks;

namespace ParIndex.Cli.Tests.Commands;

/// <summary>
/// docs/input-format.md: every number is rounded once, half away from zero, to the set's precision; JSON prints exactly
/// `precision` decimals, like the CSV and the table, so the outputs of one run never disagree on a value.
/// </summary>
public class OutputFiguresTests
{
    private const string Set = """
        format: 1
        id: t
        name: T
        level: district
        max: 10
        precision: 2
        bands: [ { name: "Tốt", min: 90 }, { name: "Khá", min: 50 } ]
        areas:
          - { code: "1", name: A, max: 10, rule: { kind: points } }
        """;

    [Fact]
    public async Task JsonPrintsPointsToTheNextBandWithExactlyPrecisionDecimals()
    {
        using var round = new TempRound();
        var (code, output, error) = await TempRound.Run("score", round.File("u.csv", "unit_id,1\nA,8\nB,7.6\n"), "--criteria", round.File("t.yaml", Set), "--format", "json");
        Assert.Equal("", error);
        Assert.Equal(0, code);
        Assert.Contains("\"points_to_next_band\": 1.00", output);
        Assert.Contains("\"points_to_next_band\": 1.40", output);
        Assert.Contains("\"points_to_next_rank\": 0.41", output);
        Assert.DoesNotContain("\"points_to_next_band\": 1,", output);
    }

    [Fact]
    public async Task PreviousIndexAndIndexChangeAreRoundedInJsonAsInCsv()
    {
        using var round = new TempRound();
        var units = round.File("u.csv", "unit_id,1\nA,8\nB,7.6\n");
        var criteria = round.File("t.yaml", Set);
        var previous = round.File("prev.csv", "rank,unit_id,index\n1,A,90\n2,B,75.65226\n");

        var json = await TempRound.Run("score", units, "--criteria", criteria, "--previous", previous, "--format", "json");
        var csv = await TempRound.Run("score", units, "--criteria", criteria, "--previous", previous, "--format", "csv");

        Assert.Equal(0, json.Code);
        Assert.Contains("\"previous_index\": 75.65,", json.Out);
        Assert.Contains("\"index_change\": 0.35,", json.Out);
        Assert.Contains("\"index_change\": -10.00,", json.Out);
        Assert.DoesNotContain("75.65226", json.Out);
        var header = csv.Out.Split('\n')[0].Split(',');
        var row = csv.Out.Split('\n').Single(l => l.Contains(",B,")).Split(',');
        Assert.Equal("0.35", row[System.Array.IndexOf(header, "index_change")]);
    }
}
