using System;
using System.Buffers;
using System.IO;
using ParIndex.Internal;
using ParIndex.Resources;

namespace ParIndex.Internal;

/// <summary>
/// Reads an input file or stream whole, counting the bytes actually read: a device (/dev/zero), a pipe or a growing
/// file has no length to check beforehand, so the limit is enforced while reading and memory never exceeds it by
/// more than one buffer. Each way a file cannot be read has its own message naming the path.
/// </summary>
internal static class InputFile
{
    private const int Chunk = 81920;

    /// <summary>The file's bytes.</summary>
    /// <param name="path">The file.</param>
    /// <param name="maxBytes">The most bytes accepted.</param>
    /// <param name="limitName">The library setting that raises the limit, for the message (e.g. "ReadLimits.MaxBytes").</param>
    /// <exception cref="ParIndexException">Missing, a folder, unreadable, or over the limit.</exception>
    public static byte[] ReadAll(string path, long maxBytes, string limitName) => ReadAll(path, maxBytes, limitName, OpenFile);

    /// <summary>The file's bytes, opened by <paramref name="open"/>: the seam through which tests give the failures a
    /// test machine cannot produce (CI runs as root, which may read a file without read permission).</summary>
    internal static byte[] ReadAll(string path, long maxBytes, string limitName, Func<string, Stream> open)
    {
        using var stream = Open(path, open);
        return ReadAll(stream, path, maxBytes, limitName);
    }

    /// <summary>
    /// The file's bytes, the first <paramref name="length"/> of a buffer that may come from the shared pool: give it
    /// back with <see cref="Return"/> once read. Files read one after another (a round's inputs) then reuse one buffer,
    /// which the system has already mapped, instead of each making a new one as large as the file.
    /// </summary>
    /// <exception cref="ParIndexException">Missing, a folder, unreadable, or over the limit.</exception>
    public static byte[] Rent(string path, long maxBytes, string limitName, out int length, out bool rented)
    {
        using var stream = Open(path, OpenFile);
        return ReadAll(stream, path, maxBytes, limitName, rent: true, out length, out rented);
    }

    /// <summary>Gives back a buffer from <see cref="Rent"/>; one that the pool did not give is left to the collector.</summary>
    public static void Return(byte[] buffer, bool rented)
    {
        if (rented)
        {
            LargeArrays.ReturnBuffer(buffer);
        }
    }

    private static Stream Open(string path, Func<string, Stream> open)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        Stream stream;
        try
        {
            if (Directory.Exists(path))
            {
                throw new ParIndexException(null, LocalizedText.Of(nameof(Safety.Input_IsDirectory), path));
            }

            stream = open(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ParIndexException(null, LocalizedText.Of(nameof(Messages.File_NotFound), path));
        }
        catch (UnauthorizedAccessException)
        {
            throw new ParIndexException(null, LocalizedText.Of(nameof(Safety.Input_NoPermission), path));
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or NotSupportedException)
        {
            throw new ParIndexException(null, LocalizedText.Of(nameof(Messages.File_CannotRead), path, ex.Message.TrimEnd('.', ' ')));
        }

        return stream;
    }

    private static Stream OpenFile(string path) => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);

    /// <summary>A stream's bytes from its current position to its end.</summary>
    /// <exception cref="ParIndexException">Unreadable, or over the limit.</exception>
    public static byte[] ReadAll(Stream stream, string source, long maxBytes, string limitName)
    {
        var bytes = ReadAll(stream, source, maxBytes, limitName, rent: false, out var length, out _);
        return bytes.Length == length ? bytes : bytes.AsSpan(0, length).ToArray();
    }

    /// <summary>
    /// A stream's bytes: the first <paramref name="length"/> of the buffer returned, which is rented from the shared pool
    /// (<paramref name="rented"/>) when <paramref name="rent"/> and the stream's length is known and did not grow.
    /// </summary>
    private static byte[] ReadAll(Stream stream, string source, long maxBytes, string limitName, bool rent, out int length, out bool rented)
    {
        long known = -1;
        try
        {
            if (stream.CanSeek)
            {
                known = stream.Length - stream.Position;
            }
        }
        catch (Exception ex) when (ex is IOException or NotSupportedException)
        {
            known = -1;
        }

        if (known > maxBytes)
        {
            throw new ParIndexException(null, LocalizedText.Of(nameof(Safety.Limit_Bytes), source, Count(maxBytes), limitName));
        }

        // A regular file reports its length and is read into a buffer of exactly that size; a device reports 0 and a
        // pipe none: their buffer grows (doubling) up to the limit.
        // One byte more than the length when renting: a file that did not grow is then read without a probe.
        rented = rent && known > 0 && known < int.MaxValue - 64;
        var buffer = rented ? LargeArrays.RentBuffer((int)known + 1) : new byte[known > 0 ? known : Math.Min(Chunk, maxBytes + 1)];
        long total = 0;
        var probe = new byte[1];
        var firstLine = new FirstLineCheck();
        try
        {
            while (total <= maxBytes)
            {
                if (total == buffer.Length)
                {
                    // Full: one more byte tells whether the input goes on (a file that grew, a device, a pipe).
                    if (stream.Read(probe, 0, 1) == 0)
                    {
                        break;
                    }

                    Array.Resize(ref buffer, (int)Math.Min(Math.Min((long)buffer.Length * 2, maxBytes + 1), int.MaxValue - 64));
                    rented = false;
                    buffer[total++] = probe[0];
                    firstLine.Scan(buffer, total, source);
                    continue;
                }

                // A device or pipe is read one chunk at a time, so that the first-line check stops /dev/zero early.
                var read = stream.Read(buffer, (int)total, (int)Math.Min(buffer.Length - total, known > 0 ? Chunk * 16 : Chunk));
                if (read == 0)
                {
                    break;
                }

                total += read;
                firstLine.Scan(buffer, total, source);
            }
        }
        catch (Exception ex) when (ex is IOException or NotSupportedException or ObjectDisposedException)
        {
            throw new ParIndexException(null, LocalizedText.Of(nameof(Messages.File_CannotRead), source, ex.Message.TrimEnd('.', ' ')));
        }
        catch (UnauthorizedAccessException)
        {
            throw new ParIndexException(null, LocalizedText.Of(nameof(Safety.Input_NoPermission), source));
        }

        if (total > maxBytes)
        {
            throw new ParIndexException(null, LocalizedText.Of(known > 0 ? nameof(Safety.Limit_Bytes) : nameof(Safety.Limit_BytesUnsized), source, Count(maxBytes), limitName));
        }

        length = (int)total;
        return buffer;
    }

    /// <summary>
    /// Every input read here is text (CSV or YAML), and no text file has a NUL byte in its first line (a CSV header, a
    /// YAML key): one there means a device such as /dev/zero, a binary file or UTF-16 text. Stopping at it bounds the
    /// read of an endless input to one chunk instead of the whole byte limit, with a message that says what the input
    /// is. Only the first line: a NUL further on is reported with its cell by the readers (an id typed with one).
    /// UTF-16 text with a byte-order mark is left to the decoders, which name it as not UTF-8.
    /// </summary>
    private struct FirstLineCheck
    {
        private long scanned;
        private bool done;

        public void Scan(byte[] buffer, long total, string source)
        {
            if (done)
            {
                return;
            }

            if (total >= 2 && ((buffer[0] == 0xFF && buffer[1] == 0xFE) || (buffer[0] == 0xFE && buffer[1] == 0xFF)))
            {
                done = true;
                return;
            }

            for (; scanned < total; scanned++)
            {
                if (buffer[scanned] == (byte)'\n')
                {
                    done = true;
                    return;
                }

                if (buffer[scanned] == 0)
                {
                    throw new ParIndexException(null, LocalizedText.Of(nameof(Safety.Input_NotText), source, Count(scanned + 1)));
                }
            }
        }
    }

    /// <summary>A count with thousands separators, the same in every culture: "134,217,728".</summary>
    internal static string Count(long value) => value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
}
