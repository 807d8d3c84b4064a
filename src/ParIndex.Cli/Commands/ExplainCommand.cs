using System.CommandLine;
using System.Globalization;
using System.Linq;
using ParIndex.Cli.Rendering;
using ParIndex.Cli.Resources;
using ParIndex.Reporting;
using ParIndex.Scoring;

namespace ParIndex.Cli.Commands;

/// <summary><c>parindex explain</c>: one unit's scorecard (or every unit's), criterion by criterion.</summary>
internal static class ExplainCommand
{
    public static Command Build(CliContext context)
    {
        var inputs = new RoundInputs(context);
        var unitOption = new Option<string?>("--unit", "-u") { Description = Strings.Explain_OptionUnit };
        var all = new Option<bool>("--all") { Description = Strings.Explain_OptionAll };
        var top = new Option<int>("--top") { Description = Strings.Explain_OptionTop, DefaultValueFactory = _ => 10 };
        var output = new OutputOptions(
            Strings.Explain_OptionFormat,
            "html",
            "docx");
        var command = new Command(
            "explain",
            Strings.Explain_Description);
        inputs.AddTo(command);
        command.Options.Add(unitOption);
        command.Options.Add(all);
        command.Options.Add(top);
        var rankingInputs = new RankingInputs(context, withPrevious: false);
        rankingInputs.AddTo(command);
        output.AddTo(command);
        command.SetAction(parse =>
        {
            var outputs = output.Plan(parse, inputs.Files(parse));
            outputs.Check();
            if (parse.GetValue(top) < 0)
            {
                throw new CliUsageException(Safety.FormatOption_AtLeast("--top", 0, parse.GetValue(top)));
            }

            var chosen = parse.GetValue(unitOption)?.Trim();
            var everyUnit = parse.GetValue(all);
            if ((chosen is null) == !everyUnit)
            {
                throw new CliUsageException(everyUnit ? Strings.Explain_UnitAndAll : Strings.Explain_UnitOrAll);
            }

            var format = output.FormatOf(parse);
            if (everyUnit && format is "csv" or "json")
            {
                throw new CliUsageException(Strings.FormatExplain_AllFormat(format));
            }

            ReportOutput.EnsureOutFor(format, output.OutFile(parse));
            var set = inputs.LoadCriteria(parse);
            var sheet = Scorer.Score(inputs.Load(parse, set, context.Error));
            if (chosen is not null && !sheet.TryGetUnit(chosen, out _))
            {
                throw new CliUsageException(Strings.FormatExplain_UnknownUnit(chosen, parse.GetValue(inputs.Units)) + Suggest.DidYouMean(chosen, sheet.Units.Select(u => u.Id)));
            }

            var count = parse.GetValue(top);

            // Ranked before anything is written, so a ranking problem leaves no partial output.
            var ranking = Ranking.Ranker.Rank(sheet, rankingInputs.Options(parse));
            var ids = chosen is null ? ranking.Units.Select(u => u.Id).ToArray() : new[] { chosen };
            var options = new Reports.ReportOptions { Culture = CultureInfo.CurrentUICulture, TopCriteria = count };
            output.Write(
                parse,
                context,
                outputs,
                table: w =>
                {
                    for (var i = 0; i < ids.Length; i++)
                    {
                        if (i > 0)
                        {
                            w.WriteLine();
                            w.WriteLine(new string('─', 40));
                            w.WriteLine();
                        }

                        ScorecardTable.Write(sheet[ids[i]].Scorecard(), count, w);
                        WhatItWouldTake.Write(ranking.WhatItWouldTake(ids[i]), count, w);
                    }
                },
                csv: w => ScorecardCsvWriter.Write(sheet[ids[0]].Scorecard(), w),
                json: OutputOptions.Utf8Json(stream => ScorecardJsonWriter.Write(sheet[ids[0]].Scorecard(), stream)),
                new ReportOutput()
                    .Html(stream => Reports.HtmlReport.WriteScorecards(ranking, ids, stream, options))
                    .Docx(stream => Reports.WordReport.WriteScorecards(ranking, ids, stream, options)));
            return ExitCodes.Ok;
        });
        return command;
    }
}
