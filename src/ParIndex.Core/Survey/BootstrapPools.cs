using System;
using System.Collections.Generic;

namespace ParIndex.Survey;

/// <summary>
/// What each unit's bootstrap resample draws from (docs/survey.md): every respondent's contribution to each slot of
/// its group, per unit; a group sample of a single respondent draws from that group's questionnaires in every unit.
/// </summary>
internal sealed class BootstrapPools
{
    private BootstrapPools(Pool?[][] samples, int[][] draws, IReadOnlyList<string> borrowed)
    {
        Samples = samples;
        Draws = draws;
        Borrowed = borrowed;
    }

    /// <summary>[unit][group]: the questionnaires drawn from; null for a group without respondents in the unit.</summary>
    public Pool?[][] Samples { get; }

    /// <summary>[unit][group]: how many questionnaires one resample draws (as many as the unit has).</summary>
    public int[][] Draws { get; }

    /// <summary>"unit / group" for each single-respondent sample that draws from the pooled questionnaires.</summary>
    public IReadOnlyList<string> Borrowed { get; }

    public static BootstrapPools Build(CompiledSurvey model, UnitSample[] unitSamples, SurveyDefinition definition)
    {
        var units = unitSamples.Length;
        var groups = definition.Groups.Count;
        var pooled = new Pool[groups];
        var own = new Pool[units][];
        for (var g = 0; g < groups; g++)
        {
            var k = model.GroupQuestions[g].Length;
            var allWeights = new List<long>();
            var allCounted = new List<byte>();
            for (var u = 0; u < units; u++)
            {
                own[u] ??= new Pool[groups];
                var group = unitSamples[u].Groups[g];
                var w = new long[group.Count * k];
                var c = new byte[group.Count * k];
                for (var r = 0; r < group.Count; r++)
                {
                    for (var j = 0; j < k; j++)
                    {
                        var q = model.GroupQuestions[g][j];
                        model.Contribution(q, group.Answers[(r * model.QuestionCount) + q], out var weight, out var counts);
                        w[(r * k) + j] = weight;
                        c[(r * k) + j] = counts ? (byte)1 : (byte)0;
                    }
                }

                own[u][g] = new Pool(group.Count, w, c);
                allWeights.AddRange(w);
                allCounted.AddRange(c);
            }

            pooled[g] = new Pool(allCounted.Count / Math.Max(1, k), allWeights.ToArray(), allCounted.ToArray());
        }

        var samples = new Pool?[units][];
        var draws = new int[units][];
        var borrowed = new List<string>();
        for (var u = 0; u < units; u++)
        {
            samples[u] = new Pool?[groups];
            draws[u] = new int[groups];
            for (var g = 0; g < groups; g++)
            {
                var n = own[u][g].Count;
                draws[u][g] = n;
                if (n == 1 && pooled[g].Count > 1)
                {
                    samples[u][g] = pooled[g];
                    borrowed.Add(unitSamples[u].UnitId + " / " + definition.Groups[g].Id);
                }
                else
                {
                    samples[u][g] = n == 0 ? null : own[u][g];
                }
            }
        }

        return new BootstrapPools(samples, draws, borrowed);
    }

    /// <summary>Questionnaires as rows of slot contributions: weight and whether the answer counts.</summary>
    internal sealed class Pool
    {
        public Pool(int count, long[] weights, byte[] counted)
        {
            Count = count;
            Weights = weights;
            Counted = counted;
        }

        public int Count { get; }

        public long[] Weights { get; }

        public byte[] Counted { get; }
    }
}
