using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ParIndex.Criteria;
using ParIndex.Survey;

namespace ParIndex.Tests.Survey;

/// <summary>
/// examples/responses.csv against a table computed by hand: for every unit, question and respondent group the number
/// of answers A, B, C, D, E ("không biết") and blanks. The shipped definition weights A–D 100/60/20/0 % and leaves E
/// and blanks out; 9.1.x weights citizens (ND) and businesses (DN) one half each, 9.2.x pools civil servants (CB) and
/// council deputies (DB). The values worked out from the table must be exactly examples/survey.csv.
/// </summary>
public class ExampleResponsesTests
{
    // unit, question, group, A, B, C, D, E, blank
    private static readonly string[] HandTable =
    {
        "HT-TP C1 ND 76 16 6 2 4 1",
        "HT-TP C2 ND 81 11 5 3 3 2",
        "HT-TP C3 ND 81 11 5 3 3 2",
        "HT-TP C4 ND 83 9 5 3 4 1",
        "HT-TP C1 DN 44 0 2 4 2 0",
        "HT-TP C2 DN 42 0 2 6 1 1",
        "HT-TP C3 DN 45 1 2 2 1 1",
        "HT-TP C4 DN 44 1 3 2 2 0",
        "HT-TP C5 CB 117 11 8 4 2 1",
        "HT-TP C6 CB 129 0 8 3 2 1",
        "HT-TP C7 CB 113 15 8 4 2 1",
        "HT-TP C5 DB 52 3 4 1 1 0",
        "HT-TP C6 DB 50 5 3 2 1 0",
        "HT-TP C7 DB 54 1 4 1 0 1",
        "HT-HL C1 ND 74 18 6 2 4 1",
        "HT-HL C2 ND 90 2 5 3 3 2",
        "HT-HL C3 ND 83 9 5 3 3 2",
        "HT-HL C4 ND 83 9 5 3 4 1",
        "HT-HL C1 DN 42 0 4 4 2 0",
        "HT-HL C2 DN 43 0 3 4 1 1",
        "HT-HL C3 DN 45 0 2 3 1 1",
        "HT-HL C4 DN 45 0 3 2 2 0",
        "HT-HL C5 CB 110 18 9 3 2 1",
        "HT-HL C6 CB 118 10 8 4 2 1",
        "HT-HL C7 CB 105 23 9 3 2 1",
        "HT-HL C5 DB 42 13 4 1 1 0",
        "HT-HL C6 DB 55 0 5 0 1 0",
        "HT-HL C7 DB 49 6 3 2 0 1",
        "HT-TXKA C1 ND 72 20 6 2 4 1",
        "HT-TXKA C2 ND 74 18 5 3 3 2",
        "HT-TXKA C3 ND 75 17 5 3 3 2",
        "HT-TXKA C4 ND 66 26 5 3 4 1",
        "HT-TXKA C1 DN 41 0 5 4 2 0",
        "HT-TXKA C2 DN 41 0 5 4 1 1",
        "HT-TXKA C3 DN 40 0 4 6 1 1",
        "HT-TXKA C4 DN 42 0 4 4 2 0",
        "HT-TXKA C5 CB 106 22 8 4 2 1",
        "HT-TXKA C6 CB 83 45 9 3 2 1",
        "HT-TXKA C7 CB 89 39 8 4 2 1",
        "HT-TXKA C5 DB 41 14 4 1 1 0",
        "HT-TXKA C6 DB 40 15 4 1 1 0",
        "HT-TXKA C7 DB 36 19 3 2 0 1",
        "HT-NX C1 ND 64 28 5 3 4 1",
        "HT-NX C2 ND 65 27 5 3 3 2",
        "HT-NX C3 ND 78 14 6 2 3 2",
        "HT-NX C4 ND 74 18 6 2 4 1",
        "HT-NX C1 DN 41 0 4 5 2 0",
        "HT-NX C2 DN 40 0 6 4 1 1",
        "HT-NX C3 DN 43 0 4 3 1 1",
        "HT-NX C4 DN 44 0 2 4 2 0",
        "HT-NX C5 CB 98 30 9 3 2 1",
        "HT-NX C6 CB 108 20 8 4 2 1",
        "HT-NX C7 CB 112 16 8 4 2 1",
        "HT-NX C5 DB 38 17 4 1 1 0",
        "HT-NX C6 DB 50 5 3 2 1 0",
        "HT-NX C7 DB 46 9 3 2 0 1",
        "HT-DT C1 ND 76 16 6 2 4 1",
        "HT-DT C2 ND 80 12 5 3 3 2",
        "HT-DT C3 ND 82 10 6 2 3 2",
        "HT-DT C4 ND 72 20 5 3 4 1",
        "HT-DT C1 DN 43 0 4 3 2 0",
        "HT-DT C2 DN 44 0 4 2 1 1",
        "HT-DT C3 DN 42 0 5 3 1 1",
        "HT-DT C4 DN 43 1 3 3 2 0",
        "HT-DT C5 CB 114 14 9 3 2 1",
        "HT-DT C6 CB 111 17 9 3 2 1",
        "HT-DT C7 CB 114 14 8 4 2 1",
        "HT-DT C5 DB 50 5 4 1 1 0",
        "HT-DT C6 DB 47 8 3 2 1 0",
        "HT-DT C7 DB 45 10 3 2 0 1",
        "HT-HS C1 ND 65 27 5 3 4 1",
        "HT-HS C2 ND 68 24 6 2 3 2",
        "HT-HS C3 ND 67 25 5 3 3 2",
        "HT-HS C4 ND 57 35 5 3 4 1",
        "HT-HS C1 DN 41 0 5 4 2 0",
        "HT-HS C2 DN 40 1 4 5 1 1",
        "HT-HS C3 DN 39 0 5 6 1 1",
        "HT-HS C4 DN 40 0 5 5 2 0",
        "HT-HS C5 CB 92 36 9 3 2 1",
        "HT-HS C6 CB 98 30 9 3 2 1",
        "HT-HS C7 CB 97 31 9 3 2 1",
        "HT-HS C5 DB 38 17 3 2 1 0",
        "HT-HS C6 DB 39 16 4 1 1 0",
        "HT-HS C7 DB 41 14 3 2 0 1",
        "HT-VQ C1 ND 60 32 5 3 4 1",
        "HT-VQ C2 ND 55 37 5 3 3 2",
        "HT-VQ C3 ND 58 34 6 2 3 2",
        "HT-VQ C4 ND 66 26 6 2 4 1",
        "HT-VQ C1 DN 37 0 7 6 2 0",
        "HT-VQ C2 DN 38 0 7 5 1 1",
        "HT-VQ C3 DN 39 0 6 5 1 1",
        "HT-VQ C4 DN 38 0 5 7 2 0",
        "HT-VQ C5 CB 81 47 9 3 2 1",
        "HT-VQ C6 CB 79 49 8 4 2 1",
        "HT-VQ C7 CB 91 37 8 4 2 1",
        "HT-VQ C5 DB 37 18 4 1 1 0",
        "HT-VQ C6 DB 37 18 3 2 1 0",
        "HT-VQ C7 DB 36 19 4 1 0 1",
        "HT-CL C1 ND 70 21 7 2 4 1",
        "HT-CL C2 ND 80 11 7 2 3 2",
        "HT-CL C3 ND 68 23 7 2 3 2",
        "HT-CL C4 ND 64 28 6 2 4 1",
        "HT-CL C1 DN 41 0 3 6 2 0",
        "HT-CL C2 DN 42 0 4 4 1 1",
        "HT-CL C3 DN 42 0 2 6 1 1",
        "HT-CL C4 DN 42 0 5 3 2 0",
        "HT-CL C5 CB 108 20 9 3 2 1",
        "HT-CL C6 CB 96 32 8 4 2 1",
        "HT-CL C7 CB 101 27 9 3 2 1",
        "HT-CL C5 DB 48 7 4 1 1 0",
        "HT-CL C6 DB 46 9 4 1 1 0",
        "HT-CL C7 DB 43 12 3 2 0 1",
        "HT-LH C1 ND 73 19 5 3 4 1",
        "HT-LH C2 ND 62 30 6 2 3 2",
        "HT-LH C3 ND 57 35 5 3 3 2",
        "HT-LH C4 ND 69 23 5 3 4 1",
        "HT-LH C1 DN 42 0 4 4 2 0",
        "HT-LH C2 DN 39 0 5 6 1 1",
        "HT-LH C3 DN 40 1 4 5 1 1",
        "HT-LH C4 DN 40 0 5 5 2 0",
        "HT-LH C5 CB 95 33 9 3 2 1",
        "HT-LH C6 CB 111 17 8 4 2 1",
        "HT-LH C7 CB 92 36 8 4 2 1",
        "HT-LH C5 DB 43 12 3 2 1 0",
        "HT-LH C6 DB 41 14 4 1 1 0",
        "HT-LH C7 DB 41 14 3 2 0 1",
        "HT-TH C1 ND 68 24 6 2 4 1",
        "HT-TH C2 ND 74 18 6 2 3 2",
        "HT-TH C3 ND 78 14 5 3 3 2",
        "HT-TH C4 ND 71 21 5 3 4 1",
        "HT-TH C1 DN 43 0 2 5 2 0",
        "HT-TH C2 DN 42 0 5 3 1 1",
        "HT-TH C3 DN 43 1 3 3 1 1",
        "HT-TH C4 DN 40 0 4 6 2 0",
        "HT-TH C5 CB 91 37 9 3 2 1",
        "HT-TH C6 CB 110 18 8 4 2 1",
        "HT-TH C7 CB 109 19 8 4 2 1",
        "HT-TH C5 DB 45 10 3 2 1 0",
        "HT-TH C6 DB 49 6 3 2 1 0",
        "HT-TH C7 DB 43 12 4 1 0 1",
        "HT-CX C1 ND 78 13 7 2 4 1",
        "HT-CX C2 ND 64 28 6 2 3 2",
        "HT-CX C3 ND 74 18 5 3 3 2",
        "HT-CX C4 ND 76 16 6 2 4 1",
        "HT-CX C1 DN 42 0 6 2 2 0",
        "HT-CX C2 DN 41 0 3 6 1 1",
        "HT-CX C3 DN 44 0 4 2 1 1",
        "HT-CX C4 DN 43 0 5 2 2 0",
        "HT-CX C5 CB 104 24 8 4 2 1",
        "HT-CX C6 CB 105 23 8 4 2 1",
        "HT-CX C7 CB 109 19 8 4 2 1",
        "HT-CX C5 DB 49 6 4 1 1 0",
        "HT-CX C6 DB 48 7 4 1 1 0",
        "HT-CX C7 DB 51 4 3 2 0 1",
        "HT-KA C1 ND 56 36 6 2 4 1",
        "HT-KA C2 ND 60 32 6 2 3 2",
        "HT-KA C3 ND 62 30 5 3 3 2",
        "HT-KA C4 ND 62 30 6 2 4 1",
        "HT-KA C1 DN 40 0 6 4 2 0",
        "HT-KA C2 DN 41 0 4 5 1 1",
        "HT-KA C3 DN 41 0 5 4 1 1",
        "HT-KA C4 DN 39 0 5 6 2 0",
        "HT-KA C5 CB 85 43 9 3 2 1",
        "HT-KA C6 CB 98 30 9 3 2 1",
        "HT-KA C7 CB 90 38 8 4 2 1",
        "HT-KA C5 DB 33 22 4 1 1 0",
        "HT-KA C6 DB 41 14 4 1 1 0",
        "HT-KA C7 DB 38 17 4 1 0 1",
        "HT-HK C1 ND 54 38 6 2 4 1",
        "HT-HK C2 ND 62 30 5 3 3 2",
        "HT-HK C3 ND 58 34 5 3 3 2",
        "HT-HK C4 ND 58 34 6 2 4 1",
        "HT-HK C1 DN 39 0 6 5 2 0",
        "HT-HK C2 DN 42 0 4 4 1 1",
        "HT-HK C3 DN 39 0 5 6 1 1",
        "HT-HK C4 DN 38 0 7 5 2 0",
        "HT-HK C5 CB 87 41 9 3 2 1",
        "HT-HK C6 CB 86 42 9 3 2 1",
        "HT-HK C7 CB 100 28 8 4 2 1",
        "HT-HK C5 DB 39 16 4 1 1 0",
        "HT-HK C6 DB 40 15 3 2 1 0",
        "HT-HK C7 DB 40 15 3 2 0 1",
    };

    private static readonly Dictionary<string, string> Leaf = new()
    {
        ["C1"] = "9.1.1", ["C2"] = "9.1.2", ["C3"] = "9.1.3", ["C4"] = "9.1.4", ["C5"] = "9.2.1", ["C6"] = "9.2.2", ["C7"] = "9.2.3",
    };

    private static readonly Dictionary<string, string> GroupIds = new()
    {
        ["ND"] = "nguoi-dan", ["DN"] = "doanh-nghiep", ["CB"] = "can-bo", ["DB"] = "dai-bieu",
    };

    private static IEnumerable<(string Unit, string Question, string Group, int[] Counts)> Table() =>
        HandTable.Select(line => line.Split(' ')).Select(p => (p[0], p[1], GroupIds[p[2]], p.Skip(3).Select(int.Parse).ToArray()));

    /// <summary>The table's values: (A·100 + B·60 + C·20) ÷ (A + B + C + D) per group, combined as the definition says, rounded to 2 decimals.</summary>
    private static Dictionary<(string Unit, string Code), decimal> HandValues()
    {
        var values = new Dictionary<(string, string), decimal>();
        foreach (var question in Table().GroupBy(t => (t.Unit, t.Question)))
        {
            decimal value;
            if (Leaf[question.Key.Question].StartsWith("9.1", StringComparison.Ordinal))
            {
                // Weighted 1 : 1: the mean of the two groups' shares.
                value = question.Select(t => Share(t.Counts.Take(4).ToArray())).Sum() / 2;
            }
            else
            {
                // Pooled: all answers of both groups together.
                var counts = new int[4];
                foreach (var t in question)
                {
                    for (var i = 0; i < 4; i++)
                    {
                        counts[i] += t.Counts[i];
                    }
                }

                value = Share(counts);
            }

            values[(question.Key.Unit, Leaf[question.Key.Question])] = decimal.Round(value, 2, MidpointRounding.AwayFromZero);
        }

        return values;
    }

    private static decimal Share(int[] abcd) => (abcd[0] * 100m + abcd[1] * 60m + abcd[2] * 20m) / abcd.Sum();

    [Fact]
    public void TheHandTableIsWhatExamplesResponsesContains()
    {
        // Tallied with a plain split (the file has no quoted fields): unit, respondent, group, C1..C7.
        var lines = File.ReadAllLines(TestData.Path("examples", "responses.csv"));
        Assert.Equal("unit_id,respondent_id,group,C1,C2,C3,C4,C5,C6,C7", lines[0]);
        var tally = new Dictionary<(string, string, string), int[]>();
        foreach (var fields in lines.Skip(1).Select(l => l.Split(',')))
        {
            for (var q = 0; q < 7; q++)
            {
                var question = "C" + (q + 1).ToString(CultureInfo.InvariantCulture);
                var asked = fields[2] is "nguoi-dan" or "doanh-nghiep" ? q < 4 : q >= 4;
                if (!asked)
                {
                    Assert.Equal("", fields[3 + q]);
                    continue;
                }

                var key = (fields[0], question, fields[2]);
                if (!tally.TryGetValue(key, out var counts))
                {
                    tally[key] = counts = new int[6];
                }

                counts[fields[3 + q] switch { "A" => 0, "B" => 1, "C" => 2, "D" => 3, "E" => 4, "" => 5, var other => throw new InvalidDataException(other) }]++;
            }
        }

        var table = Table().ToDictionary(t => (t.Unit, t.Question, t.Group), t => t.Counts);
        Assert.Equal(table.Count, tally.Count);
        foreach (var pair in table)
        {
            Assert.Equal(pair.Value, tally[pair.Key]);
        }
    }

    [Fact]
    public void TheHandTableGivesExactlyExamplesSurveyCsv()
    {
        var expected = File.ReadAllLines(TestData.Path("examples", "survey.csv")).Skip(1).Select(l => l.Split(','))
            .ToDictionary(f => (f[0], f[1]), f => decimal.Parse(f[2], CultureInfo.InvariantCulture));
        var hand = HandValues();
        Assert.Equal(91, expected.Count);
        Assert.Equal(expected.OrderBy(p => p.Key), hand.OrderBy(p => p.Key));
    }

    [Fact]
    public void TheSurveyCalculatorGivesTheHandValuesForEveryUnitAndCriterion()
    {
        var set = CriteriaSetLoader.LoadShipped();
        var definition = SurveyDefinitionLoader.LoadShipped("district-hatinh-52-2019", set);
        var result = SurveyCalculator.Compute(SurveyResponseFiles.Load(TestData.Path("examples", "responses.csv"), definition), set);
        var computed = result.Units.SelectMany(u => u.Values.Select(v => ((u.UnitId, v.Code), v.Value))).ToDictionary(p => p.Item1, p => p.Value);
        Assert.Equal(HandValues().OrderBy(p => p.Key), computed.OrderBy(p => p.Key));
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void EveryUnitHasTheSampleSizesOfTheHandTable()
    {
        var set = CriteriaSetLoader.LoadShipped();
        var definition = SurveyDefinitionLoader.LoadShipped("district-hatinh-52-2019", set);
        var result = SurveyCalculator.Compute(SurveyResponseFiles.Load(TestData.Path("examples", "responses.csv"), definition), set);
        Assert.Equal(13, result.Units.Count);
        foreach (var unit in result.Units)
        {
            // Respondents of a group = its answers to any one of its questions, counted ones and not.
            var expected = Table().Where(t => t.Unit == unit.UnitId && (t.Question is "C1" or "C5")).ToDictionary(t => t.Group, t => t.Counts.Sum());
            Assert.Equal(expected, unit.SampleSizes.ToDictionary(s => s.Group.Id, s => s.Respondents));
        }
    }
}
