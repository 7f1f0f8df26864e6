using Kith.Core.People;
using Kith.Core.Plan;

namespace Kith.Core.Tests.Plan;

public sealed class PlanRulesTests
{
    private static readonly DateOnly Monday = new(2026, 3, 16);

    private static PlanRules.Candidate Person(int id, string name, DateOnly? last = null, DateOnly? due = null, int recent = 0,
        string? department = null, RelativeLevel level = RelativeLevel.Unknown, EmployerRelation employer = EmployerRelation.Unknown) =>
        new(id, name, last, due, due is null ? null : "every 30 days", department, level, employer, PersonRoles.None, recent);

    private static List<PlanRules.Occurrence> Weekly(int weeks, DateOnly first) =>
        Enumerable.Range(0, weeks).Select(w => new PlanRules.Occurrence(1, first.AddDays(7 * w), SlotStatus.Open, null, new HashSet<int>())).ToList();

    [Fact]
    public void Suggest_EightWeeks_ADifferentPersonEachTimeAlternatingTheMix()
    {
        var people = Enumerable.Range(1, 6).Select(i => Person(i, $"Known{i}", last: Monday.AddDays(-100), due: Monday.AddDays(i), recent: 3))
            .Concat(Enumerable.Range(7, 6).Select(i => Person(i, $"New{i}", department: "Finance")))
            .ToList();

        var suggestions = PlanRules.Suggest(Weekly(8, Monday.AddDays(2)), people, "Sales", 8, Monday);

        Assert.Equal(8, suggestions.Select(s => s.PersonId).Distinct().Count());
        Assert.All(suggestions, s => Assert.NotNull(s.PersonId));
        Assert.Equal(4, suggestions.Count(s => s.Mix == PlanMix.Maintaining));
        Assert.Equal(4, suggestions.Count(s => s.Mix == PlanMix.Expanding));
        Assert.All(suggestions.Where(s => s.Mix == PlanMix.Expanding), s => Assert.StartsWith("New", s.PersonName));
        Assert.All(suggestions.Zip(suggestions.Skip(1)), pair => Assert.NotEqual(pair.First.Mix, pair.Second.Mix));
    }

    [Fact]
    public void Suggest_SomeoneNewAcceptedInAMaintainingWeek_StaysExpanding()
    {
        var wednesday = Monday.AddDays(2);
        Assert.Equal(PlanMix.Maintaining, PlanRules.MixFor(wednesday));
        var people = new[] { Person(1, "Known", last: Monday.AddDays(-90), due: Monday, recent: 3), Person(2, "New") };
        var accepted = new[] { new PlanRules.Occurrence(1, wednesday, SlotStatus.Accepted, 2, new HashSet<int>()) };
        var kept = new[] { new PlanRules.Occurrence(1, wednesday, SlotStatus.Done, 1, new HashSet<int>()) };

        Assert.Equal(PlanMix.Expanding, Assert.Single(PlanRules.Suggest(accepted, people, null, 8, Monday)).Mix);
        Assert.Equal(PlanMix.Maintaining, Assert.Single(PlanRules.Suggest(kept, people, null, 8, Monday)).Mix);
    }

    [Fact]
    public void Suggest_Maintaining_TakesTheCadenceDueSoonestFirst()
    {
        var wednesday = Monday.AddDays(2);
        Assert.Equal(PlanMix.Maintaining, PlanRules.MixFor(wednesday));
        var people = new[]
        {
            Person(1, "Later", last: Monday.AddDays(-90), due: Monday.AddDays(20), recent: 2),
            Person(2, "Sooner", last: Monday.AddDays(-90), due: Monday.AddDays(-3), recent: 2),
        };

        var s = Assert.Single(PlanRules.Suggest(Weekly(1, wednesday), people, null, 8, Monday));

        Assert.Equal(2, s.PersonId);
        Assert.Equal("keeping in touch: every 30 days, due by then (Fri 13 Mar), last talked 92 days ago by then", s.Reason);
    }

    [Fact]
    public void Suggest_Expanding_PrefersOtherDepartmentLevelAndEmployer()
    {
        var oddWeek = Monday.AddDays(9);
        Assert.Equal(PlanMix.Expanding, PlanRules.MixFor(oddWeek));
        var people = new[]
        {
            Person(1, "Same", department: "Sales"),
            Person(2, "Far", department: "Legal", level: RelativeLevel.MoreSenior, employer: EmployerRelation.Outside),
            Person(3, "Near", department: "Legal"),
        };

        var s = Assert.Single(PlanRules.Suggest(Weekly(1, oddWeek), people, "Sales", 8, Monday));

        Assert.Equal(2, s.PersonId);
        Assert.Equal("widening your network: new to you, Legal, not your department, more senior, outside your employer", s.Reason);
    }

    [Fact]
    public void Suggest_SomeoneMetWithinTheRotation_IsNotSuggested()
    {
        var people = new[]
        {
            Person(1, "Recent", last: Monday.AddDays(-20), recent: 3, due: Monday),
            Person(2, "Old", last: Monday.AddDays(-80), recent: 3, due: Monday.AddDays(5)),
        };

        var s = Assert.Single(PlanRules.Suggest(Weekly(1, Monday.AddDays(2)), people, null, 8, Monday));

        Assert.Equal(2, s.PersonId);
    }

    [Fact]
    public void Suggest_AcceptedPersonElsewhereInTheWindow_IsNotSuggestedAgainAndPassedOverIsSkipped()
    {
        var people = new[] { Person(1, "A"), Person(2, "B"), Person(3, "C") };
        var occurrences = new List<PlanRules.Occurrence>
        {
            new(1, Monday.AddDays(2), SlotStatus.Open, null, new HashSet<int> { 2 }),
            new(1, Monday.AddDays(9), SlotStatus.Accepted, 1, new HashSet<int>()),
        };

        var suggestions = PlanRules.Suggest(occurrences, people, null, 8, Monday);

        Assert.Equal([3, 1], suggestions.Select(s => s.PersonId));
        Assert.Equal("accepted", suggestions[1].Reason);
    }

    [Fact]
    public void Suggest_NobodyLeft_SaysSoInsteadOfRepeatingSomeone()
    {
        var suggestions = PlanRules.Suggest(Weekly(2, Monday.AddDays(2)), [Person(1, "Only")], null, 8, Monday);

        Assert.Equal(1, suggestions[0].PersonId);
        Assert.Null(suggestions[1].PersonId);
        Assert.StartsWith("nobody left who has not been met or planned in the last 8 weeks", suggestions[1].Reason);
    }

    [Fact]
    public void Streak_AcrossTheYearEnd_CountsConsecutiveWeeks()
    {
        var today = new DateOnly(2027, 1, 6); // Wednesday of the week starting Mon 4 Jan 2027
        var kept = new[] { new DateOnly(2026, 12, 16), new DateOnly(2026, 12, 23), new DateOnly(2026, 12, 30), new DateOnly(2027, 1, 1) };

        Assert.Equal(3, PlanRules.Streak(kept, today));
        Assert.Equal(4, PlanRules.Streak(kept.Append(today), today));
    }

    [Fact]
    public void Streak_GapLastWeek_IsZero()
    {
        var today = new DateOnly(2026, 3, 18);

        Assert.Equal(0, PlanRules.Streak([new DateOnly(2026, 3, 4)], today));
    }

    [Fact]
    public void WeekStart_IsTheMondayEvenAcrossYears()
    {
        Assert.Equal(new DateOnly(2026, 12, 28), PlanRules.WeekStart(new DateOnly(2027, 1, 3)));
        Assert.Equal(PlanRules.WeekIndex(new DateOnly(2026, 12, 28)) + 1, PlanRules.WeekIndex(new DateOnly(2027, 1, 4)));
    }

    [Fact]
    public void Adherence_CountsCompleteWeeksOnly()
    {
        var today = new DateOnly(2026, 3, 18);
        var scheduled = new (DateOnly, bool)[]
        {
            (new DateOnly(2026, 3, 18), true),  // this week: not counted yet
            (new DateOnly(2026, 3, 11), true),
            (new DateOnly(2026, 3, 4), false),
            (new DateOnly(2026, 2, 25), true),
            (new DateOnly(2026, 1, 7), true),   // outside 8 weeks
        };

        var a = PlanRules.Adherence(scheduled, 8, today);

        Assert.Equal(new PlanAdherence(8, 3, 2, 2, 0.25), a);
    }
}
