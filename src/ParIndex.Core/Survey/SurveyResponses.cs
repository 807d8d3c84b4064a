using System;
using System.Collections.Generic;
using System.Linq;

namespace ParIndex.Survey;

/// <summary>
/// Respondent-level survey answers (phiếu trả lời), checked against a <see cref="SurveyDefinition"/>: for every
/// unit, its respondents by group and each respondent's answer to each question asked to the group. Immutable;
/// built by <see cref="SurveyResponsesBuilder"/> or read by <see cref="SurveyResponseFiles"/>.
/// </summary>
public sealed class SurveyResponses
{
    private readonly Dictionary<string, int> unitIndex;

    internal SurveyResponses(SurveyDefinition definition, UnitSample[] units)
    {
        Definition = definition;
        Samples = units;
        unitIndex = new Dictionary<string, int>(units.Length, StringComparer.Ordinal);
        for (var u = 0; u < units.Length; u++)
        {
            unitIndex[units[u].UnitId] = u;
        }

        UnitIds = units.Select(s => s.UnitId).ToArray();
    }

    /// <summary>The definition the answers were read against.</summary>
    public SurveyDefinition Definition { get; }

    /// <summary>The units, in the order first met.</summary>
    public IReadOnlyList<string> UnitIds { get; }

    internal UnitSample[] Samples { get; }

    /// <summary>The number of respondents of a unit, in one group or in all.</summary>
    /// <param name="unitId">The unit's id.</param>
    /// <param name="group">A group, or <see langword="null"/> for every group.</param>
    /// <exception cref="KeyNotFoundException">No respondent of that unit was read.</exception>
    public int RespondentCount(string unitId, RespondentGroup? group = null)
    {
        if (!unitIndex.TryGetValue(unitId ?? throw new ArgumentNullException(nameof(unitId)), out var u))
        {
            throw new KeyNotFoundException(SurveyText.FormatNoSuchUnit(unitId));
        }

        var sample = Samples[u];
        return group is null ? sample.Groups.Sum(g => g.Count) : sample.Groups[group.Ordinal].Count;
    }

    /// <summary>One respondent's answer, or <see langword="null"/> when the question was left blank.</summary>
    /// <param name="unitId">The unit's id.</param>
    /// <param name="respondentId">The respondent's id within the unit.</param>
    /// <param name="question">The question.</param>
    /// <exception cref="KeyNotFoundException">No such unit or respondent.</exception>
    public AnswerOption? Answer(string unitId, string respondentId, SurveyQuestion question)
    {
        if (question is null)
        {
            throw new ArgumentNullException(nameof(question));
        }

        if (!unitIndex.TryGetValue(unitId ?? throw new ArgumentNullException(nameof(unitId)), out var u))
        {
            throw new KeyNotFoundException(SurveyText.FormatNoSuchUnit(unitId));
        }

        foreach (var g in Samples[u].Groups)
        {
            var i = Array.IndexOf(g.RespondentIds, respondentId);
            if (i >= 0)
            {
                var option = g.Answers[(i * Definition.Questions.Count) + question.Ordinal];
                return option < 0 ? null : question.Options[option];
            }
        }

        throw new KeyNotFoundException(SurveyText.FormatNoSuchRespondent(respondentId, unitId));
    }
}

/// <summary>One unit's respondents, by group.</summary>
internal sealed class UnitSample
{
    public UnitSample(string unitId, SourceLocation? location, GroupSample[] groups)
    {
        UnitId = unitId;
        Location = location;
        Groups = groups;
    }

    public string UnitId { get; }

    /// <summary>Where the unit's first answer was read.</summary>
    public SourceLocation? Location { get; }

    /// <summary>Indexed by group ordinal.</summary>
    public GroupSample[] Groups { get; }
}

/// <summary>The respondents of one group in one unit: ids and answers, respondent-major, one option index per question (−1: blank).</summary>
internal sealed class GroupSample
{
    public GroupSample(string[] respondentIds, short[] answers)
    {
        RespondentIds = respondentIds;
        Answers = answers;
    }

    public int Count => RespondentIds.Length;

    public string[] RespondentIds { get; }

    public short[] Answers { get; }
}
