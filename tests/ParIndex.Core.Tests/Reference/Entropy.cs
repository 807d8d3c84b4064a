using System.Collections.Generic;
using System.Numerics;
using CsCheck;

namespace ParIndex.Tests.Reference;

/// <summary>
/// The random choices a case is built from, read off a tape of numbers that CsCheck generates and shrinks. Past the
/// end of the tape every choice is 0, the simplest one, so a shorter tape (or smaller numbers on it) is a simpler
/// case: shrinking the tape shrinks the case without a hand-written shrinker for criteria trees.
/// </summary>
internal sealed class Entropy
{
    private readonly uint[] tape;
    private int position;

    public Entropy(uint[] tape) => this.tape = tape;

    /// <summary>The generator of tapes: long enough for the largest cases.</summary>
    public static Gen<uint[]> Tapes { get; } = Gen.UInt.Array[0, 1200];

    /// <summary>A choice among <paramref name="n"/> (0 is the simplest).</summary>
    public int Next(int n) => n <= 1 || position >= tape.Length ? 0 : (int)(tape[position++] % (uint)n);

    /// <summary>A number in [low, high].</summary>
    public int Between(int low, int high) => low + Next(high - low + 1);

    /// <summary>True with the given percent chance; false once the tape is used up.</summary>
    public bool Chance(int percent) => Next(100) >= 100 - percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>A big number in [0, limit] (several draws).</summary>
    public BigInteger Below(BigInteger limit)
    {
        if (limit.Sign <= 0)
        {
            return BigInteger.Zero;
        }

        var value = BigInteger.Zero;
        for (var i = 0; i < 3; i++)
        {
            value = (value << 30) + Next(1 << 30);
        }

        return value % (limit + 1);
    }
}
