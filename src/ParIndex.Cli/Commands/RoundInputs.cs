using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using ParIndex.Assessments;
using ParIndex.Criteria;
using ParIndex.IO;

namespace ParIndex.Cli.Commands;

/// <summary>The inputs shared by every command that scores a round: UNITS, --criteria, --appraisal, --survey.</summary>
internal sealed class RoundInputs
{
    private readonly CliContext context;

    public RoundInputs(CliContext context) => this.context = context;

    public Argument<string> Units { get; } = new("UNITS") { Description = "Self-assessments CSV: one row per unit (unit_id,unit_name,group,<leaf codes>…) or long form (unit_id,code,value)." };

    public Option<string?> Criteria { get; } = new("--criteria", "-c") { Description = $"Criteria set: a YAML file or a shipped id (default: {CriteriaSetLoader.DefaultShippedId}; see 'parindex criteria list')." };

    public Option<string[]> Appraisal { get; } = new("--appraisal", "-a") { Description = "Appraisal round CSV (unit_id,code,value|points|delta,reason); repeat for later rounds, applied in order.", AllowMultipleArgumentsPerToken = false };

    public Option<string?> Survey { get; } = new("--survey", "-s") { Description = "Survey results CSV (unit_id,code,value in %)." };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Units);
        command.Options.Add(Criteria);
        command.Options.Add(Appraisal);
        command.Options.Add(Survey);
    }

    /// <summary>Every input file named, for the check that --out never overwrites one.</summary>
    public IEnumerable<string> Files(ParseResult parse)
    {
        yield return parse.GetValue(Units)!;
        foreach (var file in parse.GetValue(Appraisal) ?? System.Array.Empty<string>())
        {
            yield return file;
        }

        if (parse.GetValue(Survey) is { } survey)
        {
            yield return survey;
        }

        if (parse.GetValue(Criteria) is { } criteria)
        {
            yield return criteria;
        }
    }

    public CriteriaSet LoadCriteria(ParseResult parse) => CriteriaSetLoader.LoadFileOrShipped(parse.GetValue(Criteria), InputLimits.Of(parse, context).Criteria());

    public AssessmentInput Load(ParseResult parse, CriteriaSet set) =>
        AssessmentFiles.Load(set, parse.GetValue(Units)!, parse.GetValue(Appraisal)?.ToArray(), parse.GetValue(Survey), InputLimits.Of(parse, context).Read);
}
