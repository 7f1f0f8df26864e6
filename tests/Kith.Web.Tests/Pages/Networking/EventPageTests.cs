using System.Net;
using Kith.Core.Common;
using Kith.Core.Interactions;
using Kith.Core.Opportunities;
using Kith.Core.People;
using static Kith.Web.Tests.Pages.Networking.NetworkingSetup;

namespace Kith.Web.Tests.Pages.Networking;

/// <summary>/events/{id}: attendance, the people met there, and the "I met someone" form.</summary>
public sealed class EventPageTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    private readonly PageClient _client = new(factory);

    [Fact]
    public async Task PostMet_NewPerson_AddsThemWithHowWeMetLogsTheEventAndSetsAFollowUp()
    {
        var opportunity = await _client.AddOpportunityAsync("Finance Network");
        var e = await _client.AddEventAsync(opportunity.Id, "Winter mixer", "2026-03-12T18:30");
        var page = await _client.GetAsync($"/events/{e.Id}");
        Assert.Equal("2026-03-16", page.QuerySelector("#Met_FollowUpOn")!.GetAttribute("value"));

        var posted = await _client.SubmitAsync(page, "form[action*='handler=Met']",
            ("Met.FirstName", "Nia"), ("Met.LastName", "Newcomer"), ("Met.Organisation", "Acme Ltd"));

        Assert.EndsWith("#people-met", posted.Response.Headers.Location!.OriginalString);
        var after = await _client.FollowAsync(posted);
        Assert.Equal("Added Nia Newcomer to your people, logged meeting them at Winter mixer, and set a follow-up for Mon 16 Mar 2026.", after.Text("[role=status]"));
        Assert.Equal(["Nia Newcomer"], after.Texts("#people-met .people-met a"));
        Assert.Equal("You went.", after.Text(".attendance-now"));

        var nia = await _client.FindPersonAsync("Nia Newcomer");
        Assert.NotNull(nia);
        Assert.Equal(("Met at Winter mixer (Finance Network)", new DateOnly(2026, 3, 12), "Acme Ltd"), (nia.HowWeMet, nia.MetOn, nia.Organisation));
        var followUp = Assert.Single(await _client.OpenFollowUpsAsync(nia.Id));
        Assert.Equal(("Follow up with Nia after Winter mixer", new DateOnly(2026, 3, 16)), (followUp.Description, followUp.DueOn));
        var timeline = await _client.WithServiceAsync<Page<InteractionView>, InteractionService>(s => s.ListAsync(new InteractionQuery { PersonId = nia.Id }));
        Assert.Equal((InteractionKind.Event, "Met at Winter mixer"), (timeline.Items.Single().Kind, timeline.Items.Single().Summary));
    }

    [Fact]
    public async Task PostMet_ExistingPersonWithDate_LinksThemAndSetsTheFollowUpThatDay()
    {
        var eve = await _client.AddPersonAsync(new PersonInput { FirstName = "Eve", LastName = "Existing" });
        var opportunity = await _client.AddOpportunityAsync("Running Club");
        var e = await _client.AddEventAsync(opportunity.Id, "Sunday 10k", "2026-03-15T08:00");
        var page = await _client.GetAsync($"/events/{e.Id}");

        var posted = await _client.SubmitAsync(page, "form[action*='handler=Met']", ("Met.PersonId", Id(eve.Id)), ("Met.FollowUpOn", "2026-03-20"));

        var after = await _client.FollowAsync(posted);
        Assert.Equal("Linked Eve Existing to Sunday 10k, logged the meeting on their timeline, and set a follow-up for Fri 20 Mar 2026.", after.Text("[role=status]"));
        Assert.Equal($"/people/{eve.Id}", after.QuerySelector("#people-met .people-met a")!.GetAttribute("href"));
        Assert.Null(after.QuerySelector($"#Met_PersonId option[value='{eve.Id}']"));
        var linked = await _client.WithServiceAsync<PersonDetail, PeopleService>(s => s.GetAsync(eve.Id));
        Assert.Equal("Met at Sunday 10k (Running Club)", linked.HowWeMet);
        Assert.Equal(new DateOnly(2026, 3, 20), Assert.Single(await _client.OpenFollowUpsAsync(eve.Id)).DueOn);

        var list = await _client.GetAsync("/opportunities");
        var row = list.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Running Club", StringComparison.Ordinal));
        Assert.Equal(["1", "1"], row.QuerySelectorAll("td.numeric").Select(td => td.TextContent.Trim()));
    }

    [Fact]
    public async Task PostMet_NeitherOrBoth_SaysWhichToChooseNextToThePicker()
    {
        var known = await _client.AddPersonAsync(new PersonInput { FirstName = "Kim", LastName = "Known" });
        var opportunity = await _client.AddOpportunityAsync("Chess League");
        var e = await _client.AddEventAsync(opportunity.Id, "Round one", "2026-03-13T19:00");
        var page = await _client.GetAsync($"/events/{e.Id}");

        var neither = await _client.SubmitAsync(page, "form[action*='handler=Met']");
        Assert.Equal(HttpStatusCode.OK, neither.Status);
        Assert.Equal("Choose the person you met, or enter their name to add them.", neither.Document.FieldError("Met.PersonId"));

        var both = await _client.SubmitAsync(page, "form[action*='handler=Met']", ("Met.PersonId", Id(known.Id)), ("Met.FirstName", "Other"));
        Assert.Equal("Choose an existing person or describe a new one, not both.", both.Document.FieldError("Met.PersonId"));
        Assert.Equal("Other", both.Document.QuerySelector("#Met_FirstName")!.GetAttribute("value"));
        Assert.Empty(both.Document.QuerySelectorAll("#people-met .people-met li"));
    }

    [Fact]
    public async Task PostMet_NewPersonWithBadFollowUpDate_ShowsTheMessageAndAddsNoOne()
    {
        var opportunity = await _client.AddOpportunityAsync("Book Club");
        var e = await _client.AddEventAsync(opportunity.Id, "March meeting", "2026-03-14T19:00");
        var page = await _client.GetAsync($"/events/{e.Id}");

        var posted = await _client.SubmitAsync(page, "form[action*='handler=Met']",
            ("Met.FirstName", "Rolf"), ("Met.LastName", "Rollback"), ("Met.FollowUpOn", "2026-02-30"));

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        Assert.Equal("'2026-02-30' is not a valid date; use YYYY-MM-DD, e.g. 2026-03-31.", posted.Document.FieldError("Met.FollowUpOn"));
        Assert.Equal("Rolf", posted.Document.QuerySelector("#Met_FirstName")!.GetAttribute("value"));
        Assert.Null(await _client.FindPersonAsync("Rolf Rollback"));
        Assert.Empty((await _client.WithServiceAsync<EventView, OpportunityService>(s => s.GetEventAsync(e.Id))).PeopleMet);
    }

    [Fact]
    public async Task PostRemoveMet_TakesThemOffTheEventButKeepsThePerson()
    {
        var opportunity = await _client.AddOpportunityAsync("Choir");
        var e = await _client.AddEventAsync(opportunity.Id, "Rehearsal", "2026-03-10T19:00");
        await _client.WithServiceAsync<EventView, OpportunityService>(s =>
            s.AddPersonMetAsync(e.Id, new MetInput(NewPerson: new PersonInput { FirstName = "Sol", LastName = "Soprano" })));
        var page = await _client.GetAsync($"/events/{e.Id}");

        var removed = await _client.SubmitAsync(page, "form[action*='handler=RemoveMet']");

        var after = await _client.FollowAsync(removed);
        Assert.Equal("Removed Sol Soprano from this event. They stay in your people, with what was logged.", after.Text("[role=status]"));
        Assert.Equal("No one yet.", after.Text("#people-met p.subtle"));
        Assert.NotNull(await _client.FindPersonAsync("Sol Soprano"));
    }

    [Fact]
    public async Task PostAttended_No_SaysSoAndGet_OffersTheCalendarFile()
    {
        var opportunity = await _client.AddOpportunityAsync("Tennis League");
        var e = await _client.AddEventAsync(opportunity.Id, "Ladder night", "2026-03-11T19:00");
        var page = await _client.GetAsync($"/events/{e.Id}");
        Assert.Equal("Not recorded yet.", page.Text(".attendance-now"));
        Assert.Equal("Add to calendar (.ics)", page.Text($"a[href='/api/v1/events/{e.Id}/calendar.ics']"));

        var posted = await _client.SubmitAsync(page, "form[action*='handler=Attended']", ("attended", "false"));

        var after = await _client.FollowAsync(posted);
        Assert.Equal("Noted: you did not go this time.", after.Text("[role=status]"));
        Assert.Equal("You did not go.", after.Text(".attendance-now"));
    }

    [Fact]
    public async Task Get_FutureEvent_WaitsForItToStartBeforeAttendanceAndPeopleMet()
    {
        var opportunity = await _client.AddOpportunityAsync("Union Branch");
        var e = await _client.AddEventAsync(opportunity.Id, "Branch meeting", "2026-03-18T18:00");

        var page = await _client.GetAsync($"/events/{e.Id}");

        Assert.StartsWith("Not yet: it starts Wed 18 Mar 2026, 18:00.", page.Text("#attendance p"));
        Assert.Null(page.QuerySelector("form[action*='handler=Attended']"));
        Assert.Null(page.QuerySelector("form[action*='handler=Met']"));
        Assert.Equal($"/opportunities/{opportunity.Id}", page.QuerySelector(".breadcrumb a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task PostEdit_MovesTheEvent_AndEmptyTitleIsRefused()
    {
        var opportunity = await _client.AddOpportunityAsync("Alumni Association");
        var e = await _client.AddEventAsync(opportunity.Id, "Reunion", "2026-04-02T18:30");
        var page = await _client.GetAsync($"/events/{e.Id}");
        Assert.Equal("2026-04-02T18:30", page.QuerySelector("#Edit_StartsAt")!.GetAttribute("value"));

        var refused = await _client.SubmitAsync(page, "#change form", ("Edit.Title", ""));
        Assert.Equal("Name the event, e.g. \"Spring mixer\".", refused.Document.FieldError("Edit.Title"));

        var saved = await _client.SubmitAsync(page, "#change form", ("Edit.StartsAt", "2026-04-09T19:00"));
        var after = await _client.FollowAsync(saved);
        Assert.Equal("Saved Reunion, Thu 9 Apr 2026, 19:00.", after.Text("[role=status]"));
        Assert.Equal("Reunion", after.Text("h1"));
    }
}
