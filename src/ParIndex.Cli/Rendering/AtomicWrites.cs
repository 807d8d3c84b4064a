using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using ParIndex.Cli.Resources;

namespace ParIndex.Cli.Rendering;

/// <summary>
/// Writes several files all or nothing: each to a temporary file in its target's folder, then each moved over its
/// target (keeping a hard-linked backup of a file it replaces, so the replaced ones can be put back if a later move
/// fails). Ctrl-C or SIGTERM while this runs stops it before the next step and leaves every target as it was.
/// </summary>
internal static class AtomicWrites
{
    /// <summary>The longest file name most file systems accept, in UTF-8 bytes (ext4, XFS) or UTF-16 units (NTFS).</summary>
    internal const int MaxNameLength = 255;

    // One flag per WriteAll call, so that parallel callers (tests) do not interrupt each other; a real signal marks
    // every write in progress, the test hook only the one running on its thread.
    private sealed class WriteState
    {
        public int Interrupted;
    }

    private static readonly List<WriteState> Active = new();

    [ThreadStatic]
    private static WriteState? currentWrite;

    /// <summary>One file to write: the option that named it, the path as given, where it ends up (links resolved) and its content.</summary>
    internal sealed record Planned(string Option, string Path, string Target, Action<Stream> Write);

    /// <summary>Called by tests in place of a real signal: the current <see cref="WriteAll"/> stops before its next step.</summary>
    internal static void Interrupt()
    {
        if (currentWrite is { } state)
        {
            Interlocked.Exchange(ref state.Interrupted, 1);
        }
    }

    private static void InterruptAll()
    {
        lock (Active)
        {
            foreach (var state in Active)
            {
                Interlocked.Exchange(ref state.Interrupted, 1);
            }
        }
    }

    /// <summary>A temporary name in the target's folder that is itself a valid name: the target's name when it fits, else a short one.</summary>
    internal static string TempPath(string target)
    {
        var folder = System.IO.Path.GetDirectoryName(target)!;
        var suffix = "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp";
        var name = "." + System.IO.Path.GetFileName(target) + suffix;
        if (Encoding.UTF8.GetByteCount(name) > MaxNameLength || name.Length > MaxNameLength)
        {
            name = ".parindex" + suffix;
        }

        return System.IO.Path.Combine(folder, name);
    }

    /// <summary>Writes every planned file, all or nothing.</summary>
    /// <exception cref="OperationCanceledException">Interrupted (Ctrl-C, SIGTERM); nothing was changed.</exception>
    /// <exception cref="CliUsageException">A file could not be written; nothing was changed.</exception>
    public static void WriteAll(IReadOnlyList<Planned> planned)
    {
        if (planned.Count == 0)
        {
            return;
        }

        var state = new WriteState();
        var outer = currentWrite;
        currentWrite = state;
        lock (Active)
        {
            Active.Add(state);
        }

        var registrations = RegisterSignals();
        var temps = new string?[planned.Count];
        var backups = new string?[planned.Count];
        var moved = 0;
        var current = planned[0];
        try
        {
            for (var i = 0; i < planned.Count; i++)
            {
                current = planned[i];
                temps[i] = TempPath(current.Target);
                using (var stream = new FileStream(temps[i]!, FileMode.CreateNew, FileAccess.Write, FileShare.None, 65536))
                {
                    current.Write(stream);
                    stream.Flush(flushToDisk: true);
                }

                StopIfInterrupted();
            }

            for (var i = 0; i < planned.Count; i++)
            {
                StopIfInterrupted();
                current = planned[i];
                if (File.Exists(current.Target))
                {
                    if (!OperatingSystem.IsWindows())
                    {
                        File.SetUnixFileMode(temps[i]!, File.GetUnixFileMode(current.Target));
                    }

                    backups[i] = TempPath(current.Target);
                    File.Replace(temps[i]!, current.Target, backups[i], ignoreMetadataErrors: true);
                }
                else
                {
                    File.Move(temps[i]!, current.Target, overwrite: false);
                }

                temps[i] = null;
                moved = i + 1;
            }
        }
        catch (Exception ex)
        {
            RollBack(planned, backups, moved);
            if (ex is OperationCanceledException)
            {
                throw;
            }

            if (ex is UnauthorizedAccessException)
            {
                throw new CliUsageException(Safety.FormatOutput_NoPermission(current.Option, current.Path));
            }

            if (ex is IOException)
            {
                throw new CliUsageException(Safety.FormatOutput_CannotWrite(current.Option, current.Path, ex.Message.TrimEnd('.', ' ')));
            }

            throw;
        }
        finally
        {
            foreach (var temp in temps)
            {
                TryDelete(temp);
            }

            for (var i = 0; i < moved; i++)
            {
                TryDelete(backups[i]);
            }

            foreach (var registration in registrations)
            {
                registration?.Dispose();
            }

            lock (Active)
            {
                Active.Remove(state);
            }

            currentWrite = outer;
        }
    }

    private static void StopIfInterrupted()
    {
        if (currentWrite is { } state && Volatile.Read(ref state.Interrupted) != 0)
        {
            throw new OperationCanceledException(Safety.Output_Interrupted);
        }
    }

    /// <summary>Puts back what the first <paramref name="moved"/> outputs replaced (or removes what they created).</summary>
    private static void RollBack(IReadOnlyList<Planned> planned, string?[] backups, int moved)
    {
        for (var i = moved - 1; i >= 0; i--)
        {
            try
            {
                if (backups[i] is { } backup)
                {
                    File.Move(backup, planned[i].Target, overwrite: true);
                    backups[i] = null;
                }
                else
                {
                    File.Delete(planned[i].Target);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Best effort: the original error is the one reported.
            }
        }
    }

    private static void TryDelete(string? path)
    {
        if (path is null)
        {
            return;
        }

        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A leftover temporary file is harmless; the target is what matters.
        }
    }

    /// <summary>While files are being written, Ctrl-C and SIGTERM only mark the write as interrupted; it then stops and cleans up itself.</summary>
    private static PosixSignalRegistration?[] RegisterSignals()
    {
        var signals = OperatingSystem.IsWindows() ? new[] { PosixSignal.SIGINT } : new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP };
        var registrations = new PosixSignalRegistration?[signals.Length];
        for (var i = 0; i < signals.Length; i++)
        {
            try
            {
                registrations[i] = PosixSignalRegistration.Create(signals[i], context =>
                {
                    context.Cancel = true;
                    InterruptAll();
                });
            }
            catch (Exception ex) when (ex is PlatformNotSupportedException or IOException)
            {
                registrations[i] = null;
            }
        }

        return registrations;
    }
}
