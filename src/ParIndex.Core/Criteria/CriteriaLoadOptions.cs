namespace ParIndex.Criteria;

/// <summary>Limits applied when loading a criteria set, protecting a process that loads files it did not write.</summary>
/// <remarks>
/// The properties have ordinary setters, not <c>init</c>, so that .NET Framework projects on their default
/// C# 7.3 can set them too.
/// </remarks>
public sealed class CriteriaLoadOptions
{
    /// <summary>A new instance with the default limits.</summary>
    public static CriteriaLoadOptions Default => new();

    /// <summary>The largest file accepted, in bytes (default 4 MiB).</summary>
    public long MaxFileBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>The deepest tree accepted: 1 means areas only (default 8).</summary>
    public int MaxDepth { get; set; } = 8;

    /// <summary>The most nodes accepted in the tree (default 20,000).</summary>
    public int MaxNodes { get; set; } = 20_000;
}
