using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;

namespace ParIndex.Cli.Rendering;

/// <summary>What a path names on disk, following symbolic links.</summary>
internal enum FileKind
{
    /// <summary>Nothing exists there (yet).</summary>
    Missing,

    /// <summary>A regular file.</summary>
    Regular,

    /// <summary>A directory.</summary>
    Directory,

    /// <summary>A character or block device (/dev/null, NUL, a terminal).</summary>
    Device,

    /// <summary>A named pipe (FIFO) or a socket, e.g. what /proc/self/fd/1 points to under a shell pipe.</summary>
    PipeOrSocket,
}

/// <summary>
/// Answers "is this the same file?" and "what kind of file is this?" the way the operating system does: links and
/// relative parts resolved, devices and pipes told apart from regular files (which .NET's FileInfo does not do).
/// </summary>
internal static class FileProbe
{
    private const int MaxLinkHops = 40;

    /// <summary>Whether paths differing only in case name the same file (Windows, macOS).</summary>
    public static StringComparison PathComparison { get; } =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>
    /// The absolute path with every symbolic link along it resolved (like POSIX realpath, but also for a path whose
    /// last parts do not exist yet). Two paths naming the same file through links or '..' give the same result.
    /// </summary>
    public static string Canonical(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "";
        var pending = new List<string>(full.Substring(root.Length).Split(new[] { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar }, StringSplitOptions.RemoveEmptyEntries));
        var current = root;
        var hops = 0;
        var index = 0;
        while (index < pending.Count)
        {
            var next = Path.Combine(current, pending[index]);
            string? target = null;
            try
            {
                target = new FileInfo(next).LinkTarget;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Unreadable link: compare by the path as written.
            }

            if (target is null || ++hops > MaxLinkHops)
            {
                current = next;
                index++;
                continue;
            }

            // Restart from the link's target followed by the parts not yet resolved.
            var resolved = Path.GetFullPath(Path.IsPathRooted(target) ? target : Path.Combine(current, target));
            var rest = pending.GetRange(index + 1, pending.Count - index - 1);
            root = Path.GetPathRoot(resolved) ?? "";
            pending = new List<string>(resolved.Substring(root.Length).Split(new[] { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar }, StringSplitOptions.RemoveEmptyEntries));
            pending.AddRange(rest);
            current = root;
            index = 0;
        }

        return current;
    }

    /// <summary>Whether two paths name the same file after resolving links and relative parts.</summary>
    public static bool SameFile(string a, string b) => string.Equals(Canonical(a), Canonical(b), PathComparison);

    /// <summary>The kind of file <paramref name="path"/> names, following links.</summary>
    public static FileKind KindOf(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            // Devices (NUL, CON, COM1…) resolve to the \\.\ namespace.
            var full = Path.GetFullPath(path);
            if (full.StartsWith(@"\\.\", StringComparison.Ordinal) || full.StartsWith(@"\\?\GLOBALROOT", StringComparison.OrdinalIgnoreCase))
            {
                return FileKind.Device;
            }

            return Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.Missing;
        }

        if (UnixMode(path) is { } mode)
        {
            return (mode & 0xF000) switch
            {
                0x8000 => FileKind.Regular,
                0x4000 => FileKind.Directory,
                0x2000 or 0x6000 => FileKind.Device,
                0x1000 or 0xC000 => FileKind.PipeOrSocket,
                _ => FileKind.Device,
            };
        }

        if (Directory.Exists(path))
        {
            return FileKind.Directory;
        }

        if (!File.Exists(path))
        {
            return FileKind.Missing;
        }

        // Without stat (an unusual runtime), anything under /dev or /proc is treated as not a regular file.
        var canonical = Canonical(path);
        return canonical.StartsWith("/dev/", StringComparison.Ordinal) || canonical.StartsWith("/proc/", StringComparison.Ordinal) ? FileKind.Device : FileKind.Regular;
    }

    /// <summary>st_mode of the file a path names (links followed), null when it does not exist or stat is unavailable.</summary>
    private static int? UnixMode(string path)
    {
        try
        {
            var bytes = Encoding.UTF8.GetBytes(path + "\0");

            // The runtime's own stat shim: struct FileStatus { int32 Flags; int32 Mode; … }, S_IF* values as in POSIX.
            var status = new byte[256];
            return SystemNativeStat(bytes, status) == 0 ? BitConverter.ToInt32(status, 4) : null;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
    private static extern int SystemNativeStat(byte[] path, byte[] status);
}
