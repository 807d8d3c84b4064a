using System.CommandLine;
using System.Globalization;
using System.IO;
using ParIndex.Cli.Rendering;
using ParIndex.Ranking;
using ParIndex.Reporting;
using ParIndex.Scoring;

namespace ParIndex.Cli.Commands;

/// <summary><c>parindex score</c>: score a round and print the ranking.</summary>
internal static class ScoreCommand
{
    public static Command Build(CliContext context)
    {
        var inputs = new RoundInputs();
        var format = new Option<string>("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json");
        var output = new Option<string?>("--out", "-o") { Description = "Write to this file (atomically) instead of standard output; never an input file." };
        var command = new Command(
            "score",
            "Score every unit (self-assessment → appraisal rounds → survey) and print the ranking.\n\n" +
            "Examples:\n" +
            "  parindex score examples/units.csv --appraisal examples/appraisal.csv --survey examples/survey.csv\n" +
            "  parindex score units.csv -a round1.csv -a round2.csv -s survey.csv --format csv --out results.csv\n" +
            "  parindex score units.csv --criteria my-set.yaml --format json");
        inputs.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(parse =>
        {
            var outFile = parse.GetValue(output);
            OutputFile.EnsureNotAnInput(outFile, inputs.Files(parse));
            var set = inputs.LoadCriteria(parse);
            var sheet = Scorer.Score(inputs.Load(parse, set));
            var ranking = Ranker.Rank(sheet);
            switch (parse.GetValue(format))
            {
                case "json":
                    if (outFile is null)
                    {
                        using var stdout = new MemoryStream();
                        ResultsJsonWriter.Write(ranking, stdout);
                        context.Output.WriteLine(System.Text.Encoding.UTF8.GetString(stdout.ToArray()));
                    }
                    else
                    {
                        OutputFile.WriteAtomically(outFile, stream => ResultsJsonWriter.Write(ranking, stream));
                    }

                    break;
                case "csv":
                    OutputFile.Write(outFile, context, w => ResultsCsvWriter.Write(ranking, w));
                    break;
                default:
                    OutputFile.Write(outFile, context, w => WriteTable(ranking, w));
                    break;
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    internal static void WriteTable(RankingResult ranking, TextWriter writer)
    {
        var sheet = ranking.Sheet;
        var set = sheet.CriteriaSet;
        var p = set.Precision;
        var rounds = sheet.Input.AppraisalRounds.Count;
        writer.WriteLine($"{set.Name} ({set.Id}) — {sheet.Units.Count} units, max {set.MaxPoints} points, {rounds} appraisal round{(rounds == 1 ? "" : "s")}");
        writer.WriteLine();
        var table = new TextTable("Rank", "Unit", "Name", "Group", "Self", "Points", "Survey", "Max", "Index", "Band").AlignRight(0, 4, 5, 6, 7, 8);
        foreach (var unit in ranking.Units)
        {
            var s = unit.Score;
            table.Add(
                unit.Rank.ToString(CultureInfo.InvariantCulture),
                s.Id,
                s.Name,
                s.Group ?? "",
                Fmt(s.SelfPoints.Round(p), p),
                Fmt(s.Points.Round(p), p),
                Fmt(s.SurveyPoints.Round(p), p),
                Fmt(s.MaxPoints.Round(p), p),
                Fmt(s.ReportedIndex, p),
                unit.Band?.Name ?? "");
        }

        table.Write(writer);
        writer.WriteLine();
        writer.WriteLine("Self = points the unit gave itself on self-assessed criteria; Points = final total after appraisal, survey, deductions and bonuses;");
        writer.WriteLine("Max = the unit's applicable maximum; Index = Points ÷ Max × 100. Ties share a rank.");
    }

    internal static string Fmt(decimal value, int precision) => value.ToString("F" + precision.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
