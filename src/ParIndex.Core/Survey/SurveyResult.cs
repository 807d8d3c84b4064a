using System;
using System.Collections.Generic;
using System.Linq;
using ParIndex.Assessments;
using ParIndex.Criteria;

namespace ParIndex.Survey;

/// <summary>
/// Every unit's survey values computed from respondents' answers (<see cref="SurveyCalculator"/>): one value per
/// survey criterion, with the sample sizes behind it. Immutable.
/// </summary>
public sealed class SurveyResult
{
    internal SurveyResult(SurveyResponses responses, CriteriaSet criteriaSet, IReadOnlyList<string> codes, IReadOnlyList<UnitSurveyResult> units, IReadOnlyList<Diagnostic> warnings)
    {
        Responses = responses;
        CriteriaSet = criteriaSet;
        Codes = codes;
        Units = units;
        Warnings = warnings;
    }

    /// <summary>The answers the values were computed from.</summary>
    public SurveyResponses Responses { get; }

    /// <summary>The definition used.</summary>
    public SurveyDefinition Definition => Responses.Definition;

    /// <summary>The criteria set whose survey criteria the values are for.</summary>
    public CriteriaSet CriteriaSet { get; }

    /// <summary>The survey criteria, in criteria-set order.</summary>
    public IReadOnlyList<string> Codes { get; }

    /// <summary>Each unit's values, in the order the units were first met in the responses.</summary>
    public IReadOnlyList<UnitSurveyResult> Units { get; }

    /// <summary>
    /// Things worth knowing that do not stop the computation: a weighted question for which a group gave no
    /// answer in a unit (the other groups' weights are used).
    /// </summary>
    public IReadOnlyList<Diagnostic> Warnings { get; }

    /// <summary>Sets every unit's survey values in an assessment input, as a survey file would (<see cref="AssessmentInputBuilder.SetSurvey"/>).</summary>
    /// <param name="builder">The builder; its criteria set must be this result's.</param>
    /// <remarks>A unit here that the builder does not have is reported by the builder, at the unit's first answer.</remarks>
    public void AddTo(AssessmentInputBuilder builder)
    {
        if (builder is null)
        {
            throw new ArgumentNullException(nameof(builder));
        }

        if (!ReferenceEquals(builder.CriteriaSet, CriteriaSet) && builder.CriteriaSet.Id != CriteriaSet.Id)
        {
            throw new ArgumentException(SurveyText.FormatBuilderForOtherSet(builder.CriteriaSet.Id, CriteriaSet.Id), nameof(builder));
        }

        foreach (var unit in Units)
        {
            if (!builder.HasUnit(unit.UnitId))
            {
                builder.Report(unit.Location, SurveyMessage.Of(nameof(SurveyText.UnitNotInSelfAssessment), unit.UnitId));
                continue;
            }

            foreach (var value in unit.Values)
            {
                builder.SetSurvey(unit.UnitId, value.Code, AssessmentValue.Number(value.Value), unit.Location);
            }
        }
    }

    /// <summary>Compares every unit's sample with Slovin's sample size for its population.</summary>
    /// <param name="population">The population per unit (and optionally per group).</param>
    /// <returns>One check per population entry whose unit has answers, in the population's order.</returns>
    public IReadOnlyList<SampleSizeCheck> CheckSampleSizes(SurveyPopulation population)
    {
        if (population is null)
        {
            throw new ArgumentNullException(nameof(population));
        }

        var checks = new List<SampleSizeCheck>();
        var units = Units.ToDictionary(u => u.UnitId, StringComparer.Ordinal);
        foreach (var entry in population.Entries)
        {
            if (!units.TryGetValue(entry.UnitId, out var unit))
            {
                continue;
            }

            var respondents = entry.Group is null ? unit.Respondents : unit.SampleSizes.First(s => s.Group == entry.Group).Respondents;
            checks.Add(new SampleSizeCheck(entry, Definition.SlovinSampleSize(entry.Population), respondents));
        }

        return checks;
    }
}

/// <summary>One unit's survey values and sample sizes.</summary>
public sealed class UnitSurveyResult
{
    internal UnitSurveyResult(string unitId, SourceLocation? location, IReadOnlyList<GroupSampleSize> sampleSizes, IReadOnlyList<SurveyValue> values, IReadOnlyList<QuestionShare> questions)
    {
        UnitId = unitId;
        Location = location;
        SampleSizes = sampleSizes;
        Values = values;
        Questions = questions;
    }

    /// <summary>The unit's id.</summary>
    public string UnitId { get; }

    /// <summary>Where the unit's first answer was read, or <see langword="null"/>.</summary>
    public SourceLocation? Location { get; }

    /// <summary>The number of respondents (phiếu) of the unit, all groups together.</summary>
    public int Respondents => SampleSizes.Sum(s => s.Respondents);

    /// <summary>The number of respondents per group, in the definition's group order.</summary>
    public IReadOnlyList<GroupSampleSize> SampleSizes { get; }

    /// <summary>One value per survey criterion, in criteria-set order.</summary>
    public IReadOnlyList<SurveyValue> Values { get; }

    /// <summary>Each question's share, in the definition's order.</summary>
    public IReadOnlyList<QuestionShare> Questions { get; }
}

/// <summary>The number of respondents of one group in one unit.</summary>
public sealed class GroupSampleSize
{
    internal GroupSampleSize(RespondentGroup group, int respondents)
    {
        Group = group;
        Respondents = respondents;
    }

    /// <summary>The group.</summary>
    public RespondentGroup Group { get; }

    /// <summary>Its respondents in the unit.</summary>
    public int Respondents { get; }
}

/// <summary>One survey criterion's value for one unit.</summary>
public sealed class SurveyValue
{
    internal SurveyValue(string code, decimal value, int answers)
    {
        Code = code;
        Value = value;
        Answers = answers;
    }

    /// <summary>The survey criterion's code.</summary>
    public string Code { get; }

    /// <summary>The value in % (0–100): the exact share rounded half away from zero to the definition's precision.</summary>
    public decimal Value { get; }

    /// <summary>The answers counted in the share, over the criterion's questions.</summary>
    public int Answers { get; }
}

/// <summary>One question's share for one unit.</summary>
public sealed class QuestionShare
{
    internal QuestionShare(SurveyQuestion question, decimal? share, int answers, int notCounted)
    {
        Question = question;
        Share = share;
        Answers = answers;
        NotCounted = notCounted;
    }

    /// <summary>The question.</summary>
    public SurveyQuestion Question { get; }

    /// <summary>The share in %, rounded half away from zero to 6 decimals; <see langword="null"/> when nobody gave a counted answer.</summary>
    public decimal? Share { get; }

    /// <summary>The answers counted.</summary>
    public int Answers { get; }

    /// <summary>The respondents asked whose answer was not counted (blank or "don't know", when excluded).</summary>
    public int NotCounted { get; }
}
