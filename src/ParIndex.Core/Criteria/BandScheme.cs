using System;
using System.Collections.Generic;
using System.Linq;

namespace ParIndex.Criteria;

/// <summary>An ordered set of classification bands, highest first; bands are data in the criteria set, not code.</summary>
public sealed class BandScheme
{
    /// <summary>No bands: every unit is unclassified.</summary>
    public static readonly BandScheme None = new(Array.Empty<Band>());

    /// <summary>Creates a scheme; bands are ordered by their minimum index, highest first.</summary>
    /// <param name="bands">The bands; minimum indices must be distinct.</param>
    public BandScheme(IEnumerable<Band> bands)
    {
        var ordered = (bands ?? throw new ArgumentNullException(nameof(bands))).OrderByDescending(b => b.MinIndex).ToArray();
        for (var i = 1; i < ordered.Length; i++)
        {
            if (ordered[i].MinIndex == ordered[i - 1].MinIndex)
            {
                throw new ArgumentException($"Bands '{ordered[i - 1].Name}' and '{ordered[i].Name}' have the same minimum {ordered[i].MinIndex}.", nameof(bands));
            }
        }

        Bands = ordered;
    }

    /// <summary>The bands, highest minimum first.</summary>
    public IReadOnlyList<Band> Bands { get; }

    /// <summary>The band an index falls in: the highest band whose minimum it reaches, or <see langword="null"/> when below every band.</summary>
    /// <param name="index">The index in %, normally as reported (rounded to the set's precision).</param>
    public Band? Classify(decimal index) => Reached(minIndex => index >= minIndex);

    /// <summary>The next band above the one <paramref name="index"/> falls in, or <see langword="null"/> when already in the top band.</summary>
    /// <param name="index">The index in %.</param>
    public Band? NextAbove(decimal index) => Above(minIndex => index >= minIndex);

    /// <summary>
    /// The band classifier: the highest band whose minimum index <paramref name="reaches"/> (reported or exact, as
    /// the caller compares), or <see langword="null"/> below every band.
    /// </summary>
    internal Band? Reached(Func<decimal, bool> reaches)
    {
        var position = Position(reaches);
        return position < 0 ? null : Bands[position];
    }

    /// <summary>The band just above the one <see cref="Reached"/> gives (the lowest band when none is reached), or <see langword="null"/> in the top band.</summary>
    internal Band? Above(Func<decimal, bool> reaches)
    {
        var position = Position(reaches);
        var above = (position < 0 ? Bands.Count : position) - 1;
        return above < 0 ? null : Bands[above];
    }

    /// <summary>The position (highest first) of the first band whose minimum is reached, or -1.</summary>
    private int Position(Func<decimal, bool> reaches)
    {
        for (var b = 0; b < Bands.Count; b++)
        {
            if (reaches(Bands[b].MinIndex))
            {
                return b;
            }
        }

        return -1;
    }
}
