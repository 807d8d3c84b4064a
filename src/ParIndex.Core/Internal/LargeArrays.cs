using System;
using System.Buffers;
using System.Threading;
#if NET
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
#endif

namespace ParIndex.Internal;

/// <summary>
/// The few arrays of many megabytes a run fills at once: a file's bytes, the self-assessed cells, the score columns.
/// </summary>
/// <remarks>
/// On Linux they are allocated where the collector never moves them (the pinned object heap), and the system is asked
/// to back them with 2 MB pages where it can (<c>madvise(MADV_HUGEPAGE)</c>, which the default "madvise" setting of
/// transparent huge pages honours). Filling 16 MB of fresh memory otherwise takes 4,096 page faults, and on a virtual
/// machine each can cost several microseconds (measured on this project's: 64 MB in 220 ms with 4 KB pages, 4 ms with
/// 2 MB ones; docs/performance.md). Only the 2 MB-aligned part inside an array is advised, so no memory
/// outside it changes. Where the advice is not available (Windows, .NET Framework, a kernel without huge pages) these
/// are ordinary arrays.
/// </remarks>
internal static unsafe class LargeArrays
{
    /// <summary>Arrays below this size gain nothing: they hold at most one whole 2 MB page.</summary>
    private const long Threshold = 4L << 20;

    private const int HugePageSize = 2 << 20;

#if NET
    private const int MadviseHugePage = 14;

    private static readonly delegate* unmanaged<nint, nuint, int, int> Madvise = FindMadvise();

    private static byte[]? spareBuffer;
#endif

    /// <summary>
    /// A byte buffer of at least <paramref name="length"/> bytes, not zeroed, to give back with <see cref="ReturnBuffer"/>:
    /// input files read one after another then share one buffer, already backed by memory.
    /// </summary>
    public static byte[] RentBuffer(int length)
    {
#if NET
        if (Large<byte>(length))
        {
            var spare = Interlocked.Exchange(ref spareBuffer, null);
            return spare is not null && spare.Length >= length ? spare : Allocate<byte>(length);
        }
#endif
        return ArrayPool<byte>.Shared.Rent(length);
    }

    /// <summary>Gives back a buffer from <see cref="RentBuffer"/>.</summary>
    public static void ReturnBuffer(byte[] buffer)
    {
#if NET
        if (Large<byte>(buffer.Length))
        {
            // The larger of the two is kept for the next file.
            if (Interlocked.Exchange(ref spareBuffer, buffer) is { } other && other.Length > buffer.Length)
            {
                Interlocked.CompareExchange(ref spareBuffer, other, buffer);
            }

            return;
        }
#endif
        ArrayPool<byte>.Shared.Return(buffer);
    }

    /// <summary>A zeroed array.</summary>
    public static T[] Zeroed<T>(int length)
        where T : unmanaged
    {
#if NET
        if (Large<T>(length))
        {
            var array = Allocate<T>(length);
            array.AsSpan().Clear();
            return array;
        }
#endif
        return new T[length];
    }

    /// <summary>An array whose every element the caller writes before reading it: not zeroed first where the runtime allows.</summary>
    public static T[] Uninitialized<T>(int length)
        where T : unmanaged
    {
#if NET
        return Large<T>(length) ? Allocate<T>(length) : GC.AllocateUninitializedArray<T>(length);
#else
        return new T[length];
#endif
    }

#if NET
    private static bool Large<T>(int length)
        where T : unmanaged => (long)length * sizeof(T) >= Threshold && Madvise != null;

    private static T[] Allocate<T>(int length)
        where T : unmanaged
    {
        var array = GC.AllocateUninitializedArray<T>(length, pinned: true);
        var start = (nint)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(array));
        var end = start + ((nint)length * sizeof(T));
        var first = (start + HugePageSize - 1) & ~(nint)(HugePageSize - 1);
        var last = end & ~(nint)(HugePageSize - 1);
        if (last > first)
        {
            // Advice only: a kernel that cannot follow it leaves the memory as it was.
            _ = Madvise(first, (nuint)(last - first), MadviseHugePage);
        }

        return array;
    }

    private static delegate* unmanaged<nint, nuint, int, int> FindMadvise()
    {
        if (!OperatingSystem.IsLinux() || !NativeLibrary.TryLoad("libc.so.6", out var libc))
        {
            return null;
        }

        return NativeLibrary.TryGetExport(libc, "madvise", out var madvise) ? (delegate* unmanaged<nint, nuint, int, int>)madvise : null;
    }
#endif
}
