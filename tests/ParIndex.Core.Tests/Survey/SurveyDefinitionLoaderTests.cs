using System.IO;
using System.Linq;
using System.Text;
using ParIndex.Criteria;
using ParIndex.Survey;

namespace ParIndex.Tests.Survey;

public class SurveyDefinitionLoaderTests
{
    private static string[] Errors(string yaml) =>
        Assert.Throws<ParIndexException>(() => SurveyDefinitionLoader.Parse(yaml, "d.yaml", SurveyFixtures.Set())).Diagnostics.Select(d => d.ToString()).ToArray();

    private static string Definition(string replace, string with) => SurveyFixtures.DefinitionYaml.Replace("BLANK", "exclude").Replace("DONTKNOW", "exclude").Replace(replace, with);

    [Fact]
    public void TheShippedDefinitionFitsTheDefaultSet()
    {
        var set = CriteriaSetLoader.LoadShipped();
        var definition = SurveyDefinitionLoader.LoadShipped("district-hatinh-52-2019", set);
        Assert.Equal(new[] { "district-hatinh-52-2019" }, SurveyDefinitionLoader.ShippedIds);
        Assert.Equal(new[] { "9.1.1", "9.1.2", "9.1.3", "9.1.4", "9.2.1", "9.2.2", "9.2.3" }, definition.Leaves);
        Assert.Equal(new[] { "nguoi-dan", "doanh-nghiep", "can-bo", "dai-bieu" }, definition.Groups.Select(g => g.Id));
        Assert.Equal((2, AnswerTreatment.Exclude, AnswerTreatment.Exclude, 0.05m), (definition.Precision, definition.Blank, definition.DontKnow, definition.MarginOfError));
        var c1 = definition.Questions[0];
        Assert.Equal((GroupCombination.Weighted, "9.1.1"), (c1.Combination, c1.LeafCode));
        Assert.Equal(new decimal?[] { 100, 60, 20, 0, null }, c1.Options.Select(o => o.Weight));
        Assert.True(c1.Options[4].IsDontKnow);
        Assert.Equal(GroupCombination.Pooled, definition.Questions[4].Combination);
    }

    [Fact]
    public void AStreamReadsLikeTheText()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Definition("id: tiny-survey", "id: tiny-survey")));
        var definition = SurveyDefinitionLoader.Load(stream, "upload.yaml", SurveyFixtures.Set());
        Assert.Equal(new[] { "Q1", "Q2", "Q3" }, definition.Questions.Select(q => q.Id));
        Assert.Equal(new decimal[] { 3, 1 }, definition.Questions[1].GroupWeights);
    }

    [Fact]
    public void TheByteLimit_IsTheDefaultUnlessGiven_ForAFileAndAStream()
    {
        var bytes = Encoding.UTF8.GetBytes(Definition("id: tiny-survey", "id: tiny-survey"));
        var path = Path.Combine(Path.GetTempPath(), $"parindex-def-{System.Guid.NewGuid():N}.yaml");
        File.WriteAllBytes(path, bytes);
        try
        {
            var file = Assert.Throws<ParIndexException>(() => SurveyDefinitionLoader.Load(path, SurveyFixtures.Set(), 100));
            var stream = Assert.Throws<ParIndexException>(() => SurveyDefinitionLoader.Load(new ForwardOnlyStream(bytes), "upload.yaml", SurveyFixtures.Set(), 100));
            var fileOrShipped = Assert.Throws<ParIndexException>(() => SurveyDefinitionLoader.LoadFileOrShipped(path, SurveyFixtures.Set(), 100));

            Assert.Equal($"{path}: the file is larger than the limit of 100 bytes; raise the limit with --limit bytes=N (library: SurveyDefinitionLoader.Load(path, set, maxFileBytes))", file.Diagnostics.Single().ToString());
            Assert.Equal("upload.yaml: more than 100 bytes read from an input without a known size (a device, a pipe or a growing file); raise the limit with --limit bytes=N (library: SurveyDefinitionLoader.Load(stream, name, set, maxFileBytes))", stream.Diagnostics.Single().ToString());
            Assert.Equal(file.Diagnostics.Single().ToString(), fileOrShipped.Diagnostics.Single().ToString());
            Assert.Equal(4L * 1024 * 1024, SurveyDefinitionLoader.MaxFileBytes);
            Assert.Equal(new[] { "Q1", "Q2", "Q3" }, SurveyDefinitionLoader.Load(path, SurveyFixtures.Set(), bytes.Length).Questions.Select(q => q.Id));
            Assert.Throws<System.ArgumentOutOfRangeException>(() => SurveyDefinitionLoader.Load(path, SurveyFixtures.Set(), 0));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AStreamThatIsNotUtf8IsRefusedAtTheBadByte_AsAFileIs()
    {
        using var stream = new MemoryStream(new byte[] { 0x69, 0x64, 0x3A, 0x20, 0xC3, 0x28 });
        var ex = Assert.Throws<ParIndexException>(() => SurveyDefinitionLoader.Load(stream, "upload.yaml", SurveyFixtures.Set()));
        Assert.Equal("upload.yaml:1:5: byte 0xC3 is not UTF-8; save the file as UTF-8 (Notepad: Save As → Encoding: UTF-8)", ex.Diagnostics.Single().ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void AnOptionWithoutWeightOrDontKnowIsReportedAtItsLine()
    {
        Assert.Equal(
            new[] { "d.yaml:14:7: an answer option needs a 'weight' (0–100 %) or 'dont_know: true'" },
            Errors(Definition("- { answer: \"C\", weight: 20 }", "- { answer: \"C\" }")));
    }

    [Fact]
    public void AWeightAbove100IsRefused()
    {
        Assert.Equal(
            new[] { "d.yaml:12:53: an option's weight is a percentage from 0 to 100 with at most 6 decimal places, not 110" },
            Errors(Definition("label: \"Rất hài lòng\", weight: 100", "label: \"Rất hài lòng\", weight: 110")));
    }

    [Fact]
    public void AQuestionForASelfAssessedCriterionAndAnUncoveredSurveyCriterionAreBothReported()
    {
        Assert.Equal(
            new[]
            {
                "d.yaml:17:1: survey criterion '2.1' of criteria set 'tiny' has no question",
                "d.yaml:18:26: '1.1' is self-assessed, not a survey criterion",
            },
            Errors(Definition("{ id: Q1, criterion: \"2.1\"", "{ id: Q1, criterion: \"1.1\"")));
    }

    [Fact]
    public void UnknownGroupScaleAndDuplicateQuestionIdAreReported()
    {
        var yaml = Definition("groups: [dan, dn] }", "groups: [dan, dx] }").Replace("scale: a-e, weight: 3", "scale: a-x, weight: 3").Replace("- id: Q3", "- id: Q1");
        Assert.Equal(
            new[]
            {
                "d.yaml:17:1: survey criterion '2.2' of criteria set 'tiny' has no question",
                "d.yaml:18:59: unknown group 'dx'; groups: dan, dn",
                "d.yaml:19:40: unknown scale 'a-x'; scales: a-e",
                "d.yaml:20:9: question id 'Q1' is used twice; first at line 18",
            },
            Errors(yaml));
    }

    [Fact]
    public void ADefinitionForAnotherCriteriaSetIsRefused()
    {
        Assert.Equal(
            new[] { "d.yaml:3:11: the definition is for criteria set 'other', but 'tiny' is used; give the matching --criteria" },
            Errors(Definition("criteria: tiny", "criteria: other")));
    }

    [Fact]
    public void UnknownKeysAndABadPrecisionAreReportedTogether()
    {
        Assert.Equal(
            new[]
            {
                "d.yaml:4:12: 'precision' must be from 0 to 6, not 7",
                "d.yaml:5:1: unknown key 'blanks' in the survey definition; expected one of: format, id, name, criteria, precision, blank, dont_know, margin_of_error, groups, scales, questions; did you mean 'blank'?",
            },
            Errors(Definition("precision: 2", "precision: 7").Replace("blank: exclude", "blanks: exclude")));
    }

    [Fact]
    public void MessagesAreInVietnameseUnderAVietnameseInterface()
    {
        var culture = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("vi-VN");
            Assert.Equal(
                new[] { "d.yaml:3:11: phiếu khảo sát dùng cho bộ chỉ số 'other', nhưng đang dùng 'tiny'; hãy chọn --criteria tương ứng" },
                Errors(Definition("criteria: tiny", "criteria: other")));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = culture;
        }
    }

    [Fact]
    public void SlovinSampleSizeIsRoundedUp()
    {
        var definition = SurveyFixtures.Definition();
        Assert.Equal(new long[] { 0, 1, 172, 385, 400 }, new long[] { 0, 1, 300, 10_000, 100_000_000 }.Select(definition.SlovinSampleSize));
    }
}
