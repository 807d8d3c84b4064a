using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ParIndex.Cli.Commands;
using ParIndex.Survey;

namespace ParIndex.Cli.Rendering;

/// <summary>The table of <c>parindex survey</c>: per unit its sample sizes by group and the survey values.</summary>
internal static class SurveyTable
{
    internal static void Write(SurveyResult result, IReadOnlyList<SampleSizeCheck> checks, TextWriter writer)
    {
        var def = result.Definition;
        var set = result.CriteriaSet;
        writer.WriteLine(SurveyCliText.FormatTableTitle(set.Name, set.Id, def.Id, result.Units.Count, result.Units.Sum(u => u.Respondents), def.Precision));
        writer.WriteLine();
        var sizeHeaders = new List<string> { SurveyCliText.Unit, SurveyCliText.Respondents };
        sizeHeaders.AddRange(def.Groups.Select(g => g.Name));
        var sizes = new TextTable(sizeHeaders.ToArray()).AlignRight(Enumerable.Range(1, sizeHeaders.Count - 1).ToArray());
        foreach (var unit in result.Units)
        {
            var cells = new List<string?> { unit.UnitId, Int(unit.Respondents) };
            cells.AddRange(unit.SampleSizes.Select(s => Int(s.Respondents)));
            sizes.Add(cells.ToArray());
        }

        sizes.Write(writer);
        writer.WriteLine();

        // The values: as many criteria per table as fit beside the unit column (numbers never wrap).
        var values = result.Units.Select(u => u.Values.Select(v => v.Value.ToString("F" + Int(def.Precision), CultureInfo.InvariantCulture)).ToArray()).ToArray();
        var unitWidth = result.Units.Select(u => TextWrap.Width(u.UnitId)).DefaultIfEmpty(0).Max();
        unitWidth = System.Math.Max(unitWidth, TextWrap.Width(SurveyCliText.Unit));
        var widths = result.Codes.Select((code, c) => values.Select(v => v[c].Length).DefaultIfEmpty(0).Max()).Select((w, c) => System.Math.Max(w, TextWrap.Width(result.Codes[c]))).ToArray();
        var available = FittingWriter.WidthOf(writer);
        var first = 0;
        while (first < widths.Length)
        {
            var last = first;
            var used = unitWidth + 2 + widths[first];
            while (last + 1 < widths.Length && used + 2 + widths[last + 1] <= available)
            {
                used += 2 + widths[++last];
            }

            var headers = new List<string> { SurveyCliText.Unit };
            headers.AddRange(result.Codes.Skip(first).Take(last - first + 1));
            var table = new TextTable(headers.ToArray()).AlignRight(Enumerable.Range(1, headers.Count - 1).ToArray());
            for (var u = 0; u < result.Units.Count; u++)
            {
                var cells = new List<string?> { result.Units[u].UnitId };
                cells.AddRange(values[u].Skip(first).Take(last - first + 1));
                table.Add(cells.ToArray());
            }

            table.Write(writer);
            writer.WriteLine();
            first = last + 1;
        }

        writer.WriteLine(SurveyCliText.TableNote);
        if (checks.Count > 0)
        {
            writer.WriteLine(SurveyCliText.FormatSlovinNote((def.MarginOfError * 100).ToString("0.######", CultureInfo.InvariantCulture), checks.Count(c => c.IsBelow), checks.Count));
        }
    }

    private static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);
}
