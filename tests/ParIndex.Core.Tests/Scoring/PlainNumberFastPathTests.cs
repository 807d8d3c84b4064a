using System;
using System.Globalization;
using ParIndex.Assessments;
using ParIndex.Benchmarks.Shared;
using ParIndex.Criteria;
using ParIndex.Internal;

namespace ParIndex.Tests.Scoring;

/// <summary>The plain-number fast path of CompiledCriteria.TryEncode gives the same cell or the same error as the general path.</summary>
public class PlainNumberFastPathTests
{
    [Fact]
    public void TextReadsLikeTheSameNumberGivenTyped()
    {
        var round = SyntheticRound.Generate(1, 60, 11);
        var compiled = round.Set.Compiled;
        var random = new Random(5);
        var texts = new[] { "0", "1", "2", "5", "100", "100.0", "99.999999", "0.25", "0.5", "1.75", "2.0000001", "1000000000000", "12.5", "007", "3.000000", "101", "2147483648" };
        for (var leaf = 0; leaf < compiled.LeafCount; leaf++)
        {
            for (var i = 0; i < 200; i++)
            {
                var text = i < texts.Length ? texts[i] : (random.Next(0, 130000) / Math.Pow(10, random.Next(0, 8))).ToString("0.########", CultureInfo.InvariantCulture);
                var number = decimal.Parse(text, CultureInfo.InvariantCulture);
                var fromText = compiled.TryEncode(leaf, AssessmentValue.Raw(text), out var textCell, out var textError);
                var fromNumber = compiled.TryEncode(leaf, AssessmentValue.Number(number), out var numberCell, out var numberError);
                Assert.Equal(fromNumber, fromText);
                Assert.Equal(numberCell, textCell);
                if (compiled.Kind[leaf] != ParIndex.Criteria.RuleKind.Choice)
                {
                    // Messages quote the text as given; typed numbers are shown canonically, so compare only where they coincide.
                    if (numberError is not null && number.ToString(CultureInfo.InvariantCulture) == text)
                    {
                        Assert.Equal(numberError?.Render(), textError?.Render());
                    }
                }
            }
        }
    }

    [Theory]
    [InlineData("NA", true)]
    [InlineData(" n/a ", true)]
    [InlineData("Không  phát sinh", true)]
    [InlineData("KPS", true)]
    [InlineData("Khong phat sinh", true)]
    [InlineData("khong  phat sinh", true)]
    [InlineData("not applicable", true)]
    [InlineData("95.5", false)]
    [InlineData("no", false)]
    [InlineData("", false)]
    [InlineData("Đạt", false)]
    public void NotApplicableMarkers(string text, bool expected) => Assert.Equal(expected, ValueText.IsNotApplicable(text));

    [Theory]
    [InlineData("Đạt", true)]
    [InlineData("Dat", true)]
    [InlineData("không đạt", false)]
    [InlineData("Khong dat", false)]
    [InlineData("khong", false)]
    public void YesNoWordsWithoutDiacritics_ReadAsWithThem(string text, bool expected)
    {
        Assert.True(ValueText.TryParseYesNo(text, out var yes));
        Assert.Equal(expected, yes);
    }
}
