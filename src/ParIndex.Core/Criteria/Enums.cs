namespace ParIndex.Criteria;

/// <summary>The administrative level whose units a criteria set scores.</summary>
public enum CriteriaLevel
{
    /// <summary>Ministries and ministry-level agencies (cấp bộ), scored by the Ministry of Home Affairs.</summary>
    Ministry,

    /// <summary>Provinces and centrally-run cities (cấp tỉnh), scored by the Ministry of Home Affairs.</summary>
    Province,

    /// <summary>Provincial departments and agencies (sở, ban, ngành), scored by the province.</summary>
    Department,

    /// <summary>Districts (cấp huyện), scored by the province; abolished by the 2025 reform but still needed for earlier years.</summary>
    District,

    /// <summary>Communes, wards and towns (cấp xã), scored by the province.</summary>
    Commune,
}

/// <summary>Where a leaf's value comes from.</summary>
public enum ValueSource
{
    /// <summary>Self-assessed by the unit (tự đánh giá), then appraised by the council (thẩm định).</summary>
    Self,

    /// <summary>From the sociological survey (điều tra xã hội học); never self-scored.</summary>
    Survey,
}

/// <summary>What "not applicable" (không phát sinh) means for a leaf.</summary>
public enum NotApplicablePolicy
{
    /// <summary>The leaf must always have a value; not applicable is an error.</summary>
    Forbidden,

    /// <summary>Not applicable earns the leaf's full points.</summary>
    FullPoints,

    /// <summary>Not applicable removes the leaf from the unit's maximum, so the index is rescaled over what applies.</summary>
    Exclude,
}

/// <summary>Whether a node belongs to an ordinary part of the tree or to a capped deduction or bonus block.</summary>
public enum NodeBlock
{
    /// <summary>An ordinary node: its maximum counts towards the unit's maximum.</summary>
    None,

    /// <summary>A deduction block (điểm trừ): points are subtracted, up to the block's cap; adds nothing to the maximum.</summary>
    Deduction,

    /// <summary>A bonus block (điểm thưởng): points are added, up to the block's cap; adds nothing to the maximum.</summary>
    Bonus,
}

/// <summary>The kind of a leaf's scoring rule.</summary>
public enum RuleKind
{
    /// <summary>Full points or zero.</summary>
    YesNo,

    /// <summary>Named options mapped to points.</summary>
    Choice,

    /// <summary>A measured value mapped to points by ordered thresholds.</summary>
    Tiers,

    /// <summary>Points = max × value ÷ target, clamped to [0, max].</summary>
    Ratio,

    /// <summary>Points entered directly, 0..max, optionally on a step.</summary>
    Points,

    /// <summary>Points per occurrence, capped at the leaf's maximum.</summary>
    Count,
}
