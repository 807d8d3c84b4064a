using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace ParIndex.Cli.Tests;

/// <summary>
/// Runs <c>parindex</c> for a test and returns its exit code, standard output and standard error. By default in this
/// process (<see cref="CliApp.RunAsync(string[], TextWriter, TextWriter, CancellationToken)"/>); when the
/// environment variable <c>PARINDEX_TEST_EXECUTABLE</c> names a published executable (.ci/run sets it to the Native AOT
/// build), as that program in a child process, so the same assertions catch failures only the published build has
/// (trimmed code, reflection, resources, culture data).
/// </summary>
internal static class CliRun
{
    /// <summary>The environment variables the CLI reads (CliApp.Environment); a child process gets them from the test's environment.</summary>
    private static readonly string[] VariablesTheCliReads = { "LANG", "LC_ALL", "LC_MESSAGES", "COLUMNS", "PARINDEX_DEBUG" };

    /// <summary>The executable under test, or null to run the CLI in this process.</summary>
    public static string? Executable { get; } = FindExecutable();

    /// <summary>
    /// Runs the CLI. <paramref name="environment"/> supplies the variables it reads (default: the test environment of
    /// <see cref="TestCulture"/>: English, no terminal width);
    /// <paramref name="newLine"/> is the in-process writers' line end (default: the platform's, as a real process writes).
    /// A cancellable <paramref name="cancellationToken"/> always runs in this process: a child process could only be
    /// interrupted by a signal, which races with its start-up.
    /// </summary>
    public static async Task<(int Code, string Out, string Err)> RunAsync(string[] args, Func<string, string?>? environment = null, string? newLine = null, CancellationToken cancellationToken = default)
    {
        environment ??= CliApp.Environment;
        if (Executable is null || cancellationToken.CanBeCanceled)
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            if (newLine is not null)
            {
                output.NewLine = newLine;
                error.NewLine = newLine;
            }

            var code = await CliApp.RunAsync(args, output, error, environment, cancellationToken);
            return (code, output.ToString(), error.ToString());
        }

        return await RunExecutableAsync(Executable, args, environment);
    }

    private static string? FindExecutable()
    {
        if (Environment.GetEnvironmentVariable("PARINDEX_TEST_EXECUTABLE") is not { Length: > 0 } path)
        {
            return null;
        }

        // Tests run in their output folder, so a relative path would silently name something else.
        if (!Path.IsPathFullyQualified(path) || !File.Exists(path))
        {
            throw new InvalidOperationException($"PARINDEX_TEST_EXECUTABLE must be the absolute path of an existing file, not '{path}'");
        }

        return path;
    }

    private static async Task<(int Code, string Out, string Err)> RunExecutableAsync(string executable, string[] args, Func<string, string?> environment)
    {
        var start = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var name in VariablesTheCliReads)
        {
            if (environment(name) is { } value)
            {
                start.Environment[name] = value;
            }
            else
            {
                start.Environment.Remove(name);
            }
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {executable}");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
