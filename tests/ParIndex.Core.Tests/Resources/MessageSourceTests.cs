using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;
using System.Text;
using System.Text.RegularExpressions;

namespace ParIndex.Tests.Resources;

/// <summary>
/// No message of ParIndex.Core or ParIndex.Excel is written as an English literal where it is raised: every one comes
/// from a resource file, so it exists in English and Vietnamese (see TranslationTests).
/// </summary>
public class MessageSourceTests
{
    private static readonly ConstructorInfo[] PlainTextConstructors =
    {
        typeof(Diagnostic).GetConstructor(new[] { typeof(SourceLocation), typeof(string) })!,
        typeof(ParIndexException).GetConstructor(new[] { typeof(SourceLocation), typeof(string) })!,
    };

    [Fact]
    public void TheCoreRaisesNoMessageFromPlainText()
    {
        // The public (location, string) constructors are for library users' own messages; the library's own messages
        // are resource keys with arguments, rendered in the reader's language when shown.
        var callers = new List<string>();
        foreach (var type in typeof(Points).Assembly.GetTypes().Where(t => t != typeof(Diagnostic) && t != typeof(ParIndexException)))
        {
            const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
            {
                if (CallsAny(method, PlainTextConstructors))
                {
                    callers.Add($"{type.FullName}.{method.Name}");
                }
            }
        }

        Assert.Empty(callers);
    }

    [Fact]
    public void TheCheckFindsACallToAPlainTextConstructor()
    {
        var method = typeof(MessageSourceTests).GetMethod(nameof(RaisesPlainText), BindingFlags.NonPublic | BindingFlags.Static)!;

        Assert.True(CallsAny(method, PlainTextConstructors));
    }

    [Theory]
    [InlineData("src/ParIndex.Core")]
    [InlineData("src/ParIndex.Excel")]
    public void NoMessageIsAnEnglishLiteral(string project)
    {
        var found = new List<string>();
        foreach (var file in Directory.EnumerateFiles(TestData.Path(project), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            foreach (var literal in ProseInMessageCalls(text))
            {
                found.Add($"{Path.GetRelativePath(TestData.RepoRoot, file).Replace('\\', '/')}: {literal}");
            }
        }

        Assert.True(found.Count == 0, "messages written as English literals:\n" + string.Join("\n", found));
    }

    [Fact]
    public void TheSourceCheckFindsProseAndAllowsKeysAndQuotedCodes()
    {
        Assert.Equal(
            new[] { "\"a band is missing required key 'min'\"", "$\"tiers of {label} overlap: {prev} and {cur}\"" },
            ProseInMessageCalls(
                "doc.Error(m, \"a band is missing required key 'min'\");\n" +
                "doc.Error(x, $\"tiers of {label} overlap: {prev} and {cur}\");\n" +
                "doc.Error(m, nameof(Messages.Yaml_MissingKey), aBand, \"min\");\n" +
                "throw new ParIndexException(null, $\"{path}: {Text.Format(\"SheetOnCsv\", sheet)}\");\n" +
                "doc.Error(e, nameof(Messages.Max_ShareRoundsToZero), $\"'{code}'\", label);\n" +
                "var s = \"not in a message call\";\n" +
                "new Diagnostic(at, Text.Format(\"CellDate\", date.ToString(\"yyyy-MM-dd HH:mm\", culture)));\n"));
    }

    private static void RaisesPlainText() => throw new ParIndexException(null, "plain");

    /// <summary>The string literals with two or more words (prose) inside the arguments of calls that raise messages.</summary>
    private static List<string> ProseInMessageCalls(string source)
    {
        var result = new List<string>();
        foreach (Match call in Regex.Matches(source, @"(?:new ParIndexException|new Diagnostic|\bError|\bReport|\bRefuse|LocalizedText\.Of)\("))
        {
            var i = call.Index + call.Length;
            var depth = 1;
            while (i < source.Length && depth > 0)
            {
                var c = source[i];
                if (c == '"')
                {
                    var start = i - (i > 0 && source[i - 1] == '$' ? 1 : 0);
                    i = SkipString(source, i, out var outside);
                    // Not message text: a format for ToString, or a parser message matched by its length.
                    var formatOrPattern = source.Substring(0, start).EndsWith("ToString(", StringComparison.Ordinal) || string.CompareOrdinal(source, i, ".Length", 0, 7) == 0;
                    if (!formatOrPattern && Regex.IsMatch(outside, @"[A-Za-z]{2,}\s+[A-Za-z']{2,}"))
                    {
                        result.Add(source.Substring(start, i - start));
                    }

                    continue;
                }

                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                i++;
            }
        }

        return result;
    }

    /// <summary>Skips a string literal starting at its opening quote; <paramref name="outside"/> is its text outside interpolation holes.</summary>
    private static int SkipString(string source, int quote, out string outside)
    {
        var interpolated = quote > 0 && source[quote - 1] == '$';
        var text = new StringBuilder();
        var i = quote + 1;
        var holes = 0;
        while (i < source.Length)
        {
            var c = source[i];
            if (holes > 0)
            {
                if (c == '"')
                {
                    i = SkipString(source, i, out _);
                    continue;
                }

                holes += c == '{' ? 1 : c == '}' ? -1 : 0;
                i++;
                continue;
            }

            if (c == '\\')
            {
                i += 2;
                continue;
            }

            if (c == '"')
            {
                i++;
                break;
            }

            if (interpolated && c == '{')
            {
                if (i + 1 < source.Length && source[i + 1] == '{')
                {
                    i += 2;
                    continue;
                }

                holes = 1;
                text.Append(' ');
                i++;
                continue;
            }

            text.Append(c);
            i++;
        }

        outside = text.ToString();
        return i;
    }

    private static bool CallsAny(MethodBase method, ConstructorInfo[] targets)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            return false;
        }

        var i = 0;
        while (i < il.Length)
        {
            var code = il[i] == 0xFE ? (short)(0xFE00 | il[i + 1]) : il[i];
            i += il[i] == 0xFE ? 2 : 1;
            var operand = OperandTypes[code];
            if (operand == OperandType.InlineMethod)
            {
                var token = BitConverter.ToInt32(il, i);
                MethodBase? called = null;
                try
                {
                    called = method.Module.ResolveMethod(token, method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null, method.IsGenericMethod ? method.GetGenericArguments() : null);
                }
                catch (ArgumentException)
                {
                    // A member of a generic instantiation the context cannot resolve: not one of the two constructors.
                }

                if (called is not null && targets.Contains(called))
                {
                    return true;
                }
            }

            i += operand switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, i)),
                _ => 4,
            };
        }

        return false;
    }

    private static readonly Dictionary<short, OperandType> OperandTypes = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value, o => o.OperandType);
}
