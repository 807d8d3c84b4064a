using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using ParIndex.Assessments;
using ParIndex.Criteria;
using ParIndex.Internal;
using ParIndex.Ranking;
using ParIndex.Resources;
using ParIndex.Scoring;

namespace ParIndex.Scenarios;

/// <summary>
/// Applies weighting scenarios to a scored round: rescales node scores (leaves are not re-scored) and
/// ranks the result with <see cref="Ranker"/>, so scenario ranks follow the official rules exactly.
/// </summary>
public static class ScenarioEngine
{
    /// <summary>Applies a scenario to a baseline score sheet.</summary>
    /// <param name="baseline">The scores under the criteria set as issued.</param>
    /// <param name="scenario">The scenario.</param>
    /// <param name="options">How to rank; <see cref="RankingOptions.Default"/> when omitted.</param>
    /// <returns>The scenario's criteria set, scores and ranking.</returns>
    /// <exception cref="ParIndexException">The scenario does not fit the criteria set (unknown code, impossible rebalance, …); all problems are listed.</exception>
    public static ScenarioResult Apply(ScoreSheet baseline, Scenario scenario, RankingOptions? options = null)
    {
        if (baseline is null)
        {
            throw new ArgumentNullException(nameof(baseline));
        }

        if (scenario is null)
        {
            throw new ArgumentNullException(nameof(scenario));
        }

        var plan = Plan(baseline.CriteriaSet, scenario, out var problems);
        if (plan is null)
        {
            throw new ParIndexException(problems);
        }

        var sheet = Rescale(baseline, plan);
        return new ScenarioResult(scenario, plan.Set, sheet, Ranker.Rank(sheet, options));
    }

    /// <summary>Checks a scenario against a criteria set without scores.</summary>
    /// <param name="set">The criteria set.</param>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The problems found; empty when the scenario can be applied.</returns>
    public static IReadOnlyList<Diagnostic> Validate(CriteriaSet set, Scenario scenario)
    {
        if (set is null)
        {
            throw new ArgumentNullException(nameof(set));
        }

        if (scenario is null)
        {
            throw new ArgumentNullException(nameof(scenario));
        }

        Plan(set, scenario, out var problems);
        return problems;
    }

    /// <summary>Resolves the scenario into per-node scale factors and the derived criteria set, or returns null with the problems.</summary>
    internal static ScenarioPlan? Plan(CriteriaSet set, Scenario scenario, out List<Diagnostic> problems)
    {
        var found = new List<Diagnostic>();
        problems = found;
        void Error(SourceLocation? at, string key, params object?[] args) => found.Add(new Diagnostic(at, LocalizedText.Of(key, args)));

        var c = set.Compiled;
        var n = c.NodeCount;
        if (scenario.CriteriaId is { } wanted && !string.Equals(wanted, set.Id, StringComparison.Ordinal))
        {
            Error(scenario.CriteriaIdLocation, nameof(Messages.Scenario_OtherSet), wanted, set.Id);
        }

        for (var i = 0; i < (scenario.TieBreakers?.Count ?? 0); i++)
        {
            var tb = scenario.TieBreakers![i];
            var at = scenario.TieBreakerLocations is { } locs && i < locs.Count ? locs[i] : null;
            if (!TieBreaker.TryParse(tb, code => c.TryGetNode(code, out _), set.Nodes.Select(x => x.Code), set.Id, out _, out var problem))
            {
                found.Add(new Diagnostic(at, problem!));
            }
        }

        // One change per node, on a known node, of a kind the node allows.
        var changeOf = new ScenarioChange?[n];
        foreach (var change in scenario.Changes)
        {
            if (!c.TryGetNode(change.Code, out var node))
            {
                Error(change.Location, nameof(Messages.Scenario_UnknownCode), change.Code, set.Id, LocalizedText.DidYouMean(change.Code, set.Nodes.Select(x => x.Code)));
                continue;
            }

            if (changeOf[node] is { } first)
            {
                var where = first.Location is { } l ? LocalizedText.Of(nameof(Messages.Scenario_FirstAtLine), l.Line) : LocalizedText.Empty;
                Error(change.Location, nameof(Messages.Scenario_ChangedTwice), change.Code, where);
                continue;
            }

            var def = set.Nodes[node];
            if (def.Block != NodeBlock.None && !change.IsDrop)
            {
                Error(change.Location, def.Block == NodeBlock.Deduction ? nameof(Messages.Scenario_InDeductionBlock) : nameof(Messages.Scenario_InBonusBlock), change.Code);
                continue;
            }

            if (change.Weight is not null && def.Weight is null)
            {
                Error(change.Location, nameof(Messages.Scenario_DefinedByMax), change.Code);
                continue;
            }

            if (change.MaxPoints is { } newMax && newMax.Ticks > 0 && def.MaxPoints.IsZero)
            {
                Error(change.Location, nameof(Messages.Scenario_MaxZero), change.Code);
                continue;
            }

            changeOf[node] = change;
        }

        for (var node = 0; node < n; node++)
        {
            if (changeOf[node] is not { } change)
            {
                continue;
            }

            for (var a = c.Parent[node]; a >= 0; a = c.Parent[a])
            {
                if (changeOf[a] is not null)
                {
                    Error(change.Location, nameof(Messages.Scenario_InsideChanged), change.Code, set.Nodes[a].Code);
                    break;
                }
            }
        }

        // Local new maxima, group by group (children of one parent; the areas are the children of the set).
        var local = new long[n];
        Array.Copy(c.NodeMax, local, n);
        var newWeight = new decimal?[n];
        var parents = Enumerable.Range(0, n).Where(i => changeOf[i] is not null).Select(i => c.Parent[i]).Distinct().OrderBy(p => p);
        foreach (var parent in parents)
        {
            var siblings = parent < 0 ? c.Areas : c.Children[parent];
            var label = parent < 0 ? LocalizedText.Of(nameof(Messages.What_TheCriteriaSetNamed), set.Id) : LocalizedText.Quoted(set.Nodes[parent].Code);
            foreach (var s in siblings.Where(s => c.NodeBlock[s] != NodeBlock.None && changeOf[s] is { IsDrop: true }))
            {
                local[s] = 0;
            }

            var ordinary = siblings.Where(s => c.NodeBlock[s] == NodeBlock.None).ToArray();
            var changed = ordinary.Where(s => changeOf[s] is not null).ToArray();
            if (changed.Length == 0)
            {
                continue;
            }

            var total = ordinary.Sum(s => c.NodeMax[s]);
            var byWeight = changed.Any(s => changeOf[s]!.Weight is not null);
            if (byWeight)
            {
                if (changed.Select(s => changeOf[s]!).FirstOrDefault(ch => ch.MaxPoints is not null) is { } mixed)
                {
                    Error(mixed.Location, nameof(Messages.Scenario_MixedMaxAndWeight), label);
                    continue;
                }

                var weights = ordinary.Select(s => changeOf[s] is { IsDrop: true } ? 0m : changeOf[s]?.Weight ?? set.Nodes[s].Weight ?? 0m).ToArray();
                if (weights.Sum() <= 0)
                {
                    Error(changeOf[changed[0]]!.Location, nameof(Messages.Scenario_AllDropped), label);
                    continue;
                }

                var shares = Internal.LargestRemainder.Share(total, weights);
                for (var i = 0; i < ordinary.Length; i++)
                {
                    local[ordinary[i]] = shares[i];
                    newWeight[ordinary[i]] = changeOf[ordinary[i]] is { IsDrop: true } ? null : weights[i];
                }

                continue;
            }

            foreach (var s in changed)
            {
                local[s] = changeOf[s]!.MaxPoints?.Ticks ?? 0;
            }

            if (scenario.Rebalance != RebalanceMode.Proportional)
            {
                continue;
            }

            var unchanged = ordinary.Where(s => changeOf[s] is null).ToArray();
            var changedSum = changed.Sum(s => local[s]);
            var remaining = total - changedSum;
            var at = changeOf[changed[0]]!.Location;
            var totalText = Points.FromTicks(total);
            if (remaining < 0)
            {
                Error(at, nameof(Messages.Scenario_ChangesOverTotal), label, Points.FromTicks(changedSum).ToString(), totalText.ToString());
            }
            else if (unchanged.Length == 0 || (remaining > 0 && unchanged.Sum(s => c.NodeMax[s]) == 0))
            {
                if (remaining != 0)
                {
                    Error(at, nameof(Messages.Scenario_CannotKeepTotal), totalText.ToString(), label, Points.FromTicks(changedSum).ToString());
                }
            }
            else
            {
                var shares = Internal.LargestRemainder.Share(remaining, unchanged.Select(s => (decimal)c.NodeMax[s]).ToArray());
                for (var i = 0; i < unchanged.Length; i++)
                {
                    local[unchanged[i]] = shares[i];
                }
            }
        }

        if (found.Count > 0)
        {
            found.Sort((a, b) => (a.Location?.Line ?? 0) != (b.Location?.Line ?? 0) ? (a.Location?.Line ?? 0).CompareTo(b.Location?.Line ?? 0) : (a.Location?.Column ?? 0).CompareTo(b.Location?.Column ?? 0));
            return null;
        }

        return new ScenarioPlan(set, scenario, local, newWeight);
    }

    /// <summary>A new score sheet with every node's columns rescaled by the plan; rounded once per node, half away from zero.</summary>
    internal static ScoreSheet Rescale(ScoreSheet baseline, ScenarioPlan plan)
    {
        var c = plan.Set.Compiled;
        var units = baseline.UnitCount;
        var nodes = c.NodeCount;
        var final = new long[nodes * units];
        var max = new long[nodes * units];
        var self = new long[nodes * units];
        for (var node = 0; node < nodes; node++)
        {
            if (!plan.Uniform[node])
            {
                continue;
            }

            Scale(baseline.FinalColumn(node), final.AsSpan(node * units, units), plan.Numerator[node], plan.Denominator[node]);
            Scale(baseline.MaxColumn(node), max.AsSpan(node * units, units), plan.Numerator[node], plan.Denominator[node]);
            Scale(baseline.SelfColumn(node), self.AsSpan(node * units, units), plan.Numerator[node], plan.Denominator[node]);
        }

        foreach (var node in c.InnerPostOrder)
        {
            if (plan.Uniform[node])
            {
                continue;
            }

            var inBlock = c.NodeBlock[node] != NodeBlock.None;
            var low = Math.Min(0, c.NodeMax[node]);
            var high = Math.Max(0, c.NodeMax[node]);
            for (var u = 0; u < units; u++)
            {
                long p = 0, m = 0, s = 0;
                foreach (var child in c.Children[node])
                {
                    p += final[(child * units) + u];
                    m += max[(child * units) + u];
                    s += self[(child * units) + u];
                }

                if (inBlock)
                {
                    p = Math.Min(high, Math.Max(low, p));
                    s = Math.Min(high, Math.Max(low, s));
                }

                final[(node * units) + u] = p;
                max[(node * units) + u] = m;
                self[(node * units) + u] = s;
            }
        }

        var old = baseline.Input;
        var input = new AssessmentInput(c, old.Units, old.Cells, old.AppraisalRounds, old.Notes);
        return Scorer.Assemble(input, final, max, self, u => LocalizedText.Of(nameof(Messages.Scenario_NoApplicableMax), old.Units[u].Id, plan.Scenario.Name));
    }

    private static void Scale(ReadOnlySpan<long> source, Span<long> target, BigInteger numerator, BigInteger denominator)
    {
        if (numerator == denominator)
        {
            source.CopyTo(target);
            return;
        }

        for (var i = 0; i < source.Length; i++)
        {
            target[i] = RoundDiv(source[i] * numerator, denominator);
        }
    }

    /// <summary>a ÷ b rounded half away from zero; b &gt; 0.</summary>
    internal static long RoundDiv(BigInteger a, BigInteger b)
    {
        var q = BigInteger.DivRem(a, b, out var r);
        if (BigInteger.Abs(r) * 2 >= b)
        {
            q += a.Sign < 0 ? -1 : 1;
        }

        return (long)q;
    }
}
