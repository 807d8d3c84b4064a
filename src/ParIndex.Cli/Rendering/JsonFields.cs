using System;
using System.IO;
using System.Text.Json;

namespace ParIndex.Cli.Rendering;

/// <summary>Small helpers for the JSON outputs still written in the CLI (the survey command; to move to ParIndex.Reporting, see docs/output-format.md).</summary>
internal static class JsonFields
{
    /// <summary>Writes an indented JSON document built by <paramref name="write"/> to a text writer, followed by a newline.</summary>
    public static void Write(TextWriter writer, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            write(json);
        }

        writer.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
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

    /// <summary>A statistic rounded to 6 decimals (stable text), or null when undefined (NaN).</summary>
    public static void NumberOrNull(Utf8JsonWriter json, string name, double? value)
    {
        if (value is not { } v || double.IsNaN(v) || double.IsInfinity(v))
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteNumber(name, Math.Round((decimal)v, 6));
        }
    }
}
