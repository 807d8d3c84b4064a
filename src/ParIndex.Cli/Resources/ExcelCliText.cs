using System.Globalization;
using System.Resources;

namespace ParIndex.Cli.Resources;

/// <summary>The command line's texts for workbooks (options, messages) from ExcelCli.resx / ExcelCli.vi.resx, chosen by the UI culture.</summary>
internal static class ExcelCliText
{
    private static readonly ResourceManager Resources = new("ParIndex.Cli.Resources.ExcelCli", typeof(ExcelCliText).Assembly);

    public static string Get(string name) => Resources.GetString(name, CultureInfo.CurrentUICulture) ?? name;

    public static string Format(string name, params object[] args) => string.Format(CultureInfo.InvariantCulture, Get(name), args);
}
