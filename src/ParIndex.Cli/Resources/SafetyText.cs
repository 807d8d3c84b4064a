using System.Globalization;
using System.Resources;

namespace ParIndex.Cli.Resources;

/// <summary>
/// The CLI's messages about output files, option values and the working folder, in the interface language
/// (<see cref="CultureInfo.CurrentUICulture"/>): English by default, Vietnamese for vi. Numbers in them are
/// formatted the same in every language.
/// </summary>
internal static class SafetyText
{
    /// <summary>The resources, by name; docs/errors.md is generated from them.</summary>
    internal static readonly ResourceManager Manager = new("ParIndex.Cli.Resources.SafetyMessages", typeof(SafetyText).Assembly);

    /// <summary>The message <paramref name="name"/> with its arguments filled in.</summary>
    public static string Format(string name, params object?[] args)
    {
        var template = Manager.GetString(name, CultureInfo.CurrentUICulture)
            ?? throw new System.InvalidOperationException("missing message resource " + name);
        return args.Length == 0 ? template : string.Format(CultureInfo.InvariantCulture, template, args);
    }
}
