namespace Kith.Core.Mentoring;

/// <summary>How quickly I act on what my mentors ask and on what I promise them; pure, so it is tested with plain dates.</summary>
public static class ResponseTimes
{
    public static ResponseSummary Summarize(IEnumerable<(DateOnly AskedOn, DateOnly? DueOn, DateOnly? DoneOn)> items, DateOnly today)
    {
        var days = new List<int>();
        int open = 0, onTime = 0, late = 0, overdue = 0;
        int? oldestOpen = null;
        foreach (var (asked, due, done) in items)
        {
            if (done is { } d)
            {
                days.Add(Math.Max(0, d.DayNumber - asked.DayNumber));
                if (due is { } by && d > by) late++;
                else onTime++;
            }
            else
            {
                open++;
                if (due is { } by && by < today) overdue++;
                var waited = Math.Max(0, today.DayNumber - asked.DayNumber);
                oldestOpen = Math.Max(oldestOpen ?? 0, waited);
            }
        }
        days.Sort();
        double? median = days.Count == 0 ? null
            : days.Count % 2 == 1 ? days[days.Count / 2]
            : (days[days.Count / 2 - 1] + days[days.Count / 2]) / 2.0;
        double? average = days.Count == 0 ? null : Math.Round(days.Average(), 1);
        return new ResponseSummary(days.Count, open, onTime, late, overdue, median, average, oldestOpen);
    }

    /// <summary>"You answer in 3 days (median); 4 of 5 on time; 1 overdue."</summary>
    public static string Describe(ResponseSummary s)
    {
        if (s.Done == 0 && s.Open == 0) return "Nothing asked or promised yet.";
        var parts = new List<string>();
        if (s.MedianDays is { } median)
            parts.Add($"you act in {Days(median)} (median)");
        if (s.Done > 0)
            parts.Add($"{s.OnTime} of {s.Done} done on time");
        if (s.Overdue > 0)
            parts.Add($"{s.Overdue} overdue");
        else if (s.Open > 0)
            parts.Add($"{s.Open} open");
        var text = string.Join("; ", parts);
        return char.ToUpperInvariant(text[0]) + text[1..] + ".";
    }

    private static string Days(double d) =>
        d == 1 ? "1 day" : d == Math.Floor(d) ? $"{d:0} days" : $"{d:0.0} days";
}
