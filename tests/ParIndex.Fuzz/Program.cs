using System;
using System.Globalization;
using System.IO;

namespace ParIndex.Fuzz;

/// <summary>
/// Runs the fuzzer: mutates valid inputs and feeds them to every reader (see <see cref="Targets"/>). The only
/// acceptable failure is <see cref="ParIndexException"/>; anything else, or an input that takes over 10 seconds, is
/// a failure: the input is saved and the exit code is 1.
/// </summary>
/// <example>dotnet run -c Release --project tests/ParIndex.Fuzz -- --seconds 600 --seed 1</example>
internal static class Program
{
    private static int Main(string[] args)
    {
        var iterations = long.MaxValue;
        var seconds = double.PositiveInfinity;
        var seed = 1;
        string? crashes = null;
        string? only = null;
        for (var i = 0; i < args.Length; i += 2)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--iterations" when value is not null: iterations = long.Parse(value, CultureInfo.InvariantCulture); break;
                case "--seconds" when value is not null: seconds = double.Parse(value, CultureInfo.InvariantCulture); break;
                case "--seed" when value is not null: seed = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--crashes" when value is not null: crashes = value; break;
                case "--target" when value is not null: only = value; break;
                default:
                    Console.Error.WriteLine($"unknown option {args[i]}; use --iterations N, --seconds S, --seed N, --target NAME, --crashes DIR");
                    return 2;
            }
        }

        if (iterations == long.MaxValue && double.IsPositiveInfinity(seconds))
        {
            iterations = 1000;
        }

        // Messages are checked to render; the interface language must not matter to what is thrown.
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(seed % 2 == 0 ? "vi-VN" : "en-US");
        var root = RepositoryRoot();
        crashes ??= Path.Combine(root, "artifacts", "fuzz-crashes");
        var work = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "parindex-fuzz-" + Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            var targets = new Targets(root, work);
            return new Fuzzer(targets, crashes, seed, only).Run(iterations, seconds);
        }
        finally
        {
            Directory.Delete(work, true);
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ParIndex.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("run from a clone of the repository (ParIndex.sln not found above " + AppContext.BaseDirectory + ")");
    }
}
