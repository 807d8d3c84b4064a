using System;

namespace ParIndex.Internal;

/// <summary>
/// The commonest numbers of an input file read straight from UTF-8 bytes into ticks (millionths): an optional sign,
/// 1–12 digits, optionally a decimal point or comma and 1–6 digits, optionally spaces and a '%'. Every such text is a
/// number <see cref="ValueText.TryParseNumber"/> reads to the same value; any other text (exponents, thousands
/// separators, more decimals, other white space) is not read here, and callers take the general path, which also
/// words the errors.
/// </summary>
internal static class PlainNumber
{
    /// <summary>Reads a plain number.</summary>
    /// <param name="text">The trimmed text's bytes.</param>
    /// <param name="ticks">The magnitude in ticks (<see cref="Points.TicksPerPoint"/> per unit).</param>
    /// <param name="sign">-1 or +1 when a sign was written, 0 when none.</param>
    /// <param name="percent">Whether a '%' followed the number.</param>
    public static bool TryParse(ReadOnlySpan<byte> text, out long ticks, out int sign, out bool percent)
    {
        ticks = 0;
        sign = 0;
        percent = false;
        var i = 0;
        if (text.Length > 0 && (text[0] == (byte)'-' || text[0] == (byte)'+'))
        {
            sign = text[0] == (byte)'-' ? -1 : 1;
            i++;
        }

        long whole = 0, fraction = 0;
        var start = i;
        for (; i < text.Length && (uint)(text[i] - '0') <= 9; i++)
        {
            whole = (whole * 10) + (text[i] - '0');
        }

        var digits = i - start;
        if (digits == 0 || digits > 12)
        {
            return false;
        }

        var decimals = 0;
        if (i < text.Length && (text[i] == (byte)'.' || text[i] == (byte)','))
        {
            for (i++; i < text.Length && (uint)(text[i] - '0') <= 9; i++)
            {
                fraction = (fraction * 10) + (text[i] - '0');
                decimals++;
            }

            if (decimals == 0 || decimals > Points.Decimals)
            {
                return false;
            }
        }

        if (i < text.Length)
        {
            while (i < text.Length && text[i] == (byte)' ')
            {
                i++;
            }

            if (i != text.Length - 1 || text[i] != (byte)'%')
            {
                return false;
            }

            percent = true;
        }

        for (var d = decimals; d < Points.Decimals; d++)
        {
            fraction *= 10;
        }

        ticks = (whole * Points.TicksPerPoint) + fraction;
        return true;
    }
}
