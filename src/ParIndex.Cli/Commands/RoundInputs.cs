using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using ParIndex.Assessments;
using ParIndex.Cli.Resources;
using ParIndex.Criteria;
using ParIndex.IO;
using ParIndex.Survey;

namespace ParIndex.Cli.Commands;

/// <summary>The inputs shared by every command that scores a round: UNITS, --criteria, --appraisal, --survey.</summary>
internal sealed class RoundInputs
{
    private readonly CliContext context;

    public RoundInputs(CliContext context) => this.context = context;

    public Argument<string> Units { get; } = new("UNITS") { Description = ExcelCliText.Get("UnitsArgument") };

    public Option<string?> Sheet { get; } = new("--sheet") { Description = ExcelCliText.Get("SheetOption") };

    /// <summary>--limit NAME=N: workbook limits (ParIndex.Excel) and the read limits of every input (<see cref="InputLimits"/>).</summary>
    public Option<string[]> Limits => context.LimitOption;

    public Option<string?> Criteria { get; } = new("--criteria", "-c") { Description = Strings.FormatOption_Criteria(CriteriaSetLoader.DefaultShippedId) };

    public Option<string[]> Appraisal { get; } = new("--appraisal", "-a") { Description = Strings.Option_Appraisal, AllowMultipleArgumentsPerToken = false };

    public Option<string?> Survey { get; } = new("--survey", "-s") { Description = Strings.Option_Survey };

    public Option<string?> Responses { get; } = new("--responses") { Description = SurveyCliText.ResponsesOption };

    public Option<string?> SurveyDefinition { get; } = new("--survey-definition") { Description = SurveyCliText.SurveyDefinitionOption };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Units);
        command.Options.Add(Criteria);
        command.Options.Add(Appraisal);
        command.Options.Add(Survey);
        command.Options.Add(Responses);
        command.Options.Add(SurveyDefinition);
        command.Options.Add(Sheet);
        command.Options.Add(Limits);
    }

    /// <summary>Every input file named, for the check that --out never overwrites one.</summary>
    public IEnumerable<string> Files(ParseResult parse) =>
        new[] { parse.GetValue(Units) }
            .Concat(parse.GetValue(Appraisal) ?? System.Array.Empty<string>())
            .Concat(new[] { parse.GetValue(Survey), parse.GetValue(Criteria), parse.GetValue(Responses), parse.GetValue(SurveyDefinition) })
            .OfType<string>();

    public CriteriaSet LoadCriteria(ParseResult parse) => CriteriaSetLoader.LoadFileOrShipped(parse.GetValue(Criteria), InputLimits.Of(parse, context).Criteria());

    /// <summary>The round's input; survey values from --survey, or computed from --responses (warnings about the answers on <paramref name="warnings"/>).</summary>
    public AssessmentInput Load(ParseResult parse, CriteriaSet set, System.IO.TextWriter? warnings = null) => Load(parse, set, warnings, out _);

    /// <summary>The round's input and, with --responses, the survey values it was given.</summary>
    public AssessmentInput Load(ParseResult parse, CriteriaSet set, System.IO.TextWriter? warnings, out SurveyResult? survey)
    {
        survey = LoadSurvey(parse, set, warnings);
        var units = parse.GetValue(Units)!;
        var open = Opener(parse, units);
        return survey is null
            ? AssessmentFiles.Load(set, units, parse.GetValue(Appraisal)?.ToArray(), parse.GetValue(Survey), open, InputLimits.Of(parse, context).Read)
            : SurveyRoundFiles.Load(set, units, parse.GetValue(Appraisal)?.ToArray(), survey, open);
    }

    /// <summary>Opens each input as a workbook (.xlsx, .xls) or CSV by its content; --sheet names the self-assessment workbook's sheet.</summary>
    private System.Func<string, TableSource> Opener(ParseResult parse, string units) => InputTables.Opener(parse, context, units, parse.GetValue(Sheet));

    /// <summary>The survey values computed from --responses, or null without it.</summary>
    public SurveyResult? LoadSurvey(ParseResult parse, CriteriaSet set, System.IO.TextWriter? warnings)
    {
        var responses = parse.GetValue(Responses);
        var definitionFile = parse.GetValue(SurveyDefinition);
        if (responses is not null && parse.GetValue(Survey) is not null)
        {
            throw new CliUsageException(SurveyCliText.SurveyAndResponses);
        }

        if (responses is null)
        {
            if (definitionFile is not null)
            {
                throw new CliUsageException(SurveyCliText.DefinitionWithoutResponses);
            }

            return null;
        }

        var definition = SurveyCommand.LoadDefinition(definitionFile, set, "--survey-definition", InputLimits.Of(parse, context).SurveyDefinitionBytes);
        SurveyResponses answers;
        using (var table = Opener(parse, parse.GetValue(Units)!)(responses))
        {
            answers = SurveyResponseFiles.Read(table, definition);
        }

        var result = SurveyCalculator.Compute(answers, set);
        if (warnings is not null)
        {
            SurveyCommand.WriteWarnings(result.Warnings, warnings);
        }

        return result;
    }
}
