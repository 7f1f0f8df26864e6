using Kith.Cli.Commands.Health;
using Kith.Core.Health;

namespace Kith.Cli.Tests.Commands.Health;

public sealed class HealthChartsTests
{
    [Fact]
    public void Bars_Counts_LineUpLabelsAndNumbersAndScaleToTheLargest()
    {
        var lines = HealthCharts.Bars([new HealthCount("inside", 12), new HealthCount("outside", 3), new HealthCount("unknown", 0)]).ToList();

        Assert.Equal(
        [
            "  inside   12  " + new string('█', 30),
            "  outside   3  " + new string('█', 8),
            "  unknown   0",
        ], lines);
    }

    [Fact]
    public void Bar_SmallButNotZero_GetsOneBlock()
    {
        Assert.Equal("█", HealthCharts.Bar(1, 1000));
        Assert.Equal("", HealthCharts.Bar(0, 1000));
    }
}
