using System;
using System.Collections.Generic;
using System.Text;

namespace ParIndex.IO;

/// <summary>
/// One string per distinct text of a column whose texts repeat (an appraisal's reasons): kept by every row that
/// gives it, so a round of 200,000 rows with a few dozen reasons holds a few dozen strings, not 200,000.
/// Bounded: past <see cref="Capacity"/> distinct texts new ones are returned unpooled.
/// </summary>
internal sealed class TextPool
{
    private const int Capacity = 4096;
    private const int MaxLength = 256;
    private readonly Dictionary<string, string> pool = new(StringComparer.Ordinal);
#if NET
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public TextPool() => lookup = pool.GetAlternateLookup<ReadOnlySpan<char>>();
#endif

    /// <summary>The text of valid UTF-8 bytes (a field of a file already checked to be UTF-8).</summary>
    public string Get(ReadOnlySpan<byte> utf8)
    {
#if NET
        if (utf8.Length <= MaxLength)
        {
            Span<char> chars = stackalloc char[MaxLength];
            var length = Encoding.UTF8.GetChars(utf8, chars);
            if (lookup.TryGetValue(chars.Slice(0, length), out var pooled))
            {
                return pooled;
            }

            return Add(chars.Slice(0, length).ToString());
        }

        return Intern(Encoding.UTF8.GetString(utf8));
#else
        return Intern(Encoding.UTF8.GetString(utf8.ToArray()));
#endif
    }

    /// <summary>The pooled string equal to <paramref name="text"/>, pooling it when new.</summary>
    public string Intern(string text) => pool.TryGetValue(text, out var pooled) ? pooled : Add(text);

    private string Add(string text)
    {
        if (pool.Count < Capacity)
        {
            pool[text] = text;
        }

        return text;
    }
}
