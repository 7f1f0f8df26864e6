using System.Globalization;
using Kith.Core.Agenda;
using Kith.Core.People;

namespace Kith.Core.Plan;

/// <summary>Whether a suggestion keeps an existing relationship going or widens the network.</summary>
public enum PlanMix
{
    /// <summary>Someone whose keep-in-touch cadence is coming due, or a well-known contact gone quiet.</summary>
    Maintaining = 0,
    /// <summary>Someone new or lightly known, from another department or level, or outside my employer.</summary>
    Expanding = 1,
}

/// <summary>
/// The weekly plan's rules, kept pure so they can be tested with plain dates: who to suggest for
/// each upcoming slot (a different person each time, alternating maintaining and expanding), and
/// how well I keep the time I set aside.
/// </summary>
public static class PlanRules
{
    public const int DefaultRotationWeeks = 8;

    /// <summary>Up to this many interactions in the last year counts as "lightly known".</summary>
    public const int LightlyKnown = 1;

    /// <summary>What the rules need to know about a person.</summary>
    public sealed record Candidate(
        int Id,
        string Name,
        DateOnly? LastContactOn,
        DateOnly? NextDueOn,
        string? CadenceText,
        string? Department,
        RelativeLevel Level,
        EmployerRelation Employer,
        PersonRoles Roles,
        int InteractionsLastYear);

    /// <summary>One upcoming occurrence of a slot and what I already decided about it.</summary>
    public sealed record Occurrence(int SlotId, DateOnly On, SlotStatus Status, int? PersonId, IReadOnlySet<int> PassedOver);

    public sealed record Suggestion(int SlotId, DateOnly On, PlanMix Mix, int? PersonId, string? PersonName, string Reason);

    /// <summary>
    /// Suggests a person for each open occurrence, in date order. Nobody is suggested who was met,
    /// or is already planned, within <paramref name="rotationWeeks"/> weeks of the occurrence; the mix
    /// alternates week by week, falling back to the other kind when one runs dry.
    /// </summary>
    public static IReadOnlyList<Suggestion> Suggest(IReadOnlyList<Occurrence> occurrences, IReadOnlyList<Candidate> people,
        string? myDepartment, int rotationWeeks, DateOnly today) =>
        Suggest(occurrences, Rank(people, myDepartment, today), people.ToDictionary(p => p.Id), myDepartment, rotationWeeks)!;

    /// <summary>
    /// The two pools in the order suggestions are taken from them. Either may be only the first part
    /// of its pool in that order (the database reads no more than it must); <c>Complete</c> says whether
    /// nobody comes after.
    /// </summary>
    public sealed record Pools(IReadOnlyList<Candidate> Maintaining, bool MaintainingComplete, IReadOnlyList<Candidate> Expanding, bool ExpandingComplete);

    /// <summary>
    /// Splits and orders people: maintaining by the day they come due (or 90 days after the last
    /// contact), then role, then name; expanding by <see cref="ExpandingScore"/>, then longest unseen,
    /// then name. Namesakes go in the order they were added.
    /// </summary>
    public static Pools Rank(IEnumerable<Candidate> people, string? myDepartment, DateOnly today,
        bool maintainingComplete = true, bool expandingComplete = true)
    {
        var all = people as IReadOnlyCollection<Candidate> ?? people.ToList();
        var maintaining = all.Where(IsMaintaining)
            .OrderBy(p => MaintainingKey(p, today))
            .ThenByDescending(p => AgendaRules.RoleWeight(p.Roles))
            .ThenBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(p => p.Id)
            .ToList();
        var expanding = all.Where(p => !IsMaintaining(p))
            .OrderByDescending(p => ExpandingScore(p, myDepartment))
            .ThenBy(p => p.LastContactOn ?? DateOnly.MinValue)
            .ThenBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(p => p.Id)
            .ToList();
        return new Pools(maintaining, maintainingComplete, expanding, expandingComplete);
    }

    /// <summary>The day a maintaining person is most wanted: when their cadence comes due, else 90 days after the last contact.</summary>
    public static DateOnly MaintainingKey(Candidate p, DateOnly today) => p.NextDueOn ?? (p.LastContactOn ?? today).AddDays(90);

    /// <summary>
    /// Suggests from ranked pools. Returns null when a suggestion could be someone after the part of
    /// a pool given (nobody in it is free, and the pool is not complete): the caller reads more and asks again.
    /// <paramref name="known"/> names the people already accepted or met in an occurrence.
    /// </summary>
    public static IReadOnlyList<Suggestion>? Suggest(IReadOnlyList<Occurrence> occurrences, Pools pools,
        IReadOnlyDictionary<int, Candidate> known, string? myDepartment, int rotationWeeks)
    {
        var window = rotationWeeks * 7;
        // Every day each person is planned or was last seen; a suggestion must be clear of all of them by the window.
        var planned = occurrences.Where(o => o.PersonId is not null && o.Status is SlotStatus.Accepted or SlotStatus.Done)
            .Select(o => (o.PersonId!.Value, o.On)).ToList();

        var suggestions = new List<Suggestion>();
        foreach (var o in occurrences.OrderBy(o => o.On).ThenBy(o => o.SlotId))
        {
            var preferred = MixFor(o.On);
            if (o.Status is SlotStatus.Accepted or SlotStatus.Done && o.PersonId is { } fixedId)
            {
                var found = known.TryGetValue(fixedId, out var p);
                // The mix says who the person is, not which kind the week preferred: accepting someone new stays "expanding".
                var fixedMix = !found ? preferred : IsMaintaining(p!) ? PlanMix.Maintaining : PlanMix.Expanding;
                suggestions.Add(new Suggestion(o.SlotId, o.On, fixedMix, fixedId, found ? p!.Name : "someone no longer in your people",
                    o.Status == SlotStatus.Done ? "kept" : "accepted"));
                continue;
            }
            if (o.Status == SlotStatus.Skipped)
            {
                suggestions.Add(new Suggestion(o.SlotId, o.On, preferred, null, null, "skipped"));
                continue;
            }

            bool Free(Candidate c) =>
                !o.PassedOver.Contains(c.Id)
                && (c.LastContactOn is not { } last || o.On.DayNumber - last.DayNumber >= window)
                && !planned.Any(x => x.Item1 == c.Id && Math.Abs(x.On.DayNumber - o.On.DayNumber) < window);

            Candidate? pick = null;
            var mix = preferred;
            var order = preferred == PlanMix.Maintaining
                ? new[] { (pools.Maintaining, pools.MaintainingComplete, PlanMix.Maintaining), (pools.Expanding, pools.ExpandingComplete, PlanMix.Expanding) }
                : [(pools.Expanding, pools.ExpandingComplete, PlanMix.Expanding), (pools.Maintaining, pools.MaintainingComplete, PlanMix.Maintaining)];
            foreach (var (pool, complete, poolMix) in order)
            {
                pick = pool.FirstOrDefault(Free);
                if (pick is not null)
                {
                    mix = poolMix;
                    break;
                }
                // Someone after the part given may be free: the answer is not known yet.
                if (!complete) return null;
            }
            if (pick is null)
            {
                suggestions.Add(new Suggestion(o.SlotId, o.On, preferred, null, null,
                    $"nobody left who has not been met or planned in the last {rotationWeeks} weeks; add people or shorten the rotation"));
                continue;
            }
            planned.Add((pick.Id, o.On));
            suggestions.Add(new Suggestion(o.SlotId, o.On, mix, pick.Id, pick.Name, Reason(mix, pick, myDepartment, o.On)));
        }
        return suggestions;
    }

    /// <summary>Someone I keep up with: a cadence set, or more than lightly known. Everyone else widens the network.</summary>
    public static bool IsMaintaining(Candidate p) => p.NextDueOn is not null || p.InteractionsLastYear > LightlyKnown;

    /// <summary>Weeks alternate: maintaining in even weeks, expanding in odd ones, counted from a fixed Monday so the plan is stable.</summary>
    public static PlanMix MixFor(DateOnly day) => WeekIndex(day) % 2 == 0 ? PlanMix.Maintaining : PlanMix.Expanding;

    public static double ExpandingScore(Candidate p, string? myDepartment) =>
        (p.InteractionsLastYear == 0 ? 1.0 : 0.5)
        + (IsOtherDepartment(p, myDepartment) ? 1 : 0)
        + (p.Level is RelativeLevel.MoreSenior or RelativeLevel.MoreJunior ? 1 : 0)
        + (p.Employer == EmployerRelation.Outside ? 1 : 0);

    /// <summary>Both have a department and they differ (trimmed, case ignored: <see cref="Person.DepartmentKeyOf"/>, as the database compares).</summary>
    private static bool IsOtherDepartment(Candidate p, string? myDepartment) =>
        Person.DepartmentKeyOf(p.Department) is { Length: > 0 } theirs && Person.DepartmentKeyOf(myDepartment) is { Length: > 0 } mine
        && theirs != mine;

    private static string Reason(PlanMix mix, Candidate p, string? myDepartment, DateOnly on)
    {
        if (mix == PlanMix.Maintaining)
        {
            var parts = new List<string>();
            if (p.CadenceText is { } cadence) parts.Add(cadence);
            if (p.NextDueOn is { } due) parts.Add(due <= on ? $"due by then ({Day(due)})" : $"due {Day(due)}");
            if (p.LastContactOn is { } last) parts.Add($"last talked {AgendaRules.Ago(last, on)} by then");
            return "keeping in touch: " + string.Join(", ", parts);
        }
        var why = new List<string> { p.InteractionsLastYear == 0 ? "new to you" : "lightly known" };
        if (IsOtherDepartment(p, myDepartment)) why.Add($"{p.Department}, not your department");
        if (p.Level == RelativeLevel.MoreSenior) why.Add("more senior");
        if (p.Level == RelativeLevel.MoreJunior) why.Add("more junior");
        if (p.Employer == EmployerRelation.Outside) why.Add("outside your employer");
        return "widening your network: " + string.Join(", ", why);
    }

    private static string Day(DateOnly d) => d.ToString("ddd d MMM", CultureInfo.InvariantCulture);

    /// <summary>The Monday that starts the week of a day.</summary>
    public static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>Weeks since Monday 1 January 0001: plain arithmetic, so years and ISO week numbers never get in the way.</summary>
    public static int WeekIndex(DateOnly day) => WeekStart(day).DayNumber / 7;

    /// <summary>How well I kept the time set aside over the last <paramref name="weeks"/> complete weeks (this week not counted).</summary>
    public static PlanAdherence Adherence(IEnumerable<(DateOnly On, bool Kept)> scheduled, int weeks, DateOnly today)
    {
        var thisWeek = WeekStart(today);
        var from = thisWeek.AddDays(-7 * weeks);
        var inRange = scheduled.Where(s => s.On >= from && s.On < thisWeek).ToList();
        var kept = inRange.Count(s => s.Kept);
        var weeksKept = inRange.Where(s => s.Kept).Select(s => WeekStart(s.On)).Distinct().Count();
        return new PlanAdherence(weeks, inRange.Count, kept, weeksKept, weeks == 0 ? 0 : Math.Round((double)kept / weeks, 2, MidpointRounding.AwayFromZero));
    }

    /// <summary>
    /// Consecutive weeks with at least one slot kept, counting back from this week if it already
    /// has one, else from last week (this week is not lost until it is over).
    /// </summary>
    public static int Streak(IEnumerable<DateOnly> keptDays, DateOnly today)
    {
        var weeks = keptDays.Select(WeekStart).ToHashSet();
        var week = WeekStart(today);
        if (!weeks.Contains(week)) week = week.AddDays(-7);
        var streak = 0;
        while (weeks.Contains(week))
        {
            streak++;
            week = week.AddDays(-7);
        }
        return streak;
    }
}

/// <summary>Slots kept over a span of weeks: e.g. 7 of 8 slots, in 7 of 8 weeks, 0.88 a week.</summary>
public sealed record PlanAdherence(int Weeks, int Scheduled, int Kept, int WeeksKept, double KeptPerWeek);
