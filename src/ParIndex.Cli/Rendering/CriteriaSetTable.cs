using System;
using System.IO;
using System.Linq;
using ParIndex.Cli.Resources;
using ParIndex.Criteria;

namespace ParIndex.Cli.Rendering;

/// <summary>The tables of <c>criteria show</c> (one set: its tree, maxima, sources and rules) and <c>criteria list</c> (the shipped sets).</summary>
internal static class CriteriaSetTable
{
    /// <summary>The set's heading lines and its tree as a table, fitted to <paramref name="width"/>.</summary>
    public static void WriteSet(CriteriaSet set, TextWriter output, int width)
    {
        var o = new FittingWriter(output, width);
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
    }

    /// <summary>The criteria sets shipped inside the library, the default one marked.</summary>
    public static void WriteShipped(TextWriter output, int width)
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

        table.Write(output, width);
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
