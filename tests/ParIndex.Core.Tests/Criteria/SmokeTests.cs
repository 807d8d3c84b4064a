using System.IO;
using System.Linq;
using ParIndex.Criteria;

namespace ParIndex.Tests.Criteria;

public class SmokeTests
{
    [Fact]
    public void DocExampleLoads()
    {
        var set = CriteriaSetLoader.Load("/tmp/example.yaml");
        Assert.Equal("example-district", set.Id);
        Assert.Equal(Points.FromDecimal(100), set.MaxPoints);
        Assert.Equal("66|22", string.Join("|", set["2"].Children.Select(c => c.MaxPoints.ToString())));
        var ex = Assert.Throws<ParIndexException>(() => CriteriaSetLoader.Parse(File.ReadAllText("/tmp/example.yaml").Replace("max: 12", "max: 13").Replace("ge: 70", "gt: 70").Replace("kind: ratio, target: 100", "kind: ratio, target: 100, foo: 1"), "x.yaml"));
        System.Console.Error.WriteLine(ex.Message); Assert.Equal(3, ex.Diagnostics.Count);
    }
}
