using System.Net;
using Kith.Core.Interactions;
using Kith.Core.KeepInTouch;
using Kith.Core.Opportunities;
using Kith.Core.People;

namespace Kith.Web.Tests.Api;

/// <summary>
/// Opportunities, their events, and the people met there. Tests share one database and clock
/// (Monday 2026-03-16, São Paulo), so each creates its own opportunity and reads only its own.
/// Past events are dated yesterday evening, which the people-met rules need.
/// </summary>
public sealed class OpportunitiesApiTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<OpportunityDetail> CreateAsync(string name, int? buddyId = null) =>
        await (await _client.PostJsonAsync("/api/v1/opportunities", new OpportunityInput(name, "association", "member", BuddyId: buddyId))).ReadAsync<OpportunityDetail>(HttpStatusCode.Created);

    private async Task<EventView> EventAsync(int opportunityId, string title, string startsAt) =>
        await (await _client.PostJsonAsync($"/api/v1/opportunities/{opportunityId}/events", new EventInput(title, startsAt, 90, "The Crypt"))).ReadAsync<EventView>(HttpStatusCode.Created);

    private async Task<List<FollowUpView>> FollowUpsAsync(int personId) =>
        (await _client.GetOkAsync<PageBody<FollowUpView>>($"/api/v1/follow-ups?personId={personId}")).Items;

    [Fact]
    public async Task CreateOpportunity_WithRoleAndBuddy_Returns201AndListsItWithTheBuddy()
    {
        var buddy = await _client.CreatePersonAsync("Bruno", "Buddy");

        var response = await _client.PostJsonAsync("/api/v1/opportunities",
            new OpportunityInput("Finance Professionals Association", "association", "treasurer", "2025-09-01", "https://fpa.example.org", BuddyId: buddy.Id));

        var created = await response.ReadAsync<OpportunityDetail>(HttpStatusCode.Created);
        Assert.Equal($"/api/v1/opportunities/{created.Id}", response.Headers.Location?.AbsolutePath);
        Assert.Equal((OpportunityKind.Association, "treasurer", new DateOnly(2025, 9, 1), "Bruno Buddy"),
            (created.Kind, created.Role, created.MemberSince, created.Buddy?.DisplayName));
        var listed = Assert.Single((await _client.GetOkAsync<PageBody<OpportunitySummary>>("/api/v1/opportunities?pageSize=200")).Items, o => o.Id == created.Id);
        Assert.Equal(("Finance Professionals Association", buddy.Id, 0, 0), (listed.Name, listed.Buddy?.Id, listed.EventsAttended, listed.PeopleMet));
    }

    [Fact]
    public async Task AddPersonMet_NewAndKnownPeople_LinksThemLogsTheMeetingAndSetsFollowUps()
    {
        var guild = await CreateAsync("Product Guild");
        var mixer = await EventAsync(guild.Id, "Spring mixer", "2026-03-15T18:30");
        var known = await _client.CreatePersonAsync("Lia", "Known");

        var response = await _client.PostJsonAsync($"/api/v1/events/{mixer.Id}/people",
            new MetInput(NewPerson: new PersonInput { FirstName = "Rui", LastName = "Costa", Department = "Treasury" }));
        var withKnown = await (await _client.PostJsonAsync($"/api/v1/events/{mixer.Id}/people",
            new MetInput(known.Id, FollowUpOn: "2026-03-25", FollowUp: "Send Lia the pricing deck"))).ReadAsync<EventView>(HttpStatusCode.Created);

        var afterRui = await response.ReadAsync<EventView>(HttpStatusCode.Created);
        Assert.Equal($"/api/v1/events/{mixer.Id}", response.Headers.Location?.OriginalString);
        Assert.True(afterRui.Attended);
        Assert.Equal(["Rui Costa"], afterRui.PeopleMet.Select(p => p.DisplayName));
        Assert.Equal(["Lia Known", "Rui Costa"], withKnown.PeopleMet.Select(p => p.DisplayName));
        var rui = await _client.GetOkAsync<PersonDetail>($"/api/v1/people/{afterRui.PeopleMet[0].Id}");
        Assert.Equal(("Met at Spring mixer (Product Guild)", new DateOnly(2026, 3, 15), "Treasury"), (rui.HowWeMet, rui.MetOn, rui.Department));
        var met = Assert.Single((await _client.GetOkAsync<PageBody<InteractionView>>($"/api/v1/people/{rui.Id}/interactions")).Items);
        Assert.Equal((InteractionKind.Event, "Met at Spring mixer"), (met.Kind, met.Summary));
        Assert.Equal([("Follow up with Rui after Spring mixer", new DateOnly(2026, 3, 17))], (await FollowUpsAsync(rui.Id)).Select(f => (f.Description, f.DueOn)));
        Assert.Equal([("Send Lia the pricing deck", new DateOnly(2026, 3, 25))], (await FollowUpsAsync(known.Id)).Select(f => (f.Description, f.DueOn)));
        var summary = Assert.Single((await _client.GetOkAsync<PageBody<OpportunitySummary>>("/api/v1/opportunities?pageSize=200")).Items, o => o.Id == guild.Id);
        Assert.Equal((1, 2), (summary.EventsAttended, summary.PeopleMet));
    }

    [Fact]
    public async Task AddPersonMet_AlreadyMetNobodyOrFutureEvent_Returns400OnPersonId()
    {
        var guild = await CreateAsync("Chess League");
        var past = await EventAsync(guild.Id, "Round one", "2026-03-15T19:00");
        var future = await EventAsync(guild.Id, "Round two", "2026-03-22T19:00");
        var ana = await _client.CreatePersonAsync("Ana", "Player");
        await (await _client.PostJsonAsync($"/api/v1/events/{past.Id}/people", new MetInput(ana.Id, NoFollowUp: true))).ReadAsync<EventView>(HttpStatusCode.Created);

        var again = await _client.PostJsonAsync($"/api/v1/events/{past.Id}/people", new MetInput(ana.Id));
        var nobody = await _client.PostJsonAsync($"/api/v1/events/{past.Id}/people", new { });
        var notYet = await _client.PostJsonAsync($"/api/v1/events/{future.Id}/people", new MetInput(ana.Id));

        Assert.Equal(["Ana Player is already among the people met at this event."], (await again.ReadFieldErrorsAsync("personId"))["personId"]);
        await nobody.ReadFieldErrorsAsync("personId");
        await notYet.ReadFieldErrorsAsync("personId");
        Assert.Empty(await FollowUpsAsync(ana.Id));
    }

    [Fact]
    public async Task RemovePersonMet_Returns204AndTheEventNoLongerListsThem()
    {
        var guild = await CreateAsync("Rowing Club");
        var regatta = await EventAsync(guild.Id, "Regatta", "2026-03-14T09:00");
        var ana = await _client.CreatePersonAsync("Ana", "Rower");
        await (await _client.PostJsonAsync($"/api/v1/events/{regatta.Id}/people", new MetInput(ana.Id))).ReadAsync<EventView>(HttpStatusCode.Created);

        var response = await _client.DeleteAsync($"/api/v1/events/{regatta.Id}/people/{ana.Id}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Empty((await _client.GetOkAsync<EventView>($"/api/v1/events/{regatta.Id}")).PeopleMet);
        await (await _client.DeleteAsync($"/api/v1/events/{regatta.Id}/people/{ana.Id}")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task SetAttended_PastEventYesOrNo_FutureOrMissingValueIs400()
    {
        var guild = await CreateAsync("Volunteer Committee");
        var past = await EventAsync(guild.Id, "Planning night", "2026-03-15T18:00");
        var future = await EventAsync(guild.Id, "Fundraiser", "2026-04-10T18:00");

        var skipped = await (await _client.PostJsonAsync($"/api/v1/events/{past.Id}/attended", new { attended = false })).ReadAsync<EventView>();
        var notYet = await _client.PostJsonAsync($"/api/v1/events/{future.Id}/attended", new { attended = true });
        var missing = await _client.PostJsonAsync($"/api/v1/events/{past.Id}/attended", new { });

        Assert.False(skipped.Attended);
        Assert.Equal(["The event has not started yet; say whether you went once it has."], (await notYet.ReadFieldErrorsAsync("attended"))["attended"]);
        await missing.ReadFieldErrorsAsync("attended");
        Assert.Null((await _client.GetOkAsync<EventView>($"/api/v1/events/{future.Id}")).Attended);
    }

    [Fact]
    public async Task Create_InvalidOpportunityOrEvent_Returns400NamingEachField()
    {
        var me = await _client.GetMeAsync();
        var guild = await CreateAsync("Toastmasters");

        var opportunity = await _client.PostJsonAsync("/api/v1/opportunities", new OpportunityInput(" ", "guild", Website: "ftp://x", BuddyId: me.Id));
        var e = await _client.PostJsonAsync($"/api/v1/opportunities/{guild.Id}/events", new EventInput("", "next week", 5));
        var unknown = await _client.PostJsonAsync($"/api/v1/opportunities/{guild.Id + 1000}/events", new EventInput("Talk", "2026-04-01T18:00"));

        await opportunity.ReadFieldErrorsAsync("name", "kind", "website", "buddyId");
        await e.ReadFieldErrorsAsync("title", "startsAt", "durationMinutes");
        await unknown.ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty((await _client.GetOkAsync<OpportunityDetail>($"/api/v1/opportunities/{guild.Id}")).Events);
    }

    [Fact]
    public async Task UpdateAndDelete_OpportunityAndEvent_ReplaceTheFieldsAndThenAre404()
    {
        var guild = await CreateAsync("Running Club");
        var run = await EventAsync(guild.Id, "Park run", "2026-03-21T08:00");

        var renamed = await (await _client.PutJsonAsync($"/api/v1/opportunities/{guild.Id}", new OpportunityInput("Riverside Running Club", "sports-league"))).ReadAsync<OpportunityDetail>();
        var moved = await (await _client.PutJsonAsync($"/api/v1/events/{run.Id}", new EventInput("Long run", "2026-03-22T07:30"))).ReadAsync<EventView>();

        Assert.Equal(("Riverside Running Club", OpportunityKind.SportsLeague, (string?)null), (renamed.Name, renamed.Kind, renamed.Role));
        Assert.Equal(("Long run", new DateTimeOffset(2026, 3, 22, 7, 30, 0, TimeSpan.FromHours(-3)), 90, (string?)null), (moved.Title, moved.StartsAt, moved.DurationMinutes, moved.Location));
        Assert.Equal(HttpStatusCode.NoContent, (await _client.DeleteAsync($"/api/v1/events/{run.Id}")).StatusCode);
        await (await _client.GetAsync($"/api/v1/events/{run.Id}")).ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NoContent, (await _client.DeleteAsync($"/api/v1/opportunities/{guild.Id}")).StatusCode);
        await (await _client.GetAsync($"/api/v1/opportunities/{guild.Id}")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task EventCalendar_Download_HasTheEventAtItsTime()
    {
        var guild = await CreateAsync("Design Meetup");
        var talk = await EventAsync(guild.Id, "Lightning talks", "2026-04-02T18:30");

        var response = await _client.GetAsync($"/api/v1/events/{talk.Id}/calendar.ics");

        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(("text/calendar", $"kith-event-{talk.Id}.ics"), (response.Content.Headers.ContentType?.MediaType, response.Content.Headers.ContentDisposition?.FileName));
        var entry = Assert.Single(Ical.Net.Calendar.Load(text)!.Events);
        Assert.Equal(("Lightning talks (Design Meetup)", "The Crypt", new DateTime(2026, 4, 2, 21, 30, 0)),
            (entry.Summary, entry.Location, DateTime.SpecifyKind(entry.DtStart!.AsUtc, DateTimeKind.Unspecified)));
        await (await _client.GetAsync($"/api/v1/events/{talk.Id + 1000}/calendar.ics")).ReadProblemAsync(HttpStatusCode.NotFound);
    }
}
