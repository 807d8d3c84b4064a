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
        var headers = new List<string> { SurveyCliText.Unit, SurveyCliText.Respondents };
        headers.AddRange(def.Groups.Select(g => g.Name));
        headers.AddRange(result.Codes);
        var table = new TextTable(headers.ToArray()).AlignRight(Enumerable.Range(1, headers.Count - 1).ToArray());
        foreach (var unit in result.Units)
        {
            var cells = new List<string?> { unit.UnitId, Int(unit.Respondents) };
            cells.AddRange(unit.SampleSizes.Select(s => Int(s.Respondents)));
            cells.AddRange(unit.Values.Select(v => v.Value.ToString("F" + Int(def.Precision), CultureInfo.InvariantCulture)));
            table.Add(cells.ToArray());
        }

        table.Write(writer);
        writer.WriteLine();
        writer.WriteLine(SurveyCliText.TableNote);
        if (checks.Count > 0)
        {
            writer.WriteLine(SurveyCliText.FormatSlovinNote((def.MarginOfError * 100).ToString("0.######", CultureInfo.InvariantCulture), checks.Count(c => c.IsBelow), checks.Count));
        }
    }

    private static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);
}
