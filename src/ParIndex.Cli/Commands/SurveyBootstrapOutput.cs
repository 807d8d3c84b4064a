using System;
using System.CommandLine;
using System.Threading;
using ParIndex.Cli.Rendering;
using ParIndex.Reporting;
using ParIndex.Scenarios;
using ParIndex.Scoring;
using ParIndex.Survey;

namespace ParIndex.Cli.Commands;

/// <summary><c>parindex uncertainty --survey-bootstrap</c>: survey sampling error in the ranking, alone and combined with the weights.</summary>
internal static class SurveyBootstrapOutput
{
    public static void Run(ParseResult parse, CliContext context, RoundInputs inputs, UncertaintyOptions weights, OutputOptions output, OutputFile outputs, string? samplesPath, CancellationToken cancellationToken)
    {
        if (parse.GetValue(inputs.Responses) is null)
        {
            throw new CliUsageException(SurveyCliText.BootstrapNeedsResponses);
        }

        if (weights.Sensitivity || samplesPath is not null)
        {
            throw new CliUsageException(SurveyCliText.BootstrapNoSensitivity);
        }

        var set = inputs.LoadCriteria(parse);
        var sheet = Scorer.Score(inputs.Load(parse, set, context.Error, out var survey));
        var options = new SurveyBootstrapOptions { Runs = weights.Runs, Seed = weights.Seed, MaxThreads = weights.MaxThreads, Weights = weights };
        SurveyBootstrapResult result;
        using (var bar = context.ErrorIsTerminal ? new ProgressBar(context.Error) : null)
        {
            result = SurveyBootstrap.Run(sheet, survey!.Responses, options, bar, cancellationToken);
        }

        foreach (var pair in result.BorrowedSamples)
        {
            context.Error.WriteLine(SurveyCliText.FormatWarning(SurveyCliText.FormatBorrowed(pair)));
        }

        outputs.Write(context, ("--out", output.Content(parse, table: w => SurveyBootstrapTable.Write(result, w), csv: w => SurveyBootstrapCsvWriter.Write(result, w), json: OutputOptions.Utf8Json(stream => SurveyBootstrapJsonWriter.Write(result, stream)), width: context.Width)));
    }
}
