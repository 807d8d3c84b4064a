using System;
using System.Globalization;
using ParIndex.Internal;

namespace ParIndex;

/// <summary>One problem found in an input: where it is and what is wrong.</summary>
/// <remarks>
/// The messages of ParIndex.Core exist in English and Vietnamese. <see cref="Message"/> and <see cref="ToString()"/> read
/// in the language of <see cref="CultureInfo.CurrentUICulture"/> at the time they are read (Vietnamese for <c>vi</c> and
/// <c>vi-VN</c>, English otherwise); <see cref="GetMessage(CultureInfo)"/> and <see cref="ToString(CultureInfo)"/> choose
/// the language explicitly. The location never depends on the language.
/// </remarks>
public sealed class Diagnostic
{
    private readonly string? message;
    private readonly LocalizedText? text;

    /// <summary>Creates a diagnostic.</summary>
    /// <param name="location">Where the problem is, or <see langword="null"/> for inputs built in memory.</param>
    /// <param name="message">What is wrong, as one sentence without a trailing period.</param>
    public Diagnostic(SourceLocation? location, string message)
    {
        Location = location;
        this.message = message ?? throw new ArgumentNullException(nameof(message));
    }

    internal Diagnostic(SourceLocation? location, LocalizedText text)
    {
        Location = location;
        this.text = text;
    }

    /// <summary>Where the problem is; <see langword="null"/> when the input was built in memory.</summary>
    public SourceLocation? Location { get; }

    /// <summary>What is wrong, in the language of the current UI culture.</summary>
    public string Message => GetMessage(CultureInfo.CurrentUICulture);

    /// <summary>What is wrong, in the language of <paramref name="culture"/> (English when ParIndex has no translation for it).</summary>
    /// <param name="culture">The interface language, e.g. <c>CultureInfo.GetCultureInfo("vi")</c>.</param>
    public string GetMessage(CultureInfo culture)
    {
        if (culture is null)
        {
            throw new ArgumentNullException(nameof(culture));
        }

        return message ?? text!.Render(culture);
    }

    /// <summary>"file:line:column: message", or the message alone when there is no location; in the current UI culture's language.</summary>
    public override string ToString() => ToString(CultureInfo.CurrentUICulture);

    /// <summary>"file:line:column: message", or the message alone when there is no location; in <paramref name="culture"/>'s language.</summary>
    /// <param name="culture">The interface language of the message.</param>
    public string ToString(CultureInfo culture) => Location is null ? GetMessage(culture) : $"{Location}: {GetMessage(culture)}";
}
