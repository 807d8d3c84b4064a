using System;
using System.Text;
using ParIndex.Resources;

namespace ParIndex.Internal;

/// <summary>Strict UTF-8 decoding for every text input (one byte-order mark skipped, any invalid byte refused with its line and column), and whether a field's bytes need trimming.</summary>
internal static class Utf8Text
{
    private static readonly UTF8Encoding Strict = new(false, true);

    /// <summary>The text of <paramref name="bytes"/>, or a <see cref="ParIndexException"/> at the first invalid byte with the message <paramref name="messageName"/>.</summary>
    public static string Decode(byte[] bytes, string source, string messageName)
    {
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return Strict.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = start + Math.Max(0, ex.Index);
            var line = 1;
            var lineStart = start;
            for (var i = start; i < offset && i < bytes.Length; i++)
            {
                if (bytes[i] == (byte)'\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            // The column counts characters: the valid UTF-8 before the bad byte on its line, plus one.
            var column = Strict.GetCharCount(bytes, lineStart, Math.Max(0, SafeEnd(bytes, lineStart, offset) - lineStart)) + 1;
            var value = offset < bytes.Length ? bytes[offset] : (byte)0;
            throw new ParIndexException(new SourceLocation(source, line, column), LocalizedText.Of(messageName, "0x" + value.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>The end of the longest valid prefix of bytes[start..end) (the exception's index may point inside a sequence).</summary>
    private static int SafeEnd(byte[] bytes, int start, int end)
    {
        end = Math.Min(end, bytes.Length);
        while (end > start)
        {
            try
            {
                Strict.GetCharCount(bytes, start, end - start);
                return end;
            }
            catch (DecoderFallbackException)
            {
                end--;
            }
        }

        return start;
    }

    /// <summary>
    /// Whether string.Trim would leave the text of these UTF-8 bytes unchanged: empty, or no white space at either end.
    /// Printable ASCII at both ends (the usual number or code) is decided without decoding.
    /// </summary>
    public static bool IsTrimmed(ReadOnlySpan<byte> bytes) =>
        bytes.Length == 0
        || ((uint)(bytes[0] - 0x21) <= 0x7E - 0x21 && (uint)(bytes[bytes.Length - 1] - 0x21) <= 0x7E - 0x21)
        || (!IsWhiteSpace(FirstCodePoint(bytes)) && !IsWhiteSpace(LastCodePoint(bytes)));

    /// <summary>Whether string.Trim removes the code point (supplementary code points are never white space).</summary>
    private static bool IsWhiteSpace(int codePoint) => codePoint < 0 || (codePoint <= 0xFFFF && char.IsWhiteSpace((char)codePoint));

    /// <summary>The first code point of valid UTF-8, or -1 when the bytes are not a complete sequence.</summary>
    private static int FirstCodePoint(ReadOnlySpan<byte> bytes)
    {
        var b = bytes[0];
        if (b < 0x80)
        {
            return b;
        }

        var length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 0;
        return length == 0 || length > bytes.Length ? -1 : CodePoint(bytes.Slice(0, length));
    }

    /// <summary>The last code point of valid UTF-8, or -1 when the bytes do not end with a complete sequence.</summary>
    private static int LastCodePoint(ReadOnlySpan<byte> bytes)
    {
        var start = bytes.Length - 1;
        if (bytes[start] < 0x80)
        {
            return bytes[start];
        }

        while (start > 0 && start > bytes.Length - 4 && (bytes[start] & 0xC0) == 0x80)
        {
            start--;
        }

        var last = bytes.Slice(start);
        var b = last[0];
        var length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 0;
        return length != last.Length ? -1 : CodePoint(last);
    }

    /// <summary>The code point of one complete UTF-8 sequence.</summary>
    private static int CodePoint(ReadOnlySpan<byte> sequence)
    {
        var codePoint = sequence[0] & (0x7F >> sequence.Length);
        for (var i = 1; i < sequence.Length; i++)
        {
            codePoint = (codePoint << 6) | (sequence[i] & 0x3F);
        }

        return codePoint;
    }
}
