namespace ParIndex.Reports.Charts;

/// <summary>
/// The charts' colours, as CSS classes so that a report states each colour once. Bands and series use the Okabe–Ito
/// palette, which readers with any common colour-vision deficiency can tell apart; the heat map uses a single-hue
/// (blue) sequential scale, read by lightness. Colour never carries meaning alone: bars carry their band's name,
/// cells their value, slope lines a dash pattern.
/// </summary>
internal static class Palette
{
    /// <summary>Band colours, best band first: blue, sky blue, orange, vermillion, reddish purple; units below every band are grey.</summary>
    public static readonly string[] BandColours = { "#0072B2", "#56B4E9", "#E69F00", "#D55E00", "#CC79A7" };

    /// <summary>Heat-map buckets by index: below 50, 50–60, 60–70, 70–80, 80–90, 90 and above.</summary>
    public static readonly string[] HeatColours = { "#f7fbff", "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c" };

    /// <summary>The lower bound of each heat bucket after the first.</summary>
    public static readonly double[] HeatBounds = { 50, 60, 70, 80, 90 };

    /// <summary>The colour class of the band at <paramref name="position"/> (0 = best), or of no band.</summary>
    public static string Band(int? position) => position is { } p ? "b" + (p < BandColours.Length ? p : BandColours.Length - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : "bn";

    /// <summary>The heat bucket class of an index.</summary>
    public static string Heat(double value)
    {
        var bucket = 0;
        while (bucket < HeatBounds.Length && value >= HeatBounds[bucket])
        {
            bucket++;
        }

        return "h" + bucket.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The CSS that gives the classes their colours (also in print).</summary>
    public static string Css()
    {
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < BandColours.Length; i++)
        {
            sb.Append(".b").Append(i).Append("{fill:").Append(BandColours[i]).Append("}.sw.b").Append(i).Append("{background:").Append(BandColours[i]).Append('}');
        }

        sb.Append(".bn{fill:#999999}.sw.bn{background:#999999}");
        for (var i = 0; i < HeatColours.Length; i++)
        {
            sb.Append(".h").Append(i).Append("{fill:").Append(HeatColours[i]).Append("}.sw.h").Append(i).Append("{background:").Append(HeatColours[i]).Append('}');
        }

        // Series: self (orange) vs appraised (blue); first-order vs total sensitivity.
        sb.Append(".s0{fill:#E69F00}.sw.s0{background:#E69F00}.s1{fill:#0072B2}.sw.s1{background:#0072B2}");
        return sb.ToString();
    }
}
