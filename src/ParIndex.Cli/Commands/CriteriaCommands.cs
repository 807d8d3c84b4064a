using System.CommandLine;
using System.Linq;
using ParIndex.Cli.Rendering;
using ParIndex.Cli.Resources;
using ParIndex.Criteria;

namespace ParIndex.Cli.Commands;

/// <summary><c>parindex criteria validate|show|list</c>.</summary>
internal static class CriteriaCommands
{
    public static Command Build(CliContext context)
    {
        var command = new Command("criteria", Strings.Criteria_Description);
        command.Subcommands.Add(Validate(context));
        command.Subcommands.Add(Show(context));
        command.Subcommands.Add(List(context));
        return command;
    }

    private static Command Validate(CliContext context)
    {
        var files = new Argument<string[]>("FILE") { Description = Strings.CriteriaValidate_ArgumentFile, Arity = ArgumentArity.OneOrMore };
        var command = new Command("validate", Strings.CriteriaValidate_Description)
        {
            files,
            context.LimitOption,
        };
        command.SetAction(parse =>
        {
            var failed = false;
            foreach (var file in parse.GetValue(files)!)
            {
                try
                {
                    var set = CriteriaSetLoader.Load(file, InputLimits.Of(parse, context).Criteria());
                    context.Output.WriteLine(Strings.FormatCriteria_ValidateOk(file, set.Id, set.Areas.Count, set.Nodes.Count(n => n.Depth > 0 && !n.IsLeaf), set.Leaves.Count, set.MaxPoints));
                }
                catch (ParIndexException ex)
                {
                    failed = true;
                    CliApp.WriteErrors(ex.Diagnostics, context.Error); // capped per file like every other list of errors
                }
            }

            return failed ? ExitCodes.BadInput : ExitCodes.Ok;
        });
        return command;
    }

    private static Command Show(CliContext context)
    {
        var file = new Argument<string?>("FILE") { Description = Strings.FormatCriteriaShow_ArgumentFile(CriteriaSetLoader.DefaultShippedId), Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("show", Strings.CriteriaShow_Description)
        {
            file,
            context.LimitOption,
        };
        command.SetAction(parse =>
        {
            var set = CriteriaSetLoader.LoadFileOrShipped(parse.GetValue(file), InputLimits.Of(parse, context).Criteria());
            CriteriaSetTable.WriteSet(set, context.Output, context.Width);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List(CliContext context)
    {
        var command = new Command("list", Strings.CriteriaList_Description);
        command.SetAction(_ =>
        {
            CriteriaSetTable.WriteShipped(context.Output, context.Width);
            return ExitCodes.Ok;
        });
        return command;
    }
}
