using Kith.Core.KeepInTouch;

namespace Kith.Core.Tests.KeepInTouch;

public class CadenceTests
{
    [Theory]
    [InlineData(30, 30, CadenceUnit.Days, "every 30 days")]
    [InlineData(30, 45, CadenceUnit.Days, "every 30 days (at most 45 days)")]
    [InlineData(1, 1, CadenceUnit.Weeks, "every week")]
    [InlineData(3, 4, CadenceUnit.Months, "every 3 months (at most 4 months)")]
    public void Describe_ReadsLikeASentence(int every, int max, CadenceUnit unit, string expected) =>
        Assert.Equal(expected, new Cadence(every, max, unit).Describe());

    [Fact]
    public void IdealAfter_Months_FollowsTheCalendar() =>
        Assert.Equal(new DateOnly(2026, 2, 28), new Cadence(1, 2, CadenceUnit.Months).IdealAfter(new DateOnly(2026, 1, 31)));

    [Theory]
    [InlineData("30d", 30, CadenceUnit.Days)]
    [InlineData("2w", 2, CadenceUnit.Weeks)]
    [InlineData("3m", 3, CadenceUnit.Months)]
    [InlineData("every 2 weeks", 2, CadenceUnit.Weeks)]
    [InlineData("month", 1, CadenceUnit.Months)]
    public void ParseInterval_UnderstandsShortAndLongForms(string text, int every, CadenceUnit unit) =>
        Assert.Equal((every, unit), Cadence.ParseInterval(text));

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("30x")]
    [InlineData("-3d")]
    public void ParseInterval_NotACadence_ReturnsNull(string text) =>
        Assert.Null(Cadence.ParseInterval(text));
}
