using System;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using ParIndex.Criteria;

namespace ParIndex.Reporting;

/// <summary>
/// What every JSON document this library writes shares (docs/output-format.md): UTF-8 without a byte order
/// mark, indented, snake_case names, text written as text (Vietnamese is not \u-escaped), a
/// <c>schema_version</c> and <c>kind</c> first, and numbers formatted here only: points and indices with
/// exactly the set's precision, statistics to 6 decimals, undefined values as <c>null</c>.
/// </summary>
internal static class JsonOutput
{
    /// <summary>The version of the shapes in docs/output-format.md; raised when a field changes meaning or is removed.</summary>
    public const int SchemaVersion = 1;

    // UnsafeRelaxedJsonEscaping still escapes control characters, quotes and backslashes (the output stays valid
    // JSON); it leaves non-ASCII letters and HTML-sensitive characters as they are. These documents are files, not
    // HTML, so "<" needs no escaping, and "Một" must read as "Một" to a person opening the file.
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A writer over <paramref name="stream"/>; disposing it flushes but leaves the stream open.</summary>
    public static Utf8JsonWriter Create(Stream stream)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        return new Utf8JsonWriter(stream, Options);
    }

    /// <summary>Opens the document: <c>schema_version</c>, <c>kind</c> and the <c>criteria_set</c> object.</summary>
    public static void Start(Utf8JsonWriter json, string kind, CriteriaSet set)
    {
        json.WriteStartObject();
        json.WriteNumber("schema_version", SchemaVersion);
        json.WriteString("kind", kind);
        json.WriteStartObject("criteria_set");
        json.WriteString("id", set.Id);
        json.WriteString("name", set.Name);
        json.WriteNumber("max_points", Fixed(set.MaxPoints, set.Precision));
        json.WriteNumber("precision", set.Precision);
        json.WriteEndObject();
    }

    /// <summary>Points rounded half away from zero to <paramref name="precision"/> and printed with exactly that many decimals.</summary>
    public static decimal Fixed(Points points, int precision) => Figures.Round(points, precision);

    /// <summary>
    /// A value rounded half away from zero to <paramref name="precision"/> decimals, carrying exactly that many
    /// (93.1 → 93.10): Utf8JsonWriter prints a decimal's own scale, so every number prints alike.
    /// </summary>
    public static decimal Fixed(decimal value, int precision) => Figures.Round(value, precision);

    public static void Fixed(Utf8JsonWriter json, string name, Points points, int precision) => json.WriteNumber(name, Fixed(points, precision));

    public static void Fixed(Utf8JsonWriter json, string name, decimal value, int precision) => json.WriteNumber(name, Fixed(value, precision));

    /// <summary>A value at the set's precision, or <c>null</c>.</summary>
    public static void FixedOrNull(Utf8JsonWriter json, string name, decimal? value, int precision)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, Fixed(v, precision));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    /// <summary>Points at the set's precision, or <c>null</c>.</summary>
    public static void FixedOrNull(Utf8JsonWriter json, string name, Points? value, int precision)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, Fixed(v, precision));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    /// <summary>A statistic (a mean rank, a share, a correlation) rounded to 6 decimals, or <c>null</c> when undefined (NaN, infinite).</summary>
    public static void Statistic(Utf8JsonWriter json, string name, double? value)
    {
        if (value is not { } v || double.IsNaN(v) || double.IsInfinity(v))
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteNumber(name, Math.Round((decimal)v, 6, MidpointRounding.AwayFromZero));
        }
    }

    public static void StringOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    public static void IntOrNull(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    public static void Strings(Utf8JsonWriter json, string name, System.Collections.Generic.IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values)
        {
            json.WriteStringValue(v);
        }

        json.WriteEndArray();
    }
}
