using System;
using System.Globalization;
using System.IO;
using ParIndex.Benchmarks.Shared;

namespace ParIndex.Benchmarks;

/// <summary><c>generate --units N --leaves M [--seed S] --out DIR</c>: writes criteria.yaml, units.csv, appraisal*.csv and survey.csv.</summary>
internal static class Generate
{
    public static void Run(string[] args)
    {
        int units = 10_000, leaves = 200, seed = 2025;
        var output = "synthetic";
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--units":
                    units = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                case "--leaves":
                    leaves = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                case "--seed":
                    seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                case "--out":
                    output = args[i + 1];
                    break;
                default:
                    throw new ArgumentException($"unknown option {args[i]}; use --units, --leaves, --seed, --out");
            }
        }

        var round = SyntheticRound.Generate(units, leaves, seed);
        round.WriteFiles(output);
        Console.WriteLine($"{Path.GetFullPath(output)}: {units} units × {leaves} leaves (seed {seed}); criteria.yaml units.csv appraisal.csv appraisal-round2.csv survey.csv");
    }
}
