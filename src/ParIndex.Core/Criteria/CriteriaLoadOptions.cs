namespace ParIndex.Criteria;

/// <summary>Limits applied when loading a criteria set, protecting a process that loads files it did not write.</summary>
public sealed class CriteriaLoadOptions
{
    /// <summary>The default limits.</summary>
    public static readonly CriteriaLoadOptions Default = new();

    /// <summary>The largest file accepted, in bytes (default 4 MiB).</summary>
    public long MaxFileBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>The deepest tree accepted: 1 means areas only (default 8).</summary>
    public int MaxDepth { get; init; } = 8;

    /// <summary>The most nodes accepted in the tree (default 20,000).</summary>
    public int MaxNodes { get; init; } = 20_000;
}
