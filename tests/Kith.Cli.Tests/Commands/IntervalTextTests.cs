using Kith.Cli.Commands;

namespace Kith.Cli.Tests.Commands;

public sealed class IntervalTextTests
{
    [Theory]
    [InlineData("30d", null, 30, null, "Days")]
    [InlineData("2w", "3w", 2, 3, "Weeks")]
    [InlineData("3m", "5", 3, 5, "Months")]
    [InlineData("every 2 weeks", null, 2, null, "Weeks")]
    public void Parse_Interval_GivesTheCadenceInput(string every, string? max, int expectedEvery, int? expectedMax, string expectedUnit)
    {
        var input = IntervalText.Parse(every, max, "--every", "--max");

        Assert.Equal((expectedEvery, expectedMax, expectedUnit), (input.Every, input.Max, input.Unit));
    }

    [Theory]
    [InlineData("soon", null, "--every: 'soon' is not an interval")]
    [InlineData("30d", "2w", "--max: give it in the same unit as the cadence (d)")]
    [InlineData("30d", "later", "--max: 'later' is not an interval")]
    public void Parse_NotAnInterval_NamesTheOption(string every, string? max, string expected)
    {
        var error = Assert.Throws<UserError>(() => IntervalText.Parse(every, max, "--every", "--max"));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.InvalidInput, error.ExitCode);
    }
}
