using System.Linq;
using System.Reflection;

namespace ParIndex.Tests;

/// <summary>The assembly version an application binds to: MAJOR.MINOR.0.0 of the package version (Directory.Build.props).</summary>
public class AssemblyVersionTests
{
    [Fact]
    public void TheAssemblyVersionIsTheMajorAndMinorOfThePackageVersion_NotZero()
    {
        var assembly = typeof(Points).Assembly;
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        var parts = informational.Split('-', '+')[0].Split('.').Select(int.Parse).ToArray(); // "0.2.0-alpha.0.612" → 0, 2, 0

        var version = assembly.GetName().Version!;

        Assert.Equal(new System.Version(parts[0], parts[1], 0, 0), version);
        Assert.NotEqual(new System.Version(0, 0, 0, 0), version);
    }
}
