using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ParIndex.Internal;

namespace ParIndex.Tests.Internal;

public class LargeArraysTests
{
    private const int EightMegabytes = 1 << 20; // longs

    [Fact]
    public void Zeroed_LargeArray_ReadsAsZero_EvenWhereMemoryWasUsedBefore()
    {
        for (var round = 0; round < 3; round++)
        {
            var array = LargeArrays.Zeroed<long>(EightMegabytes);
            Assert.Equal(EightMegabytes, array.Length);
            Assert.True(array.All(x => x == 0));
            array.AsSpan().Fill(-1);
        }
    }

    [Fact]
    public void Zeroed_SmallArray_IsAnOrdinaryZeroedArray()
    {
        var array = LargeArrays.Zeroed<int>(1000);
        Assert.Equal(1000, array.Length);
        Assert.True(array.All(x => x == 0));
    }

    [Fact]
    public void RentBuffer_GivesAtLeastTheLengthAsked_WhateverWasReturnedBefore()
    {
        // Other tests read files at the same time, so which buffer comes back is not asserted, only its size.
        var first = LargeArrays.RentBuffer(5_000_000);
        Assert.True(first.Length >= 5_000_000);
        LargeArrays.ReturnBuffer(first);

        var larger = LargeArrays.RentBuffer(9_000_000);
        Assert.True(larger.Length >= 9_000_000);
        LargeArrays.ReturnBuffer(larger);
        var small = LargeArrays.RentBuffer(100);
        Assert.True(small.Length >= 100);
        LargeArrays.ReturnBuffer(small);
    }

    [Fact]
    public void OnLinux_ALargeArraysAlignedInterior_IsAdvisedForHugePages()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var array = LargeArrays.Zeroed<long>(EightMegabytes);
        var start = Address(array);
        var end = start + ((long)array.Length * sizeof(long));
        var hugePage = 2L << 20;
        var interior = (start + hugePage - 1) & ~(hugePage - 1);

        // /proc/self/smaps lists each mapping with its flags; "hg" is MADV_HUGEPAGE.
        var flags = MappingFlags(interior);
        Assert.Contains("hg", flags.Split(' '));
        GC.KeepAlive(array);
        Assert.True(end - interior >= hugePage);
    }

    private static unsafe long Address(long[] array) => (long)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(array));

    private static string MappingFlags(long address)
    {
        var inside = false;
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            var dash = line.IndexOf('-');
            var space = line.IndexOf(' ');
            if (dash > 0 && space > dash && IsHex(line.AsSpan(0, dash)))
            {
                var from = long.Parse(line.AsSpan(0, dash), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                var to = long.Parse(line.AsSpan(dash + 1, space - dash - 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                inside = address >= from && address < to;
            }
            else if (inside && line.StartsWith("VmFlags:", StringComparison.Ordinal))
            {
                return line.Substring("VmFlags:".Length).Trim();
            }
        }

        throw new InvalidOperationException($"No mapping holds {address:x}.");
    }

    private static bool IsHex(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!Uri.IsHexDigit(c))
            {
                return false;
            }
        }

        return text.Length > 0;
    }
}
