using System.Globalization;
using System.Resources;

namespace ParIndex.WebSample;

/// <summary>The app's own texts (Resources/Messages.resx, Messages.vi.resx) in the request's language.</summary>
internal static class Messages
{
    private static readonly ResourceManager Resources = new("ParIndex.WebSample.Resources.Messages", typeof(Messages).Assembly);

    public static string Get(string name) => Resources.GetString(name, CultureInfo.CurrentUICulture) ?? name;

    public static string Format(string name, params object[] args) => string.Format(CultureInfo.InvariantCulture, Get(name), args);
}
