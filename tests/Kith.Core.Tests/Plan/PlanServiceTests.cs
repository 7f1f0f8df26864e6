using Kith.Core.Agenda;
using Kith.Core.Common;
using Kith.Core.KeepInTouch;
using Kith.Core.People;
using Kith.Core.Plan;
using Kith.Core.Tests.Mentoring;
using Microsoft.Extensions.DependencyInjection;

namespace Kith.Core.Tests.Plan;

public sealed class PlanServiceTests : MentoringTestBase
{
    private static readonly string[] Departments = ["Sales", "Finance", "Legal", "Engineering", "Marketing", "Operations"];

    private Task<PlanView> PlanAsync(int weeks = 8) => With<PlanService, PlanView>(s => s.GetAsync(weeks));

    private Task<SlotView> LunchOnWednesdaysAsync() =>
        With<PlanService, SlotView>(s => s.AddSlotAsync(new SlotInput("wednesday", "12:00", 60, "lunch")));

    /// <summary>30 people across six departments; a third with a cadence and some history.</summary>
    private async Task<List<int>> ThirtyPeopleAsync()
    {
        var ids = new List<int>();
        for (var i = 0; i < 30; i++)
        {
            var person = new PersonBuilder($"P{i:00}").InDepartment(Departments[i % 6]);
            if (i % 5 == 0) person = person.Employer("outside");
            if (i % 4 == 0) person = person.Level("more-senior");
            var id = await AddAsync(person);
            if (i % 3 == 0)
                await With<KeepInTouchService, CadenceView>(s => s.SetCadenceAsync(id, new CadenceInput { Every = 30 + i }));
            ids.Add(id);
        }
        return ids;
    }

    [Fact]
    public async Task Plan_OneLunchAWeekWithThirtyPeople_SuggestsADifferentMixedPersonEachWeekForEightWeeks()
    {
        await ThirtyPeopleAsync();
        var slot = await LunchOnWednesdaysAsync();

        var plan = await PlanAsync();

        Assert.Equal(8, plan.Upcoming.Count);
        Assert.All(plan.Upcoming, p => Assert.Equal(slot.Id, p.SlotId));
        Assert.Equal(new DateOnly(2026, 3, 18), plan.Upcoming[0].On);
        Assert.Equal(8, plan.Upcoming.Select(p => p.PersonId).Distinct().Count());
        Assert.Contains(plan.Upcoming, p => p.Mix == PlanMix.Maintaining);
        Assert.Contains(plan.Upcoming, p => p.Mix == PlanMix.Expanding);
        Assert.All(plan.Upcoming, p => Assert.False(string.IsNullOrEmpty(p.Reason)));
        Assert.Equal(new DateTimeOffset(2026, 3, 18, 12, 0, 0, TimeSpan.Zero), plan.Upcoming[0].StartsAt);
    }

    [Fact]
    public async Task Done_LogsTheLunchAndUpdatesAgendaAdherenceAndStreak()
    {
        var ana = await AddAsync(new PersonBuilder("Ana").InDepartment("Finance"));
        await With<KeepInTouchService, CadenceView>(s => s.SetCadenceAsync(ana, new CadenceInput { Every = 7 }));
        var slot = await LunchOnWednesdaysAsync();
        Assert.Contains((await With<AgendaService, AgendaView>(s => s.GetAsync(AgendaWindow.Today))).Items, i => i.PersonId == ana);
        AdvanceDays(2); // Wednesday

        var kept = await With<PlanService, PlannedSlotView>(s => s.DoneAsync(slot.Id, "2026-03-18", new SlotDoneInput(ana)));

        Assert.Equal(SlotStatus.Done, kept.Status);
        Assert.NotNull(kept.InteractionId);
        Assert.DoesNotContain((await With<AgendaService, AgendaView>(s => s.GetAsync(AgendaWindow.Today))).Items, i => i.PersonId == ana);
        var detail = await With<PeopleService, PersonDetail>(s => s.GetAsync(ana));
        Assert.Equal(new DateOnly(2026, 3, 25), detail.NextDueOn);
        Assert.Equal(1, (await PlanAsync()).Streak);

        AdvanceDays(7);
        var nextWeek = await PlanAsync();
        Assert.Equal(new PlanAdherence(8, 1, 1, 1, 0.13), nextWeek.Last8Weeks);
        Assert.Equal(1, nextWeek.Streak);
    }

    [Fact]
    public async Task Swap_PassesOverTheSuggestionAndSuggestsTheNextPerson()
    {
        await ThirtyPeopleAsync();
        var slot = await LunchOnWednesdaysAsync();
        var first = (await PlanAsync()).Upcoming[0];

        var swapped = await With<PlanService, PlannedSlotView>(s => s.SwapAsync(slot.Id, "2026-03-18"));

        Assert.NotEqual(first.PersonId, swapped.PersonId);
        Assert.NotNull(swapped.PersonId);
        Assert.DoesNotContain((await PlanAsync()).Upcoming, p => p.On == first.On && p.PersonId == first.PersonId);
    }

    [Fact]
    public async Task Accept_ThenSkip_RecordsTheDecisionForThatDayOnly()
    {
        var ids = await ThirtyPeopleAsync();
        var slot = await LunchOnWednesdaysAsync();

        var accepted = await With<PlanService, PlannedSlotView>(s => s.AcceptAsync(slot.Id, "2026-03-25", ids[7]));
        var skipped = await With<PlanService, PlannedSlotView>(s => s.SkipAsync(slot.Id, "2026-04-01"));

        Assert.Equal((SlotStatus.Accepted, ids[7]), (accepted.Status, accepted.PersonId));
        Assert.Equal((SlotStatus.Skipped, (int?)null), (skipped.Status, skipped.PersonId));
        var plan = await PlanAsync();
        Assert.Equal(ids[7], Assert.Single(plan.Upcoming, p => p.On == new DateOnly(2026, 3, 25)).PersonId);
        Assert.DoesNotContain(plan.Upcoming, p => p.On != new DateOnly(2026, 3, 25) && p.PersonId == ids[7]);
    }

    [Fact]
    public async Task Plan_ThisWeekAllDecided_NamesThePersonWithTheirMix()
    {
        var ids = await ThirtyPeopleAsync();
        // No cadence, but two contacts in the last year: someone I keep up with, not someone new.
        foreach (var day in new[] { "2026-01-05", "2026-01-12" })
            await With<Kith.Core.Interactions.InteractionService, Kith.Core.Interactions.InteractionView>(s => s.LogAsync(
                new Kith.Core.Interactions.InteractionInput { PersonIds = [ids[1]], OccurredAt = day, Kind = "coffee", Summary = "Coffee" }));
        var slot = await LunchOnWednesdaysAsync();
        await With<PlanService, PlannedSlotView>(s => s.AcceptAsync(slot.Id, "2026-03-18", ids[1]));

        var week = Assert.Single((await PlanAsync(weeks: 1)).Upcoming);

        Assert.Equal((ids[1], "P01", PlanMix.Maintaining, "accepted"), (week.PersonId, week.PersonName, week.Mix, week.Reason));
    }

    [Fact]
    public async Task Actions_WrongDayOrFutureDone_AreRefused()
    {
        await AddAsync(new PersonBuilder("Ana"));
        var slot = await LunchOnWednesdaysAsync();

        var thursday = await Assert.ThrowsAsync<ValidationFailedException>(() => With<PlanService, PlannedSlotView>(s => s.AcceptAsync(slot.Id, "2026-03-19")));
        var future = await Assert.ThrowsAsync<ValidationFailedException>(() => With<PlanService, PlannedSlotView>(s => s.DoneAsync(slot.Id, "2026-03-25", new SlotDoneInput())));

        Assert.Contains("does not fall on Thu 2026-03-19", Assert.Single(thursday.Errors["On"]));
        Assert.Contains("has not come yet", Assert.Single(future.Errors["On"]));
    }

    [Fact]
    public async Task AddSlot_BadInput_NamesEveryField()
    {
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => With<PlanService, SlotView>(s =>
            s.AddSlotAsync(new SlotInput("funday", "25:00", 5, "picnic"))));

        Assert.Equal(["Day", "DurationMinutes", "Kind", "StartsAt"], error.Errors.Keys.Order());
    }

    [Fact]
    public async Task Slot_InLondon_StaysAtLocalNoonAcrossTheSpringClockChange()
    {
        await using var london = await TestDatabase.CreateAsync("Europe/London");
        await using (var scope = london.Scope())
            await scope.ServiceProvider.GetRequiredService<PlanService>().AddSlotAsync(new SlotInput("friday", "12:00"));
        await using var read = london.Scope();

        var plan = await read.ServiceProvider.GetRequiredService<PlanService>().GetAsync(3);

        // Clocks go forward on Sunday 29 March 2026: noon is 12:00Z before it and 11:00Z after it.
        Assert.Equal([new DateOnly(2026, 3, 20), new DateOnly(2026, 3, 27), new DateOnly(2026, 4, 3)], plan.Upcoming.Select(p => p.On));
        Assert.All(plan.Upcoming, p => Assert.Equal(12, p.StartsAt.Hour));
        Assert.Equal([TimeSpan.Zero, TimeSpan.Zero, TimeSpan.FromHours(1)], plan.Upcoming.Select(p => p.StartsAt.Offset));
    }
}
