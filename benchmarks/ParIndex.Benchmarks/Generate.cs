using System;
using System.Globalization;
using System.IO;
using ParIndex.Benchmarks.Shared;

namespace ParIndex.Benchmarks;

/// <summary>
/// <c>generate --units N --leaves M [--seed S] --out DIR</c>: writes criteria.yaml, units.csv, appraisal*.csv and survey.csv;
/// <c>generate --survey --units N --respondents R [--seed S] --out DIR</c>: units.csv and responses.csv on the shipped set.
/// </summary>
internal static class Generate
{
    public static void Run(string[] args)
    {
        int units = 10_000, leaves = 200, respondents = 300, seed = 2025;
        var output = "synthetic";
        var survey = false;
        for (var i = 1; i < args.Length; i += 2)
        {
            if (args[i] == "--survey")
            {
                survey = true;
                i--;
                continue;
            }

            if (i + 1 >= args.Length)
            {
                throw new ArgumentException($"{args[i]} needs a value");
            }

            switch (args[i])
            {
                case "--respondents":
                    respondents = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
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
                    throw new ArgumentException($"unknown option {args[i]}; use --units, --leaves, --respondents, --survey, --seed, --out");
            }
        }

        if (survey)
        {
            SurveyData.Generate(units, respondents, seed).WriteFiles(output);
            Console.WriteLine($"{Path.GetFullPath(output)}: {units} units × {respondents} respondents (seed {seed}); units.csv responses.csv");
            return;
        }

        var round = SyntheticRound.Generate(units, leaves, seed);
        round.WriteFiles(output);
        Console.WriteLine($"{Path.GetFullPath(output)}: {units} units × {leaves} leaves (seed {seed}); criteria.yaml units.csv appraisal.csv appraisal-round2.csv survey.csv");
    }
}
