using System.Globalization;
using System.Text;
using ParIndex.Assessments;
using ParIndex.Criteria;
using ParIndex.Scoring;

namespace ParIndex.Benchmarks;

/// <summary>Synthetic data for the Monte Carlo benchmark: a criteria set of 8 areas (2 leaves each) and scored units.</summary>
internal static class MonteCarloData
{
    public static ScoreSheet Sheet(int units, int areas = 8)
    {
        var yaml = new StringBuilder();
        yaml.Append("format: 1\nid: bench\nname: Benchmark\nlevel: district\nmax: ").Append(areas * 10).Append('\n');
        yaml.Append("bands:\n  - { name: A, min: 85 }\n  - { name: B, min: 70 }\n  - { name: C, min: 0 }\nareas:\n");
        for (var a = 1; a <= areas; a++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  - code: \"{a}\"\n    name: Area {a}\n    max: 10\n    children:\n");
            yaml.Append(CultureInfo.InvariantCulture, $"      - {{ code: \"{a}.1\", name: x, max: 6, rule: {{ kind: points, step: 0.25 }} }}\n");
            yaml.Append(CultureInfo.InvariantCulture, $"      - {{ code: \"{a}.2\", name: y, max: 4, rule: {{ kind: points, step: 0.25 }} }}\n");
        }

        var set = CriteriaSetLoader.Parse(yaml.ToString(), "bench.yaml");
        var builder = new AssessmentInputBuilder(set);
        ulong state = 12345;
        int Next(int bound)
        {
            // SplitMix-style LCG step; any fixed sequence will do for synthetic scores.
            state = (state * 6364136223846793005UL) + 1442695040888963407UL;
            return (int)((state >> 33) % (ulong)bound);
        }

        for (var u = 0; u < units; u++)
        {
            var id = "U" + u.ToString("D5", CultureInfo.InvariantCulture);
            builder.AddUnit(new UnitInfo(id, id));
            var strength = 10 + Next(7); // 10..16 quarters-of-a-point bias per unit, so units differ overall
            for (var a = 1; a <= areas; a++)
            {
                builder.SetSelf(id, $"{a}.1", AssessmentValue.Number(System.Math.Min(24, strength + Next(9)) / 4m));
                builder.SetSelf(id, $"{a}.2", AssessmentValue.Number(System.Math.Min(16, (strength / 2) + Next(9)) / 4m));
            }
        }

        return Scorer.Score(builder.Build());
    }
}
