using System;
using System.Collections.Generic;
using ParIndex.Internal;
using ParIndex.Resources;

namespace ParIndex.Criteria;

/// <summary>What a tie-breaker compares.</summary>
internal enum TieBreakerKind
{
    /// <summary>Survey points, more first.</summary>
    Survey,

    /// <summary>The gap between self-assessed and appraised points, smaller first.</summary>
    SelfAccuracy,

    /// <summary>The unit id, ordinal order.</summary>
    UnitId,

    /// <summary>A node's points, more first.</summary>
    Node,
}

/// <summary>
/// One tie-breaker (<c>survey</c>, <c>self_accuracy</c>, <c>unit_id</c> or <c>node:CODE</c>), parsed in one place for the
/// criteria file, scenarios, <c>RankingOptions.TieBreakers</c> and the command line, with the same messages everywhere.
/// </summary>
internal readonly struct TieBreaker
{
    private const string NodePrefix = "node:";

    private TieBreaker(TieBreakerKind kind, string name, string? code)
    {
        Kind = kind;
        Name = name;
        Code = code;
    }

    /// <summary>What it compares.</summary>
    public TieBreakerKind Kind { get; }

    /// <summary>The canonical name: <c>survey</c>, <c>self_accuracy</c>, <c>unit_id</c> or <c>node:CODE</c> (no spaces).</summary>
    public string Name { get; }

    /// <summary>The node's code for <see cref="TieBreakerKind.Node"/>, else <see langword="null"/>.</summary>
    public string? Code { get; }

    /// <summary>
    /// Parses a tie-breaker; a <c>node:CODE</c> must name a node for which <paramref name="isNode"/> holds. On failure
    /// <paramref name="problem"/> says why, naming the set by <paramref name="setId"/> and suggesting the closest of the
    /// names or of <paramref name="codes"/> (enumerated only then).
    /// </summary>
    public static bool TryParse(string? text, Func<string, bool> isNode, IEnumerable<string> codes, string? setId, out TieBreaker tieBreaker, out LocalizedText? problem)
    {
        var name = (text ?? "").Trim();
        problem = null;
        switch (name)
        {
            case "survey":
                tieBreaker = new TieBreaker(TieBreakerKind.Survey, name, null);
                return true;
            case "self_accuracy":
                tieBreaker = new TieBreaker(TieBreakerKind.SelfAccuracy, name, null);
                return true;
            case "unit_id":
                tieBreaker = new TieBreaker(TieBreakerKind.UnitId, name, null);
                return true;
        }

        tieBreaker = default;
        if (!name.StartsWith(NodePrefix, StringComparison.Ordinal))
        {
            problem = LocalizedText.Of(nameof(Messages.Set_UnknownTieBreaker), name, LocalizedText.DidYouMean(name, new[] { "survey", "self_accuracy", "unit_id" }));
            return false;
        }

        var code = name.Substring(NodePrefix.Length).Trim();
        if (!isNode(code))
        {
            problem = LocalizedText.Of(nameof(Messages.Set_TieBreakerNoCriterion), name, setId, LocalizedText.DidYouMean(code, codes));
            return false;
        }

        tieBreaker = new TieBreaker(TieBreakerKind.Node, NodePrefix + code, code);
        return true;
    }

    /// <summary>The tie-breaker a canonical name (as stored in a set or ranking result) stands for.</summary>
    public static TieBreaker FromName(string name) =>
        TryParse(name, _ => true, Array.Empty<string>(), null, out var tieBreaker, out _) ? tieBreaker : throw new ArgumentException($"Not a tie-breaker: '{name}'.", nameof(name));
}
