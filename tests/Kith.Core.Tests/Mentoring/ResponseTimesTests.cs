using Kith.Core.Mentoring;

namespace Kith.Core.Tests.Mentoring;

public sealed class ResponseTimesTests
{
    private static readonly DateOnly Today = new(2026, 3, 16);

    private static DateOnly D(int day) => new(2026, 3, day);

    [Fact]
    public void Summarize_Nothing_HasNoMedian()
    {
        var s = ResponseTimes.Summarize([], Today);

        Assert.Equal(new ResponseSummary(0, 0, 0, 0, 0, null, null, null), s);
        Assert.Equal("Nothing asked or promised yet.", ResponseTimes.Describe(s));
    }

    [Fact]
    public void Summarize_DoneItems_MedianAndOnTimeCountFromAskedToDone()
    {
        var s = ResponseTimes.Summarize(
        [
            (D(1), D(5), D(3)),   // 2 days, on time
            (D(2), D(4), D(8)),   // 6 days, late
            (D(3), null, D(4)),   // 1 day, no due date counts as on time
        ], Today);

        Assert.Equal(3, s.Done);
        Assert.Equal(2, s.OnTime);
        Assert.Equal(1, s.Late);
        Assert.Equal(2, s.MedianDays);
        Assert.Equal(3.0, s.AverageDays);
        Assert.Equal("You act in 2 days (median); 2 of 3 done on time.", ResponseTimes.Describe(s));
    }

    [Fact]
    public void Summarize_EvenCount_MedianIsTheMeanOfTheMiddleTwo()
    {
        var s = ResponseTimes.Summarize([(D(1), null, D(2)), (D(1), null, D(5))], Today);

        Assert.Equal(2.5, s.MedianDays);
        Assert.StartsWith("You act in 2.5 days (median)", ResponseTimes.Describe(s));
    }

    [Fact]
    public void Summarize_OpenItems_CountOverdueAndTheOldestWait()
    {
        var s = ResponseTimes.Summarize(
        [
            (D(2), D(10), null),  // overdue, waited 14 days
            (D(12), D(20), null), // open, not yet due
        ], Today);

        Assert.Equal(2, s.Open);
        Assert.Equal(1, s.Overdue);
        Assert.Equal(14, s.OldestOpenDays);
        Assert.Null(s.MedianDays);
        Assert.Equal("1 overdue.", ResponseTimes.Describe(s));
    }

    [Fact]
    public void Summarize_DueToday_IsNotOverdue()
    {
        var s = ResponseTimes.Summarize([(D(10), Today, null)], Today);

        Assert.Equal(0, s.Overdue);
        Assert.Equal("1 open.", ResponseTimes.Describe(s));
    }
}
