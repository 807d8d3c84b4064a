using System.Collections.Generic;
using System.CommandLine;

namespace ParIndex.Cli.Commands;

/// <summary>The top-level commands besides <c>criteria</c>, in the order shown by --help.</summary>
internal static class CommandRegistry
{
    public static IEnumerable<Command> Commands(CliContext context)
    {
        yield return ScoreCommand.Build(context);
        yield return ExplainCommand.Build(context);
        yield return TemplateCommand.Build(context);
        yield return RankCommand.Build(context);
        yield return CompareCommand.Build(context);
        yield return UncertaintyCommand.Build(context);
        yield return SurveyCommand.Build(context);
        yield return SampleCommand.Build(context);
    }
}
