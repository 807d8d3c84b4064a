using System;
using System.Collections.Generic;
using System.Linq;

namespace ParIndex.Survey;

/// <summary>
/// A survey definition (phiếu khảo sát): the respondent groups, the questions with their answer options and
/// weights, which survey criterion each question feeds, how the groups' answers combine, and what a blank or
/// "không biết" answer means. Immutable; read by <see cref="SurveyDefinitionLoader"/> (docs/survey.md).
/// </summary>
public sealed class SurveyDefinition
{
    private readonly Dictionary<string, SurveyQuestion> questionsById;
    private readonly Dictionary<string, RespondentGroup> groupsById;

    internal SurveyDefinition(
        string id,
        string name,
        string criteriaSetId,
        int precision,
        AnswerTreatment blank,
        AnswerTreatment dontKnow,
        decimal marginOfError,
        IReadOnlyList<RespondentGroup> groups,
        IReadOnlyList<SurveyQuestion> questions)
    {
        Id = id;
        Name = name;
        CriteriaSetId = criteriaSetId;
        Precision = precision;
        Blank = blank;
        DontKnow = dontKnow;
        MarginOfError = marginOfError;
        Groups = groups;
        Questions = questions;
        questionsById = questions.ToDictionary(q => q.Id, StringComparer.Ordinal);
        groupsById = groups.ToDictionary(g => g.Id, StringComparer.Ordinal);
        Leaves = questions.Select(q => q.LeafCode).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The definition's id.</summary>
    public string Id { get; }

    /// <summary>The questionnaire's title.</summary>
    public string Name { get; }

    /// <summary>The id of the criteria set whose survey criteria the questions feed.</summary>
    public string CriteriaSetId { get; }

    /// <summary>Decimal places of each survey value (a percentage), 0–6; the exact share is rounded half away from zero to it.</summary>
    public int Precision { get; }

    /// <summary>What a question left blank (an empty answer, or no answer from a respondent of a group it is asked to) means.</summary>
    public AnswerTreatment Blank { get; }

    /// <summary>What an answer option marked "don't know" (không biết, không có ý kiến) means.</summary>
    public AnswerTreatment DontKnow { get; }

    /// <summary>The margin of error e of Slovin's sample size n = N ÷ (1 + N·e²), as a fraction (0.05 for 5 %).</summary>
    public decimal MarginOfError { get; }

    /// <summary>The respondent groups, in file order.</summary>
    public IReadOnlyList<RespondentGroup> Groups { get; }

    /// <summary>The questions, in file order.</summary>
    public IReadOnlyList<SurveyQuestion> Questions { get; }

    /// <summary>The codes of the survey criteria the questions feed, in the order first named.</summary>
    public IReadOnlyList<string> Leaves { get; }

    /// <summary>Finds a question by id.</summary>
    /// <param name="id">The question's id, exactly as written.</param>
    /// <param name="question">The question, when found.</param>
    public bool TryGetQuestion(string id, out SurveyQuestion question) => questionsById.TryGetValue(id, out question!);

    /// <summary>Finds a respondent group by id.</summary>
    /// <param name="id">The group's id, exactly as written.</param>
    /// <param name="group">The group, when found.</param>
    public bool TryGetGroup(string id, out RespondentGroup group) => groupsById.TryGetValue(id, out group!);

    /// <summary>The questions that feed one survey criterion, in file order.</summary>
    /// <param name="leafCode">The criterion's code.</param>
    public IReadOnlyList<SurveyQuestion> QuestionsFor(string leafCode) => Questions.Where(q => q.LeafCode == leafCode).ToArray();

    /// <summary>
    /// Slovin's sample size for a population of <paramref name="population"/> at this definition's margin of error:
    /// N ÷ (1 + N·e²), rounded up to a whole respondent.
    /// </summary>
    /// <param name="population">N, the number of people the sample is drawn from; zero or more.</param>
    public long SlovinSampleSize(long population) => SampleSize.Slovin(population, MarginOfError);
}

/// <summary>What a blank or "don't know" answer means for the share of a question.</summary>
public enum AnswerTreatment
{
    /// <summary>Left out of the share: neither in the sum nor in the number of answers (the default).</summary>
    Exclude,

    /// <summary>Counted as an answer with weight 0: it lowers the share.</summary>
    Zero,
}

/// <summary>How the answers of a question's respondent groups combine into one share.</summary>
public enum GroupCombination
{
    /// <summary>All answers together: every respondent counts once, whatever the group.</summary>
    Pooled,

    /// <summary>Each group's share separately, then their weighted mean with the question's group weights.</summary>
    Weighted,
}

/// <summary>A respondent group (nhóm đối tượng): người dân, doanh nghiệp, cán bộ công chức, …</summary>
public sealed class RespondentGroup
{
    internal RespondentGroup(string id, string name, int ordinal)
    {
        Id = id;
        Name = name;
        Ordinal = ordinal;
    }

    /// <summary>The group's id, as written in the responses' <c>group</c> column (its name is accepted too).</summary>
    public string Id { get; }

    /// <summary>The group's name.</summary>
    public string Name { get; }

    internal int Ordinal { get; }

    /// <inheritdoc/>
    public override string ToString() => Id;
}

/// <summary>One answer option of a question: what respondents write, its label, and its weight in % (or "don't know").</summary>
public sealed class AnswerOption
{
    internal AnswerOption(string answer, string? label, decimal? weight)
    {
        Answer = answer;
        Label = label;
        Weight = weight;
    }

    /// <summary>The answer as written in the responses, e.g. <c>A</c> or <c>5</c>.</summary>
    public string Answer { get; }

    /// <summary>The option's text, e.g. "Rất hài lòng"; also accepted as the answer. <see langword="null"/> when not given.</summary>
    public string? Label { get; }

    /// <summary>The option's weight in % (0–100), or <see langword="null"/> for a "don't know" option.</summary>
    public decimal? Weight { get; }

    /// <summary>Whether this is a "don't know" option (không biết), treated as <see cref="SurveyDefinition.DontKnow"/> says.</summary>
    public bool IsDontKnow => Weight is null;

    /// <inheritdoc/>
    public override string ToString() => Answer;
}

/// <summary>One question: the survey criterion it feeds, its options, and which groups answer it and how they combine.</summary>
public sealed class SurveyQuestion
{
    internal SurveyQuestion(
        string id,
        string? text,
        string leafCode,
        decimal weight,
        IReadOnlyList<AnswerOption> options,
        GroupCombination combination,
        IReadOnlyList<RespondentGroup> groups,
        IReadOnlyList<decimal> groupWeights,
        int ordinal)
    {
        Id = id;
        Text = text;
        LeafCode = leafCode;
        Weight = weight;
        Options = options;
        Combination = combination;
        Groups = groups;
        GroupWeights = groupWeights;
        Ordinal = ordinal;
    }

    /// <summary>The question's id, as written in the responses' <c>question</c> column or as a column name.</summary>
    public string Id { get; }

    /// <summary>The question as asked, or <see langword="null"/>.</summary>
    public string? Text { get; }

    /// <summary>The code of the survey criterion (leaf) this question feeds.</summary>
    public string LeafCode { get; }

    /// <summary>The question's weight among the questions of the same criterion (default 1).</summary>
    public decimal Weight { get; }

    /// <summary>The answer options.</summary>
    public IReadOnlyList<AnswerOption> Options { get; }

    /// <summary>How the groups' answers combine.</summary>
    public GroupCombination Combination { get; }

    /// <summary>The groups asked this question, in the order given.</summary>
    public IReadOnlyList<RespondentGroup> Groups { get; }

    /// <summary>The weight of each group in <see cref="Groups"/> (all 1 when pooled).</summary>
    public IReadOnlyList<decimal> GroupWeights { get; }

    internal int Ordinal { get; }

    /// <inheritdoc/>
    public override string ToString() => Id;
}

/// <summary>Sample sizes.</summary>
internal static class SampleSize
{
    /// <summary>⌈N ÷ (1 + N·e²)⌉, exactly in decimal arithmetic.</summary>
    public static long Slovin(long population, decimal marginOfError)
    {
        if (population < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(population), population, "The population must be zero or more.");
        }

        if (population == 0)
        {
            return 0;
        }

        // N ÷ (1 + N·e²) = N ÷ (1 + N·a/b) with e² = a/b as a decimal: exact comparison through the ceiling of a decimal quotient
        // would round at 28 digits, so compare in integers: n = ⌈N·b ÷ (b + N·a)⌉.
        var e2 = marginOfError * marginOfError;
        var scale = 1m;
        while (e2 != decimal.Truncate(e2))
        {
            e2 *= 10;
            scale *= 10;
        }

        var a = new System.Numerics.BigInteger(e2);
        var b = new System.Numerics.BigInteger(scale);
        var numerator = population * b;
        var denominator = b + (population * a);
        var quotient = System.Numerics.BigInteger.DivRem(numerator, denominator, out var remainder);
        return (long)(remainder.IsZero ? quotient : quotient + 1);
    }
}
