using System.Globalization;
using System.Resources;

namespace ParIndex.Excel.Internal;

/// <summary>
/// The package's own texts (messages, workbook labels) from Resources/Strings.resx (English) and
/// Strings.vi.resx (Vietnamese), chosen by <see cref="CultureInfo.CurrentUICulture"/>. Arguments are
/// formatted by the caller: numbers in messages never follow the machine's culture.
/// </summary>
internal static class Text
{
    private static readonly ResourceManager Resources = new("ParIndex.Excel.Resources.Strings", typeof(Text).Assembly);

    public static string Get(string name) => Resources.GetString(name, CultureInfo.CurrentUICulture) ?? name;

    public static string Format(string name, params object[] args) => string.Format(CultureInfo.InvariantCulture, Get(name), args);

    /// <summary>A count as the messages show it: 1,048,576.</summary>
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
