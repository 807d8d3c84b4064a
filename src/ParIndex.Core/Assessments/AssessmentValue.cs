using System;
using System.Globalization;

namespace ParIndex.Assessments;

/// <summary>
/// A raw value for one leaf, as a unit or the council enters it: text to be read by the leaf's rule
/// ("95,5 %", "có", "Ban hành kịp thời", "2", "không phát sinh"), or a typed number, yes/no or
/// "not applicable". It is interpreted only against a leaf's rule, when added to an
/// <see cref="AssessmentInputBuilder"/>.
/// </summary>
public readonly struct AssessmentValue : IEquatable<AssessmentValue>
{
    private readonly decimal number;

    private AssessmentValue(string? text, decimal number, bool hasNumber, bool notApplicable)
    {
        Text = text;
        this.number = number;
        HasNumber = hasNumber;
        IsNotApplicable = notApplicable;
    }

    /// <summary>"Not applicable" (không phát sinh).</summary>
    public static AssessmentValue NotApplicable { get; } = new(null, 0, false, true);

    /// <summary>Yes (1).</summary>
    public static AssessmentValue Yes { get; } = Number(1);

    /// <summary>No (0).</summary>
    public static AssessmentValue No { get; } = Number(0);

    /// <summary>The text as entered, when the value was given as text.</summary>
    public string? Text { get; }

    /// <summary>Whether the value was given as a number.</summary>
    public bool HasNumber { get; }

    /// <summary>Whether the value is "not applicable".</summary>
    public bool IsNotApplicable { get; }

    /// <summary>The number, when <see cref="HasNumber"/>.</summary>
    public decimal NumberValue => HasNumber ? number : throw new InvalidOperationException("The value is not a number.");

    /// <summary>A value entered as text, read later by the leaf's rule.</summary>
    /// <param name="text">The text as entered.</param>
    public static AssessmentValue Raw(string text) => new(text ?? throw new ArgumentNullException(nameof(text)), 0, false, false);

    /// <summary>A number: a percentage, a count, or points, depending on the leaf's rule.</summary>
    /// <param name="value">The number.</param>
    public static AssessmentValue Number(decimal value) => new(null, value, true, false);

    /// <summary>An option of a choice rule, by name.</summary>
    /// <param name="name">The option's name.</param>
    public static AssessmentValue Option(string name) => Raw(name);

    /// <summary>Yes or no.</summary>
    /// <param name="yes">Whether the requirement is met.</param>
    public static AssessmentValue YesNo(bool yes) => yes ? Yes : No;

    /// <inheritdoc/>
    public bool Equals(AssessmentValue other) => Text == other.Text && number == other.number && HasNumber == other.HasNumber && IsNotApplicable == other.IsNotApplicable;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is AssessmentValue other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (Text?.GetHashCode() ?? 0) ^ number.GetHashCode() ^ (IsNotApplicable ? 1 : 0);

    /// <summary>The value as entered.</summary>
    public override string ToString() => IsNotApplicable ? "không phát sinh" : HasNumber ? number.ToString(CultureInfo.InvariantCulture) : Text ?? "";
}
