using System.Text;

namespace ParIndex.Internal;

/// <summary>Normalises user-entered text for matching: trimmed, NFC, inner whitespace collapsed, lower-cased invariantly.</summary>
internal static class TextKey
{
    public static string Of(string text)
    {
        var normalized = text.Trim().Normalize(NormalizationForm.FormC);
        var sb = new StringBuilder(normalized.Length);
        var space = false;
        foreach (var c in normalized)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && sb.Length > 0)
            {
                sb.Append(' ');
            }

            space = false;
            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }
}
