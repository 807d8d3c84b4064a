using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ParIndex.Internal;
using ParIndex.Scenarios;
using ParIndex.Resources;

namespace ParIndex.IO;

/// <summary>
/// Reads explicit weight samples (<see cref="WeightSamples"/>) from CSV: a header of node codes (an optional first
/// column <c>run</c> is ignored), one row per run; numbers as every other input reads them, plus the exponent form.
/// </summary>
public static class WeightSamplesReader
{
    /// <summary>Reads samples from CSV: a header of node codes (an optional first column <c>run</c> is ignored), one row per run.</summary>
    /// <param name="path">The CSV file.</param>
    /// <exception cref="ParIndexException">The file cannot be read or has problems; all are listed.</exception>
    public static WeightSamples Load(string path) => Load(path, null);

    /// <summary>Reads samples from CSV with the given read limits.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="limits">The limits (bytes, cell length, rows, columns); <see cref="ReadLimits.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ParIndexException">The file cannot be read, is over a limit or has problems; all are listed.</exception>
    public static WeightSamples Load(string path, ReadLimits? limits)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        return Read(CsvTable.Load(path, limits));
    }

    /// <summary>Reads samples from CSV text.</summary>
    /// <param name="text">The CSV text.</param>
    /// <param name="source">The name used in diagnostics.</param>
    /// <exception cref="ParIndexException">The text has problems; all are listed.</exception>
    public static WeightSamples Parse(string text, string source)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        return Read(CsvTable.Parse(text, source ?? "weights"));
    }

    /// <summary>Reads samples from a CSV stream (to its end) with the given read limits.</summary>
    /// <param name="stream">The stream, read from its current position; not closed.</param>
    /// <param name="source">The name used in diagnostics.</param>
    /// <param name="limits">The limits (bytes, cell length, rows, columns); <see cref="ReadLimits.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ParIndexException">The stream cannot be read, is over a limit or has problems; all are listed.</exception>
    public static WeightSamples Load(Stream stream, string source, ReadLimits? limits = null)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        source ??= "weights";
        limits ??= ReadLimits.Default;
        var bytes = InputFile.ReadAll(stream, source, limits.MaxBytes, "ReadLimits.MaxBytes");
        using var rows = CsvStream.FromBytes(bytes, source, limits);
        return Read(rows.ToTable());
    }

    private static WeightSamples Read(CsvTable table)
    {
        FileKinds.Check(table.Header, table.At(table.HeaderLine, 1), InputKind.Weights);
        var problems = new List<Diagnostic>();
        var skip = table.Header.Length > 0 && string.Equals(table.Header[0], "run", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        var codes = table.Header.Skip(skip).ToArray();
        if (codes.Length == 0)
        {
            throw new ParIndexException(table.At(table.HeaderLine, 1), LocalizedText.Of(nameof(Messages.Weights_NoColumns)));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < codes.Length; i++)
        {
            if (!seen.Add(codes[i]))
            {
                problems.Add(new Diagnostic(table.At(table.HeaderLine, i + skip + 1), LocalizedText.Of(nameof(Messages.Weights_ColumnTwice), codes[i])));
            }
        }

        var rows = new List<IReadOnlyList<double>>();
        var exactRows = new List<decimal[]>();
        var locations = new List<SourceLocation>();
        foreach (var record in table.Records)
        {
            if (record.Fields.Length != table.Header.Length)
            {
                problems.Add(new Diagnostic(table.At(record.Line, 1), LocalizedText.Of(nameof(Messages.Weights_FieldCount), record.Fields.Length, table.Header.Length)));
                continue;
            }

            var row = new double[codes.Length];
            var exact = new decimal[codes.Length];
            for (var i = 0; i < codes.Length; i++)
            {
                // The number reader of every other input (a decimal point or comma), plus the exponent form R and
                // spreadsheets write for small weights (1e-04); kept as the exact decimal written.
                var text = record.Fields[i + skip];
                if (!ValueText.TryParsePlainNumber(text, out var w) && !decimal.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out w) || w < 0)
                {
                    problems.Add(new Diagnostic(table.At(record.Line, i + skip + 1), LocalizedText.Of(nameof(Messages.Weights_NotANumber), text, codes[i])));
                }

                exact[i] = w;
                row[i] = (double)w;
            }

            rows.Add(row);
            exactRows.Add(exact);
            locations.Add(table.At(record.Line, 1));
        }

        if (rows.Count == 0 && problems.Count == 0)
        {
            problems.Add(new Diagnostic(table.At(table.HeaderLine, 1), LocalizedText.Of(nameof(Messages.Weights_NoRows))));
        }

        if (problems.Count > 0)
        {
            throw new ParIndexException(problems);
        }

        return new WeightSamples(codes, rows)
        {
            ExactRows = exactRows,
            RowLocations = locations,
            CodeLocations = codes.Select((_, i) => table.At(table.HeaderLine, i + skip + 1)).ToArray(),
            HeaderLocation = table.At(table.HeaderLine, 1),
        };
    }
}
