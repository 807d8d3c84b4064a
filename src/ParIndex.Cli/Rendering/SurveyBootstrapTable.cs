using System.Globalization;
using System.IO;
using ParIndex.Cli.Commands;
using ParIndex.Survey;

namespace ParIndex.Cli.Rendering;

/// <summary>The table of <c>parindex uncertainty --survey-bootstrap</c>: per unit the rank interval from survey sampling, alone and with the weights.</summary>
internal static class SurveyBootstrapTable
{
    internal static void Write(SurveyBootstrapResult r, TextWriter writer)
    {
        var set = r.Sheet.CriteriaSet;
        var p = set.Precision;
        writer.WriteLine(SurveyCliText.FormatBootstrapTitle(set.Name, set.Id, r.Units.Count, Int(r.Runs), r.Options.Seed.ToString(CultureInfo.InvariantCulture), r.Options.Weights?.Perturbation.ToString() ?? "-"));
        writer.WriteLine();
        var table = new TextTable(SurveyCliText.Rank, SurveyCliText.Unit, SurveyCliText.Name, SurveyCliText.Index, SurveyCliText.IndexInterval, SurveyCliText.SurveyMedian, SurveyCliText.SurveyInterval, SurveyCliText.CombinedMedian, SurveyCliText.CombinedInterval)
            .AlignRight(0, 3, 4, 5, 6, 7, 8);
        foreach (var u in r.Units)
        {
            table.Add(
                Int(u.NominalRank),
                u.Score.Id,
                u.Score.Name,
                ScoreCommand.Fmt(u.Score.ReportedIndex, p),
                ScoreCommand.Fmt(u.IndexPercentile5, p) + "–" + ScoreCommand.Fmt(u.IndexPercentile95, p),
                Num(u.Survey.Median),
                Num(u.Survey.Percentile5) + "–" + Num(u.Survey.Percentile95),
                u.Combined is { } c ? Num(c.Median) : "",
                u.Combined is { } c2 ? Num(c2.Percentile5) + "–" + Num(c2.Percentile95) : "");
        }

        table.Write(writer);
        writer.WriteLine();
        writer.WriteLine(SurveyCliText.BootstrapNote1);
        writer.WriteLine(SurveyCliText.BootstrapNote2);
    }

    private static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Num(double value) => value.ToString("F1", CultureInfo.InvariantCulture);
}
