using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using ParIndex.Assessments;
using ParIndex.Benchmarks.Shared;
using ParIndex.IO;
using ParIndex.Ranking;
using ParIndex.Reporting;
using ParIndex.Scoring;

namespace ParIndex.Tests.Reporting;

public class LargeResultsCsvTests
{
    [Fact]
    public void ResultsCsvOfALargeRanking_WrittenOnSeveralThreads_HasEveryUnitInRankOrder_WithTheFiguresTheJsonGives()
    {
        // Enough units for the rows to be formatted in several batches on several threads; the JSON writer is written
        // on one thread and reads the figures through the public objects, so it is the independent account.
        var round = SyntheticRound.Generate(3000, 60, 11);
        var builder = new AssessmentInputBuilder(round.Set);
        AssessmentFiles.ReadSelfAssessments(builder, round.SelfCsv(), "units.csv");
        AssessmentFiles.ReadSurvey(builder, round.SurveyCsv(), "survey.csv");
        var ranking = Ranker.Rank(Scorer.Score(builder.Build()));

        using var csvText = new StringWriter(CultureInfo.InvariantCulture);
        ResultsCsvWriter.Write(ranking, csvText);
        var rows = csvText.ToString().TrimEnd('\n').Split('\n').Select(line => line.Split(',')).ToArray();
        var header = rows[0].ToList();

        using var stream = new MemoryStream();
        ResultsJsonWriter.Write(ranking, stream);
        using var json = JsonDocument.Parse(stream.ToArray());
        var units = json.RootElement.GetProperty("units").EnumerateArray().ToArray();

        Assert.Equal(units.Length + 1, rows.Length);
        for (var i = 0; i < units.Length; i++)
        {
            var row = rows[i + 1];
            string Cell(string name) => row[header.IndexOf(name)];
            string Json(JsonElement e, string name) => e.GetProperty(name) is { ValueKind: JsonValueKind.Null } ? "" : e.GetProperty(name).GetRawText().Trim('"');

            var unit = units[i];
            Assert.Equal(Json(unit, "unit_id"), Cell("unit_id"));
            Assert.Equal(Json(unit, "rank"), Cell("rank"));
            Assert.Equal(Json(unit, "points"), Cell("points"));
            Assert.Equal(Json(unit, "index"), Cell("index"));
            Assert.Equal(Json(unit, "points_to_next_rank"), Cell("points_to_next_rank"));
            foreach (var area in unit.GetProperty("areas").EnumerateArray())
            {
                var code = Json(area, "code");
                Assert.Equal(Json(area, "points"), Cell($"area_{code}_points"));
                Assert.Equal(Json(area, "index"), Cell($"area_{code}_index"));
                if (header.Contains($"area_{code}_rank"))
                {
                    Assert.Equal(Json(area, "rank"), Cell($"area_{code}_rank"));
                }
            }
        }
    }
}
