using System.Net;
using Kith.Core.Agenda;
using Kith.Core.Health;
using Kith.Core.Interactions;
using Kith.Core.Plan;

namespace Kith.Web.Tests.Api;

/// <summary>
/// The weekly plan end to end. There is one plan per account, so each test gets its own database
/// (a factory per test). The clock starts on Monday 2026-03-16; the slots are Wednesday lunches.
/// </summary>
public sealed class PlanApiTests : IDisposable
{
    private static readonly DateOnly Wednesday = new(2026, 3, 18);

    private readonly KithWebFactory _factory = new();
    private readonly HttpClient _client;

    public PlanApiTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    private Task<SlotView> WednesdayLunchAsync() => _client.AddSlotAsync(new SlotInput("wednesday", "12:00", 60, "lunch"));

    /// <summary>Enough people for a few weeks of suggestions, when who is suggested does not matter.</summary>
    private async Task FewPeopleAsync()
    {
        foreach (var name in new[] { "Ana", "Bea", "Caio", "Dora" })
            await _client.CreatePersonAsync(name, "Colleague");
    }

    private async Task<PlannedSlotView> ActAsync(int slotId, DateOnly on, string action, object? body = null)
    {
        var url = PlanApiClient.Occurrence(slotId, on, action);
        var response = body is null ? await _client.PostAsync(url, null) : await _client.PostJsonAsync(url, body);
        return await response.ReadAsync<PlannedSlotView>();
    }

    [Fact]
    public async Task GetPlan_ThirtyPeopleAndOneLunchAWeek_SuggestsADifferentPersonEachWeekAlternatingMaintainingAndExpanding()
    {
        var network = await _client.ThirtyPeopleAsync();
        var slot = await WednesdayLunchAsync();

        var plan = await _client.GetPlanAsync(weeks: 8);

        Assert.Equal(Enumerable.Range(0, 8).Select(w => Wednesday.AddDays(7 * w)), plan.Upcoming.Select(u => u.On));
        Assert.All(plan.Upcoming, u => Assert.Equal((slot.Id, SlotStatus.Open, "Wednesday 12:00–13:00, lunch"), (u.SlotId, u.Status, u.Description)));
        var people = plan.Upcoming.Select(u => u.PersonId!.Value).ToList();
        Assert.Equal(8, people.Distinct().Count());
        // The week of 16 March keeps a relationship going; the next widens the network; and so on.
        Assert.Equal(Enumerable.Range(0, 8).Select(w => w % 2 == 0 ? PlanMix.Maintaining : PlanMix.Expanding), plan.Upcoming.Select(u => u.Mix));
        Assert.All(plan.Upcoming.Where(u => u.Mix == PlanMix.Maintaining), u =>
        {
            Assert.Contains(u.PersonId!.Value, network.Known);
            Assert.StartsWith("keeping in touch: every 60 days", u.Reason);
        });
        var expanding = plan.Upcoming.Where(u => u.Mix == PlanMix.Expanding).ToList();
        Assert.All(expanding, u =>
        {
            Assert.Contains(u.PersonId!.Value, network.New);
            Assert.StartsWith("widening your network: new to you, ", u.Reason);
            Assert.Contains(", not your department", u.Reason);
        });
        Assert.All(plan.Upcoming, u => Assert.Equal(TimeSpan.FromHours(-3), u.StartsAt.Offset));
        Assert.Equal(new DateTimeOffset(2026, 3, 18, 12, 0, 0, TimeSpan.FromHours(-3)), plan.Upcoming[0].StartsAt);
        Assert.Equal((60, 60, 8), (plan.WeeklyBudgetMinutes, plan.ScheduledMinutesPerWeek, plan.RotationWeeks));
    }

    [Fact]
    public async Task MarkDone_TheFirstLunch_LogsItAndUpdatesTheAgendaTheAdherenceAndTheNetworkHealth()
    {
        await _client.ThirtyPeopleAsync();
        var slot = await WednesdayLunchAsync();
        var first = (await _client.GetPlanAsync()).Upcoming[0];
        var personId = first.PersonId!.Value;
        _factory.Clock.Advance(TimeSpan.FromHours(55)); // Wednesday 13:00 in São Paulo, after the lunch
        Assert.Contains(await AgendaPeopleAsync(), id => id == personId);
        var healthBefore = await _client.GetOkAsync<HealthView>("/api/v1/network-health");

        var done = await ActAsync(slot.Id, Wednesday, "done", new { exchange = "gave", summary = "Lunch: walked her through the budget cycle" });

        Assert.Equal((SlotStatus.Done, personId, "kept"), (done.Status, done.PersonId, done.Reason));
        var logged = (await _client.GetOkAsync<PageBody<InteractionView>>($"/api/v1/people/{personId}/interactions")).Items[0];
        Assert.Equal((done.InteractionId, InteractionKind.Lunch, "Lunch: walked her through the budget cycle", Exchange.Gave),
            (logged.Id, logged.Kind, logged.Summary, logged.Exchange));
        Assert.Equal(new DateTime(2026, 3, 18, 15, 0, 0, DateTimeKind.Utc), logged.OccurredAt);
        Assert.DoesNotContain(await AgendaPeopleAsync(), id => id == personId);
        var health = await _client.GetOkAsync<HealthView>("/api/v1/network-health");
        Assert.Equal(healthBefore.LastYear with { Gave = healthBefore.LastYear.Gave + 1 }, health.LastYear);
        Assert.Contains(health.Balances, b => b.PersonId == personId && b.Gave == 1 && b.Asked == 0);
        Assert.Equal(1, health.Streak);
        var sameWeek = await _client.GetPlanAsync();
        Assert.Equal((0, 1), (sameWeek.Last8Weeks.Kept, sameWeek.Streak)); // this week is not over, so not yet in the figure

        _factory.Clock.Advance(TimeSpan.FromDays(5)); // Monday 23 March

        var nextWeek = await _client.GetPlanAsync();
        Assert.Equal(new PlanAdherence(8, 1, 1, 1, 0.13), nextWeek.Last8Weeks);
        Assert.Equal(new PlanAdherence(26, 1, 1, 1, 0.04), nextWeek.Last26Weeks);
        Assert.Equal(1, nextWeek.Streak);
        Assert.DoesNotContain(nextWeek.Upcoming, u => u.PersonId == personId);
        var healthNextWeek = await _client.GetOkAsync<HealthView>("/api/v1/network-health");
        Assert.Equal((nextWeek.Last8Weeks, nextWeek.Last26Weeks, 1), (healthNextWeek.Last8Weeks, healthNextWeek.Last26Weeks, healthNextWeek.Streak));
    }

    private async Task<List<int>> AgendaPeopleAsync() =>
        (await _client.GetOkAsync<AgendaView>("/api/v1/agenda")).Items.Where(i => i.Kind == AgendaItemKind.Cadence).Select(i => i.PersonId!.Value).ToList();

    [Fact]
    public async Task Swap_ThenAccept_SuggestsTheNextPersonAndKeepsTheOneAccepted()
    {
        await FewPeopleAsync();
        var slot = await WednesdayLunchAsync();
        var suggested = (await _client.GetPlanAsync()).Upcoming[0];

        var swapped = await ActAsync(slot.Id, Wednesday, "swap");

        Assert.Equal(SlotStatus.Open, swapped.Status);
        Assert.NotNull(swapped.PersonId);
        Assert.NotEqual(suggested.PersonId, swapped.PersonId);
        var accepted = await ActAsync(slot.Id, Wednesday, "accept");
        Assert.Equal((SlotStatus.Accepted, swapped.PersonId, "accepted"), (accepted.Status, accepted.PersonId, accepted.Reason));
        var plan = await _client.GetPlanAsync();
        Assert.Equal((SlotStatus.Accepted, swapped.PersonId), (plan.Upcoming[0].Status, plan.Upcoming[0].PersonId));
        Assert.Equal(1, plan.Upcoming.Count(u => u.PersonId == swapped.PersonId));
    }

    [Fact]
    public async Task Accept_SomeoneNamed_PlansThemInsteadOfTheSuggestion()
    {
        await FewPeopleAsync();
        var chosen = (await _client.CreatePersonAsync("Zoe", "Chosen")).Id;
        var slot = await WednesdayLunchAsync();

        var accepted = await ActAsync(slot.Id, Wednesday.AddDays(7), "accept", new { personId = chosen });

        Assert.Equal((Wednesday.AddDays(7), SlotStatus.Accepted, chosen, "Zoe Chosen"), (accepted.On, accepted.Status, accepted.PersonId, accepted.PersonName));
        Assert.Equal([chosen], (await _client.GetPlanAsync()).Upcoming.Where(u => u.PersonId == chosen).Select(u => u.PersonId!.Value));
    }

    [Fact]
    public async Task Skip_ThenAWeekLater_CountsAsScheduledButNotKept()
    {
        await FewPeopleAsync();
        var slot = await WednesdayLunchAsync();

        var skipped = await ActAsync(slot.Id, Wednesday, "skip");

        Assert.Equal((SlotStatus.Skipped, (int?)null, "skipped"), (skipped.Status, skipped.PersonId, skipped.Reason));
        _factory.Clock.Advance(TimeSpan.FromDays(7));
        var plan = await _client.GetPlanAsync();
        Assert.Equal(new PlanAdherence(8, 1, 0, 0, 0), plan.Last8Weeks);
        Assert.Equal(0, plan.Streak);
    }

    [Fact]
    public async Task Occurrence_WrongWeekdayBadDateOrNotYetHappened_Returns400OnTheDay()
    {
        var person = await _client.CreatePersonAsync("Ana");
        var slot = await WednesdayLunchAsync();

        var thursday = await _client.PostAsync(PlanApiClient.Occurrence(slot.Id, Wednesday.AddDays(1), "accept"), null);
        var notADate = await _client.PostAsync($"/api/v1/plan/slots/{slot.Id}/occurrences/2026-13-01/skip", null);
        var future = await _client.PostJsonAsync(PlanApiClient.Occurrence(slot.Id, Wednesday, "done"), new { personId = person.Id });

        Assert.Equal(["The slot \"Wednesday 12:00–13:00, lunch\" does not fall on Thu 2026-03-19."], (await thursday.ReadFieldErrorsAsync("on"))["on"]);
        await notADate.ReadFieldErrorsAsync("on");
        Assert.Equal(["2026-03-18 has not come yet; mark the slot kept once it has happened."], (await future.ReadFieldErrorsAsync("on"))["on"]);
        Assert.Equal(SlotStatus.Open, (await _client.GetPlanAsync()).Upcoming[0].Status);
    }

    [Fact]
    public async Task Occurrence_UnknownSlotOrPerson_Returns404Or400OnPersonId()
    {
        var slot = await WednesdayLunchAsync();
        var me = await _client.GetMeAsync();

        var unknownSlot = await _client.PostAsync(PlanApiClient.Occurrence(slot.Id + 100, Wednesday, "skip"), null);
        var unknownPerson = await _client.PostJsonAsync(PlanApiClient.Occurrence(slot.Id, Wednesday, "accept"), new { personId = 9999 });
        var myself = await _client.PostJsonAsync(PlanApiClient.Occurrence(slot.Id, Wednesday, "accept"), new { personId = me.Id });
        var nobodyToSuggest = await _client.PostAsync(PlanApiClient.Occurrence(slot.Id, Wednesday, "accept"), null);

        await unknownSlot.ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(["There is no person with id 9999."], (await unknownPerson.ReadFieldErrorsAsync("personId"))["personId"]);
        await myself.ReadFieldErrorsAsync("personId");
        await nobodyToSuggest.ReadFieldErrorsAsync("personId");
    }

    [Fact]
    public async Task AddSlot_InvalidFields_Returns400NamingEachFieldAndAddsNothing()
    {
        var response = await _client.PostJsonAsync("/api/v1/plan/slots", new SlotInput("someday", "noon", 5, "picnic", StartsOn: "2026-02-30"));

        var errors = await response.ReadFieldErrorsAsync("day", "startsAt", "durationMinutes", "kind", "startsOn");
        Assert.Equal(["'someday' is not a day of the week; use monday … sunday."], errors["day"]);
        Assert.Empty((await _client.GetPlanAsync()).Slots);
    }

    [Fact]
    public async Task SetPlan_BudgetAndRotation_ShowInThePlanWithANoteAboutUnusedTime()
    {
        await WednesdayLunchAsync();

        var plan = await (await _client.PutJsonAsync("/api/v1/plan", new PlanInput(120, 4))).ReadAsync<PlanView>();

        Assert.Equal((120, 4, 60), (plan.WeeklyBudgetMinutes, plan.RotationWeeks, plan.ScheduledMinutesPerWeek));
        Assert.Equal(["Your slots use 60 of the 120 minutes a week you set aside; add a slot to use the rest."], plan.Notes);
        Assert.Equal((120, 4), ((await _client.GetPlanAsync()).WeeklyBudgetMinutes, (await _client.GetPlanAsync()).RotationWeeks));
    }

    [Fact]
    public async Task SetPlan_OutOfRange_Returns400OnEachField()
    {
        var response = await _client.PutJsonAsync("/api/v1/plan", new PlanInput(5, 60));
        var weeks = await _client.GetAsync("/api/v1/plan?weeks=52");

        await response.ReadFieldErrorsAsync("weeklyBudgetMinutes", "rotationWeeks");
        Assert.Equal(["Plan between 1 and 26 weeks ahead."], (await weeks.ReadFieldErrorsAsync("weeks"))["weeks"]);
    }

    [Fact]
    public async Task UpdateSlot_ToThursday_MovesTheUpcomingDays()
    {
        var slot = await WednesdayLunchAsync();

        var updated = await (await _client.PutJsonAsync($"/api/v1/plan/slots/{slot.Id}", new SlotInput("thursday", "08:30", 30, "coffee"))).ReadAsync<SlotView>();

        Assert.Equal((DayOfWeek.Thursday, new TimeOnly(8, 30), 30, InteractionKind.Coffee, "Thursday 08:30–09:00, coffee"),
            (updated.Day, updated.StartsAt, updated.DurationMinutes, updated.Kind, updated.Description));
        Assert.All((await _client.GetPlanAsync()).Upcoming, u => Assert.Equal(DayOfWeek.Thursday, u.On.DayOfWeek));
        await (await _client.PutJsonAsync($"/api/v1/plan/slots/{slot.Id + 100}", new SlotInput("thursday", "08:30"))).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task EndSlot_NotYetStarted_RemovesItFromThePlan()
    {
        var slot = await WednesdayLunchAsync();

        var response = await _client.DeleteAsync($"/api/v1/plan/slots/{slot.Id}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var plan = await _client.GetPlanAsync();
        Assert.Equal((0, 0), (plan.Slots.Count, plan.Upcoming.Count));
        await (await _client.DeleteAsync($"/api/v1/plan/slots/{slot.Id}")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task EndSlot_RunningForAWeek_StopsItButKeepsTheWeekItRanForAdherence()
    {
        var person = await _client.CreatePersonAsync("Ana");
        var slot = await WednesdayLunchAsync();
        _factory.Clock.Advance(TimeSpan.FromDays(7));
        await ActAsync(slot.Id, Wednesday, "done", new { personId = person.Id });

        var response = await _client.DeleteAsync($"/api/v1/plan/slots/{slot.Id}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var plan = await _client.GetPlanAsync();
        Assert.Equal((0, 0), (plan.Slots.Count, plan.Upcoming.Count));
        Assert.Equal((1, 1), (plan.Last8Weeks.Scheduled, plan.Last8Weeks.Kept));
    }

    [Fact]
    public async Task SlotCalendar_Download_IsAWeeklySeriesAtLocalNoonInMyZone()
    {
        var slot = await WednesdayLunchAsync();

        var response = await _client.GetAsync($"/api/v1/plan/slots/{slot.Id}/calendar.ics");

        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(("text/calendar", $"kith-slot-{slot.Id}.ics"), (response.Content.Headers.ContentType?.MediaType, response.Content.Headers.ContentDisposition?.FileName));
        var series = Assert.Single(Ical.Net.Calendar.Load(text)!.Events);
        Assert.Equal("Networking: Wednesday 12:00–13:00, lunch", series.Summary);
        Assert.Equal(Ical.Net.FrequencyType.Weekly, series.RecurrenceRule!.Frequency);
        Assert.Equal("America/Sao_Paulo", series.DtStart!.TzId);
        Assert.Equal(new DateTime(2026, 3, 18, 15, 0, 0, DateTimeKind.Utc), series.DtStart.AsUtc);
        await (await _client.GetAsync($"/api/v1/plan/slots/{slot.Id + 100}/calendar.ics")).ReadProblemAsync(HttpStatusCode.NotFound);
    }
}
