using System.Globalization;
using System.Resources;

namespace ParIndex.Survey;

/// <summary>
/// The survey feature's user-facing texts (SurveyText.resx: English; SurveyText.vi.resx: Vietnamese), looked up
/// through <see cref="CultureInfo.CurrentUICulture"/>. Arguments are formatted invariantly, so numbers in a
/// message never follow the machine's regional settings.
/// </summary>
internal static class SurveyText
{
    private static readonly ResourceManager Manager = new("ParIndex.Survey.SurveyText", typeof(SurveyText).Assembly);

    public static string Get(string name) => Manager.GetString(name, CultureInfo.CurrentUICulture) ?? name;

    public static string Format(string name, params object[] args) => string.Format(CultureInfo.InvariantCulture, Get(name), args);
}
