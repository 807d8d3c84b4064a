using System.Globalization;
using ParIndex.Resources;

namespace ParIndex.Internal;

/// <summary>
/// A message of ParIndex.Core kept as a resource key and its arguments, rendered in an interface language only when
/// shown: a diagnostic made on one thread reads in the language of whoever prints it (see docs/language.md).
/// </summary>
/// <remarks>
/// Arguments are formatted with the invariant culture: they cite codes, file values and numbers as they are written in the
/// input files (a decimal point), whatever the interface language.
/// </remarks>
internal sealed class LocalizedText
{
    private readonly System.Resources.ResourceManager resources;
    private readonly string key;
    private readonly object?[] args;

    private LocalizedText(System.Resources.ResourceManager resources, string key, object?[] args)
    {
        this.resources = resources;
        this.key = key;
        this.args = args;
    }

    /// <summary>The text of resource <paramref name="key"/> (use <c>nameof(Messages.X)</c>) with its placeholders filled.</summary>
    public static LocalizedText Of(string key, params object?[] args) => new(Messages.ResourceManager, key, args);

    /// <summary>The text of resource <paramref name="key"/> of another .resx of this library (a feature's own texts, e.g. <c>SurveyText</c>).</summary>
    public static LocalizedText Of(System.Resources.ResourceManager resources, string key, params object?[] args) => new(resources, key, args);

    /// <summary>The text in <paramref name="culture"/>'s language (the current UI culture when <see langword="null"/>); English when that language has no translation.</summary>
    public string Render(CultureInfo? culture = null)
    {
        var template = resources.GetString(key, culture ?? CultureInfo.CurrentUICulture) ?? key;
        return args.Length == 0 ? template : string.Format(CultureInfo.InvariantCulture, template, args);
    }

    /// <summary>The text in the current UI culture's language.</summary>
    public override string ToString() => Render();
}
