using System.IO;
using System.Runtime.CompilerServices;

namespace ParIndex.Excel.Tests;

/// <summary>Paths to files in the repository, found from this source file's location.</summary>
internal static class TestData
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine(RepoRoot, System.IO.Path.Combine(parts));

    private static string FindRoot([CallerFilePath] string file = "")
    {
        var dir = new DirectoryInfo(System.IO.Path.GetDirectoryName(file)!);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "ParIndex.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new DirectoryNotFoundException("ParIndex.sln not found above " + file);
    }
}
