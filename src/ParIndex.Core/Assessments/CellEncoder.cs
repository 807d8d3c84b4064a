using System;
using System.Globalization;
using System.Linq;
using ParIndex.Criteria;
using ParIndex.Internal;
using ParIndex.Resources;

namespace ParIndex.Assessments;

/// <summary>
/// Reads an assessment value into a leaf's cell (the encoding <see cref="CompiledCriteria"/> describes), or says why it
/// cannot be read: the one place where input text becomes a cell, for every input format and appraisal round.
/// </summary>
internal static class CellEncoder
{
    /// <summary>Reads a value for a leaf into a cell, or returns the reason it cannot be read.</summary>
    public static bool TryEncode(this CompiledCriteria c, int leaf, AssessmentValue value, out long cell, out LocalizedText? error)
    {
        cell = CompiledCriteria.MissingCell;
        error = null;
        var def = c.LeafDefinition(leaf);
        var text = value.Text;
        if (value.IsNotApplicable || (text is not null && ValueText.IsNotApplicable(text)))
        {
            if (c.NotApplicable[leaf] == NotApplicablePolicy.Forbidden)
            {
                error = LocalizedText.Of(nameof(Messages.Value_NotApplicableForbidden), def.Code);
                return false;
            }

            cell = CompiledCriteria.NotApplicableCell;
            return true;
        }

        var shown = text ?? value.ToString();
        if (c.Kind[leaf] == RuleKind.Choice)
        {
            if (text is null)
            {
                error = LocalizedText.Of(nameof(Messages.Value_NotAnOption), shown, def.Code, c.RuleHint(leaf), LocalizedText.Empty);
                return false;
            }

            var index = ((ChoiceRule)def.Rule!).IndexOf(text);
            if (index < 0)
            {
                error = LocalizedText.Of(nameof(Messages.Value_NotAnOption), text.Trim(), def.Code, c.RuleHint(leaf), LocalizedText.DidYouMean(text, ((ChoiceRule)def.Rule!).Options.Select(o => o.Name)));
                return false;
            }

            cell = index;
            return true;
        }

        if (c.Kind[leaf] == RuleKind.YesNo && text is not null)
        {
            if (!ValueText.TryParseYesNo(text, out var yes))
            {
                error = LocalizedText.Of(nameof(Messages.Value_NotYesNo), text.Trim(), def.Code);
                return false;
            }

            cell = yes ? 1 : 0;
            return true;
        }

        if (text is not null && c.TryEncodePlain(leaf, text, out cell))
        {
            return true;
        }

        decimal number;
        if (value.HasNumber)
        {
            number = value.NumberValue;
        }
        else if (!ValueText.TryParseNumber(text!, out number))
        {
            error = LocalizedText.Of(nameof(Messages.Value_NotANumber), text!.Trim(), def.Code, c.RuleHint(leaf));
            return false;
        }

        if (text is not null && text.IndexOf('%') >= 0 && (c.Kind[leaf] == RuleKind.Points || c.Kind[leaf] == RuleKind.Count))
        {
            error = LocalizedText.Of(nameof(Messages.Value_PercentageNotAllowed), text.Trim(), def.Code, c.RuleHint(leaf));
            return false;
        }

        switch (c.Kind[leaf])
        {
            case RuleKind.YesNo:
                if (number != 0 && number != 1)
                {
                    error = LocalizedText.Of(nameof(Messages.Value_NotYesNo), shown, def.Code);
                    return false;
                }

                cell = (long)number;
                return true;
            case RuleKind.Count:
                if (number < 0 || number != decimal.Truncate(number) || number > int.MaxValue)
                {
                    error = LocalizedText.Of(nameof(Messages.Value_NotACount), shown, def.Code);
                    return false;
                }

                cell = (long)number;
                return true;
            case RuleKind.Points:
                if (!FixedMath.TryToTicks(number, out var ticks) || ticks < 0 || ticks > c.Magnitude[leaf])
                {
                    error = LocalizedText.Of(nameof(Messages.Value_PointsOutside), Show(number), Points.FromTicks(c.Magnitude[leaf]), def.Code);
                    return false;
                }

                if (ticks % c.Param[leaf] != 0)
                {
                    error = LocalizedText.Of(nameof(Messages.Value_PointsOffStep), Show(number), Points.FromTicks(c.Param[leaf]), def.Code);
                    return false;
                }

                cell = ticks;
                return true;
            default:
                if (!FixedMath.TryToTicks(number, out var valueTicks))
                {
                    error = LocalizedText.Of(nameof(Messages.Value_TooPrecise), shown, Points.Decimals, def.Code);
                    return false;
                }

                if (c.Kind[leaf] == RuleKind.Tiers && (valueTicks < c.DomainMin[leaf] || valueTicks > c.DomainMax[leaf]))
                {
                    var rule = (TiersRule)def.Rule!;
                    error = LocalizedText.Of(nameof(Messages.Value_OutsideRange), Show(number), Show(rule.DomainMin), Show(rule.DomainMax), def.Code);
                    return false;
                }

                if (c.Kind[leaf] == RuleKind.Ratio && valueTicks < 0)
                {
                    error = LocalizedText.Of(nameof(Messages.Value_Negative), Show(number), def.Code);
                    return false;
                }

                cell = valueTicks;
                return true;
        }
    }

    /// <summary>
    /// Fast path for the commonest text, a plain non-negative number ("87", "95.5", "0.25", "95,5", "95 %"): read
    /// straight into ticks and accepted only when the general path would accept it with the same
    /// cell. Anything else (signs, '%' where the rule refuses one, out-of-range values) returns false and goes
    /// through the general path, which also writes the error messages.
    /// </summary>
    private static bool TryEncodePlain(this CompiledCriteria c, int leaf, string text, out long cell)
    {
        // A plain number is short ASCII: copy it to bytes and share the UTF-8 fast path.
        cell = CompiledCriteria.MissingCell;
        if (text.Length > 24)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] > 127)
            {
                return false;
            }

            bytes[i] = (byte)text[i];
        }

        return c.TryEncodePlain(leaf, bytes, out cell);
    }

    /// <summary>
    /// <see cref="TryEncodePlain(CompiledCriteria, int, string, out long)"/> on the UTF-8 bytes of a trimmed text, plus
    /// "1" and "0" for yes/no leaves: what <see cref="TryEncode"/> would give for the same text, or false.
    /// </summary>
    public static bool TryEncodePlain(this CompiledCriteria c, int leaf, ReadOnlySpan<byte> text, out long cell)
    {
        cell = CompiledCriteria.MissingCell;
        var kind = c.Kind[leaf];
        if (kind == RuleKind.YesNo)
        {
            if (text.Length == 1 && (text[0] == (byte)'0' || text[0] == (byte)'1'))
            {
                cell = text[0] - '0';
                return true;
            }

            return false;
        }

        // Signs go through the general path (a negative value is refused there, with its message).
        if (kind == RuleKind.Choice || !PlainNumber.TryParse(text, out var ticks, out var sign, out var percent) || sign != 0)
        {
            return false;
        }

        var whole = ticks / Points.TicksPerPoint;
        switch (kind)
        {
            case RuleKind.Count:
                if (percent || ticks % Points.TicksPerPoint != 0 || whole > int.MaxValue)
                {
                    return false;
                }

                cell = whole;
                return true;
            case RuleKind.Points:
                if (percent || ticks > c.Magnitude[leaf] || ticks % c.Param[leaf] != 0)
                {
                    return false;
                }

                cell = ticks;
                return true;
            case RuleKind.Tiers:
                if (ticks < c.DomainMin[leaf] || ticks > c.DomainMax[leaf])
                {
                    return false;
                }

                cell = ticks;
                return true;
            case RuleKind.Ratio:
                cell = ticks;
                return true;
            default:
                return false;
        }
    }

    private static string Show(decimal value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
