using System.Linq;
using ParIndex.Criteria;

namespace ParIndex.Tests.Criteria;

/// <summary>docs/criteria-format.md: ticks left over by rounding go to the largest remainders, earlier siblings first.</summary>
public class WeightShareTests
{
    private const string Head = "format: 1\nid: t\nname: T\nlevel: district\nmax: 3.5\nareas:\n  - code: \"1\"\n    name: A\n    max: 3.5\n    children:\n";

    [Fact]
    public void EqualRemaindersGoToTheEarlierSibling_NotToTheOneWhoseQuotientHasTheShorterIntegerPart()
    {
        var set = CriteriaSetLoader.Parse(Head + """
                  - { code: "1.1", name: a, weight: 4, rule: yes_no }
                  - { code: "1.2", name: b, weight: 1, rule: yes_no }
                  - { code: "1.3", name: c, weight: 1, rule: yes_no }
            """, "t.yaml");

        Assert.Equal(new[] { "2.333334", "0.583333", "0.583333" }, new[] { "1.1", "1.2", "1.3" }.Select(c => set[c].MaxPoints.ToString()));
    }

    [Fact]
    public void AWeightedChildWhoseOwnChildrenAddUpToItsShareLoads()
    {
        // 1.2's share is 0.583333; its children add up to exactly that (the old rounding gave 1.2 the tick and refused the file).
        var set = CriteriaSetLoader.Parse(Head + """
                  - { code: "1.1", name: a, weight: 4, rule: yes_no }
                  - code: "1.2"
                    name: b
                    weight: 1
                    children:
                      - { code: "1.2.1", name: b1, max: 0.5, rule: yes_no }
                      - { code: "1.2.2", name: b2, max: 0.083333, rule: yes_no }
                  - { code: "1.3", name: c, weight: 1, rule: yes_no }
            """, "t.yaml");

        Assert.Equal("0.583333", set["1.2"].MaxPoints.ToString());
        Assert.Equal("2.333334", set["1.1"].MaxPoints.ToString());
    }
}
