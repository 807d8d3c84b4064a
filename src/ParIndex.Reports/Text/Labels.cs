using System;
using System.Globalization;
using System.Resources;

namespace ParIndex.Reports.Text;

/// <summary>The reports' labels in one language, from Resources/Labels.resx (English) and Labels.vi.resx (Vietnamese).</summary>
internal sealed class Labels
{
    private static readonly ResourceManager Resources = new("ParIndex.Reports.Resources.Labels", typeof(Labels).Assembly);

    public Labels(CultureInfo culture)
    {
        Culture = culture;
        IsVietnamese = string.Equals(culture.TwoLetterISOLanguageName, "vi", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The culture the labels were asked for (neutral English when it has no resources).</summary>
    public CultureInfo Culture { get; }

    /// <summary>Whether the labels are Vietnamese.</summary>
    public bool IsVietnamese { get; }

    /// <summary>The language tag for the document: "vi" or "en".</summary>
    public string LanguageTag => IsVietnamese ? "vi" : "en";

    /// <summary>A label; a missing key is a bug in this library, not bad input.</summary>
    public string this[string key] => Resources.GetString(key, Culture) ?? throw new InvalidOperationException($"Missing report label '{key}'.");

    /// <summary>A date: 01/12/2026 in Vietnamese, 2026-12-01 in English.</summary>
    public string Date(DateTime date) => date.ToString(IsVietnamese ? "dd/MM/yyyy" : "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A label with placeholders filled in (already formatted values; the format culture does not matter).</summary>
    public string Format(string key, params object[] values) => string.Format(CultureInfo.InvariantCulture, this[key], values);
}
