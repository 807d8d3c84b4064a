using System;

namespace ParIndex;

/// <summary>One problem found in an input: where it is and what is wrong.</summary>
public sealed class Diagnostic
{
    /// <summary>Creates a diagnostic.</summary>
    /// <param name="location">Where the problem is, or <see langword="null"/> for inputs built in memory.</param>
    /// <param name="message">What is wrong, as one sentence without a trailing period.</param>
    public Diagnostic(SourceLocation? location, string message)
    {
        Location = location;
        Message = message ?? throw new ArgumentNullException(nameof(message));
    }

    /// <summary>Where the problem is; <see langword="null"/> when the input was built in memory.</summary>
    public SourceLocation? Location { get; }

    /// <summary>What is wrong.</summary>
    public string Message { get; }

    /// <summary>"file:line:column: message", or the message alone when there is no location.</summary>
    public override string ToString() => Location is null ? Message : $"{Location}: {Message}";
}
