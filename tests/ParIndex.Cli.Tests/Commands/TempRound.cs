using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;

namespace ParIndex.Cli.Tests.Commands;

/// <summary>A criteria set and input files written to a temporary folder for one test, run through the CLI, deleted after.</summary>
internal sealed class TempRound : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"parindex-round-{Guid.NewGuid():N}");

    public TempRound() => Directory.CreateDirectory(folder);

    /// <summary>Writes a file and returns its path.</summary>
    public string File(string name, string content)
    {
        var path = Path.Combine(folder, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        return await CliRun.RunAsync(args, newLine: "\n");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
