using System;

namespace ParIndex.Tests;

/// <summary>
/// A bound on work that does not depend on the machine's speed or load, for tests that pin "refused without doing
/// the expensive thing": the bytes the code under test allocates on the test's thread. Unlike a time limit it is
/// the same on a busy CI machine, and it still catches what a time limit was meant to catch (an alias bomb expanded,
/// an endless input read to the end), because those allocate in proportion to the work.
/// </summary>
internal static class Allocations
{
    /// <summary>The managed bytes allocated on this thread while <paramref name="action"/> runs (it runs on this thread only).</summary>
    public static long Of(Action action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
