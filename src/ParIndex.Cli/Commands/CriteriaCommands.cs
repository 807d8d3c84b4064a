using System;
using System.CommandLine;
using System.Globalization;
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

                    // Capped per file like every other list of errors (CliApp.MaxErrorsShown).
                    foreach (var d in ex.Diagnostics.Take(CliApp.MaxErrorsShown))
                    {
                        context.Error.WriteLine(Strings.FormatApp_Error(d));
                    }

                    if (ex.Diagnostics.Count > CliApp.MaxErrorsShown)
                    {
                        context.Error.WriteLine(Strings.FormatApp_Error(Safety.FormatApp_MoreErrors((ex.Diagnostics.Count - CliApp.MaxErrorsShown).ToString("N0", CultureInfo.InvariantCulture))));
                    }
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
            var o = new FittingWriter(context.Output, context.Width);
            o.WriteLine($"{set.Name} ({set.Id})");
            if (set.Decision is not null)
            {
                o.WriteLine(Strings.FormatCriteria_Decision(set.Decision));
            }

            var level = LevelName(set.Level);
            o.WriteLine(set.Year is { } y ? Strings.FormatCriteria_LevelYear(level, y, set.MaxPoints, set.Precision) : Strings.FormatCriteria_Level(level, set.MaxPoints, set.Precision));
            if (set.Bands.Bands.Count > 0)
            {
                o.WriteLine(Strings.FormatCriteria_Bands(string.Join(", ", set.Bands.Bands.Select(b => b.ToString()))));
            }

            o.WriteLine();
            var table = new TextTable(Strings.Col_Code, Strings.Col_Name, Strings.Col_Max, Strings.Col_Source, Strings.Col_NotApplicable, Strings.Col_Rule).AlignRight(2);
            foreach (var node in set.Nodes)
            {
                var name = new string(' ', node.Depth * 2) + node.Name;
                var block = node.Depth == 0 && node.Block != NodeBlock.None ? $" [{node.Block.ToString().ToLowerInvariant()}]" : "";
                table.Add(
                    node.Code,
                    name + block,
                    node.MaxPoints.ToString(),
                    node.IsLeaf ? node.Source.ToString().ToLowerInvariant() : "",
                    node.IsLeaf ? NotApplicableText(node.NotApplicable) : "",
                    node.Rule is { } r ? $"{RuleName(r.Kind)}: {r.Describe()}" : "");
            }

            table.Write(o);
            o.WriteLine();
            o.WriteLine(Strings.Criteria_ShowNote);
            o.Flush();
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List(CliContext context)
    {
        var command = new Command("list", Strings.CriteriaList_Description);
        command.SetAction(_ =>
        {
            var table = new TextTable(Strings.Col_Id, Strings.Col_Level, Strings.Col_Year, Strings.Col_Max, Strings.Col_Leaves, Strings.Col_Name).AlignRight(3, 4);
            foreach (var id in CriteriaSetLoader.ShippedIds)
            {
                var set = CriteriaSetLoader.LoadShipped(id);
                table.Add(
                    id == CriteriaSetLoader.DefaultShippedId ? Strings.FormatCell_Default(id) : id,
                    LevelName(set.Level),
                    set.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
                    set.MaxPoints.ToString(),
                    set.Leaves.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    set.Name);
            }

            table.Write(context.Output, context.Width);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>A rule's name as the tables show it, in the interface language (the criteria file's keyword in English).</summary>
    internal static string RuleName(RuleKind kind) => kind switch
    {
        RuleKind.YesNo => Strings.RuleKind_YesNo,
        RuleKind.Choice => Strings.RuleKind_Choice,
        RuleKind.Tiers => Strings.RuleKind_Tiers,
        RuleKind.Ratio => Strings.RuleKind_Ratio,
        RuleKind.Points => Strings.RuleKind_Points,
        RuleKind.Count => Strings.RuleKind_Count,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>A criteria set's level as the tables show it, in the interface language.</summary>
    internal static string LevelName(CriteriaLevel level) => level switch
    {
        CriteriaLevel.Ministry => Strings.Level_Ministry,
        CriteriaLevel.Province => Strings.Level_Province,
        CriteriaLevel.Department => Strings.Level_Department,
        CriteriaLevel.District => Strings.Level_District,
        CriteriaLevel.Commune => Strings.Level_Commune,
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    private static string NotApplicableText(NotApplicablePolicy policy) => policy switch
    {
        NotApplicablePolicy.Forbidden => "",
        NotApplicablePolicy.FullPoints => "full",
        _ => "exclude",
    };
}
