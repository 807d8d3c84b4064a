using System.IO;
using BenchmarkDotNet.Attributes;
using ParIndex.Assessments;
using ParIndex.Benchmarks.Shared;
using ParIndex.IO;

namespace ParIndex.Benchmarks;

/// <summary>
/// Reading a national round (10,000 units × 200 leaves): the four CSV files from disk (UTF-8 check,
/// CSV parse, every value read by its leaf's rule, appraisals, survey), and the same values given
/// in memory as text through <see cref="AssessmentInputBuilder"/>.
/// </summary>
[Config(typeof(BenchConfig))]
public class InputBenchmarks
{
    private SyntheticRound round = null!;
    private string directory = null!;
    private AssessmentInputBuilder withUnits = null!;

    /// <summary>The size benchmarked.</summary>
    [ParamsSource(nameof(Scales))]
    public Scale Size { get; set; } = Scale.National;

    /// <summary>The national size only.</summary>
    public static Scale[] Scales => new[] { Scale.National };

    /// <summary>Writes the files once (not timed).</summary>
    [GlobalSetup]
    public void Setup()
    {
        round = Size.Round();
        directory = Path.Combine(Path.GetTempPath(), "parindex-bench-" + Size);
        round.WriteFiles(directory);
    }

    /// <summary>Removes the files.</summary>
    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(directory, true);

    /// <summary><see cref="AssessmentFiles.Load"/> on units.csv, two appraisal rounds and survey.csv.</summary>
    [Benchmark]
    public AssessmentInput ReadCsvFiles() => AssessmentFiles.Load(
        round.Set,
        Path.Combine(directory, "units.csv"),
        new[] { Path.Combine(directory, "appraisal.csv"), Path.Combine(directory, "appraisal-round2.csv") },
        Path.Combine(directory, "survey.csv"));

    /// <summary>units.csv alone (10,000 wide rows of 200 values) into a new builder.</summary>
    [Benchmark]
    public AssessmentInputBuilder ReadSelfAssessmentFile()
    {
        var builder = new AssessmentInputBuilder(round.Set);
        using var table = TableSource.OpenCsv(Path.Combine(directory, "units.csv"));
        AssessmentFiles.ReadSelfAssessments(builder, table);
        return builder;
    }

    /// <summary>Reads units.csv into a new builder before each <see cref="ReadAppraisalRoundFile"/> (not timed).</summary>
    [IterationSetup(Target = nameof(ReadAppraisalRoundFile))]
    public void ReadUnitsFirst() => withUnits = ReadSelfAssessmentFile();

    /// <summary>The first appraisal round alone (about 190,000 rows: value, points and delta adjustments) into a builder holding the units.</summary>
    [Benchmark]
    public AssessmentInputBuilder ReadAppraisalRoundFile()
    {
        using var table = TableSource.OpenCsv(Path.Combine(directory, "appraisal.csv"));
        AssessmentFiles.ReadAppraisalRound(withUnits, table, "vòng 1");
        return withUnits;
    }

    /// <summary>The same values as text through the builder's SetSelf/SetSurvey/appraisal calls.</summary>
    [Benchmark]
    public AssessmentInput BuildInMemory() => round.BuildInput();
}
