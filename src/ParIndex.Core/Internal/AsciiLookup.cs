using System;
using System.Collections.Generic;

namespace ParIndex.Internal;

/// <summary>
/// Looks up a dictionary keyed by text (ordinal) with the UTF-8 bytes of short printable-ASCII text, without making
/// a string of them on .NET (netstandard2.0 makes one). Ids and codes are such text; anything else (empty, longer,
/// a control character, a letter with diacritics) is not found here, and the caller takes its general path.
/// </summary>
/// <typeparam name="TValue">The dictionary's values.</typeparam>
internal readonly struct AsciiLookup<TValue>
{
    /// <summary>The longest text looked up.</summary>
    public const int MaxLength = 64;

#if NET
    private readonly Dictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> lookup;
#else
    private readonly Dictionary<string, TValue> dictionary;
#endif

    /// <summary>Wraps a dictionary with an ordinal comparer; later additions to it are seen.</summary>
    public AsciiLookup(Dictionary<string, TValue> dictionary)
    {
#if NET
        lookup = dictionary.GetAlternateLookup<ReadOnlySpan<char>>();
#else
        this.dictionary = dictionary;
#endif
    }

    /// <summary>False when the bytes are not 1 to <see cref="MaxLength"/> characters from U+0020 to U+007E, or not a key.</summary>
    public bool TryGetValue(ReadOnlySpan<byte> utf8, out TValue value)
    {
        value = default!;
        if (utf8.Length == 0 || utf8.Length > MaxLength)
        {
            return false;
        }

        Span<char> chars = stackalloc char[utf8.Length];
        for (var i = 0; i < utf8.Length; i++)
        {
            var b = utf8[i];
            if (b < 0x20 || b > 0x7E)
            {
                return false;
            }

            chars[i] = (char)b;
        }

#if NET
        return lookup.TryGetValue(chars, out value!);
#else
        return dictionary.TryGetValue(chars.ToString(), out value!);
#endif
    }
}
