using System;

namespace ParIndex.Criteria;

/// <summary>A classification band (xếp loại), e.g. "Tốt" for an index of at least 90.</summary>
public sealed class Band
{
    /// <summary>Creates a band.</summary>
    /// <param name="name">The band's name as published, e.g. "Tốt" or "A".</param>
    /// <param name="minIndex">The lowest index (inclusive, in %) that falls in the band.</param>
    public Band(string name, decimal minIndex)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A band needs a name.", nameof(name));
        }

        Name = name;
        MinIndex = minIndex;
    }

    /// <summary>The band's name as published.</summary>
    public string Name { get; }

    /// <summary>The lowest index (inclusive, in %) that falls in the band.</summary>
    public decimal MinIndex { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Name} ≥ {MinIndex.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
