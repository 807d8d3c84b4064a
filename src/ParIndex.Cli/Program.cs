using System;
using System.Text;
using System.Threading.Tasks;

namespace ParIndex.Cli;

/// <summary>Entry point of the <c>parindex</c> command.</summary>
internal static class Program
{
    private static Task<int> Main(string[] args)
    {
        if (OperatingSystem.IsWindows())
        {
            // Vietnamese names must survive the console and redirection to a file; other systems are UTF-8 already.
            Console.OutputEncoding = new UTF8Encoding(false);
        }

        return CliApp.RunAsync(args, Console.Out, Console.Error);
    }
}
