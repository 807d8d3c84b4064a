using BenchmarkDotNet.Attributes;
using ParIndex.Benchmarks.Shared;
using ParIndex.Criteria;
using ParIndex.Scoring;

namespace ParIndex.Benchmarks;

/// <summary>Loading and compiling a criteria set: the shipped district set and a generated 200-leaf set.</summary>
[Config(typeof(BenchConfig))]
public class CriteriaBenchmarks
{
    private string yaml = null!;
    private CriteriaSet set = null!;

    /// <summary>Generates the YAML once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        yaml = SyntheticRound.Generate(1, 200).CriteriaYaml;
        set = CriteriaSetLoader.Parse(yaml, "synthetic.yaml");
    }

    /// <summary>Parse and check the 200-leaf YAML.</summary>
    [Benchmark]
    public CriteriaSet Parse200() => CriteriaSetLoader.Parse(yaml, "synthetic.yaml");

    /// <summary>Flatten the 200-leaf set into the scorer's arrays.</summary>
    [Benchmark]
    public object Compile200() => new CompiledCriteria(set);

    /// <summary>Load the shipped district set from the assembly and compile it.</summary>
    [Benchmark]
    public object LoadAndCompileShipped() => new CompiledCriteria(CriteriaSetLoader.LoadShipped());
}
