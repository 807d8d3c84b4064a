using System.CommandLine;
using System.Linq;
using ParIndex.Cli.Resources;
using ParIndex.Ranking;
using ParIndex.IO;

namespace ParIndex.Cli.Commands;

/// <summary>The ranking options shared by score, rank and explain: --group-by, --tie-breakers, --compare and (optionally) --previous.</summary>
internal sealed class RankingInputs
{
    private readonly bool withPrevious;
    private readonly CliContext context;

    public RankingInputs(CliContext context, bool withPrevious = true)
    {
        this.context = context;
        this.withPrevious = withPrevious;
        GroupBy.AcceptOnlyFromAmong("group", "none");
        Compare.AcceptOnlyFromAmong("set", "reported", "exact");
    }

    public Option<string> GroupBy { get; } = new("--group-by")
    {
        Description = Strings.Option_GroupBy,
        DefaultValueFactory = _ => "group",
    };

    public Option<string?> Previous { get; } = new("--previous")
    {
        Description = Strings.Option_Previous,
    };

    public Option<string?> TieBreakers { get; } = new("--tie-breakers")
    {
        Description = Strings.Option_TieBreakers,
    };

    public Option<string> Compare { get; } = new("--compare")
    {
        Description = Strings.Option_Compare,
        DefaultValueFactory = _ => "set",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(GroupBy);
        if (withPrevious)
        {
            command.Options.Add(Previous);
        }

        command.Options.Add(TieBreakers);
        command.Options.Add(Compare);
    }

    /// <summary>The previous results file, if any (so --out never overwrites it).</summary>
    public string? PreviousFile(ParseResult parse) => withPrevious ? parse.GetValue(Previous) : null;

    public RankingOptions Options(ParseResult parse)
    {
        var tieBreakers = parse.GetValue(TieBreakers)?.Trim();
        return new RankingOptions
        {
            RankWithinGroups = parse.GetValue(GroupBy) != "none",
            ExactComparison = parse.GetValue(Compare) switch { "exact" => true, "reported" => false, _ => null },
            TieBreakers = tieBreakers is null ? null
                : tieBreakers == "none" ? System.Array.Empty<string>()
                : tieBreakers.Split(',').Select(t => t.Trim()).Where(t => t.Length > 0).ToArray(),
            Previous = PreviousFile(parse) is { } file ? PreviousResultsReader.Load(file, InputLimits.Of(parse, context).Read) : null,
        };
    }
}
