using System.Collections.Generic;
using System.IO;
using System.Linq;
using ParIndex.Criteria;

namespace ParIndex.Tests.Criteria;

/// <summary>Every criteria set under criteria/ in the repository loads and adds up.</summary>
public class ShippedCriteriaTests
{
    public static IEnumerable<object[]> Files()
    {
        var folder = TestData.Path("criteria");
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.yaml").OrderBy(f => f, System.StringComparer.Ordinal).ToArray() : new string[0];

        // xunit refuses an empty theory; a placeholder keeps the test meaningful before any set is written.
        return files.Length == 0 ? new[] { new object[] { "" } } : files.Select(f => new object[] { Path.GetFileName(f) });
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void CriteriaFile_LoadsAndItsMaxIsTheSumOfItsOrdinaryAreas(string file)
    {
        if (file.Length == 0)
        {
            return;
        }

        var set = CriteriaSetLoader.Load(TestData.Path("criteria", file));

        var sum = set.Areas.Where(a => a.Block == NodeBlock.None).Aggregate(Points.Zero, (s, a) => s + a.MaxPoints);
        Assert.Equal(sum, set.MaxPoints);
    }

    [Fact]
    public void AMistypedShippedIdNamesTheShippedSetsAndTheClosestInBothLanguages()
    {
        var ex = Assert.Throws<ParIndexException>(() => CriteriaSetLoader.LoadFileOrShipped("commune-2024"));
        var shipped = string.Join(", ", CriteriaSetLoader.ShippedIds);

        Assert.Equal($"commune-2024: neither a file nor a shipped criteria set id (shipped: {shipped}); did you mean 'commune-2025'?", ex.GetMessage(System.Globalization.CultureInfo.GetCultureInfo("en")));
        Assert.Equal($"commune-2024: không phải là tệp, cũng không phải mã của một bộ chỉ số có sẵn (các bộ có sẵn: {shipped}); có phải ý bạn là 'commune-2025'?", ex.GetMessage(System.Globalization.CultureInfo.GetCultureInfo("vi")));
    }

    [Theory]
    [InlineData("missing/criteria.yaml")]
    [InlineData("criteria.yml")]
    public void AMissingPathIsStillAFileNotFound(string path)
    {
        var ex = Assert.Throws<ParIndexException>(() => CriteriaSetLoader.LoadFileOrShipped(path));

        Assert.Equal($"{path}: file not found", ex.GetMessage(System.Globalization.CultureInfo.GetCultureInfo("en")));
    }
}
