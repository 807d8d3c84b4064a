using System;
using System.IO;

namespace ParIndex.Cli.Rendering;

/// <summary>A one-line progress bar on standard error, redrawn when the whole percentage changes; cleared when disposed.</summary>
internal sealed class ProgressBar : IProgress<double>, IDisposable
{
    private readonly TextWriter error;
    private readonly object gate = new();
    private int shown = -1;

    public ProgressBar(TextWriter error) => this.error = error;

    public void Report(double value)
    {
        var percent = (int)Math.Floor(Math.Max(0, Math.Min(1, value)) * 100);
        lock (gate)
        {
            if (percent <= shown)
            {
                return;
            }

            shown = percent;
            var filled = percent * 30 / 100;
            error.Write($"\r[{new string('#', filled)}{new string('.', 30 - filled)}] {percent,3}%");
            error.Flush();
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            if (shown >= 0)
            {
                error.Write("\r" + new string(' ', 40) + "\r");
                error.Flush();
            }
        }
    }
}
