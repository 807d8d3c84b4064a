using ParIndex.Internal;

namespace ParIndex.Survey;

/// <summary>Survey diagnostics kept as a key of SurveyText.resx (English; SurveyText.vi.resx: Vietnamese), rendered in the reader's language.</summary>
internal static class SurveyMessage
{
    public static LocalizedText Of(string key, params object?[] args) => LocalizedText.Of(SurveyText.ResourceManager, key, args);
}
