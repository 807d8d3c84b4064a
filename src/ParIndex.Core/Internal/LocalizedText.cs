using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ParIndex.Resources;

namespace ParIndex.Internal;

/// <summary>
/// A message of ParIndex.Core kept as a resource key and its arguments, rendered in an interface language only when
/// shown: a diagnostic made on one thread reads in the language of whoever prints it (see docs/language.md).
/// </summary>
/// <remarks>
/// Arguments are formatted with the invariant culture: they cite codes, file values and numbers as they are written in the
/// input files (a decimal point), whatever the interface language. An argument that is itself a <see cref="LocalizedText"/>
/// is rendered in the same language.
/// </remarks>
internal sealed class LocalizedText
{
    private readonly System.Resources.ResourceManager resources;
    private readonly string key;
    private readonly object?[] args;
    private readonly string? verbatim;

    private LocalizedText(System.Resources.ResourceManager resources, string key, object?[] args, string? verbatim = null)
    {
        this.resources = resources;
        this.key = key;
        this.args = args;
        this.verbatim = verbatim;
    }

    /// <summary>No text.</summary>
    public static LocalizedText Empty { get; } = new(Messages.ResourceManager, "", Array.Empty<object?>());

    /// <summary>The text of resource <paramref name="key"/> (use <c>nameof(Messages.X)</c>) with its placeholders filled.</summary>
    public static LocalizedText Of(string key, params object?[] args) => new(Messages.ResourceManager, key, args);

    /// <summary>The text of resource <paramref name="key"/> of another .resx of this library (a feature's own texts, e.g. <c>SurveyText</c>).</summary>
    public static LocalizedText Of(System.Resources.ResourceManager resources, string key, params object?[] args) => new(resources, key, args);

    /// <summary>Text that reads the same in every language: a quoted code or a value as written in a file.</summary>
    public static LocalizedText Verbatim(string text) => new(Messages.ResourceManager, "", Array.Empty<object?>(), text ?? throw new ArgumentNullException(nameof(text)));

    /// <summary>A code or name in single quotes, the same in every language: <c>'1.2'</c>.</summary>
    public static LocalizedText Quoted(string code) => Verbatim("'" + code + "'");

    /// <summary>"; did you mean 'X'?" when some of <paramref name="candidates"/> are close to <paramref name="input"/>, else nothing.</summary>
    public static LocalizedText DidYouMean(string input, IEnumerable<string> candidates)
    {
        var closest = Suggestions.Closest(input, candidates);
        return closest.Count == 0 ? Empty : Of(nameof(Messages.Suggest_DidYouMean), new Joined(closest.Select(c => "'" + c + "'").ToArray()));
    }

    /// <summary>The text in <paramref name="culture"/>'s language (the current UI culture when <see langword="null"/>); English when that language has no translation.</summary>
    public string Render(CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentUICulture;
        if (key.Length == 0)
        {
            return verbatim ?? "";
        }

        // Safety.resx holds the messages about read limits, unreadable inputs and invisible characters (docs/errors.md).
        var template = resources.GetString(key, culture) ?? Safety.ResourceManager.GetString(key, culture) ?? key;
        if (args.Length == 0)
        {
            return template;
        }

        // A part that is itself a message (a reason inside "unit 'X': …") reads in the same language.
        var parts = new object?[args.Length];
        for (var i = 0; i < args.Length; i++)
        {
            parts[i] = args[i] switch
            {
                LocalizedText text => text.Render(culture),
                Joined joined => string.Join(Messages.ResourceManager.GetString(nameof(Messages.Suggest_Or), culture), joined.Items),
                var other => other,
            };
        }

        return string.Format(CultureInfo.InvariantCulture, template, parts);
    }

    /// <summary>The text in the current UI culture's language.</summary>
    public override string ToString() => Render();

    /// <summary>Alternatives joined with the language's "or".</summary>
    private sealed class Joined
    {
        public Joined(string[] items) => Items = items;

        public string[] Items { get; }
    }
}
