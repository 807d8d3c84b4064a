using System;
using System.IO;
using System.Linq;
using CsvHelper;
using ParIndex.Criteria;
using ParIndex.Internal;

namespace ParIndex.IO;

/// <summary>Writes an empty self-assessment sheet or appraisal-round sheet for a criteria set, and a guide to filling it in.</summary>
public static class AssessmentTemplate
{
    /// <summary>Writes the sheet's header: unit_id, unit_name, group, then every self-assessed leaf code in criteria-set order.</summary>
    /// <param name="set">The criteria set.</param>
    /// <param name="writer">Where to write.</param>
    public static void WriteSheet(CriteriaSet set, TextWriter writer)
    {
        TextOutput.NotNull(set, nameof(set));
        TextOutput.NotNull(writer, nameof(writer));

        using var csv = CsvWriter.Create(writer, new CsvWriterOptions { NewLine = "\n" }, leaveOpen: true);
        csv.WriteRecord(new[] { "unit_id", "unit_name", "group" }.Concat(set.Leaves.Where(l => l.Source == ValueSource.Self).Select(l => l.Code)).ToArray());
        csv.Flush();
    }

    /// <summary>As <see cref="WriteSheet(CriteriaSet, TextWriter)"/>, as UTF-8 with a byte order mark (Excel shows Vietnamese text); the stream is left open.</summary>
    /// <param name="set">The criteria set.</param>
    /// <param name="stream">Where to write.</param>
    public static void WriteSheet(CriteriaSet set, Stream stream) => TextOutput.ToStream(set, nameof(set), stream, WriteSheet);

    /// <summary>
    /// Writes an appraisal round's header: unit_id, code, value, points, delta, reason (one row per adjusted criterion
    /// and unit, exactly one of value, points or delta filled in, with a reason).
    /// </summary>
    /// <param name="set">The criteria set (checked only for null: an appraisal sheet has the same columns for every set).</param>
    /// <param name="writer">Where to write.</param>
    public static void WriteAppraisalSheet(CriteriaSet set, TextWriter writer)
    {
        TextOutput.NotNull(set, nameof(set));
        TextOutput.NotNull(writer, nameof(writer));

        using var csv = CsvWriter.Create(writer, new CsvWriterOptions { NewLine = "\n" }, leaveOpen: true);
        csv.WriteRecord(new[] { "unit_id", "code", "value", "points", "delta", "reason" });
        csv.Flush();
    }

    /// <summary>As <see cref="WriteAppraisalSheet(CriteriaSet, TextWriter)"/>, as UTF-8 with a byte order mark (Excel shows Vietnamese text); the stream is left open.</summary>
    /// <param name="set">The criteria set.</param>
    /// <param name="stream">Where to write.</param>
    public static void WriteAppraisalSheet(CriteriaSet set, Stream stream) => TextOutput.ToStream(set, nameof(set), stream, WriteAppraisalSheet);

    /// <summary>
    /// Writes the guide: code, area, name, max points, rule, what to enter, whether not applicable is allowed. The header
    /// is fixed; the texts for people (rule, what to enter, not applicable) are in the current UI culture's language.
    /// </summary>
    /// <param name="set">The criteria set.</param>
    /// <param name="writer">Where to write.</param>
    public static void WriteGuide(CriteriaSet set, TextWriter writer)
    {
        TextOutput.NotNull(set, nameof(set));
        TextOutput.NotNull(writer, nameof(writer));

        using var csv = CsvWriter.Create(writer, new CsvWriterOptions { NewLine = "\n", Injection = CsvInjection.Escape, FormatProvider = System.Globalization.CultureInfo.InvariantCulture }, leaveOpen: true);
        csv.WriteRecord(new[] { "code", "area", "name", "max_points", "rule", "enter", "not_applicable" });
        foreach (var leaf in set.Leaves.Where(l => l.Source == ValueSource.Self))
        {
            csv.WriteField(leaf.Code);
            csv.WriteField(leaf.Area.Code);
            csv.WriteField(leaf.Name);

            // A number, not text: a deduction's negative maximum must not be escaped as a formula.
            csv.WriteField(leaf.MaxPoints.ToDecimal(), "0.######".AsSpan());
            csv.WriteField(leaf.Rule!.Describe());
            csv.WriteField(leaf.Rule.InputHint);
            csv.WriteField(Internal.LocalizedText.Of(leaf.NotApplicable switch
            {
                NotApplicablePolicy.Forbidden => nameof(Resources.Messages.Guide_NotApplicableForbidden),
                _ when leaf.Block != NodeBlock.None => nameof(Resources.Messages.Guide_NotApplicableZero),
                NotApplicablePolicy.FullPoints => nameof(Resources.Messages.Guide_NotApplicableFull),
                _ => nameof(Resources.Messages.Guide_NotApplicableExcluded),
            }).Render());
            csv.EndRecord();
        }

        csv.Flush();
    }

    /// <summary>As <see cref="WriteGuide(CriteriaSet, TextWriter)"/>, as UTF-8 with a byte order mark (Excel shows Vietnamese text); the stream is left open.</summary>
    /// <param name="set">The criteria set.</param>
    /// <param name="stream">Where to write.</param>
    public static void WriteGuide(CriteriaSet set, Stream stream) => TextOutput.ToStream(set, nameof(set), stream, WriteGuide);
}
