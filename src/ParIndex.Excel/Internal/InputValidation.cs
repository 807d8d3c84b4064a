using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using ParIndex.Criteria;

namespace ParIndex.Excel.Internal;

/// <summary>
/// The data validation of a template's input column, from the leaf's rule: a dropdown of the exact options
/// (choice), có/không (yes/no), the number range (tiers, ratio, points), whole numbers (count); the
/// "không phát sinh" marker where the leaf allows not applicable. Each carries the leaf's name and what to
/// enter as its input prompt.
/// </summary>
internal static class InputValidation
{
    /// <summary>The not-applicable marker the template offers (the reader also takes NA, KPS, n/a).</summary>
    public const string NotApplicableMarker = "không phát sinh";

    /// <param name="leaf">The leaf.</param>
    /// <param name="range">The cells, such as D3:D10002.</param>
    /// <param name="firstCell">The range's first cell, for relative formulas.</param>
    /// <param name="optionsRange">For a choice leaf, the absolute reference of its options on the lists sheet.</param>
    public static DataValidation For(CriteriaNode leaf, string range, string firstCell, string? optionsRange)
    {
        var rule = leaf.Rule!;
        var na = leaf.NotApplicable != NotApplicablePolicy.Forbidden;
        var v = new DataValidation
        {
            SequenceOfReferences = new ListValue<StringValue> { InnerText = range },
            AllowBlank = true,
            ShowInputMessage = true,
            ShowErrorMessage = true,
            ErrorStyle = DataValidationErrorStyleValues.Stop,
            PromptTitle = Cut(leaf.Code, 32),
            Prompt = Cut($"{leaf.Name} ({Text.Format("TemplateMaxPoints", leaf.MaxPoints)}). {rule.InputHint}" + (na ? " " + Text.Format("TemplateOrNotApplicable", NotApplicableMarker) : ""), 255),
            ErrorTitle = Cut(Text.Get("TemplateInvalidTitle"), 32),
            Error = Cut(Text.Format("TemplateInvalidMessage", leaf.Code, rule.InputHint + (na ? " | " + NotApplicableMarker : "")), 255),
        };
        switch (rule)
        {
            case ChoiceRule:
                v.Type = DataValidationValues.List;
                v.Formula1 = new Formula1(optionsRange!);
                break;
            case YesNoRule:
                v.Type = DataValidationValues.List;
                v.Formula1 = new Formula1("\"có,không" + (na ? "," + NotApplicableMarker : "") + "\"");
                break;
            case TiersRule tiers:
                Range(v, tiers.DomainMin, tiers.DomainMax, whole: false, na, firstCell);
                break;
            case RatioRule ratio:
                // Achievement against a plan may exceed it (110 % of the plan): full points from the target up, no upper bound.
                Range(v, 0, null, whole: false, na, firstCell);
                break;
            case PointsRule points:
                var max = points.Max.ToDecimal();
                Range(v, System.Math.Min(0, max), System.Math.Max(0, max), whole: false, na, firstCell);
                break;
            case CountRule:
                Range(v, 0, null, whole: true, na, firstCell);
                break;
        }

        return v;
    }

    private static void Range(DataValidation v, decimal min, decimal? max, bool whole, bool na, string cell)
    {
        var low = min.ToString(CultureInfo.InvariantCulture);
        var high = max?.ToString(CultureInfo.InvariantCulture);
        if (!na)
        {
            v.Type = whole ? DataValidationValues.Whole : DataValidationValues.Decimal;
            v.Operator = high is null ? DataValidationOperatorValues.GreaterThanOrEqual : DataValidationOperatorValues.Between;
            v.Formula1 = new Formula1(low);
            if (high is not null)
            {
                v.Formula2 = new Formula2(high);
            }

            return;
        }

        // A number in range, or the not-applicable marker: only a custom formula allows both.
        var number = $"AND(ISNUMBER({cell}),{cell}>={low}" + (high is null ? "" : $",{cell}<={high}") + (whole ? $",{cell}=INT({cell})" : "") + ")";
        v.Type = DataValidationValues.Custom;
        v.Formula1 = new Formula1($"OR({number},{cell}=\"{NotApplicableMarker}\",{cell}=\"NA\")");
    }

    internal static string Cut(string text, int length) => text.Length <= length ? text : text.Substring(0, length - 1) + "…";
}
