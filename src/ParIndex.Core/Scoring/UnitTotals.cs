namespace ParIndex.Scoring;

/// <summary>Per-unit totals in ticks.</summary>
internal readonly struct UnitTotals
{
    public UnitTotals(long self, long points, long survey, long max, long penalty)
    {
        Self = self;
        Points = points;
        Survey = survey;
        Max = max;
        Penalty = penalty;
    }

    public long Self { get; }

    public long Points { get; }

    public long Survey { get; }

    public long Max { get; }

    /// <summary>The over-scoring penalty deducted from <see cref="Points"/> (zero or positive).</summary>
    public long Penalty { get; }
}
