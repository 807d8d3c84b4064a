using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ParIndex.Internal;

namespace ParIndex.Criteria;

/// <summary>
/// How a leaf turns its value into points. Every rule yields a magnitude between zero and the leaf's
/// maximum (its absolute value in a deduction block); the block decides the sign.
/// </summary>
public abstract class ScoringRule
{
    private protected ScoringRule()
    {
    }

    /// <summary>The kind of rule.</summary>
    public abstract RuleKind Kind { get; }

    /// <summary>Whether the rule reads a number (every kind but <see cref="RuleKind.Choice"/>).</summary>
    public bool IsNumeric => Kind != RuleKind.Choice;

    /// <summary>A short human description, e.g. "kịp thời 1 / không kịp thời 0.5 / không ban hành 0".</summary>
    public abstract string Describe();

    /// <summary>A hint for the person filling in a sheet, e.g. "1/0" or "value 0–100", in the current UI culture's language.</summary>
    public abstract string InputHint { get; }

    /// <summary>The input hint as a message part, rendered in the reader's language (docs/language.md).</summary>
    internal abstract LocalizedText Hint { get; }

    /// <summary>A text of no language (option names, tier bounds), as a message part.</summary>
    private protected static LocalizedText Verbatim(string text) => LocalizedText.Of(nameof(Resources.Messages.Text_Verbatim), text);
}

/// <summary>Full points or zero (đạt / không đạt).</summary>
public sealed class YesNoRule : ScoringRule
{
    internal YesNoRule(Points max) => Max = max;

    /// <summary>The points awarded for "yes" (the leaf's maximum magnitude).</summary>
    public Points Max { get; }

    /// <inheritdoc/>
    public override RuleKind Kind => RuleKind.YesNo;

    /// <inheritdoc/>
    public override string InputHint => Hint.Render();

    internal override LocalizedText Hint => LocalizedText.Of(nameof(Resources.Messages.Rule_YesNoHint));

    /// <summary>The points for a yes or a no.</summary>
    /// <param name="yes">Whether the requirement is met.</param>
    public Points Score(bool yes) => yes ? Max : Points.Zero;

    /// <inheritdoc/>
    public override string Describe() => LocalizedText.Of(nameof(Resources.Messages.Rule_YesNoDescribe), Max.ToString()).Render();
}

/// <summary>One named option of a <see cref="ChoiceRule"/>.</summary>
public sealed class ChoiceOption
{
    internal ChoiceOption(string name, Points points)
    {
        Name = name;
        Points = points;
        Key = TextKey.Of(name);
    }

    /// <summary>The option's name as written in the criteria set.</summary>
    public string Name { get; }

    /// <summary>The points it earns.</summary>
    public Points Points { get; }

    internal string Key { get; }
}

/// <summary>Named options mapped to points, e.g. "kịp thời 1 / không kịp thời 0.5 / không ban hành 0".</summary>
/// <remarks>Options are matched after trimming, Unicode NFC normalisation and case folding.</remarks>
public sealed class ChoiceRule : ScoringRule
{
    internal ChoiceRule(IReadOnlyList<ChoiceOption> options) => Options = options;

    /// <summary>The options, in the order written.</summary>
    public IReadOnlyList<ChoiceOption> Options { get; }

    /// <inheritdoc/>
    public override RuleKind Kind => RuleKind.Choice;

    /// <inheritdoc/>
    public override string InputHint => Hint.Render();

    internal override LocalizedText Hint => Verbatim(string.Join(" | ", Options.Select(o => o.Name)));

    /// <summary>Finds the option a text names, or returns -1.</summary>
    /// <param name="text">The option name as entered.</param>
    public int IndexOf(string text)
    {
        var key = TextKey.Of(text);
        for (var i = 0; i < Options.Count; i++)
        {
            if (Options[i].Key == key)
            {
                return i;
            }
        }

        return -1;
    }

    /// <inheritdoc/>
    public override string Describe() => string.Join(" / ", Options.Select(o => $"{o.Name} {o.Points}"));
}

/// <summary>One threshold band of a <see cref="TiersRule"/>; a missing bound is open.</summary>
public sealed class Tier
{
    internal Tier(decimal? lower, bool lowerInclusive, decimal? upper, bool upperInclusive, Points points)
    {
        Lower = lower;
        LowerInclusive = lowerInclusive;
        Upper = upper;
        UpperInclusive = upperInclusive;
        Points = points;
    }

    /// <summary>The lower bound, or <see langword="null"/> for none.</summary>
    public decimal? Lower { get; }

    /// <summary>Whether the lower bound itself is in the tier (≥) or not (&gt;).</summary>
    public bool LowerInclusive { get; }

    /// <summary>The upper bound, or <see langword="null"/> for none.</summary>
    public decimal? Upper { get; }

    /// <summary>Whether the upper bound itself is in the tier (≤) or not (&lt;).</summary>
    public bool UpperInclusive { get; }

    /// <summary>The points for a value in this tier.</summary>
    public Points Points { get; }

    /// <summary>Whether a value falls in this tier.</summary>
    /// <param name="value">The measured value.</param>
    public bool Contains(decimal value)
    {
        if (Lower is { } lo && (LowerInclusive ? value < lo : value <= lo))
        {
            return false;
        }

        return Upper is not { } hi || (UpperInclusive ? value <= hi : value < hi);
    }

    /// <summary>The tier's range in interval notation, e.g. "[70, 90]" or "(90, ∞)".</summary>
    public override string ToString()
    {
        var lo = Lower is { } l ? l.ToString(CultureInfo.InvariantCulture) : "-∞";
        var hi = Upper is { } h ? h.ToString(CultureInfo.InvariantCulture) : "∞";
        var open = Lower is not null && LowerInclusive ? "[" : "(";
        var close = Upper is not null && UpperInclusive ? "]" : ")";
        return $"{open}{lo}, {hi}{close}";
    }
}

/// <summary>A measured value (usually a percentage) mapped to points by ordered, non-overlapping thresholds that cover the value's whole domain.</summary>
public sealed class TiersRule : ScoringRule
{
    internal TiersRule(IReadOnlyList<Tier> tiers, decimal domainMin, decimal domainMax)
    {
        Tiers = tiers;
        DomainMin = domainMin;
        DomainMax = domainMax;
    }

    /// <summary>The tiers, lowest values first.</summary>
    public IReadOnlyList<Tier> Tiers { get; }

    /// <summary>The smallest value accepted (default 0).</summary>
    public decimal DomainMin { get; }

    /// <summary>The largest value accepted (default 100).</summary>
    public decimal DomainMax { get; }

    /// <inheritdoc/>
    public override RuleKind Kind => RuleKind.Tiers;

    /// <inheritdoc/>
    public override string InputHint => Hint.Render();

    internal override LocalizedText Hint => LocalizedText.Of(nameof(Resources.Messages.Rule_TiersHint), DomainMin.ToString(CultureInfo.InvariantCulture), DomainMax.ToString(CultureInfo.InvariantCulture));

    /// <summary>The tier a value falls in, or <see langword="null"/> when it is outside the domain.</summary>
    /// <param name="value">The measured value.</param>
    public Tier? Find(decimal value)
    {
        if (value < DomainMin || value > DomainMax)
        {
            return null;
        }

        foreach (var tier in Tiers)
        {
            if (tier.Contains(value))
            {
                return tier;
            }
        }

        return null;
    }

    /// <inheritdoc/>
    public override string Describe()
    {
        var sb = new StringBuilder();
        foreach (var tier in Tiers.Reverse())
        {
            if (sb.Length > 0)
            {
                sb.Append(" / ");
            }

            sb.Append(tier).Append(' ').Append(tier.Points);
        }

        return sb.ToString();
    }
}

/// <summary>Points = max × value ÷ target, clamped to [0, max] and rounded half away from zero to the points resolution.</summary>
public sealed class RatioRule : ScoringRule
{
    internal RatioRule(Points max, decimal target)
    {
        Max = max;
        Target = target;
    }

    /// <summary>The leaf's maximum magnitude.</summary>
    public Points Max { get; }

    /// <summary>The value that earns full points (default 100).</summary>
    public decimal Target { get; }

    /// <inheritdoc/>
    public override RuleKind Kind => RuleKind.Ratio;

    /// <inheritdoc/>
    public override string InputHint => Hint.Render();

    internal override LocalizedText Hint => LocalizedText.Of(nameof(Resources.Messages.Rule_RatioHint), Target.ToString(CultureInfo.InvariantCulture));

    /// <summary>The points for a value.</summary>
    /// <param name="value">The measured value; negative values score zero.</param>
    public Points Score(decimal value)
    {
        if (value <= 0)
        {
            return Points.Zero;
        }

        if (value >= Target)
        {
            return Max;
        }

        return Points.FromDecimalRounded(Max.ToDecimal() * value / Target);
    }

    /// <inheritdoc/>
    public override string Describe() => LocalizedText.Of(nameof(Resources.Messages.Rule_RatioDescribe), Max.ToString(), Target.ToString(CultureInfo.InvariantCulture)).Render();
}

/// <summary>Points entered directly, between 0 and the maximum, optionally on a step such as 0.25.</summary>
public sealed class PointsRule : ScoringRule
{
    internal PointsRule(Points max, Points? step)
    {
        Max = max;
        Step = step;
    }

    /// <summary>The leaf's maximum magnitude.</summary>
    public Points Max { get; }

    /// <summary>The step points must fall on, or <see langword="null"/> for any value at the resolution.</summary>
    public Points? Step { get; }

    /// <inheritdoc/>
    public override RuleKind Kind => RuleKind.Points;

    /// <inheritdoc/>
    public override string InputHint => Hint.Render();

    internal override LocalizedText Hint => Step is { } s
        ? LocalizedText.Of(nameof(Resources.Messages.Rule_PointsHintStep), Max.ToString(), s.ToString())
        : LocalizedText.Of(nameof(Resources.Messages.Rule_PointsHint), Max.ToString());

    /// <summary>Whether entered points are acceptable: within [0, max] and on the step.</summary>
    /// <param name="points">The points entered.</param>
    public bool Accepts(Points points) => points >= Points.Zero && points <= Max && (Step is not { } s || points.Ticks % s.Ticks == 0);

    /// <inheritdoc/>
    public override string Describe() => (Step is { } s
        ? LocalizedText.Of(nameof(Resources.Messages.Rule_PointsDescribeStep), Max.ToString(), s.ToString())
        : LocalizedText.Of(nameof(Resources.Messages.Rule_PointsDescribe), Max.ToString())).Render();
}

/// <summary>Points per occurrence, capped at the leaf's maximum: deductions (điểm trừ) and bonuses (điểm thưởng).</summary>
public sealed class CountRule : ScoringRule
{
    internal CountRule(Points max, Points perOccurrence)
    {
        Max = max;
        PerOccurrence = perOccurrence;
    }

    /// <summary>The cap: the leaf's maximum magnitude.</summary>
    public Points Max { get; }

    /// <summary>The points for each occurrence.</summary>
    public Points PerOccurrence { get; }

    /// <inheritdoc/>
    public override RuleKind Kind => RuleKind.Count;

    /// <inheritdoc/>
    public override string InputHint => Hint.Render();

    internal override LocalizedText Hint => LocalizedText.Of(nameof(Resources.Messages.Rule_CountHint));

    /// <summary>The points for a number of occurrences.</summary>
    /// <param name="count">How many times it occurred; not negative.</param>
    public Points Score(long count)
    {
        if (count <= 0)
        {
            return Points.Zero;
        }

        // Compare before multiplying so a huge count cannot overflow.
        return count >= (Max.Ticks + PerOccurrence.Ticks - 1) / PerOccurrence.Ticks ? Max : PerOccurrence * count;
    }

    /// <inheritdoc/>
    public override string Describe() => LocalizedText.Of(nameof(Resources.Messages.Rule_CountDescribe), PerOccurrence.ToString(), Max.ToString()).Render();
}
