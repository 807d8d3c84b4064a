using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ParIndex.Internal;
using ParIndex.Resources;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace ParIndex.Internal.Yaml;

/// <summary>
/// Reads a small YAML document defensively and offers typed, position-aware accessors that collect
/// diagnostics instead of throwing. Shared by the criteria and scenario loaders.
/// </summary>
internal sealed class YamlInput
{
    private readonly List<Diagnostic> diagnostics;

    private YamlInput(string source, YamlNode? root, List<Diagnostic> diagnostics)
    {
        Source = source;
        Root = root;
        this.diagnostics = diagnostics;
    }

    public string Source { get; }

    public YamlNode? Root { get; }

    public IReadOnlyList<Diagnostic> Diagnostics => diagnostics;

    public bool HasErrors => diagnostics.Count > 0;

    /// <summary>The deepest YAML nesting (lists and mappings inside each other) accepted when the caller gives none.</summary>
    public const int DefaultMaxNesting = 64;

    /// <summary>The largest magnitude of any number in a criteria or scenario file (as <see cref="FixedMath.TryToTicks"/> accepts).</summary>
    public const long MaxNumber = 1_000_000_000_000;

    private const int MaxPrePassDiagnostics = 100;

    /// <summary>Reads a file: the size limit enforced on the bytes actually read, the text decoded as strictly as a CSV file (UTF-8 only).</summary>
    /// <param name="path">The file.</param>
    /// <param name="maxBytes">The most bytes read.</param>
    /// <param name="maxEvents">The most YAML nodes.</param>
    /// <param name="maxNesting">The deepest nesting.</param>
    /// <param name="limitName">The library setting that raises <paramref name="maxBytes"/>, for the message.</param>
    /// <param name="expected">The kind of document the caller reads; a file recognisably of another kind is refused in one error.</param>
    public static YamlInput Load(string path, long maxBytes, int maxEvents, int maxNesting, string limitName, InputKind expected)
    {
        var bytes = InputFile.ReadAll(path, maxBytes, limitName);
        return Parse(Utf8Text.Decode(bytes, path, nameof(Safety.Text_NotUtf8Yaml)), path, maxBytes, maxEvents, maxNesting, expected);
    }

    /// <summary>Reads a stream (an upload) to its end, at most <paramref name="maxBytes"/> bytes, and parses it as UTF-8 YAML, as <see cref="Load"/> does a file.</summary>
    /// <param name="stream">The bytes; read to the end, not closed; need not be seekable.</param>
    /// <param name="source">The name used in diagnostics.</param>
    /// <param name="maxBytes">The most bytes read.</param>
    /// <param name="maxEvents">The most YAML nodes.</param>
    /// <param name="maxNesting">The deepest nesting.</param>
    /// <param name="limitName">The library setting that raises <paramref name="maxBytes"/>, for the message.</param>
    /// <param name="expected">The kind of document the caller reads.</param>
    public static YamlInput Read(Stream stream, string source, long maxBytes, int maxEvents, int maxNesting, string limitName, InputKind expected)
    {
        var bytes = InputFile.ReadAll(stream, source, maxBytes, limitName);
        return Parse(Utf8Text.Decode(bytes, source, nameof(Safety.Text_NotUtf8Yaml)), source, maxBytes, maxEvents, maxNesting, expected);
    }

    /// <summary>
    /// Parses text: rejects anchors and aliases (they can multiply memory), multiple documents, oversized input
    /// and nesting deeper than <paramref name="maxNesting"/> (YamlDotNet builds nodes recursively, so very deep
    /// nesting would overflow the stack, and its scanner slows down quadratically with the depth of flow collections).
    /// </summary>
    public static YamlInput Parse(string text, string source, long maxBytes, int maxEvents, int maxNesting, InputKind expected)
    {
        var diagnostics = new List<Diagnostic>();
        var last = Mark.Empty;
        var flow = new Stack<bool>(); // per open list or mapping: whether it is in brackets
        var anchorReported = false;
        if (text.Length > maxBytes)
        {
            throw new ParIndexException(new SourceLocation(source, 1, 1), LocalizedText.Of(nameof(Messages.Text_TooLarge), Count(text.Length), Count(maxBytes)));
        }

        if (FileKinds.RecogniseFirstLine(text) is { } table)
        {
            // A CSV file given as YAML would otherwise read as one long text or a cascade of YAML errors.
            throw FileKinds.WrongKind(new SourceLocation(source, 1, 1), table, expected);
        }

        try
        {
            var parser = new Parser(new StringReader(text));
            var events = 0;
            var documents = 0;
            var nesting = 0;
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                last = current.End;
                if (current is SequenceStart or MappingStart)
                {
                    flow.Push(current is SequenceStart { Style: SequenceStyle.Flow } or MappingStart { Style: MappingStyle.Flow });
                }
                else if (current is SequenceEnd or MappingEnd && flow.Count > 0)
                {
                    flow.Pop();
                }

                if (++events > maxEvents)
                {
                    throw new ParIndexException(At(source, current.Start), LocalizedText.Of(nameof(Messages.Yaml_TooManyNodes), Count(maxEvents)));
                }

                if (current is SequenceStart or MappingStart && ++nesting > maxNesting)
                {
                    diagnostics.Add(new Diagnostic(At(source, current.Start), LocalizedText.Of(nameof(Messages.Yaml_TooDeep), maxNesting)));
                    return new YamlInput(source, null, diagnostics);
                }

                if (current is SequenceEnd or MappingEnd)
                {
                    nesting--;
                }

                if (diagnostics.Count >= MaxPrePassDiagnostics)
                {
                    // Thousands of aliases would each be reported; a hundred is enough to act on.
                    return new YamlInput(source, null, diagnostics);
                }

                switch (current)
                {
                    // Only the first anchor or alias is reported: an alias bomb has hundreds, and one sentence says what to do.
                    case AnchorAlias alias when !anchorReported:
                        anchorReported = true;
                        diagnostics.Add(new Diagnostic(At(source, alias.Start), LocalizedText.Of(nameof(Messages.Yaml_AliasNotSupported), alias.Value)));
                        break;
                    case NodeEvent { Anchor.IsEmpty: false } anchored when !anchorReported:
                        anchorReported = true;
                        diagnostics.Add(new Diagnostic(At(source, anchored.Start), LocalizedText.Of(nameof(Messages.Yaml_AnchorNotSupported), anchored.Anchor.Value)));
                        break;
                    case DocumentStart { IsImplicit: var _ } start:
                        if (++documents > 1)
                        {
                            diagnostics.Add(new Diagnostic(At(source, start.Start), LocalizedText.Of(nameof(Messages.Yaml_OneDocument))));
                        }

                        break;
                }
            }

            if (diagnostics.Count > 0)
            {
                return new YamlInput(source, null, diagnostics);
            }

            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            var root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
            if (root is null || (root is YamlScalarNode s && string.IsNullOrEmpty(s.Value)))
            {
                diagnostics.Add(new Diagnostic(new SourceLocation(source, 1, 1), LocalizedText.Of(nameof(Messages.File_Empty))));
                root = null;
            }
            else if (root is YamlMappingNode mapping
                && FileKinds.RecogniseYaml(mapping.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "").ToArray()) is { } kind
                && kind != expected)
            {
                throw FileKinds.WrongKind(new SourceLocation(source, 1, 1), kind, expected);
            }

            return new YamlInput(source, root, diagnostics);
        }
        catch (YamlException ex)
        {
            diagnostics.Add(YamlErrors.From(source, text, ex));
            return new YamlInput(source, null, diagnostics);
        }
        catch (Exception ex) when (ex is not ParIndexException and not OutOfMemoryException)
        {
            // YamlDotNet documents only YamlException; anything else is still bad input, never a crash, and never
            // shown with .NET's own text ("Operation is not valid due to the current state of the object.").
            diagnostics.Add(YamlErrors.Unexpected(source, text, last, flow.Contains(true)));
            return new YamlInput(source, null, diagnostics);
        }
    }

    public SourceLocation At(YamlNode node) => At(Source, node.Start);

    /// <summary>A problem at a location, in the reader's language.</summary>
    public void Error(SourceLocation location, LocalizedText message) => diagnostics.Add(new Diagnostic(location, message));

    /// <summary>A problem at a node, in the reader's language.</summary>
    public void Error(YamlNode node, LocalizedText message) => diagnostics.Add(new Diagnostic(At(node), message));

    /// <summary>A problem of resource <paramref name="key"/> (<c>nameof(Messages.X)</c>) at a node, in the reader's language.</summary>
    public void Error(YamlNode node, string key, params object?[] args) => Error(node, LocalizedText.Of(key, args));

    public YamlMappingNode? AsMapping(YamlNode node, LocalizedText what)
    {
        if (node is YamlMappingNode mapping)
        {
            return mapping;
        }

        Error(node, nameof(Messages.Yaml_NotMapping), what, Describe(node));
        return null;
    }

    public YamlSequenceNode? AsSequence(YamlNode node, LocalizedText what)
    {
        if (node is YamlSequenceNode sequence)
        {
            return sequence;
        }

        Error(node, nameof(Messages.Yaml_NotList), what, Describe(node));
        return null;
    }

    /// <summary>Returns the entries of a mapping keyed by scalar text, reporting unknown keys.</summary>
    public Dictionary<string, (YamlScalarNode Key, YamlNode Value)> Entries(YamlMappingNode mapping, LocalizedText what, IReadOnlyCollection<string> allowed)
    {
        var result = new Dictionary<string, (YamlScalarNode, YamlNode)>(StringComparer.Ordinal);
        foreach (var pair in mapping.Children)
        {
            if (pair.Key is not YamlScalarNode key || key.Value is null)
            {
                Error(pair.Key, nameof(Messages.Yaml_KeysPlainText), what);
                continue;
            }

            if (!allowed.Contains(key.Value))
            {
                Error(key, nameof(Messages.Yaml_UnknownKey), key.Value, what, string.Join(", ", allowed), LocalizedText.DidYouMean(key.Value, allowed));
                continue;
            }

            result[key.Value] = (key, pair.Value);
        }

        return result;
    }

    public string? Text(YamlNode node, LocalizedText what)
    {
        if (node is YamlScalarNode scalar && scalar.Value is not null)
        {
            return scalar.Value;
        }

        Error(node, nameof(Messages.Yaml_NotText), what, Describe(node));
        return null;
    }

    public string? RequiredText(Dictionary<string, (YamlScalarNode Key, YamlNode Value)> entries, string key, YamlNode owner, LocalizedText what)
    {
        if (!entries.TryGetValue(key, out var entry))
        {
            Error(owner, nameof(Messages.Yaml_MissingKey), what, key);
            return null;
        }

        var text = Text(entry.Value, LocalizedText.Quoted(key));
        if (text is not null && text.Trim().Length == 0)
        {
            Error(entry.Value, nameof(Messages.Yaml_EmptyKey), key);
            return null;
        }

        return text?.Trim();
    }

    public decimal? Number(YamlNode node, LocalizedText what)
    {
        if (node is not YamlScalarNode scalar || scalar.Value is null)
        {
            Error(node, nameof(Messages.Yaml_NotNumber), what, Describe(node));
            return null;
        }

        if (TryParseNumber(scalar.Value, out var value))
        {
            // Every number of a criteria or scenario file is used exactly at the points resolution, or refused
            // here: nothing is rounded silently (a ratio target 0.0000015 must not become 0.000002).
            if (!FixedMath.TryToTicks(value, out _))
            {
                Error(node, decimal.Round(value, Points.Decimals) != value
                    ? LocalizedText.Of(nameof(Messages.Yaml_TooManyDecimals), what, value.ToString(CultureInfo.InvariantCulture), Points.Decimals)
                    : LocalizedText.Of(nameof(Messages.Yaml_TooLarge), what, value.ToString(CultureInfo.InvariantCulture), Count(MaxNumber)));
                return null;
            }

            return value;
        }

        Error(node, scalar.Value.Contains(',') ? nameof(Messages.Yaml_NotNumberComma) : nameof(Messages.Yaml_NotNumberText), what, scalar.Value);
        return null;
    }

    public Points? PointsValue(YamlNode node, LocalizedText what)
    {
        var number = Number(node, what);
        if (number is null)
        {
            return null;
        }

        if (!Points.TryFromDecimal(number.Value, out var points))
        {
            Error(node, nameof(Messages.Yaml_TooManyDecimals), what, number.Value.ToString(CultureInfo.InvariantCulture), Points.Decimals);
            return null;
        }

        return points;
    }

    public int? Integer(YamlNode node, LocalizedText what)
    {
        var number = Number(node, what);
        if (number is null)
        {
            return null;
        }

        if (number.Value != decimal.Truncate(number.Value) || number.Value > int.MaxValue || number.Value < int.MinValue)
        {
            Error(node, nameof(Messages.Yaml_NotWholeNumber), what, ((YamlScalarNode)node).Value);
            return null;
        }

        return (int)number.Value;
    }

    public TEnum? Enum<TEnum>(YamlNode node, LocalizedText what, IReadOnlyDictionary<string, TEnum> names)
        where TEnum : struct
    {
        var text = Text(node, what);
        if (text is null)
        {
            return null;
        }

        if (names.TryGetValue(text.Trim(), out var value))
        {
            return value;
        }

        Error(node, nameof(Messages.Yaml_NotOneOf), what, string.Join(", ", names.Keys), text);
        return null;
    }

    internal static bool TryParseNumber(string text, out decimal value) =>
        decimal.TryParse(text.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    internal static SourceLocation At(string source, Mark mark) => new(source, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    /// <summary>A count with thousands separators, the same in every culture: "4,194,304".</summary>
    internal static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static object Describe(YamlNode node) => node switch
    {
        YamlMappingNode => LocalizedText.Of(nameof(Messages.Yaml_AMapping)),
        YamlSequenceNode => LocalizedText.Of(nameof(Messages.Yaml_AList)),
        YamlScalarNode { Value: var v } => LocalizedText.Quoted(v ?? ""),
        _ => LocalizedText.Of(nameof(Messages.Yaml_This)),
    };
}
