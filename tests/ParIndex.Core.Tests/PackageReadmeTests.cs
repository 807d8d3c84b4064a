using System.IO;

namespace ParIndex.Tests;

/// <summary>The package README's example is the package consumer's Program.cs, which .ci/run compiles and runs against the packed package.</summary>
public class PackageReadmeTests
{
    [Fact]
    public void PackageReadmeExampleIsThePackageConsumerProgram()
    {
        var readme = File.ReadAllText(TestData.Path("src", "ParIndex.Core", "README.md")).Replace("\r\n", "\n");
        var program = File.ReadAllText(TestData.Path("tests", "PackageConsumer", "Program.cs")).Replace("\r\n", "\n");

        const string Fence = "```csharp\n";
        var start = readme.IndexOf(Fence, System.StringComparison.Ordinal);
        Assert.True(start >= 0, "src/ParIndex.Core/README.md has no ```csharp block");
        start += Fence.Length;
        var end = readme.IndexOf("```\n", start, System.StringComparison.Ordinal);
        Assert.Equal(program, readme.Substring(start, end - start));
    }
}
