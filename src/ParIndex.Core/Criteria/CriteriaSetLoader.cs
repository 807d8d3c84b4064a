using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using ParIndex.IO;
using ParIndex.Internal.Yaml;
using ParIndex.Resources;
using YamlDotNet.RepresentationModel;
using ParIndex.Internal;

namespace ParIndex.Criteria;

/// <summary>
/// Loads criteria sets from YAML (see docs/criteria-format.md) and from the sets shipped inside the
/// library. Every problem in a file is reported at once, each as <c>file:line:column: message</c>,
/// in a single <see cref="ParIndexException"/>; nothing else is thrown for bad input.
/// </summary>
public static class CriteriaSetLoader
{
    // A property, not a public const: a const (or a default parameter value) would be compiled into
    // applications, which would keep loading the old default after a library update changed it.
    private const string DefaultId = "district-hatinh-52-2019";
    private const string ResourcePrefix = "ParIndex.Criteria.Shipped.";
    private const int MaxYamlEvents = 1_000_000;

    /// <summary>The ids of the criteria sets shipped inside the library, sorted.</summary>
    public static IReadOnlyList<string> ShippedIds { get; } = typeof(CriteriaSetLoader).Assembly
        .GetManifestResourceNames()
        .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal))
        .Select(n => n.Substring(ResourcePrefix.Length, n.Length - ResourcePrefix.Length - ".yaml".Length))
        .OrderBy(n => n, StringComparer.Ordinal)
        .ToArray();

    /// <summary>Loads a criteria set from a YAML file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Limits; <see cref="CriteriaLoadOptions.Default"/> when omitted.</param>
    /// <exception cref="ParIndexException">The file cannot be read or has problems; all are listed.</exception>
    public static CriteriaSet Load(string path, CriteriaLoadOptions? options = null)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        options ??= CriteriaLoadOptions.Default;
        return Build(YamlInput.Load(path, options.MaxFileBytes, MaxYamlEvents, MaxNesting(options), "CriteriaLoadOptions.MaxFileBytes", InputKind.Criteria), options);
    }

    /// <summary>Loads a criteria set from a stream of UTF-8 YAML (an upload, a resource), read to its end.</summary>
    /// <param name="stream">The YAML bytes; read to the end, not closed; need not be seekable.</param>
    /// <param name="sourceName">The name used in diagnostics in place of a file path.</param>
    /// <param name="options">Limits (the most bytes read, among others); <see cref="CriteriaLoadOptions.Default"/> when omitted.</param>
    /// <exception cref="ParIndexException">The stream is over the limit, is not UTF-8 or has problems; all are listed.</exception>
    public static CriteriaSet Load(Stream stream, string sourceName, CriteriaLoadOptions? options = null)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        if (sourceName is null)
        {
            throw new ArgumentNullException(nameof(sourceName));
        }

        options ??= CriteriaLoadOptions.Default;
        return Build(YamlInput.Read(stream, sourceName, options.MaxFileBytes, MaxYamlEvents, MaxNesting(options), "CriteriaLoadOptions.MaxFileBytes", InputKind.Criteria), options);
    }

    /// <summary>Parses a criteria set from YAML text.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="sourceName">The name used in diagnostics in place of a file path.</param>
    /// <param name="options">Limits; <see cref="CriteriaLoadOptions.Default"/> when omitted.</param>
    /// <exception cref="ParIndexException">The text has problems; all are listed.</exception>
    public static CriteriaSet Parse(string yaml, string sourceName = "<criteria>", CriteriaLoadOptions? options = null)
    {
        if (yaml is null)
        {
            throw new ArgumentNullException(nameof(yaml));
        }

        options ??= CriteriaLoadOptions.Default;
        return Build(YamlInput.Parse(yaml, sourceName, options.MaxFileBytes, MaxYamlEvents, MaxNesting(options), InputKind.Criteria), options);
    }

    /// <summary>The id of the shipped set used when none is given.</summary>
    public static string DefaultShippedId => DefaultId;

    /// <summary>Loads the default shipped criteria set (<see cref="DefaultShippedId"/>).</summary>
    public static CriteriaSet LoadShipped() => LoadShipped(DefaultId);

    /// <summary>Loads one of the criteria sets shipped inside the library.</summary>
    /// <param name="id">The set's id; see <see cref="ShippedIds"/>.</param>
    /// <exception cref="ParIndexException">No shipped set has that id.</exception>
    public static CriteriaSet LoadShipped(string id)
    {
        if (id is null)
        {
            throw new ArgumentNullException(nameof(id));
        }

        using var stream = typeof(CriteriaSetLoader).Assembly.GetManifestResourceStream(ResourcePrefix + id + ".yaml")
            ?? throw new ParIndexException(null, LocalizedText.Of(nameof(Messages.Criteria_NoShippedId), id, string.Join(", ", ShippedIds), LocalizedText.DidYouMean(id, ShippedIds)));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd(), "shipped:" + id);
    }

    /// <summary>Loads a file when <paramref name="pathOrId"/> names one, otherwise the shipped set with that id.</summary>
    /// <param name="pathOrId">A file path, a shipped id, or <see langword="null"/> for the default shipped set.</param>
    public static CriteriaSet LoadFileOrShipped(string? pathOrId) => LoadFileOrShipped(pathOrId, null);

    /// <summary>Loads a file (with the given limits) when <paramref name="pathOrId"/> names one, otherwise the shipped set with that id.</summary>
    /// <param name="pathOrId">A file path, a shipped id, or <see langword="null"/> for the default shipped set.</param>
    /// <param name="options">Limits for a file; <see cref="CriteriaLoadOptions.Default"/> when <see langword="null"/>.</param>
    public static CriteriaSet LoadFileOrShipped(string? pathOrId, CriteriaLoadOptions? options)
    {
        if (pathOrId is null)
        {
            return LoadShipped();
        }

        if (!File.Exists(pathOrId) && !Directory.Exists(pathOrId) && !ShippedIds.Contains(pathOrId, StringComparer.Ordinal) && LooksLikeId(pathOrId))
        {
            // "commune-2025" mistyped: name the shipped ids, not only "file not found".
            throw new ParIndexException(null, Internal.LocalizedText.Of(
                nameof(Resources.Messages.Criteria_NotFileNorShippedId), pathOrId, string.Join(", ", ShippedIds), Internal.LocalizedText.DidYouMean(pathOrId, ShippedIds)));
        }

        if (File.Exists(pathOrId) || !ShippedIds.Contains(pathOrId, StringComparer.Ordinal))
        {
            return Load(pathOrId, options);
        }

        return LoadShipped(pathOrId);
    }

    /// <summary>Whether a name that is no file could be meant as a shipped id: no folder in it and no YAML extension.</summary>
    private static bool LooksLikeId(string text) =>
        text.IndexOfAny(new[] { '/', '\\' }) < 0
        && !text.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) && !text.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The YAML nesting allowed: each tree level takes two (a node's mapping and its 'children' list), plus room
    /// for the set, a rule and its tiers, so that a tree too deep is reported as such; capped to keep the stack safe.
    /// </summary>
    private static int MaxNesting(CriteriaLoadOptions options) => (int)Math.Min(1000, Math.Max(YamlInput.DefaultMaxNesting, (2L * options.MaxDepth) + 16));

    private static CriteriaSet Build(YamlInput doc, CriteriaLoadOptions options)
    {
        if (doc.Root is null)
        {
            throw new ParIndexException(doc.Diagnostics);
        }

        var set = Build(doc, doc.Root, options);
        if (doc.HasErrors || set is null)
        {
            throw new ParIndexException(doc.Diagnostics.OrderBy(d => d.Location?.Line ?? 0).ThenBy(d => d.Location?.Column ?? 0));
        }

        return set;
    }

    /// <summary>Reads the settings, then the tree, then the tie-breakers (they name nodes), then resolves maxima and rules.</summary>
    private static CriteriaSet? Build(YamlInput doc, YamlNode root, CriteriaLoadOptions options)
    {
        var mapping = doc.AsMapping(root, LocalizedText.Of(nameof(Messages.What_ACriteriaSet)));
        if (mapping is null)
        {
            return null;
        }

        var e = doc.Entries(mapping, LocalizedText.Of(nameof(Messages.What_TheCriteriaSet)), SetSettingsReader.Keys);
        var settings = new CriteriaSetSettings { Source = doc.Source };
        var settingsReader = new SetSettingsReader(doc);
        if (!settingsReader.TryRead(mapping, e, settings, out var setMax, out var setMaxNode))
        {
            return null;
        }

        var tree = new NodeTreeReader(doc, options);
        var areaDrafts = tree.ReadAreas(mapping, e);
        if (e.TryGetValue("tie_breakers", out var tieBreakers))
        {
            settings.TieBreakers = settingsReader.ReadTieBreakers(tieBreakers.Value, tree.Codes, settings.Id);
        }

        if (doc.HasErrors)
        {
            return null;
        }

        var areaNodes = new MaximaResolver(doc).ResolveAreas(areaDrafts, setMax!.Value, setMaxNode!);
        if (doc.HasErrors)
        {
            return null;
        }

        return new CriteriaSet(settings, areaNodes);
    }

    /// <summary>Text in Unicode NFC, so that names typed on different keyboards compare equal.</summary>
    internal static string? Nfc(string? text) => text?.Normalize(NormalizationForm.FormC);
}
