using System;

namespace ParIndex.Assessments;

/// <summary>A unit being assessed (đơn vị): a department, district, commune, province or ministry.</summary>
public sealed class UnitInfo
{
    /// <summary>Creates a unit.</summary>
    /// <param name="id">A stable identifier, unique within a round.</param>
    /// <param name="name">The unit's name as published.</param>
    /// <param name="group">The group it is ranked in (khối), e.g. "huyen", or <see langword="null"/>.</param>
    public UnitInfo(string id, string name, string? group = null)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ArgumentException("A unit needs an id.", nameof(id));
        }

        Id = id.Trim();
        Name = string.IsNullOrWhiteSpace(name) ? Id : name.Trim().Normalize(System.Text.NormalizationForm.FormC);
        Group = string.IsNullOrWhiteSpace(group) ? null : group!.Trim();
    }

    /// <summary>The unit's identifier.</summary>
    public string Id { get; }

    /// <summary>The unit's name (NFC).</summary>
    public string Name { get; }

    /// <summary>The group it is ranked in, or <see langword="null"/>.</summary>
    public string? Group { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Id} {Name}";
}
