using System.CommandLine;
using System.Globalization;
using ParIndex.Cli.Resources;
using ParIndex.IO;
using ParIndex.Scenarios;

namespace ParIndex.Cli.Commands;

/// <summary>The options of <c>parindex uncertainty</c> that shape the analysis, checked and mapped to <see cref="UncertaintyOptions"/>.</summary>
internal sealed class UncertaintyInputs
{
    public Option<int> Runs { get; } = new("--runs", "-n") { Description = Strings.Uncertainty_OptionRuns, DefaultValueFactory = _ => 1000 };

    public Option<ulong> Seed { get; } = new("--seed") { Description = Strings.Uncertainty_OptionSeed, DefaultValueFactory = _ => 0UL };

    public Option<string> Level { get; } = new("--level") { Description = Strings.Uncertainty_OptionLevel, DefaultValueFactory = _ => "area" };

    public Option<double?> Noise { get; } = new("--noise") { Description = Strings.Uncertainty_OptionNoise, CustomParser = Decimal("--noise") };

    public Option<double?> Dirichlet { get; } = new("--dirichlet") { Description = Strings.Uncertainty_OptionDirichlet, CustomParser = Decimal("--dirichlet") };

    public Option<string?> WeightsFile { get; } = new("--weights-file") { Description = Strings.Uncertainty_OptionWeightsFile };

    public Option<int> Top { get; } = new("--top") { Description = Strings.Uncertainty_OptionTop, DefaultValueFactory = _ => 3 };

    public Option<bool> Sensitivity { get; } = new("--sensitivity") { Description = Strings.Uncertainty_OptionSensitivity };

    public Option<string?> SensitivityOut { get; } = new("--sensitivity-out")
    {
        Description = Strings.Uncertainty_OptionSensitivityOut,
    };

    public Option<int?> Threads { get; } = new("--threads") { Description = Strings.Uncertainty_OptionThreads };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Runs, Seed, Level, Noise, Dirichlet, WeightsFile, Top, Sensitivity, SensitivityOut, Threads })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The analysis settings; a usage error names the option at fault. Reads the weights file, if any.</summary>
    /// <summary>The settings, with the read limits of --limit (weight samples, work).</summary>
    public UncertaintyOptions Options(ParseResult parse, InputLimits limits)
    {
        var options = Options(parse, limits.Read);
        options.MaxWork = limits.Work ?? options.MaxWork;
        return options;
    }

    private UncertaintyOptions Options(ParseResult parse, ReadLimits read)
    {
        var f = parse.GetValue(Noise);
        var k = parse.GetValue(Dirichlet);
        var samplesPath = parse.GetValue(WeightsFile);
        if ((f is null ? 0 : 1) + (k is null ? 0 : 1) + (samplesPath is null ? 0 : 1) > 1)
        {
            throw new CliUsageException(Strings.Uncertainty_OnlyOnePerturbation);
        }

        if (f is { } fv && (double.IsNaN(fv) || fv < 0 || fv > 1))
        {
            throw new CliUsageException(Strings.FormatUncertainty_NoiseRange(fv.ToString(CultureInfo.InvariantCulture)));
        }

        if (k is { } kv && (double.IsNaN(kv) || kv <= 0 || double.IsInfinity(kv)))
        {
            throw new CliUsageException(Strings.FormatUncertainty_DirichletPositive(kv.ToString(CultureInfo.InvariantCulture)));
        }

        foreach (var (name, value, least) in new[] { ("--runs", parse.GetValue(Runs), 1), ("--top", parse.GetValue(Top), 1), ("--threads", parse.GetValue(Threads) ?? 1, 1) })
        {
            if (value < least)
            {
                throw new CliUsageException(Safety.FormatOption_AtLeast(name, least, value));
            }
        }

        return new UncertaintyOptions
        {
            Runs = parse.GetValue(Runs),
            Seed = parse.GetValue(Seed),
            Level = ParseLevel(parse.GetValue(Level)!),
            Perturbation = k is { } concentration ? WeightPerturbation.Dirichlet(concentration) : WeightPerturbation.Noise(f ?? 0.25),
            Samples = samplesPath is null ? null : WeightSamplesReader.Load(samplesPath, read),
            Top = parse.GetValue(Top),
            Sensitivity = parse.GetValue(Sensitivity) || parse.GetValue(SensitivityOut) is not null,
            MaxThreads = parse.GetValue(Threads) ?? 0,
        };
    }

    /// <summary>
    /// A number with a decimal point only: the default parser accepts a thousands separator, so "0,25" (a decimal comma)
    /// would silently become 25.
    /// </summary>
    private static System.Func<System.CommandLine.Parsing.ArgumentResult, double?> Decimal(string name) => result =>
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        if (double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        result.AddError(Strings.FormatParse_BadValue(text, name, Strings.Parse_TypeNumber));
        return null;
    };

    internal static int ParseLevel(string text) => text.Trim() switch
    {
        "area" or "areas" => 0,
        "criterion" or "criteria" => 1,
        "sub-criterion" or "sub-criteria" => 2,
        var t when int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var depth) => depth,
        _ => throw new CliUsageException(Strings.FormatUncertainty_BadLevel(text)),
    };
}
