using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ParIndex.Internal;

namespace ParIndex.Survey;

/// <summary>
/// Collects respondent-level answers for a <see cref="SurveyDefinition"/>, checking each as it is added, and
/// builds <see cref="SurveyResponses"/>. Problems are collected with their locations and thrown together by
/// <see cref="Build"/>. Not thread-safe.
/// </summary>
public sealed class SurveyResponsesBuilder
{
    private const int MaxDiagnostics = 200;

    private readonly SurveyDefinition definition;
    private readonly List<Diagnostic> diagnostics = new();
    private readonly Dictionary<string, int> unitIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Id, int Line)> caseless = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<UnitDraft> units = new();
    private readonly Dictionary<string, RespondentGroup> groupKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>[] optionKeys;
    private int dropped;

    /// <summary>Starts empty responses for a definition.</summary>
    /// <param name="definition">The survey definition answers are read against.</param>
    public SurveyResponsesBuilder(SurveyDefinition definition)
    {
        this.definition = definition ?? throw new ArgumentNullException(nameof(definition));
        foreach (var g in definition.Groups)
        {
            groupKeys[TextKey.Of(g.Id)] = g;
            groupKeys[TextKey.Of(g.Name)] = g;
        }

        optionKeys = definition.Questions.Select(q =>
        {
            var keys = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < q.Options.Count; i++)
            {
                keys[TextKey.Of(q.Options[i].Answer)] = i;
                if (q.Options[i].Label is { } label)
                {
                    keys[TextKey.Of(label)] = i;
                }
            }

            return keys;
        }).ToArray();
    }

    /// <summary>The definition answers are read against.</summary>
    public SurveyDefinition Definition => definition;

    /// <summary>The problems found so far.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => diagnostics;

    /// <summary>
    /// Adds one answer: respondent <paramref name="respondentId"/> of unit <paramref name="unitId"/>, in group
    /// <paramref name="group"/> (its id or name), answered <paramref name="questionId"/> with <paramref name="answer"/>
    /// (an option's answer or label; empty for a question left blank).
    /// </summary>
    /// <param name="unitId">The unit's id (matched exactly after trimming).</param>
    /// <param name="respondentId">The respondent's id within the unit (the questionnaire number).</param>
    /// <param name="group">The respondent's group: its id or name, case and spacing ignored.</param>
    /// <param name="questionId">The question's id.</param>
    /// <param name="answer">The answer as written.</param>
    /// <param name="location">Where the answer was read, for diagnostics (the answer's cell).</param>
    /// <param name="unitLocation">Where the unit id was read, when it differs from <paramref name="location"/>.</param>
    /// <returns>Whether the answer was accepted.</returns>
    public bool Add(string unitId, string respondentId, string group, string questionId, string answer, SourceLocation? location = null, SourceLocation? unitLocation = null)
    {
        if (unitId is null || respondentId is null || group is null || questionId is null || answer is null)
        {
            throw new ArgumentNullException(unitId is null ? nameof(unitId) : respondentId is null ? nameof(respondentId) : group is null ? nameof(group) : questionId is null ? nameof(questionId) : nameof(answer));
        }

        if (!definition.TryGetQuestion(questionId.Trim().Normalize(System.Text.NormalizationForm.FormC), out var question))
        {
            Report(location, SurveyMessage.Of(nameof(SurveyText.UnknownQuestion), questionId.Trim(), definition.Id));
            return false;
        }

        if (!TryRespondent(unitId, respondentId, group, location, unitLocation, out var respondent))
        {
            return false;
        }

        return SetAnswer(respondent, question, answer, location);
    }

    /// <summary>
    /// Adds a respondent without answers yet (every question asked to the group counts as blank until answered);
    /// used for a respondent whose row has no answers at all.
    /// </summary>
    /// <param name="unitId">The unit's id.</param>
    /// <param name="respondentId">The respondent's id within the unit.</param>
    /// <param name="group">The respondent's group: its id or name.</param>
    /// <param name="location">Where the respondent was read (the group's cell).</param>
    /// <param name="unitLocation">Where the unit id was read.</param>
    /// <returns>Whether the respondent was accepted.</returns>
    public bool AddRespondent(string unitId, string respondentId, string group, SourceLocation? location = null, SourceLocation? unitLocation = null)
    {
        if (unitId is null || respondentId is null || group is null)
        {
            throw new ArgumentNullException(unitId is null ? nameof(unitId) : respondentId is null ? nameof(respondentId) : nameof(group));
        }

        return TryRespondent(unitId, respondentId, group, location, unitLocation, out _);
    }

    /// <summary>Checks every answer and returns the responses.</summary>
    /// <exception cref="ParIndexException">Any problem was found, or no answer was added; all are listed.</exception>
    public SurveyResponses Build()
    {
        if (units.Count == 0 && diagnostics.Count == 0)
        {
            Report(null, SurveyMessage.Of(nameof(SurveyText.NoResponses)));
        }

        if (diagnostics.Count > 0)
        {
            var all = dropped == 0 ? diagnostics : diagnostics.Concat(new[] { new Diagnostic(null, SurveyMessage.Of(nameof(SurveyText.MoreProblems), dropped)) });
            throw new ParIndexException(all);
        }

        var q = definition.Questions.Count;
        var samples = units.Select(u => new UnitSample(
            u.Id,
            u.Location,
            u.Groups.Select(g =>
            {
                var answers = new short[g.Count * q];
                for (var r = 0; r < g.Count; r++)
                {
                    Array.Copy(g[r].Answers, 0, answers, r * q, q);
                }

                return new GroupSample(g.Select(r => r.Id).ToArray(), answers);
            }).ToArray())).ToArray();
        return new SurveyResponses(definition, samples);
    }

    internal void Report(SourceLocation? location, LocalizedText message)
    {
        if (diagnostics.Count < MaxDiagnostics)
        {
            diagnostics.Add(new Diagnostic(location, message));
        }
        else
        {
            dropped++;
        }
    }

    internal bool TryFindGroup(string text, out RespondentGroup group) => groupKeys.TryGetValue(TextKey.Of(text), out group!);

    private bool TryRespondent(string unitId, string respondentId, string groupText, SourceLocation? location, SourceLocation? unitLocation, out RespondentDraft respondent)
    {
        respondent = null!;
        var id = unitId.Trim();
        var rid = respondentId.Trim();
        if (id.Length == 0)
        {
            Report(unitLocation ?? location, SurveyMessage.Of(nameof(SurveyText.EmptyUnitId)));
            return false;
        }

        if (rid.Length == 0)
        {
            Report(location, SurveyMessage.Of(nameof(SurveyText.EmptyRespondentId), id));
            return false;
        }

        if (!groupKeys.TryGetValue(TextKey.Of(groupText), out var group))
        {
            var known = string.Join(", ", definition.Groups.Select(g => g.Id));
            Report(location, groupText.Trim().Length == 0 ? SurveyMessage.Of(nameof(SurveyText.EmptyGroup), rid, id) : SurveyMessage.Of(nameof(SurveyText.UnknownRespondentGroup), groupText.Trim(), known));
            return false;
        }

        if (!unitIndex.TryGetValue(id, out var u))
        {
            var at = unitLocation ?? location;
            if (caseless.TryGetValue(id, out var other))
            {
                Report(at, SurveyMessage.Of(nameof(SurveyText.UnitCase), id, other.Id, other.Line.ToString(CultureInfo.InvariantCulture)));
                return false;
            }

            caseless[id] = (id, at?.Line ?? 0);
            u = units.Count;
            unitIndex[id] = u;
            units.Add(new UnitDraft(id, at, definition.Groups.Count));
        }

        var unit = units[u];
        if (unit.Respondents.TryGetValue(rid, out var existing))
        {
            if (existing.Group != group)
            {
                Report(location, SurveyMessage.Of(nameof(SurveyText.RespondentTwoGroups), rid, id, existing.Group.Id, group.Id));
                return false;
            }

            respondent = existing;
            return true;
        }

        respondent = new RespondentDraft(rid, group, definition.Questions.Count);
        unit.Respondents[rid] = respondent;
        unit.Groups[group.Ordinal].Add(respondent);
        return true;
    }

    private bool SetAnswer(RespondentDraft respondent, SurveyQuestion question, string answer, SourceLocation? location)
    {
        var text = answer.Trim();
        var asked = question.Groups.Contains(respondent.Group);
        if (!asked)
        {
            if (text.Length == 0)
            {
                return true;
            }

            Report(location, SurveyMessage.Of(nameof(SurveyText.NotAsked), question.Id, respondent.Group.Id, string.Join(", ", question.Groups.Select(g => g.Id))));
            return false;
        }

        if (respondent.Seen[question.Ordinal] is { } first)
        {
            Report(location, SurveyMessage.Of(nameof(SurveyText.AnsweredTwice), respondent.Id, question.Id, first.ToString(CultureInfo.InvariantCulture)));
            return false;
        }

        respondent.Seen[question.Ordinal] = location?.Line ?? 0;
        if (text.Length == 0)
        {
            return true;
        }

        if (!optionKeys[question.Ordinal].TryGetValue(TextKey.Of(text), out var option))
        {
            var options = string.Join(", ", question.Options.Select(o => o.Label is null ? o.Answer : $"{o.Answer} ({o.Label})"));
            Report(location, SurveyMessage.Of(nameof(SurveyText.UnknownAnswer), text, question.Id, options));
            return false;
        }

        respondent.Answers[question.Ordinal] = (short)option;
        return true;
    }

    private sealed class UnitDraft
    {
        public UnitDraft(string id, SourceLocation? location, int groups)
        {
            Id = id;
            Location = location;
            Groups = Enumerable.Range(0, groups).Select(_ => new List<RespondentDraft>()).ToArray();
        }

        public string Id { get; }

        public SourceLocation? Location { get; }

        public Dictionary<string, RespondentDraft> Respondents { get; } = new(StringComparer.Ordinal);

        public List<RespondentDraft>[] Groups { get; }
    }

    private sealed class RespondentDraft
    {
        public RespondentDraft(string id, RespondentGroup group, int questions)
        {
            Id = id;
            Group = group;
            Answers = new short[questions];
            Answers.AsSpan().Fill(-1);
            Seen = new int?[questions];
        }

        public string Id { get; }

        public RespondentGroup Group { get; }

        public short[] Answers { get; }

        /// <summary>The line each question was answered on, to report a second answer.</summary>
        public int?[] Seen { get; }
    }
}
