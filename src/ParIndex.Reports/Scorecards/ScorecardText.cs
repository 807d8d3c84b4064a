using System.Collections.Generic;
using System.Linq;
using ParIndex.Assessments;
using ParIndex.Criteria;
using ParIndex.Ranking;
using ParIndex.Reports.Text;
using ParIndex.Scoring;

namespace ParIndex.Reports.Scorecards;

/// <summary>
/// A unit's scorecard (phiếu chấm điểm) with every text already in the report's language: what <c>parindex explain</c>
/// shows — the criteria tree with maximum, self-assessed value and points, each appraisal with its reason, final points
/// and points lost — and what it would take to move up. The HTML and Word writers only lay it out.
/// </summary>
internal sealed class ScorecardText
{
    private ScorecardText(RankedUnit unit, string heading, IReadOnlyList<string> facts, IReadOnlyList<ScorecardRow> rows, IReadOnlyList<string> notes, IReadOnlyList<string> outlook, string? recoverHeading, IReadOnlyList<RecoverRow> recover, bool regains)
    {
        Unit = unit;
        Heading = heading;
        Facts = facts;
        Rows = rows;
        Notes = notes;
        Outlook = outlook;
        RecoverHeading = recoverHeading;
        Recover = recover;
        ShowsRegains = regains;
    }

    public RankedUnit Unit { get; }

    /// <summary>"Scorecard — NAME (ID)".</summary>
    public string Heading { get; }

    /// <summary>Lines under the heading: group, totals and index, rank and band, any penalty.</summary>
    public IReadOnlyList<string> Facts { get; }

    /// <summary>Every node of the criteria tree, in criteria-set order.</summary>
    public IReadOnlyList<ScorecardRow> Rows { get; }

    /// <summary>Notes under the table (deduction blocks over their cap).</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>What it would take: points to the next rank and band.</summary>
    public IReadOnlyList<string> Outlook { get; }

    /// <summary>The heading of the criteria to recover, or <see langword="null"/> when no points were lost.</summary>
    public string? RecoverHeading { get; }

    public IReadOnlyList<RecoverRow> Recover { get; }

    /// <summary>Whether the recover table needs its "regains" column (a capped deduction block makes a leaf worth less than its loss).</summary>
    public bool ShowsRegains { get; }

    /// <summary>The column headers of <see cref="Rows"/>.</summary>
    public static string[] Columns(Labels l) => new[] { l["Code"], l["Criterion"], l["Max"], l["SelfValue"], l["SelfPoints"], l["AppraisalAndReason"], l["Final"], l["Lost"] };

    /// <summary>The column headers of <see cref="Recover"/>.</summary>
    public string[] RecoverColumns(Labels l) => ShowsRegains
        ? new[] { l["Code"], l["Criterion"], l["Max"], l["Final"], l["Lost"], l["Regains"], l["ClosesGapAlone"] }
        : new[] { l["Code"], l["Criterion"], l["Max"], l["Final"], l["Lost"], l["ClosesGapAlone"] };

    public static ScorecardText Build(RankingResult ranking, RankedUnit ranked, Labels l, NumberText n, int top)
    {
        var unit = ranked.Score;
        var set = unit.Sheet.CriteriaSet;
        var explanation = unit.Scorecard();
        var facts = new List<string>();
        if (unit.Group is { } group)
        {
            facts.Add(l.Format("FactGroup", group));
        }

        facts.Add(l.Format("FactTotals", n.Points(unit.SelfPoints), n.Points(unit.Points), n.Points(unit.MaxPoints), n.Points(unit.SurveyPoints), n.Decimal(unit.ReportedIndex)));
        if (!unit.OverScoringPenalty.IsZero)
        {
            facts.Add(l.Format("FactPenalty", n.Points(unit.OverScoringPenalty), n.Points(set.OverScoringPenalty!.Threshold)));
        }

        var leaves = explanation.Leaves.ToDictionary(x => x.Leaf.Code);
        var rows = new List<ScorecardRow>(set.Nodes.Count);
        foreach (var node in set.Nodes)
        {
            var score = unit.Node(node.Code);
            if (!node.IsLeaf)
            {
                var lost = node.Block == NodeBlock.None ? n.Points(score.MaxPoints - score.Points)
                    : node.Block == NodeBlock.Deduction && score.Points < Points.Zero ? n.Points(-score.Points)
                    : "";
                rows.Add(new ScorecardRow(
                    node,
                    n.Points(node.Block == NodeBlock.None ? score.MaxPoints : node.MaxPoints),
                    "",
                    null,
                    SurveyOnly(node) ? l["Survey"] : n.Points(score.SelfPoints),
                    System.Array.Empty<string>(),
                    n.Points(score.Points),
                    lost));
                continue;
            }

            var leaf = leaves[node.Code];
            rows.Add(new ScorecardRow(
                node,
                n.Points(node.Block == NodeBlock.None ? leaf.MaxPoints : node.MaxPoints),
                leaf.SelfNotApplicable ? l["NotApplicable"] : leaf.SelfValue,
                leaf.Evidence is { Length: > 0 } evidence ? l.Format("Evidence", evidence) : null,
                node.Source == ValueSource.Survey ? l["Survey"] : n.Points(leaf.SelfPoints),
                leaf.Appraisals.Select(a => l.Format("AppraisalStep", a.Round, Describe(a.Adjustment, l), n.Points(a.PointsAfter), a.Adjustment.Reason)).ToArray(),
                n.Points(leaf.Points),
                leaf.Lost.IsZero ? "" : n.Points(leaf.Lost)));
        }

        var notes = explanation.CappedBlocks
            .Select(b => l.Format("CappedBlock", b.Node.Code, n.Points(b.DeductedBeforeCap!.Value), n.Points(-b.Node.MaxPoints), n.Points(b.Lost)))
            .ToList();

        var gap = ranking.WhatItWouldTake(ranked.Id);
        var outlook = new List<string>();
        var size = ranked.GroupRank is null ? ranking.Units.Count : ranking.Units.Count(u => u.Group == ranked.Group);
        var band = ranked.Band is null ? "" : l.Format("BandSuffix", ranked.Band.Name);
        outlook.Add(ranked.GroupRank is null
            ? l.Format("OutlookRank", n.Int(ranked.PublishedRank), n.Int(size), n.Decimal(unit.ReportedIndex), band)
            : l.Format("OutlookGroupRank", n.Int(ranked.PublishedRank), n.Int(size), ranked.Group ?? "", n.Int(ranked.Rank), n.Decimal(unit.ReportedIndex), band));
        outlook.Add(gap.NextUp is { } next
            ? l.Format("OutlookNextRank", n.Decimal(ranked.ReportedPointsToNextRank!.Value), next.Score.Name, next.Id, n.Int(next.PublishedRank), n.Decimal(next.Score.ReportedIndex))
            : l["OutlookFirst"]);
        if (gap.NextBand is { } nextBand)
        {
            outlook.Add(l.Format("OutlookNextBand", n.Decimal(ranked.ReportedPointsToNextBand!.Value), nextBand.Name, n.Decimal(nextBand.MinIndex)));
        }

        var criteria = gap.Criteria.Take(top).ToArray();
        var regains = criteria.Any(c => c.Recoverable != c.Lost);
        string? recoverHeading = criteria.Length == 0 ? null
            : gap.ReportedTargetGap is { } target ? l.Format("RecoverToClose", n.Decimal(target), n.Int(criteria.Length))
            : l.Format("RecoverLost", n.Int(criteria.Length));
        if (criteria.Length == 0)
        {
            outlook.Add(l["NoPointsLost"]);
        }

        var recover = criteria.Select(c => new RecoverRow(
            c.Leaf.Leaf.Code,
            c.Leaf.Leaf.Name,
            n.Points(c.Leaf.Leaf.MaxPoints),
            n.Points(c.Leaf.Points),
            n.Points(c.Lost),
            n.Points(c.Recoverable),
            c.ClosesGap ? l["Yes"] : "")).ToArray();
        return new ScorecardText(ranked, l.Format("ScorecardHeading", unit.Name, unit.Id), facts, rows, notes, outlook, recoverHeading, recover, regains);
    }

    /// <summary>Whether every leaf under the node is scored by survey (so it has no self points).</summary>
    private static bool SurveyOnly(CriteriaNode node) => node.IsLeaf ? node.Source == ValueSource.Survey : node.Children.All(SurveyOnly);

    private static string Describe(Adjustment adjustment, Labels l) => adjustment.Kind switch
    {
        AdjustmentKind.Value => l.Format("AdjustValue", adjustment.DisplayValue),
        AdjustmentKind.Points => l.Format("AdjustPoints", adjustment.DisplayValue),
        _ => l.Format("AdjustDelta", adjustment.DisplayValue),
    };
}

/// <summary>One node of a scorecard, every figure as text.</summary>
internal sealed class ScorecardRow
{
    public ScorecardRow(CriteriaNode node, string max, string selfValue, string? evidence, string selfPoints, IReadOnlyList<string> appraisals, string final, string lost)
    {
        Node = node;
        Max = max;
        SelfValue = selfValue;
        Evidence = evidence;
        SelfPoints = selfPoints;
        Appraisals = appraisals;
        Final = final;
        Lost = lost;
    }

    public CriteriaNode Node { get; }

    public string Max { get; }

    public string SelfValue { get; }

    public string? Evidence { get; }

    public string SelfPoints { get; }

    /// <summary>Each appraisal that changed the leaf: "round: change → points. Reason: …".</summary>
    public IReadOnlyList<string> Appraisals { get; }

    public string Final { get; }

    public string Lost { get; }
}

/// <summary>A criterion where the unit can recover points.</summary>
internal sealed class RecoverRow
{
    public RecoverRow(string code, string name, string max, string final, string lost, string regains, string closesGap)
    {
        Code = code;
        Name = name;
        Max = max;
        Final = final;
        Lost = lost;
        Regains = regains;
        ClosesGap = closesGap;
    }

    public string Code { get; }

    public string Name { get; }

    public string Max { get; }

    public string Final { get; }

    public string Lost { get; }

    public string Regains { get; }

    public string ClosesGap { get; }

    public string[] Cells(bool regains) => regains
        ? new[] { Code, Name, Max, Final, Lost, Regains, ClosesGap }
        : new[] { Code, Name, Max, Final, Lost, ClosesGap };
}
