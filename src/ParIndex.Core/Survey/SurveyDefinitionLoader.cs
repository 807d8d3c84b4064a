using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using ParIndex.Criteria;
using ParIndex.IO;
using ParIndex.Internal;
using ParIndex.Internal.Yaml;
using YamlDotNet.RepresentationModel;

namespace ParIndex.Survey;

/// <summary>
/// Loads survey definitions from YAML (docs/survey.md) and from the definitions shipped inside the library.
/// Every problem is reported at once, each as <c>file:line:column: message</c>, in one
/// <see cref="ParIndexException"/>. Given the criteria set, the definition is also checked against it: every
/// question must feed a survey criterion of the set, and every survey criterion must have a question.
/// </summary>
public static class SurveyDefinitionLoader
{
    /// <summary>The newest survey definition format version this library reads.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>The largest definition file read by default, in bytes (4 MiB, as for criteria sets); the overloads with <c>maxFileBytes</c> (command line: <c>--limit bytes=N</c>) change it.</summary>
    public const long MaxFileBytes = 4 * 1024 * 1024;

    private const int MaxYamlEvents = 1_000_000;
    private const string ResourcePrefix = "ParIndex.Survey.Shipped.";


    /// <summary>The ids of the survey definitions shipped inside the library, sorted (each named after its criteria set).</summary>
    public static IReadOnlyList<string> ShippedIds { get; } = typeof(SurveyDefinitionLoader).Assembly
        .GetManifestResourceNames()
        .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal))
        .Select(n => n.Substring(ResourcePrefix.Length, n.Length - ResourcePrefix.Length - ".yaml".Length))
        .OrderBy(n => n, StringComparer.Ordinal)
        .ToArray();

    /// <summary>Loads a definition from a YAML file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="criteriaSet">When given, the definition is also checked against this set.</param>
    /// <exception cref="ParIndexException">The file cannot be read or has problems; all are listed.</exception>
    public static SurveyDefinition Load(string path, CriteriaSet? criteriaSet = null) => Load(path, criteriaSet, MaxFileBytes);

    /// <summary>Loads a definition from a YAML file of at most <paramref name="maxFileBytes"/> bytes.</summary>
    /// <param name="path">The file.</param>
    /// <param name="criteriaSet">When given, the definition is also checked against this set.</param>
    /// <param name="maxFileBytes">The most bytes read (default <see cref="MaxFileBytes"/>; command line: <c>--limit bytes=N</c>).</param>
    /// <exception cref="ParIndexException">The file cannot be read, is too large or has problems; all are listed.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxFileBytes"/> is below 1.</exception>
    public static SurveyDefinition Load(string path, CriteriaSet? criteriaSet, long maxFileBytes)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        return Build(YamlInput.Load(path, Positive(maxFileBytes), MaxYamlEvents, YamlInput.DefaultMaxNesting, "SurveyDefinitionLoader.Load(path, set, maxFileBytes)", InputKind.SurveyDefinition), criteriaSet);
    }

    /// <summary>Reads a definition from a stream of UTF-8 YAML (an upload, say).</summary>
    /// <param name="stream">The YAML bytes; read to the end, not closed.</param>
    /// <param name="sourceName">The name used in diagnostics in place of a file path.</param>
    /// <param name="criteriaSet">When given, the definition is also checked against this set.</param>
    /// <exception cref="ParIndexException">The stream is too large or has problems; all are listed.</exception>
    public static SurveyDefinition Load(Stream stream, string sourceName, CriteriaSet? criteriaSet = null) => Load(stream, sourceName, criteriaSet, MaxFileBytes);

    /// <summary>Reads a definition from a stream of UTF-8 YAML (an upload, say) of at most <paramref name="maxFileBytes"/> bytes.</summary>
    /// <param name="stream">The YAML bytes; read to the end, not closed.</param>
    /// <param name="sourceName">The name used in diagnostics in place of a file path.</param>
    /// <param name="criteriaSet">When given, the definition is also checked against this set.</param>
    /// <param name="maxFileBytes">The most bytes read (default <see cref="MaxFileBytes"/>).</param>
    /// <exception cref="ParIndexException">The stream is too large or has problems; all are listed.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxFileBytes"/> is below 1.</exception>
    public static SurveyDefinition Load(Stream stream, string sourceName, CriteriaSet? criteriaSet, long maxFileBytes)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        if (sourceName is null)
        {
            throw new ArgumentNullException(nameof(sourceName));
        }

        return Build(YamlInput.Read(stream, sourceName, Positive(maxFileBytes), MaxYamlEvents, YamlInput.DefaultMaxNesting, "SurveyDefinitionLoader.Load(stream, name, set, maxFileBytes)", InputKind.SurveyDefinition), criteriaSet);
    }

    /// <summary>Parses a definition from YAML text.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="sourceName">The name used in diagnostics in place of a file path.</param>
    /// <param name="criteriaSet">When given, the definition is also checked against this set.</param>
    /// <exception cref="ParIndexException">The text has problems; all are listed.</exception>
    public static SurveyDefinition Parse(string yaml, string sourceName = "<survey>", CriteriaSet? criteriaSet = null)
    {
        if (yaml is null)
        {
            throw new ArgumentNullException(nameof(yaml));
        }

        return Build(YamlInput.Parse(yaml, sourceName ?? throw new ArgumentNullException(nameof(sourceName)), MaxFileBytes, MaxYamlEvents, YamlInput.DefaultMaxNesting, InputKind.SurveyDefinition), criteriaSet);
    }

    /// <summary>Loads a definition shipped inside the library.</summary>
    /// <param name="id">The id; see <see cref="ShippedIds"/>.</param>
    /// <param name="criteriaSet">When given, the definition is also checked against this set.</param>
    /// <exception cref="ParIndexException">No shipped definition has that id.</exception>
    public static SurveyDefinition LoadShipped(string id, CriteriaSet? criteriaSet = null)
    {
        if (id is null)
        {
            throw new ArgumentNullException(nameof(id));
        }

        using var stream = typeof(SurveyDefinitionLoader).Assembly.GetManifestResourceStream(ResourcePrefix + id + ".yaml")
            ?? throw new ParIndexException(null, SurveyMessage.Of(nameof(SurveyText.DefinitionNotShipped), id, string.Join(", ", ShippedIds)));
        return Load(stream, "shipped:" + id, criteriaSet);
    }

    /// <summary>Loads a file when <paramref name="pathOrId"/> names one, otherwise the shipped definition with that id.</summary>
    /// <param name="pathOrId">A file path or a shipped id.</param>
    /// <param name="criteriaSet">When given, the definition is also checked against this set.</param>
    public static SurveyDefinition LoadFileOrShipped(string pathOrId, CriteriaSet? criteriaSet = null) => LoadFileOrShipped(pathOrId, criteriaSet, MaxFileBytes);

    /// <summary>Loads a file of at most <paramref name="maxFileBytes"/> bytes when <paramref name="pathOrId"/> names one, otherwise the shipped definition with that id.</summary>
    /// <param name="pathOrId">A file path or a shipped id.</param>
    /// <param name="criteriaSet">When given, the definition is also checked against this set.</param>
    /// <param name="maxFileBytes">The most bytes read from a file (default <see cref="MaxFileBytes"/>; command line: <c>--limit bytes=N</c>).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxFileBytes"/> is below 1.</exception>
    public static SurveyDefinition LoadFileOrShipped(string pathOrId, CriteriaSet? criteriaSet, long maxFileBytes)
    {
        if (pathOrId is null)
        {
            throw new ArgumentNullException(nameof(pathOrId));
        }

        return File.Exists(pathOrId) || !ShippedIds.Contains(pathOrId, StringComparer.Ordinal) ? Load(pathOrId, criteriaSet, maxFileBytes) : LoadShipped(pathOrId, criteriaSet);
    }

    private static long Positive(long maxFileBytes) =>
        maxFileBytes >= 1 ? maxFileBytes : throw new ArgumentOutOfRangeException(nameof(maxFileBytes), "The byte limit must be 1 or more.");

    private static SurveyDefinition Build(YamlInput doc, CriteriaSet? set)
    {
        if (doc.Root is null)
        {
            throw new ParIndexException(doc.Diagnostics);
        }

        var definition = new SurveyDefinitionReader(doc, set).Read(doc.Root);
        if (doc.HasErrors || definition is null)
        {
            throw new ParIndexException(doc.Diagnostics.OrderBy(d => d.Location?.Line ?? 0).ThenBy(d => d.Location?.Column ?? 0));
        }

        return definition;
    }
}
