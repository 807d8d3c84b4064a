using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using ParIndex.Assessments;
using ParIndex.Criteria;
using ParIndex.Ranking;
using ParIndex.Scoring;

namespace ParIndex.Scenarios;
/// <summary>A scenario resolved against a criteria set: per-node scale factors and the derived criteria set.</summary>
internal sealed class ScenarioPlan
{
    public ScenarioPlan(CriteriaSet original, Scenario scenario, long[] local, decimal?[] newWeight)
    {
        Scenario = scenario;
        var c = original.Compiled;
        var n = c.NodeCount;
        Numerator = new BigInteger[n];
        Denominator = new BigInteger[n];
        Uniform = new bool[n];
        var changedBelow = new bool[n];
        for (var node = 0; node < n; node++)
        {
            // Pre-order: parents come first, so factors multiply down the tree.
            var parent = c.Parent[node];
            var num = parent < 0 ? BigInteger.One : Numerator[parent];
            var den = parent < 0 ? BigInteger.One : Denominator[parent];
            if (local[node] != c.NodeMax[node])
            {
                num *= local[node];
                den *= c.NodeMax[node];
                var g = BigInteger.GreatestCommonDivisor(num, den);
                if (!g.IsZero)
                {
                    num /= g;
                    den /= g;
                }

                if (den.Sign < 0)
                {
                    num = -num;
                    den = -den;
                }

                for (var a = parent; a >= 0 && !changedBelow[a]; a = c.Parent[a])
                {
                    changedBelow[a] = true;
                }
            }

            Numerator[node] = num;
            Denominator[node] = den;
        }

        for (var node = 0; node < n; node++)
        {
            Uniform[node] = !changedBelow[node];
        }

        // New maxima for the derived set: scaled where uniform, summed (children first) elsewhere.
        var newMax = new long[n];
        for (var node = 0; node < n; node++)
        {
            if (Uniform[node])
            {
                newMax[node] = Numerator[node] == Denominator[node] ? c.NodeMax[node] : ScenarioEngine.RoundDiv(c.NodeMax[node] * Numerator[node], Denominator[node]);
            }
        }

        foreach (var node in c.InnerPostOrder)
        {
            if (!Uniform[node])
            {
                newMax[node] = c.NodeBlock[node] != NodeBlock.None ? c.NodeMax[node] : c.Children[node].Sum(ch => newMax[ch]);
            }
        }

        NewMax = newMax;
        Set = Derive(original, scenario, newMax, newWeight);
    }

    public Scenario Scenario { get; }

    public CriteriaSet Set { get; }

    /// <summary>Each node's overall scale factor (product of its own and its ancestors' local factors), as a reduced fraction.</summary>
    public BigInteger[] Numerator { get; }

    public BigInteger[] Denominator { get; }

    /// <summary>Whether no node below this one has its own factor, so the node is rescaled as a whole.</summary>
    public bool[] Uniform { get; }

    public long[] NewMax { get; }

    private static CriteriaSet Derive(CriteriaSet set, Scenario scenario, long[] newMax, decimal?[] newWeight)
    {
        var c = set.Compiled;
        CriteriaNode Clone(CriteriaNode node)
        {
            c.TryGetNode(node.Code, out var i);
            var clone = new CriteriaNode(node.Code, node.Name, node.Description, Points.FromTicks(newMax[i]), newWeight[i] ?? node.Weight, node.Block, node.Rule, node.Source, node.NotApplicable, node.Depth, node.Location);
            if (node.Children.Count > 0)
            {
                clone.SetChildren(node.Children.Select(Clone).ToArray());
            }

            return clone;
        }

        // One copy of every setting, then what the scenario replaces: a setting added later is carried over too.
        var settings = set.Settings.With(s =>
        {
            s.Bands = scenario.Bands ?? s.Bands;
            s.GroupBands = scenario.GroupBands ?? s.GroupBands;
            s.TieBreakers = scenario.TieBreakers ?? s.TieBreakers;
            s.Source = scenario.Source ?? s.Source;
        });
        return new CriteriaSet(settings, set.Areas.Select(Clone).ToArray());
    }
}
