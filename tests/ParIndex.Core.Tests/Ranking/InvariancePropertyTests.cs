using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using ParIndex.Ranking;
using ParIndex.Reporting;
using ParIndex.Scenarios;
using ParIndex.Scoring;
using ParIndex.Tests.Reference;

namespace ParIndex.Tests.Ranking;

/// <summary>
/// Properties of issue 15 over the reference generator's cases (CsCheck tapes, fixed seeds so CI is reproducible):
/// the order of unit rows and of criteria columns, the machine culture and interface language, a common factor on
/// sibling weights and the thread count change no output; raising a unit's self-assessed ratio never lowers its points
/// or its rank.
/// </summary>
public sealed class InvariancePropertyTests
{
    /// <summary>Cases per property in CI (each case is loaded and ranked several times).</summary>
    private const int Cases = 60;

    /// <summary>Seeds after the reference property's 2,000 (and its 100,000-case runs), so these are other cases.</summary>
    private const ulong FirstSeed = 5_000_000;

    private static readonly string[] Cultures = { "en-US", "vi-VN", "de-DE", "tr-TR", "ar-SA" };

    private static void ForEachCase(Action<ReferenceCase, Random> property)
    {
        for (var i = 0UL; i < Cases; i++)
        {
            var c = CaseRunner.CaseOf(FirstSeed + i, out var seedText);
            try
            {
                property(c, new Random((int)i));
            }
            catch (Exception ex) when (ex is not ParIndexException)
            {
                throw new InvalidOperationException($"case {FirstSeed + i} (CsCheck seed {seedText}):\n{CaseFiles.Describe(c)}\n{ex.Message}", ex);
            }
        }
    }

    /// <summary>Everything the score and rank commands write for the case, after the units file is rewritten by <paramref name="units"/>.</summary>
    private static string Outputs(ReferenceCase c, Func<string, string>? units = null, bool withCriteriaCsv = true)
    {
        var folder = Path.Combine(Path.GetTempPath(), "parindex-prop-" + Guid.NewGuid().ToString("N"));
        try
        {
            var paths = CaseFiles.Write(c, folder);
            if (units is not null)
            {
                File.WriteAllText(paths.Units, units(File.ReadAllText(paths.Units)), new UTF8Encoding(false));
            }

            var ranking = ReferenceCheck.RunLibrary(c, paths);
            var text = new StringBuilder();
            text.Append(Write(w => ResultsCsvWriter.Write(ranking, w))).Append(Write(w => RankingCsvWriter.WriteUnits(ranking, w)));
            if (withCriteriaCsv)
            {
                text.Append(Write(w => RankingCsvWriter.WriteCriteria(ranking, w)));
            }

            using var json = new MemoryStream();
            ResultsJsonWriter.Write(ranking, json);
            return text.Append(Encoding.UTF8.GetString(json.ToArray())).ToString();
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    private static string Write(Action<TextWriter> write)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        write(writer);
        return writer.ToString();
    }

    private static List<T> Shuffled<T>(IEnumerable<T> items, Random random) => items.OrderBy(_ => random.Next()).ToList();

    [Fact]
    public void PermutingUnitRows_ChangesNoOutput()
    {
        ForEachCase((c, random) =>
        {
            var shuffled = new ReferenceCase
            {
                Set = c.Set, Units = Shuffled(c.Units, random), LongForm = c.LongForm, Delimiter = c.Delimiter, OmittedColumns = c.OmittedColumns,
                Rounds = c.Rounds, Survey = Shuffled(c.Survey, random), Previous = c.Previous, GroupBy = c.GroupBy, ExactOverride = c.ExactOverride,
            };
            Assert.Equal(Outputs(c), Outputs(shuffled));
        });
    }

    [Fact]
    public void PermutingCriteriaColumnsOrLongFormRows_ChangesNoOutput()
    {
        ForEachCase((c, random) => Assert.Equal(Outputs(c), Outputs(c, text => Permute(text, c.Delimiter, c.LongForm, random))));
    }

    [Fact]
    public void CultureAndInterfaceLanguage_ChangeNoOutput()
    {
        var (culture, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            ForEachCase((c, _) =>
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
                var expected = Outputs(c);
                foreach (var name in Cultures)
                {
                    CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
                    Assert.Equal(expected, Outputs(c));
                }
            });
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, ui);
        }
    }

    [Fact]
    public void ScalingEverySiblingWeightByOneFactor_ChangesNoScoreOrRank()
    {
        ForEachCase((c, random) =>
        {
            var nodes = SetGenerator.Flatten(c.Set.Areas).Where(n => n.Weight is not null).ToList();
            if (nodes.Count == 0)
            {
                return;
            }

            var expected = Outputs(c, withCriteriaCsv: false);
            var factor = new[] { 2m, 3m, 7m }[random.Next(3)];
            var original = nodes.Select(n => n.Weight).ToList();
            try
            {
                foreach (var n in nodes)
                {
                    n.Weight = (decimal.Parse(n.Weight!, CultureInfo.InvariantCulture) * factor).ToString(CultureInfo.InvariantCulture);
                }

                Assert.Equal(expected, Outputs(c, withCriteriaCsv: false));
            }
            finally
            {
                for (var i = 0; i < nodes.Count; i++)
                {
                    nodes[i].Weight = original[i];
                }
            }
        });
    }

    [Fact]
    public void RaisingAUnitsSelfAssessedRatio_NeverLowersItsPointsOrRank()
    {
        ForEachCase((c, random) =>
        {
            // Without appraisal rounds the self-assessed value is the final one (no penalty, no self-accuracy tie-break effect).
            var leaves = SetGenerator.Flatten(c.Set.Areas)
                .Where(n => n.IsLeaf && n.Rule!.Kind == RefRuleKind.Ratio && n.Block == RefBlock.None && !n.Survey).ToList();
            var unit = c.Units[random.Next(c.Units.Count)];
            var leaf = leaves.FirstOrDefault(l => unit.Values.TryGetValue(l.Code, out var v) && Number(v) is < 100m);
            if (leaf is null)
            {
                return;
            }

            var before = RankOf(c, unit.Id);
            var raised = c.Units.Select(u => u.Id != unit.Id ? u : new RefUnit
            {
                Id = u.Id, Name = u.Name, Group = u.Group, Values = new Dictionary<string, string>(u.Values) { [leaf.Code] = "100" },
            }).ToList();
            var after = RankOf(new ReferenceCase
            {
                Set = c.Set, Units = raised, LongForm = c.LongForm, Delimiter = c.Delimiter, OmittedColumns = c.OmittedColumns,
                Survey = c.Survey, GroupBy = c.GroupBy, ExactOverride = c.ExactOverride,
            }, unit.Id);

            Assert.True(after.Points >= before.Points, $"{unit.Id} {leaf.Code}: {before.Points} → {after.Points}");
            Assert.True(after.Rank <= before.Rank, $"{unit.Id} {leaf.Code}: rank {before.Rank} → {after.Rank}");
        });
    }

    [Fact]
    public void TheThreadCount_ChangesNoUncertaintyOutput()
    {
        ForEachCase((c, random) =>
        {
            if (c.Units.Count < 2 || random.Next(3) > 0)
            {
                return; // a third of the cases: uncertainty is the slowest check
            }

            var folder = Path.Combine(Path.GetTempPath(), "parindex-prop-" + Guid.NewGuid().ToString("N"));
            try
            {
                var paths = CaseFiles.Write(new ReferenceCase { Set = c.Set, Units = c.Units, LongForm = c.LongForm, Delimiter = c.Delimiter, OmittedColumns = c.OmittedColumns, Rounds = c.Rounds, Survey = c.Survey }, folder);
                var sheet = Scorer.Score(ParIndex.IO.AssessmentFiles.Load(ParIndex.Criteria.CriteriaSetLoader.Load(paths.Criteria), paths.Units, paths.Appraisals, paths.Survey));
                string Json(int threads)
                {
                    using var stream = new MemoryStream();
                    UncertaintyJsonWriter.Write(UncertaintyAnalysis.Run(sheet, new UncertaintyOptions { Runs = 40, Seed = 11, MaxThreads = threads }), stream);
                    return Encoding.UTF8.GetString(stream.ToArray());
                }

                var one = Json(1);
                Assert.Equal(one, Json(2));
                Assert.Equal(one, Json(4));
            }
            finally
            {
                Directory.Delete(folder, true);
            }
        });
    }

    private static (Points Points, int Rank) RankOf(ReferenceCase c, string unitId)
    {
        var folder = Path.Combine(Path.GetTempPath(), "parindex-prop-" + Guid.NewGuid().ToString("N"));
        try
        {
            var ranking = ReferenceCheck.RunLibrary(c, CaseFiles.Write(c, folder));
            var unit = ranking.Units.Single(u => u.Score.Id == unitId);
            return (unit.Score.Points, unit.Rank);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    private static decimal? Number(string text)
    {
        var t = text.Replace("%", "", StringComparison.Ordinal).Replace(',', '.').Trim();
        return decimal.TryParse(t, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : null;
    }

    /// <summary>The CSV with its columns in another order (wide form) or its data rows in another order (long form).</summary>
    private static string Permute(string csv, char delimiter, bool longForm, Random random)
    {
        var lines = csv.Split('\n').Where(l => l.Length > 0).ToList();
        if (longForm)
        {
            return string.Join("\n", new[] { lines[0] }.Concat(Shuffled(lines.Skip(1), random))) + "\n";
        }

        var rows = lines.Select(l => Split(l.TrimEnd('\r'), delimiter)).ToList();
        var order = Shuffled(Enumerable.Range(0, rows[0].Count), random);
        return string.Concat(rows.Select(r => string.Join(delimiter, order.Select(i => i < r.Count ? r[i] : "")) + "\n"));
    }

    /// <summary>A CSV line split into its raw cells (quotes kept), respecting quoted delimiters.</summary>
    private static List<string> Split(string line, char delimiter)
    {
        var cells = new List<string>();
        var start = 0;
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '"')
            {
                quoted = !quoted;
            }
            else if (line[i] == delimiter && !quoted)
            {
                cells.Add(line.Substring(start, i - start));
                start = i + 1;
            }
        }

        cells.Add(line.Substring(start));
        return cells;
    }
}
