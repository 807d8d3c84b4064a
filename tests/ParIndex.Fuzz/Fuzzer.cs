using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;

namespace ParIndex.Fuzz;

/// <summary>The loop: pick a target in turn, mutate one of its seeds, run it, sort the outcome.</summary>
internal sealed class Fuzzer
{
    private static readonly TimeSpan Slow = TimeSpan.FromSeconds(10);
    private readonly Targets targets;
    private readonly string crashes;
    private readonly Random random;
    private readonly Mutator mutator;
    private readonly string[] names;
    private readonly Dictionary<string, (long Runs, long Accepted, long Refused)> stats = new();
    private string? lastRefusal;

    public Fuzzer(Targets targets, string crashes, int seed, string? only)
    {
        this.targets = targets;
        this.crashes = crashes;
        random = new Random(seed);
        mutator = new Mutator(random, targets.Seeds.Values.SelectMany(s => s).ToArray());
        names = targets.Seeds.Keys.Where(k => only is null || k == only).OrderBy(k => k, StringComparer.Ordinal).ToArray();
        if (names.Length == 0)
        {
            throw new ArgumentException($"no target '{only}'; targets: {string.Join(", ", targets.Seeds.Keys)}");
        }
    }

    public int Run(long iterations, double seconds)
    {
        if (CheckSeeds() > 0)
        {
            return 1;
        }

        var clock = Stopwatch.StartNew();
        long failures = 0, done = 0;
        for (long i = 0; i < iterations && clock.Elapsed.TotalSeconds < seconds; i++)
        {
            var target = names[i % names.Length];
            var pool = targets.Seeds[target];
            var original = pool[random.Next(pool.Count)];
            var input = Targets.IsZip(original) && random.Next(3) > 0 ? mutator.MutateZip(original) : mutator.Mutate(original);
            var started = clock.Elapsed;
            var outcome = RunOne(target, input, out var error);
            var took = clock.Elapsed - started;
            var (runs, accepted, refused) = stats.TryGetValue(target, out var s) ? s : default;
            stats[target] = (runs + 1, accepted + (outcome == Outcome.Accepted ? 1 : 0), refused + (outcome == Outcome.Refused ? 1 : 0));
            if (outcome == Outcome.Crashed || took > Slow)
            {
                failures++;
                var file = Save(target, i, input);
                Console.Error.WriteLine(outcome == Outcome.Crashed
                    ? $"FAIL {target} #{i}: {error!.GetType().FullName}: {error.Message} (input saved as {file})\n{error.StackTrace}"
                    : $"SLOW {target} #{i}: {took.TotalSeconds:F1} s (input saved as {file})");
            }

            done++;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fuzz: {done:N0} iterations in {clock.Elapsed.TotalSeconds:F0} s, {failures} failures"));
        foreach (var (target, (runs, accepted, refused)) in stats.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {target,-10} {runs,9:N0} runs: {accepted,9:N0} read, {refused,9:N0} refused with ParIndexException"));
        }

        return failures == 0 ? 0 : 1;
    }

    /// <summary>Every seed must read cleanly unmutated, or the fuzzer would only ever reach each file's first error.</summary>
    private int CheckSeeds()
    {
        var failures = 0;
        foreach (var target in names)
        {
            var pool = targets.Seeds[target];
            for (var i = 0; i < pool.Count; i++)
            {
                if (targets.MustRead(target, i) && RunOne(target, pool[i], out var error) != Outcome.Accepted)
                {
                    failures++;
                    Console.Error.WriteLine($"seed {target} #{i} is not read cleanly: {error?.ToString() ?? lastRefusal}");
                }
            }
        }

        return failures;
    }

    private enum Outcome
    {
        Accepted,
        Refused,
        Crashed,
    }

    private Outcome RunOne(string target, byte[] input, out Exception? error)
    {
        error = null;
        try
        {
            targets.Run(target, input);
            return Outcome.Accepted;
        }
        catch (ParIndexException ex)
        {
            // The message must render (every resource present, every placeholder filled) in both languages.
            lastRefusal = ex.Message + ex.GetMessage(CultureInfo.GetCultureInfo("vi"));
            return Outcome.Refused;
        }
        catch (Exception ex)
        {
            error = ex;
            return Outcome.Crashed;
        }
    }

    private string Save(string target, long iteration, byte[] input)
    {
        Directory.CreateDirectory(crashes);
        var file = Path.Combine(crashes, $"{target}-{iteration.ToString(CultureInfo.InvariantCulture)}.bin");
        File.WriteAllBytes(file, input);
        return file;
    }
}
