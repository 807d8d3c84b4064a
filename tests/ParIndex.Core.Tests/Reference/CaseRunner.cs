using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CsCheck;
using Xunit.Abstractions;

namespace ParIndex.Tests.Reference;

/// <summary>
/// Runs a check over the generated cases of a fixed list of seeds (the same cases on every machine and run), on two
/// threads; the first failure is shrunk with CsCheck, starting from its seed, and reported as the case's files.
/// </summary>
internal static class CaseRunner
{
    /// <summary>The PCG stream of the fixed seeds; case i uses seed i.</summary>
    private const uint Stream = 2026;

    public static ReferenceCase CaseOf(ulong seed, out string seedText)
    {
        var pcg = new PCG(Stream, seed);
        seedText = pcg.ToString(pcg.State);
        return CaseGenerator.Build(Entropy.Tapes.Generate(pcg, null, out _));
    }

    /// <summary>Runs <paramref name="check"/> over the cases of seeds <paramref name="firstSeed"/> … <paramref name="firstSeed"/> + <paramref name="cases"/> − 1.</summary>
    public static void RunSeeds(int cases, Action<ReferenceCase> check, ITestOutputHelper? output, ulong firstSeed = 0)
    {
        var failedSeed = -1L;
        string? failure = null;
        var next = -1L;

        // PARINDEX_REFERENCE_PROGRESS=FILE: a line per thousand cases, to follow a long run.
        var progressFile = Environment.GetEnvironmentVariable("PARINDEX_REFERENCE_PROGRESS");
        void Worker()
        {
            while (Interlocked.Read(ref failedSeed) < 0)
            {
                var seed = Interlocked.Increment(ref next);
                if (seed >= cases)
                {
                    return;
                }

                if (progressFile is not null && seed % 1000 == 0)
                {
                    System.IO.File.AppendAllText(progressFile, $"{DateTime.UtcNow:HH:mm:ss} case {seed}\n");
                }

                var c = CaseOf(firstSeed + (ulong)seed, out _);
                try
                {
                    check(c);
                }
                catch (Exception ex)
                {
                    if (Interlocked.CompareExchange(ref failedSeed, seed, -1) == -1)
                    {
                        failure = ex.Message;
                    }
                }
            }
        }

        var threads = Math.Max(1, Math.Min(2, Environment.ProcessorCount));
        Task.WaitAll(Enumerable.Range(0, threads).Select(_ => Task.Run(Worker)).ToArray());
        if (failedSeed < 0)
        {
            return;
        }

        var failedCase = firstSeed + (ulong)failedSeed;
        CaseOf(failedCase, out var seedText);
        output?.WriteLine($"case {failedCase} (CsCheck seed {seedText}) failed: {failure}");
        throw new ReferenceMismatchException($"generated case {failedCase} (seed {seedText}) fails the check:\n{failure}\n\n{Shrink(seedText, Signature(failure!), check)}");
    }

    /// <summary>CsCheck's shrinking from the failing seed: the smallest failing tape it finds, printed as files.</summary>
    private static string Shrink(string seedText, HashSet<string> signature, Action<ReferenceCase> check)
    {
        // Only smaller cases that fail the same way count, so that shrinking does not wander off to another problem.
        void SameFailure(uint[] tape)
        {
            try
            {
                check(CaseGenerator.Build(tape));
            }
            catch (Exception ex) when (Signature(ex.Message).Overlaps(signature))
            {
                throw;
            }
            catch (Exception)
            {
            }
        }

        try
        {
            Entropy.Tapes.Sample(
                SameFailure,
                seed: seedText,
                iter: 100_000,
                time: int.TryParse(Environment.GetEnvironmentVariable("PARINDEX_REFERENCE_SHRINK_SECONDS"), out var t) ? t : 60,
                threads: 1,
                print: tape => "\n" + Explain(tape, check));
            return "(the failure did not reproduce while shrinking)";
        }
        catch (Exception ex)
        {
            return "Shrunk case (paste into a regression test):\n" + ex.Message;
        }
    }

    /// <summary>What kind of failure a message reports: the file and column or JSON path of each difference (row numbers and indices left out), or the message's words.</summary>
    private static HashSet<string> Signature(string message)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in message.Split('\n'))
        {
            var colon = line.IndexOf(": expected", StringComparison.Ordinal);
            var head = colon >= 0 ? line.Substring(0, colon) : line;
            var key = System.Text.RegularExpressions.Regex.Replace(head, @"row \d+ \([^)]*\)|\[\d+\]|/tmp/\S+|\d+", "#");
            if (key.Trim().Length > 0)
            {
                keys.Add(key);
            }
        }

        return keys;
    }

    /// <summary>A case's files and what went wrong with it.</summary>
    private static string Explain(uint[] tape, Action<ReferenceCase> check)
    {
        var c = CaseGenerator.Build(tape);
        string problem;
        try
        {
            check(c);
            problem = "(passes)";
        }
        catch (Exception ex)
        {
            problem = ex.Message;
        }

        return CaseFiles.Describe(c) + "--- problem\n" + problem + "\n";
    }

    /// <summary>How many of the first cases have each feature the issue asks the generator for.</summary>
    public static CoverageReport Coverage(int cases)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        void Count(string feature, bool present)
        {
            counts.TryGetValue(feature, out var n);
            counts[feature] = n + (present ? 1 : 0);
        }

        for (var seed = 0; seed < cases; seed++)
        {
            var c = CaseOf((ulong)seed, out _);
            var tree = ReferenceTree.Build(c.Set);
            var depth = tree.Nodes.Max(n => n.Depth);
            for (var d = 1; d <= 4; d++)
            {
                Count($"depth {d}", depth == d);
            }

            foreach (var kind in Enum.GetValues<RefRuleKind>())
            {
                Count($"rule {kind}", tree.Leaves.Any(l => l.Rule.Kind == kind));
            }

            Count("weight siblings", tree.Nodes.Any(n => n.Def.Weight is not null));
            Count("not applicable: full", tree.Leaves.Any(l => l.NotApplicable == RefNa.Full));
            Count("not applicable: full in a block", tree.Leaves.Any(l => l.InBlock && l.NotApplicable == RefNa.Full));
            Count("not applicable: exclude", tree.Leaves.Any(l => l.NotApplicable == RefNa.Exclude));
            Count("not applicable value", c.Units.Any(u => tree.Leaves.Any(l => !l.Survey && ReferenceValues.IsNotApplicable(ReferenceScorer.SelfValue(c, u, l)))));
            Count("deduction block", tree.Areas.Any(a => a.Block == RefBlock.Deduction));
            Count("bonus block", tree.Areas.Any(a => a.Block == RefBlock.Bonus));
            Count("survey leaves", tree.Leaves.Any(l => l.Survey));
            for (var r = 0; r <= 3; r++)
            {
                Count($"{r} appraisal rounds", c.Rounds.Count == r);
            }

            foreach (var kind in Enum.GetValues<RefAdjustmentKind>())
            {
                Count($"appraisal {kind}", c.Rounds.Any(r => r.Any(a => a.Kind == kind)));
            }

            Count("groups", c.Units.Any(u => u.Group is not null));
            Count("group bands", c.Set.GroupBands.Count > 0);
            Count("bands", c.Set.Bands.Count > 0);
            for (var p = 0; p <= 6; p++)
            {
                Count($"precision {p}", c.Set.EffectivePrecision == p);
            }

            Count("ranking exact", (c.ExactOverride ?? c.Set.Ranking == "exact") == true);
            Count("ranking reported", (c.ExactOverride ?? c.Set.Ranking == "exact") == false);
            Count("tie-breakers", c.Set.TieBreakers.Count > 0);
            Count("penalty", c.Set.Penalty is not null);
            foreach (var style in Enum.GetValues<PreviousStyle>())
            {
                Count($"previous {style}", c.Previous?.Style == style);
            }

            Count("tied units", c.Units.Count > 1 && c.Units.Select(u => string.Join("|", u.Values.OrderBy(kv => kv.Key, StringComparer.Ordinal))).Distinct().Count() < c.Units.Count);
            Count("long form", c.LongForm);
            Count("semicolons", c.Delimiter == ';');
        }

        return new CoverageReport(counts);
    }
}

internal sealed record CoverageReport(SortedDictionary<string, int> Counts)
{
    public override string ToString()
    {
        var sb = new StringBuilder();
        foreach (var (feature, count) in Counts)
        {
            sb.Append(feature).Append(": ").Append(count).Append('\n');
        }

        return sb.ToString();
    }
}
