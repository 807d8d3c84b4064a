using System;
using ParIndex.Resources;
using YamlDotNet.Core;

namespace ParIndex.Internal.Yaml;

/// <summary>
/// Turns what the YAML parser throws into our own message at the true line and column: a tab used as indentation,
/// an unclosed bracket or quote, a misplaced ':', a duplicate key, a line that does not fit (indentation, a key
/// without ':'). The parser's own English text is kept only for the rare error none of these describes.
/// </summary>
internal static class YamlErrors
{
    /// <summary>A diagnostic for a syntax error the parser reported.</summary>
    public static Diagnostic From(string source, string text, YamlException ex)
    {
        var message = Clean(ex);
        var at = YamlInput.At(source, ex.Start);
        if (Tab(source, text) is { } tab)
        {
            return tab;
        }

        if (message.StartsWith("Duplicate key ", StringComparison.Ordinal))
        {
            return new Diagnostic(at, LocalizedText.Of(nameof(Safety.Yaml_DuplicateKey), message.Substring("Duplicate key ".Length)));
        }

        if (Contains(message, "did not find expected ',' or ']'") || Contains(message, "did not find expected ',' or '}'"))
        {
            return new Diagnostic(at, LocalizedText.Of(nameof(Safety.Yaml_Unclosed)));
        }

        if (Contains(message, "quoted scalar") && (Contains(message, "end of stream") || Contains(message, "document indicator")))
        {
            return new Diagnostic(at, LocalizedText.Of(nameof(Safety.Yaml_UnclosedQuote)));
        }

        if (Contains(message, "Mapping values are not allowed") || Contains(message, "found invalid mapping"))
        {
            return new Diagnostic(at, LocalizedText.Of(nameof(Safety.Yaml_MappingHere)));
        }

        if (Contains(message, "could not find expected ':'") || Contains(message, "did not find expected key") || Contains(message, "did not find expected '-' indicator")
            || Contains(message, "did not find expected <document start>") || Contains(message, "violate indentation")
            || Contains(message, "found a tab character"))
        {
            return new Diagnostic(at, LocalizedText.Of(nameof(Safety.Yaml_Indentation)));
        }

        return new Diagnostic(at, LocalizedText.Of(nameof(Safety.Yaml_Structure), message));
    }

    /// <summary>
    /// A diagnostic for an exception the parser documents no reason for (YamlDotNet throws InvalidOperationException
    /// on a flow list continued at column 0): reported after the last part that parsed, never with .NET's message.
    /// </summary>
    public static Diagnostic Unexpected(string source, string text, Mark last, bool insideBrackets)
    {
        if (Tab(source, text) is { } tab)
        {
            return tab;
        }

        var next = NextContent(text, last);
        return new Diagnostic(YamlInput.At(source, next), LocalizedText.Of(insideBrackets ? nameof(Safety.Yaml_Unclosed) : nameof(Safety.Yaml_Indentation)));
    }

    /// <summary>
    /// The first tab in the indentation of a line: YAML forbids tabs there, and the parser reports the error where it
    /// gives up (often the line before, or 1:1). Only asked once parsing failed, so a tab in a block text is no problem.
    /// </summary>
    private static Diagnostic? Tab(string source, string text)
    {
        var line = 1;
        var start = 0;
        while (start <= text.Length)
        {
            for (var i = start; i < text.Length && (text[i] == ' ' || text[i] == '\t'); i++)
            {
                if (text[i] == '\t')
                {
                    var rest = i + 1 < text.Length ? text[i + 1] : '\n';
                    // A tab before a comment or at the end of a line is harmless; before content it is indentation.
                    if (rest is not '\n' and not '\r' and not '#')
                    {
                        return new Diagnostic(new SourceLocation(source, line, i - start + 1), LocalizedText.Of(nameof(Safety.Yaml_Tab)));
                    }
                }
            }

            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                break;
            }

            start = end + 1;
            line++;
        }

        return null;
    }

    /// <summary>The position of the first character that is not white space or a comment after <paramref name="last"/>.</summary>
    private static Mark NextContent(string text, Mark last)
    {
        var index = (int)Math.Min(text.Length, Math.Max(0, last.Index));
        long line = last.Line, column = last.Column;
        var comment = false;
        while (index < text.Length)
        {
            var c = text[index];
            if (c == '\n')
            {
                line++;
                column = 1;
                comment = false;
            }
            else if (!comment && c == '#')
            {
                comment = true;
                column++;
            }
            else if (!comment && !char.IsWhiteSpace(c) && c != ',')
            {
                return new Mark(index, line, column);
            }
            else
            {
                column++;
            }

            index++;
        }

        return last;
    }

    private static bool Contains(string message, string part) => message.IndexOf(part, StringComparison.Ordinal) >= 0;

    private static string Clean(YamlException ex)
    {
        // YamlDotNet prefixes messages with "(Line: x, Col: y, Idx: z) - (…): "; the location is reported separately.
        var message = ex.InnerException?.Message ?? ex.Message;
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 ? message.Substring(cut + 3) : message;
    }
}
