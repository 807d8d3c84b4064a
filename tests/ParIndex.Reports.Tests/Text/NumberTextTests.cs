using System;
using ParIndex.Reports.Text;

namespace ParIndex.Reports.Tests.Text;

public class NumberTextTests
{
    [Fact]
    public void Decimal_comma_numbers_round_half_away_from_zero()
    {
        var n = new NumberText(decimalComma: true, precision: 2);
        Assert.Equal("87,50", n.Decimal(87.5m));
        Assert.Equal("0,13", n.Decimal(0.125m));
        Assert.Equal("-0,13", n.Decimal(-0.125m));
        Assert.Equal("1234,57", n.Decimal(1234.5678m));
        Assert.Equal("12,35", n.Points(ParIndex.Points.FromDecimal(12.345m)));
        Assert.Equal("−1,50", n.SignedPoints(ParIndex.Points.FromDecimal(-1.5m)));
        Assert.Equal("+0,25", n.SignedPoints(ParIndex.Points.FromDecimal(0.25m)));
        Assert.Equal("97,5 %", n.Percent(0.975));
        Assert.Equal("–", n.Double(double.NaN, 3));
    }

    [Fact]
    public void Decimal_point_numbers_and_signed_values()
    {
        var n = new NumberText(decimalComma: false, precision: 3);
        Assert.Equal("87.500", n.Decimal(87.5m));
        Assert.Equal("+3", n.Signed(3));
        Assert.Equal("−2", n.Signed(-2));
        Assert.Equal("0", n.Signed(0));
    }
}
