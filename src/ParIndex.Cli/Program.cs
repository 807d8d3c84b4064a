using System;
using System.Threading.Tasks;

namespace ParIndex.Cli;

/// <summary>Entry point of the <c>parindex</c> command.</summary>
internal static class Program
{
    private static Task<int> Main(string[] args) => CliApp.RunAsync(args, Console.Out, Console.Error);
}
