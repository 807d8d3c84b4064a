using System;
using System.Collections.Generic;
using System.Linq;
using ParIndex.Criteria;

namespace ParIndex.Survey;

/// <summary>
/// Computes each unit's survey values from respondents' answers exactly as the definition says: per question the
/// share of answer weights (pooled, or a weighted mean of the groups' shares), per criterion the weighted mean of
/// its questions' shares, rounded once, half away from zero, to the definition's precision (docs/survey.md).
/// </summary>
public static class SurveyCalculator
{
    /// <summary>Computes the values.</summary>
    /// <param name="responses">The answers.</param>
    /// <param name="criteriaSet">The criteria set whose survey criteria the definition feeds.</param>
    /// <exception cref="ParIndexException">The definition does not fit the set, or a unit has no counted answer for a criterion; all problems are listed.</exception>
    public static SurveyResult Compute(SurveyResponses responses, CriteriaSet criteriaSet)
    {
        if (responses is null)
        {
            throw new ArgumentNullException(nameof(responses));
        }

        if (criteriaSet is null)
        {
            throw new ArgumentNullException(nameof(criteriaSet));
        }

        var model = new CompiledSurvey(responses.Definition, criteriaSet);
        return Compute(responses, model);
    }

    internal static SurveyResult Compute(SurveyResponses responses, CompiledSurvey model)
    {
        var definition = responses.Definition;
        var problems = new List<Diagnostic>();
        var warnings = new List<Diagnostic>();
        var sums = new long[model.SlotCount];
        var counts = new int[model.SlotCount];
        var units = new List<UnitSurveyResult>();
        foreach (var unit in responses.Samples)
        {
            model.Tally(unit, sums, counts);
            var values = new List<SurveyValue>();
            for (var l = 0; l < model.LeafCodes.Length; l++)
            {
                if (!model.TryLeafTicks(l, sums, counts, out var ticks))
                {
                    var questions = string.Join(", ", model.LeafQuestions[l].Select(q => definition.Questions[q].Id));
                    problems.Add(new Diagnostic(unit.Location, SurveyMessage.Of(nameof(SurveyText.NoCountedAnswers), unit.UnitId, model.LeafCodes[l], questions)));
                    continue;
                }

                var answers = model.LeafQuestions[l].Sum(q => Answers(model, q, counts));
                values.Add(new SurveyValue(model.LeafCodes[l], Points.FromTicks(ticks).ToDecimal(), answers));
            }

            var shares = new List<QuestionShare>();
            var silent = new Dictionary<int, List<string>>();
            for (var q = 0; q < model.QuestionCount; q++)
            {
                var exact = model.ExactQuestion(q, sums, counts);
                var asked = 0;
                for (var k = model.SlotStart[q]; k < model.SlotStart[q + 1]; k++)
                {
                    var group = model.SlotGroup[k];
                    asked += unit.Groups[group].Count;
                    if (!model.Pooled[q] && counts[k] == 0 && exact is not null)
                    {
                        if (!silent.TryGetValue(group, out var list))
                        {
                            silent[group] = list = new List<string>();
                        }

                        list.Add(definition.Questions[q].Id);
                    }
                }

                var counted = Answers(model, q, counts);
                shares.Add(new QuestionShare(definition.Questions[q], exact?.DivideBy(Points.TicksPerPoint).Round(6), counted, asked - counted));
            }

            foreach (var pair in silent.OrderBy(p => p.Key))
            {
                warnings.Add(new Diagnostic(unit.Location, SurveyMessage.Of(nameof(SurveyText.GroupWithoutAnswers), unit.UnitId, definition.Groups[pair.Key].Id, string.Join(", ", pair.Value))));
            }

            var sizes = definition.Groups.Select(g => new GroupSampleSize(g, unit.Groups[g.Ordinal].Count)).ToArray();
            units.Add(new UnitSurveyResult(unit.UnitId, unit.Location, sizes, values, shares));
        }

        if (problems.Count > 0)
        {
            throw new ParIndexException(problems);
        }

        return new SurveyResult(responses, model.Set, model.LeafCodes, units, warnings);
    }

    private static int Answers(CompiledSurvey model, int q, int[] counts)
    {
        var n = 0;
        for (var k = model.SlotStart[q]; k < model.SlotStart[q + 1]; k++)
        {
            n += counts[k];
        }

        return n;
    }
}
