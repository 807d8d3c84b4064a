using System;
using System.Text;
using ParIndex.Resources;

namespace ParIndex.Internal;

/// <summary>Strict UTF-8 decoding for every text input: one byte-order mark skipped, any invalid byte refused with its line and column.</summary>
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
}
