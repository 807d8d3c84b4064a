using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading.Tasks;

namespace ParIndex.Cli.Tests.Commands;

/// <summary>
/// A named pipe (mkfifo) that a background writer fills with one line repeated for ever, as a runaway program would:
/// an input without a known size that, unlike /dev/zero, is valid text. Disposing stops the writer.
/// </summary>
internal sealed class EndlessPipe : IDisposable
{
    private readonly Task writer;

    private EndlessPipe(string path, byte[] chunk)
    {
        Path = path;
        writer = Task.Run(() =>
        {
            // Each reader in turn gets text for ever: the tool opens an input twice (a look at its first bytes for the
            // workbook signature, then the read), as a user's named pipe would be opened.
            while (!stopping)
            {
                try
                {
                    // Opening for writing waits for a reader; writing fails (EPIPE: .NET ignores SIGPIPE) once it has gone.
                    using var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1);
                    while (!stopping)
                    {
                        stream.Write(chunk, 0, chunk.Length);
                    }
                }
                catch (IOException)
                {
                }
            }
        });
    }

    private volatile bool stopping;

    public string Path { get; }

    public static EndlessPipe Create(string path, string line)
    {
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!)
        {
            mkfifo.WaitForExit();
            if (mkfifo.ExitCode != 0)
            {
                throw new InvalidOperationException($"mkfifo {path} failed with exit code {mkfifo.ExitCode}");
            }
        }

        var text = new StringBuilder();
        while (text.Length < 64 * 1024)
        {
            text.Append(line);
        }

        return new EndlessPipe(path, Encoding.UTF8.GetBytes(text.ToString()));
    }

    public void Dispose()
    {
        stopping = true;
        while (!writer.Wait(TimeSpan.FromMilliseconds(100)))
        {
            // The writer waits in its open for a reader: be that reader for a moment. Non-blocking, so this never
            // waits for a writer itself.
            var fd = open(Path, ONonBlock);
            if (fd >= 0)
            {
                close(fd);
            }
        }

        File.Delete(Path);
    }

    private const int ONonBlock = 0x800; // O_RDONLY | O_NONBLOCK on Linux

    [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
    private static extern int open([System.Runtime.InteropServices.MarshalAs(System.Runtime.InteropServices.UnmanagedType.LPUTF8Str)] string path, int flags);

    [System.Runtime.InteropServices.DllImport("libc")]
    private static extern int close(int fd);
}
