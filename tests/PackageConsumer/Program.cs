using System;
using System.IO;
using ParIndex.Assessments;
using ParIndex.Criteria;
using ParIndex.IO;
using ParIndex.Ranking;
using ParIndex.Reporting;
using ParIndex.Scoring;

// Load a criteria set shipped inside the package, by id ("parindex criteria list" shows them all).
CriteriaSet set = CriteriaSetLoader.LoadShipped("district-hatinh-52-2019");

// Two units, with a value for every leaf; in a real app the values come from your own data.
var builder = new AssessmentInputBuilder(set);
AddUnit("HT-TP", "Thành phố Hà Tĩnh", 96m);
AddUnit("HT-CL", "Huyện Can Lộc", 81.5m);

// Score exactly, then rank. Bad input throws one ParIndexException that lists every problem.
ScoreSheet sheet = Scorer.Score(builder.Build());
RankingResult ranking = Ranker.Rank(sheet);
foreach (RankedUnit unit in ranking.Units)
{
    UnitScore score = unit.Score;
    Console.WriteLine($"{unit.Rank}. {score.Name}: {score.Points} of {score.MaxPoints} points, index {score.ReportedIndex} ({unit.Band?.Name ?? "no band"})");
}

// The same from files, as "parindex score --format json" writes them:
//   PackageConsumer units.csv appraisal.csv survey.csv results.json
if (args.Length == 4)
{
    AssessmentInput input = AssessmentFiles.Load(set, args[0], new[] { args[1] }, args[2]);
    using FileStream results = File.Create(args[3]);
    ResultsJsonWriter.Write(Ranker.Rank(Scorer.Score(input)), results);
}

void AddUnit(string id, string name, decimal percent)
{
    builder.AddUnit(new UnitInfo(id, name));
    foreach (CriteriaNode leaf in set.Leaves)
    {
        AssessmentValue value = leaf.Rule switch
        {
            YesNoRule _ => AssessmentValue.Yes,
            ChoiceRule choice => AssessmentValue.Option(choice.Options[0].Name),
            PointsRule points => AssessmentValue.Number(points.Max.ToDecimal()),
            CountRule _ => AssessmentValue.Number(0), // no deductions or bonuses
            _ => AssessmentValue.Number(percent),     // tiers and ratio rules read a percentage
        };
        if (leaf.Source == ValueSource.Survey)
        {
            builder.SetSurvey(id, leaf.Code, value);
        }
        else
        {
            builder.SetSelf(id, leaf.Code, value);
        }
    }
}
