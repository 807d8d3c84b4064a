using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ParIndex.IO;
using ParIndex.Internal;

namespace ParIndex.Survey;

/// <summary>
/// The population each unit's sample is drawn from (N in Slovin's n = N ÷ (1 + N·e²)): per unit, or per unit and
/// respondent group. Read from a table with columns <c>unit_id</c>, <c>population</c> and optionally <c>group</c>.
/// </summary>
public sealed class SurveyPopulation
{
    internal SurveyPopulation(IReadOnlyList<PopulationEntry> entries) => Entries = entries;

    /// <summary>The entries, in file order.</summary>
    public IReadOnlyList<PopulationEntry> Entries { get; }

    /// <summary>Reads a population CSV file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="definition">The survey definition whose groups a <c>group</c> column names.</param>
    /// <exception cref="ParIndexException">The file cannot be read or has problems; all are listed.</exception>
    public static SurveyPopulation Load(string path, SurveyDefinition definition)
    {
        using var rows = TableSource.OpenCsv(path ?? throw new ArgumentNullException(nameof(path)));
        return Read(rows, definition ?? throw new ArgumentNullException(nameof(definition)));
    }

    /// <summary>Reads a population CSV from a stream (an upload).</summary>
    /// <param name="stream">The CSV bytes (UTF-8); read to the end, not closed.</param>
    /// <param name="sourceName">The name used in diagnostics.</param>
    /// <param name="definition">The survey definition whose groups a <c>group</c> column names.</param>
    /// <exception cref="ParIndexException">The stream has problems; all are listed.</exception>
    public static SurveyPopulation Load(Stream stream, string sourceName, SurveyDefinition definition)
    {
        using var rows = TableSource.OpenCsv(stream ?? throw new ArgumentNullException(nameof(stream)), sourceName ?? throw new ArgumentNullException(nameof(sourceName)));
        return Read(rows, definition ?? throw new ArgumentNullException(nameof(definition)));
    }

    /// <summary>Reads populations from any table source (a CSV file or stream, or a worksheet through ParIndex.Excel).</summary>
    /// <param name="rows">The table, positioned after its header; not disposed.</param>
    /// <param name="definition">The survey definition whose groups a <c>group</c> column names.</param>
    /// <exception cref="ParIndexException">The table has problems; all are listed.</exception>
    public static SurveyPopulation Read(TableSource rows, SurveyDefinition definition)
    {
        if (rows is null)
        {
            throw new ArgumentNullException(nameof(rows));
        }

        if (definition is null)
        {
            throw new ArgumentNullException(nameof(definition));
        }

        FileKinds.Check(rows.Header, rows.At(rows.HeaderLine, 1), InputKind.Population);
        var problems = new List<Diagnostic>();
        var builder = new SurveyResponsesBuilder(definition);
        int unit = -1, group = -1, population = -1;
        for (var i = 0; i < rows.Header.Length; i++)
        {
            switch (rows.Header[i].ToLowerInvariant())
            {
                case "unit_id": unit = i; break;
                case "group": group = i; break;
                case "population": population = i; break;
            }
        }

        foreach (var (name, column) in new[] { ("unit_id", unit), ("population", population) })
        {
            if (column < 0)
            {
                problems.Add(new Diagnostic(rows.At(rows.HeaderLine, 1), SurveyMessage.Of(nameof(SurveyText.HeaderMissing), name)));
            }
        }

        if (problems.Count > 0)
        {
            throw new ParIndexException(problems);
        }

        var entries = new List<PopulationEntry>();
        var seen = new Dictionary<(string, string?), int>();
        while (rows.Next())
        {
            if (rows.FieldCount != rows.Header.Length)
            {
                problems.Add(new Diagnostic(rows.At(rows.Line, Math.Min(rows.FieldCount, rows.Header.Length) + 1), SurveyMessage.Of(nameof(SurveyText.RowWidth), rows.FieldCount, rows.Header.Length)));
                continue;
            }

            var id = rows.Field(unit);
            if (id.Length == 0)
            {
                problems.Add(new Diagnostic(rows.At(rows.Line, unit + 1), SurveyMessage.Of(nameof(SurveyText.EmptyUnitId))));
                continue;
            }

            RespondentGroup? g = null;
            if (group >= 0 && rows.Field(group) is { Length: > 0 } text)
            {
                if (!builder.TryFindGroup(text, out var found))
                {
                    problems.Add(new Diagnostic(rows.At(rows.Line, group + 1), SurveyMessage.Of(nameof(SurveyText.UnknownRespondentGroup), text, string.Join(", ", definition.Groups.Select(x => x.Id)))));
                    continue;
                }

                g = found;
            }

            var number = rows.Field(population);
            if (!long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                problems.Add(new Diagnostic(rows.At(rows.Line, population + 1), SurveyMessage.Of(nameof(SurveyText.BadPopulation), number)));
                continue;
            }

            if (seen.TryGetValue((id, g?.Id), out var first))
            {
                problems.Add(new Diagnostic(rows.At(rows.Line, unit + 1), SurveyMessage.Of(nameof(SurveyText.PopulationTwice), id, first)));
                continue;
            }

            seen[(id, g?.Id)] = rows.Line;
            entries.Add(new PopulationEntry(id, g, n, rows.At(rows.Line, population + 1)));
        }

        if (problems.Count > 0)
        {
            throw new ParIndexException(problems);
        }

        return new SurveyPopulation(entries);
    }
}

/// <summary>One unit's (or one unit and group's) population.</summary>
public sealed class PopulationEntry
{
    internal PopulationEntry(string unitId, RespondentGroup? group, long population, SourceLocation? location)
    {
        UnitId = unitId;
        Group = group;
        Population = population;
        Location = location;
    }

    /// <summary>The unit's id.</summary>
    public string UnitId { get; }

    /// <summary>The group, or <see langword="null"/> for the unit's whole population.</summary>
    public RespondentGroup? Group { get; }

    /// <summary>N, the number of people the sample is drawn from.</summary>
    public long Population { get; }

    /// <summary>Where the population was read, or <see langword="null"/>.</summary>
    public SourceLocation? Location { get; }
}

/// <summary>A unit's (or group's) number of respondents against Slovin's sample size for its population.</summary>
public sealed class SampleSizeCheck
{
    internal SampleSizeCheck(PopulationEntry entry, long required, int respondents)
    {
        Entry = entry;
        Required = required;
        Respondents = respondents;
    }

    /// <summary>The population entry checked.</summary>
    public PopulationEntry Entry { get; }

    /// <summary>Slovin's sample size ⌈N ÷ (1 + N·e²)⌉.</summary>
    public long Required { get; }

    /// <summary>The respondents actually in the sample.</summary>
    public int Respondents { get; }

    /// <summary>Whether the sample is smaller than Slovin's size.</summary>
    public bool IsBelow => Respondents < Required;

    /// <summary>The warning to show when <see cref="IsBelow"/>: which unit, how many respondents, how many needed.</summary>
    public Diagnostic ToWarning(decimal marginOfError) => new(
        Entry.Location,
        Entry.Group is null
            ? SurveyMessage.Of(nameof(SurveyText.SampleBelowSlovin), Entry.UnitId, Respondents, Count(Entry.Population), Percent(marginOfError), Required)
            : SurveyMessage.Of(nameof(SurveyText.GroupSampleBelowSlovin), Entry.UnitId, Entry.Group.Id, Respondents, Count(Entry.Population), Percent(marginOfError), Required));

    private static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Percent(decimal e) => (e * 100).ToString("0.######", CultureInfo.InvariantCulture);
}
