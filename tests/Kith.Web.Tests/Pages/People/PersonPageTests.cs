using System.Net;
using Kith.Core.Interactions;
using Kith.Core.KeepInTouch;
using Kith.Core.People;

namespace Kith.Web.Tests.Pages.People;

/// <summary>/people/{id}: timeline, logging, cadence, snooze and follow-ups.</summary>
public sealed class PersonPageTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    private readonly PageClient _client = new(factory);

    [Fact]
    public async Task Get_UnknownId_Returns404PageInsideTheSite()
    {
        var page = await _client.GetAsync("/people/424242", HttpStatusCode.NotFound);

        Assert.Equal("Person not found", page.Text("h1"));
        Assert.NotNull(page.QuerySelector("nav[aria-label=Main]"));
    }

    [Fact]
    public async Task PostLog_EmptySummary_ShowsMessageNextToSummaryAndLogsNothing()
    {
        var person = await _client.AddPersonAsync(new PersonInput { FirstName = "Sam", LastName = "Silent" });
        var page = await _client.GetAsync($"/people/{person.Id}");

        var posted = await _client.SubmitAsync(page, "#log form", ("Log.Kind", "call"), ("Log.Summary", " "), ("Log.Notes", "kept notes"));

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        Assert.Equal("Write a few words about what happened.", posted.Document.FieldError("Log.Summary"));
        Assert.NotNull(posted.Document.QuerySelector("#Log_Kind option[value='call'][selected]"));
        Assert.Equal("kept notes", posted.Document.QuerySelector("#Log_Notes")!.TextContent.Trim());
        Assert.Equal("Nothing logged yet. When you meet, call or write, log it above.", posted.Document.Text("#timeline p"));
    }

    [Fact]
    public async Task PostLog_Lunch_AppearsOnTheTimelineWithTheOthersWhoWereThere()
    {
        var person = await _client.AddPersonAsync(new PersonInput { FirstName = "Lou", LastName = "Lunch" });
        var other = await _client.AddPersonAsync(new PersonInput { FirstName = "Oli", LastName = "Other" });
        var page = await _client.GetAsync($"/people/{person.Id}");
        Assert.Equal("2026-03-16", page.QuerySelector("#Log_OccurredAt")!.GetAttribute("value"));

        var posted = await _client.SubmitAsync(page, "#log form",
            ("Log.Kind", "lunch"), ("Log.Summary", "Lunch by the river"), ("Log.Exchange", "gave"),
            ("Log.OtherPersonIds", other.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.EndsWith("#timeline", posted.Response.Headers.Location!.OriginalString);
        var after = await _client.FollowAsync(posted);
        Assert.Equal("Logged lunch with Lou Lunch, Oli Other.", after.Text("[role=status]"));
        Assert.Equal("Lunch by the river", after.Text("#timeline .timeline-summary"));
        Assert.Equal("Lunch", after.Text("#timeline .kind"));
        Assert.Equal("I gave", after.Text("#timeline .badge"));
        Assert.Equal("Oli Other", after.Text("#timeline .meta a"));

        var othersPage = await _client.GetAsync($"/people/{other.Id}");
        Assert.Equal("Lunch by the river", othersPage.Text("#timeline .timeline-summary"));
    }

    [Fact]
    public async Task PostLog_WithoutSummary_KeepsTheOthersChosen()
    {
        var person = await _client.AddPersonAsync(new PersonInput { FirstName = "Lou", LastName = "Lunch" });
        var other = await _client.AddPersonAsync(new PersonInput { FirstName = "Oli", LastName = "Other" });
        var third = await _client.AddPersonAsync(new PersonInput { FirstName = "Tess", LastName = "Third" });
        var page = await _client.GetAsync($"/people/{person.Id}");

        var posted = await _client.SubmitAsync(page, "#log form",
            ("Log.Kind", "lunch"), ("Log.Summary", ""), ("Log.OtherPersonIds", other.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        var chosen = posted.Document.QuerySelectorAll("#Log_OtherPersonIds option[selected]").Select(o => o.TextContent.Trim());
        Assert.Equal(["Oli Other"], chosen);
        Assert.NotNull(posted.Document.QuerySelector($"#Log_OtherPersonIds option[value='{third.Id}']"));
        Assert.Empty(posted.Document.QuerySelectorAll("#merge select option[selected]"));
    }

    [Fact]
    public async Task PostCadence_Zero_ShowsMessageNextToEvery()
    {
        var person = await _client.AddPersonAsync(new PersonInput { FirstName = "Cady" });
        var page = await _client.GetAsync($"/people/{person.Id}");

        var posted = await _client.SubmitAsync(page, "#keep-in-touch form", ("Cadence.Every", "0"), ("Cadence.Unit", "days"));

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        Assert.Equal("A cadence must be at least 1 day; 0 would mean always due.", posted.Document.FieldError("Cadence.Every"));
        Assert.Equal("0", posted.Document.QuerySelector("#Cadence_Every")!.GetAttribute("value"));
        Assert.StartsWith("No cadence yet.", posted.Document.Text("#keep-in-touch p"));
    }

    [Fact]
    public async Task PostCadence_Valid_ShowsTheRhythmAndNextDueDay()
    {
        var person = await _client.AddPersonAsync(new PersonInput { FirstName = "Rhea", LastName = "Rhythm" });
        var page = await _client.GetAsync($"/people/{person.Id}");

        var posted = await _client.SubmitAsync(page, "#keep-in-touch form", ("Cadence.Every", "2"), ("Cadence.Unit", "weeks"));

        var after = await _client.FollowAsync(posted);
        Assert.Equal("Keeping in touch every 2 weeks (at most 3 weeks).", after.Text("[role=status]"));
        Assert.StartsWith("Every 2 weeks (at most 3 weeks)", after.Text(".cadence-now"));
        Assert.Contains("Next due Mon 16 Mar 2026", after.Text(".cadence-now"));
        Assert.Equal("2", after.QuerySelector("#Cadence_Every")!.GetAttribute("value"));
    }

    [Fact]
    public async Task PostSnooze_WithoutDate_AsksForOneAndSnoozeWithDateShowsIt()
    {
        var person = await _client.AddPersonAsync(new PersonInput { FirstName = "Sleepy" });
        await _client.WithServiceAsync<CadenceView, KeepInTouchService>(s => s.SetCadenceAsync(person.Id, new CadenceInput { Every = 7 }));
        var page = await _client.GetAsync($"/people/{person.Id}");

        var empty = await _client.SubmitAsync(page, "form[action*='handler=Snooze']", ("Snooze.Until", ""));
        Assert.Equal("Choose the day they should come back to the agenda.", empty.Document.FieldError("Snooze.Until"));

        var snoozed = await _client.SubmitAsync(page, "form[action*='handler=Snooze']", ("Snooze.Until", "2026-04-01"));
        var after = await _client.FollowAsync(snoozed);
        Assert.Equal("Snoozed until Wed 1 Apr 2026.", after.Text("[role=status]"));
        Assert.Contains("Next due Wed 1 Apr 2026", after.Text(".cadence-now"));
    }

    [Fact]
    public async Task PostFollowUp_ThenDone_MovesItToTheDoneList()
    {
        var person = await _client.AddPersonAsync(new PersonInput { FirstName = "Fola" });
        var page = await _client.GetAsync($"/people/{person.Id}");

        var missing = await _client.SubmitAsync(page, "form[action*='handler=FollowUp#']", ("FollowUp.Description", ""), ("FollowUp.DueOn", "2026-03-20"));
        Assert.StartsWith("Say what you will do", missing.Document.FieldError("FollowUp.Description"));

        var added = await _client.SubmitAsync(page, "form[action*='handler=FollowUp#']", ("FollowUp.Description", "Send the slides"), ("FollowUp.DueOn", "2026-03-20"));
        var withFollowUp = await _client.FollowAsync(added);
        Assert.Equal("Follow-up added: Send the slides, due Fri 20 Mar 2026.", withFollowUp.Text("[role=status]"));
        Assert.Equal(["Send the slides"], withFollowUp.Texts("#follow-ups > ul .follow-up-text"));

        var done = await _client.SubmitAsync(withFollowUp, "form[action*='handler=FollowUpDone']");
        var after = await _client.FollowAsync(done);
        Assert.Empty(after.QuerySelectorAll("#follow-ups > ul .follow-up-text"));
        Assert.Equal(["Send the slides"], after.Texts(".done-follow-ups .follow-up-text"));
    }

    [Fact]
    public async Task Get_ManyInteractions_PagesTheTimelineNewestFirst()
    {
        var person = await _client.AddPersonAsync(new PersonInput { FirstName = "Tim", LastName = "Line" });
        for (var day = 1; day <= 12; day++)
        {
            var on = $"2026-03-{day:00}";
            await _client.WithServiceAsync<InteractionView, InteractionService>(s =>
                s.LogAsync(new InteractionInput { PersonIds = [person.Id], OccurredAt = on, Kind = "call", Summary = $"Call {day}" }));
        }

        var first = await _client.GetAsync($"/people/{person.Id}");
        Assert.Equal(10, first.QuerySelectorAll(".timeline-item").Length);
        Assert.Equal("Call 12", first.Texts(".timeline-summary")[0]);
        Assert.Equal("Page 1 of 2", first.Text("#timeline .pager-position"));

        var second = await _client.GetAsync(first.QuerySelector("#timeline a[rel=next]")!.GetAttribute("href")!);
        Assert.Equal(["Call 2", "Call 1"], second.Texts(".timeline-summary"));
    }

    [Fact]
    public async Task Get_Me_HidesTheFormsThatDoNotApplyToMyself()
    {
        var me = await _client.WithServiceAsync<PersonDetail, PeopleService>(s => s.GetMeAsync());

        var page = await _client.GetAsync($"/people/{me.Id}");

        Assert.StartsWith("This is you.", page.Text(".notice"));
        Assert.Null(page.QuerySelector("#log"));
        Assert.Null(page.QuerySelector("#keep-in-touch"));
    }
}
