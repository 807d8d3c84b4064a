using System.Globalization;
using System.Resources;

namespace ParIndex.Cli.Commands;

/// <summary>The survey commands' texts (SurveyCliText.resx: English; SurveyCliText.vi.resx: Vietnamese), through <see cref="CultureInfo.CurrentUICulture"/>; arguments formatted invariantly.</summary>
internal static class SurveyCliText
{
    private static readonly ResourceManager Manager = new("ParIndex.Cli.Commands.SurveyCliText", typeof(SurveyCliText).Assembly);

    public static string Get(string name) => Manager.GetString(name, CultureInfo.CurrentUICulture) ?? name;

    public static string Format(string name, params object[] args) => string.Format(CultureInfo.InvariantCulture, Get(name), args);
}
