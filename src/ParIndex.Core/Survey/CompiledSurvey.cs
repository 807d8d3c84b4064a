using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using ParIndex.Criteria;
using ParIndex.Internal;
using ParIndex.Scoring;

namespace ParIndex.Survey;

/// <summary>
/// A survey definition bound to its criteria set and flattened for computing shares many times (the baseline
/// once, the bootstrap once per run): each (question, group asked) pair is a slot with a sum of answer weights
/// and a number of answers; a criterion's value is computed from the slots of its questions.
/// </summary>
/// <remarks>
/// Weights are held in millionths of a percent (100 % = 10⁸), so sums are exact integers. A value is computed in
/// double precision and rounded to the definition's precision; when the double lies within 10⁻⁴ of a rounding
/// midpoint the value is recomputed exactly as a fraction, so the result is always the exact share rounded half
/// away from zero (see docs/survey.md).
/// </remarks>
internal sealed class CompiledSurvey
{
    private const long Micro = 1_000_000;

    public CompiledSurvey(SurveyDefinition definition, CriteriaSet set)
    {
        Definition = definition;
        Set = set;
        var problems = new List<Diagnostic>();
        if (!string.Equals(definition.CriteriaSetId, set.Id, StringComparison.Ordinal))
        {
            problems.Add(new Diagnostic(null, SurveyMessage.Of(nameof(SurveyText.DefinitionForOtherSet), definition.Id, definition.CriteriaSetId, set.Id)));
        }

        var compiled = set.Compiled;
        var leaves = new List<int>();
        foreach (var q in definition.Questions)
        {
            if (!compiled.TryGetLeaf(q.LeafCode, out var leaf) || !compiled.IsSurvey[leaf])
            {
                problems.Add(new Diagnostic(null, SurveyMessage.Of(nameof(SurveyText.QuestionNotForSurveyLeaf), q.Id, q.LeafCode, set.Id)));
            }
            else if (!leaves.Contains(leaf))
            {
                leaves.Add(leaf);
            }
        }

        for (var j = 0; j < compiled.LeafCount; j++)
        {
            if (compiled.IsSurvey[j] && !leaves.Contains(j))
            {
                problems.Add(new Diagnostic(null, SurveyMessage.Of(nameof(SurveyText.LeafWithoutQuestion), compiled.LeafDefinition(j).Code, set.Id)));
            }
        }

        if (problems.Count > 0)
        {
            throw new ParIndexException(problems);
        }

        // Criteria-set order, so output follows the tree.
        leaves.Sort();
        LeafOrdinals = leaves.ToArray();
        LeafCodes = leaves.Select(j => compiled.LeafDefinition(j).Code).ToArray();
        var questions = definition.Questions;
        QuestionCount = questions.Count;
        QuestionLeaf = questions.Select(q => Array.IndexOf(LeafCodes, q.LeafCode)).ToArray();
        QuestionWeight = questions.Select(q => ToMicro(q.Weight)).ToArray();
        Pooled = questions.Select(q => q.Combination == GroupCombination.Pooled).ToArray();
        LeafQuestions = LeafCodes.Select((_, l) => Enumerable.Range(0, QuestionCount).Where(q => QuestionLeaf[q] == l).ToArray()).ToArray();
        var groups = definition.Groups.Count;
        SlotStart = new int[QuestionCount + 1];
        var slotGroup = new List<int>();
        var slotWeight = new List<long>();
        var groupSlots = Enumerable.Range(0, groups).Select(_ => new List<(int Question, int Slot)>()).ToArray();
        for (var q = 0; q < QuestionCount; q++)
        {
            SlotStart[q] = slotGroup.Count;
            for (var k = 0; k < questions[q].Groups.Count; k++)
            {
                var g = questions[q].Groups[k].Ordinal;
                groupSlots[g].Add((q, slotGroup.Count));
                slotGroup.Add(g);
                slotWeight.Add(ToMicro(questions[q].GroupWeights[k]));
            }
        }

        SlotStart[QuestionCount] = slotGroup.Count;
        SlotCount = slotGroup.Count;
        SlotGroup = slotGroup.ToArray();
        SlotWeight = slotWeight.ToArray();
        GroupQuestions = groupSlots.Select(l => l.Select(t => t.Question).ToArray()).ToArray();
        GroupSlots = groupSlots.Select(l => l.Select(t => t.Slot).ToArray()).ToArray();

        // What each answer adds to its slot: (weight, 1) for an option with a weight; "don't know" and blank per the definition.
        OptionWeight = questions.Select(q => q.Options.Select(o => o.Weight is { } w ? ToMicro(w) : -1L).ToArray()).ToArray();
        DontKnowCounts = definition.DontKnow == AnswerTreatment.Zero;
        BlankCounts = definition.Blank == AnswerTreatment.Zero;
        Precision = definition.Precision;
        RoundingUnit = Pow10(Points.Decimals - Precision);
    }

    public SurveyDefinition Definition { get; }

    public CriteriaSet Set { get; }

    public int QuestionCount { get; }

    /// <summary>The survey leaves the questions feed, as leaf ordinals of the compiled criteria set, in set order.</summary>
    public int[] LeafOrdinals { get; }

    public string[] LeafCodes { get; }

    /// <summary>Index into <see cref="LeafOrdinals"/> of each question's criterion.</summary>
    public int[] QuestionLeaf { get; }

    /// <summary>The questions of each criterion.</summary>
    public int[][] LeafQuestions { get; }

    public long[] QuestionWeight { get; }

    public bool[] Pooled { get; }

    /// <summary>First slot of each question; slots of question q are SlotStart[q] .. SlotStart[q + 1] − 1.</summary>
    public int[] SlotStart { get; }

    public int SlotCount { get; }

    public int[] SlotGroup { get; }

    public long[] SlotWeight { get; }

    /// <summary>The questions asked to each group, and the matching slots.</summary>
    public int[][] GroupQuestions { get; }

    public int[][] GroupSlots { get; }

    /// <summary>Per question and option: the weight in millionths of a percent, or −1 for "don't know".</summary>
    public long[][] OptionWeight { get; }

    public bool DontKnowCounts { get; }

    public bool BlankCounts { get; }

    public int Precision { get; }

    /// <summary>Ticks (millionths of a percent) per unit of the last decimal kept.</summary>
    public long RoundingUnit { get; }

    /// <summary>What one answer (an option index, or −1 for blank) adds to its slot: a weight and whether it counts as an answer.</summary>
    public void Contribution(int question, int option, out long weight, out bool counts)
    {
        if (option < 0)
        {
            weight = 0;
            counts = BlankCounts;
            return;
        }

        var w = OptionWeight[question][option];
        weight = Math.Max(0, w);
        counts = w >= 0 || DontKnowCounts;
    }

    /// <summary>Sums every respondent's answers of one unit into slot sums and counts.</summary>
    public void Tally(UnitSample unit, long[] sums, int[] counts)
    {
        Array.Clear(sums, 0, SlotCount);
        Array.Clear(counts, 0, SlotCount);
        for (var g = 0; g < unit.Groups.Length; g++)
        {
            var sample = unit.Groups[g];
            var questions = GroupQuestions[g];
            var slots = GroupSlots[g];
            for (var r = 0; r < sample.Count; r++)
            {
                var row = r * QuestionCount;
                for (var k = 0; k < questions.Length; k++)
                {
                    Contribution(questions[k], sample.Answers[row + questions[k]], out var w, out var c);
                    sums[slots[k]] += w;
                    counts[slots[k]] += c ? 1 : 0;
                }
            }
        }
    }

    /// <summary>The value of criterion <paramref name="leaf"/> (index into <see cref="LeafCodes"/>) in ticks, rounded to the precision; false when no question of it has an answer.</summary>
    public bool TryLeafTicks(int leaf, long[] sums, int[] counts, out long ticks)
    {
        ticks = 0;
        double total = 0, weights = 0;
        foreach (var q in LeafQuestions[leaf])
        {
            if (TryQuestionShare(q, sums, counts, out var share))
            {
                total += QuestionWeight[q] * share;
                weights += QuestionWeight[q];
            }
        }

        if (weights == 0)
        {
            return false;
        }

        var scaled = total / weights / RoundingUnit;
        var floor = Math.Floor(scaled);
        if (Math.Abs(scaled - floor - 0.5) > 1e-4)
        {
            ticks = (long)(scaled - floor > 0.5 ? floor + 1 : floor) * RoundingUnit;
            return true;
        }

        ticks = (long)ExactLeaf(leaf, sums, counts)!.Value.DivideBy(RoundingUnit).RoundScaled(0) * RoundingUnit;
        return true;
    }

    /// <summary>A question's share in ticks as a double: pooled Σw ÷ Σn, or weighted Σ a_g (w_g ÷ n_g) ÷ Σ a_g over groups with answers.</summary>
    public bool TryQuestionShare(int q, long[] sums, int[] counts, out double share)
    {
        share = 0;
        int first = SlotStart[q], end = SlotStart[q + 1];
        if (Pooled[q])
        {
            long s = 0, n = 0;
            for (var k = first; k < end; k++)
            {
                s += sums[k];
                n += counts[k];
            }

            if (n == 0)
            {
                return false;
            }

            share = (double)s / n;
            return true;
        }

        double total = 0, weights = 0;
        for (var k = first; k < end; k++)
        {
            if (counts[k] > 0)
            {
                total += SlotWeight[k] * ((double)sums[k] / counts[k]);
                weights += SlotWeight[k];
            }
        }

        if (weights == 0)
        {
            return false;
        }

        share = total / weights;
        return true;
    }

    /// <summary>The exact share of a question in ticks, or null without answers.</summary>
    public Fraction? ExactQuestion(int q, long[] sums, int[] counts)
    {
        int first = SlotStart[q], end = SlotStart[q + 1];
        if (Pooled[q])
        {
            long s = 0, n = 0;
            for (var k = first; k < end; k++)
            {
                s += sums[k];
                n += counts[k];
            }

            return n == 0 ? null : new Fraction(s, n);
        }

        var total = Fraction.Zero;
        BigInteger weights = 0;
        for (var k = first; k < end; k++)
        {
            if (counts[k] > 0)
            {
                total += new Fraction(sums[k], counts[k]) * SlotWeight[k];
                weights += SlotWeight[k];
            }
        }

        return weights.IsZero ? null : total.DivideBy(weights);
    }

    /// <summary>The exact value of a criterion in ticks, or null without answers.</summary>
    public Fraction? ExactLeaf(int leaf, long[] sums, int[] counts)
    {
        var total = Fraction.Zero;
        BigInteger weights = 0;
        foreach (var q in LeafQuestions[leaf])
        {
            if (ExactQuestion(q, sums, counts) is { } share)
            {
                total += share * QuestionWeight[q];
                weights += QuestionWeight[q];
            }
        }

        return weights.IsZero ? null : total.DivideBy(weights);
    }

    internal static long ToMicro(decimal value) => (long)(value * Micro);

    private static long Pow10(int n)
    {
        long p = 1;
        for (var i = 0; i < n; i++)
        {
            p *= 10;
        }

        return p;
    }
}
