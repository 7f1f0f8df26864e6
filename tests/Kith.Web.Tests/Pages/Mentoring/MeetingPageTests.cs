using System.Net;
using Ical.Net;
using Kith.Core.Mentoring;
using Kith.Core.People;

namespace Kith.Web.Tests.Pages.Mentoring;

/// <summary>
/// A mentoring meeting from first offer to thank-you: propose times, the mentor chooses, download the
/// invite, then record it. Its own class, because the clock moves to the meeting day.
/// </summary>
public sealed class MeetingJourneyTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    private readonly PageClient _client = new(factory);

    [Fact]
    public async Task ProposeChooseDownloadRecord_CreatesTheThankYouFollowUp()
    {
        await _client.UpdateMeAsync(me => me.Emails = "me@example.com");
        var ada = await _client.AddPersonAsync(new PersonInput { FirstName = "Ada", LastName = "Mentor", Emails = ["ada@example.com"] });
        var mentorship = await _client.AddMentorshipAsync(new MentorshipInput(ada.Id, Areas: ["career"], Status: "active"));
        var page = await _client.GetAsync($"/mentorships/{mentorship.Summary.Id}");
        Assert.Equal(3, page.QuerySelectorAll("#Meeting_Times input[type=datetime-local]").Length);

        // Offer two times, in my zone (São Paulo, UTC−3).
        var proposed = await _client.SubmitAsync(page, "form[action*='handler=Meeting']",
            ("Meeting.Times", "2026-03-18T12:30"), ("Meeting.Times", "2026-03-19T08:00"), ("Meeting.Times", ""),
            ("Meeting.Location", "Café Lisboa"), ("Meeting.PrepNotes", "Ask about the team lead role"));
        Assert.Matches(@"^/meetings/\d+$", proposed.Response.Headers.Location!.OriginalString);
        var meeting = await _client.FollowAsync(proposed);
        Assert.Equal("Offered 2 times to Ada Mentor. When they choose one, mark it here.", meeting.Text("[role=status]"));
        Assert.Equal(["Wed 18 Mar 2026, 12:30", "Thu 19 Mar 2026, 08:00"], meeting.Texts(".proposals time"));
        Assert.Null(meeting.QuerySelector("a[href$='invite.ics']"));
        Assert.Equal("Ask about the team lead role", meeting.Text("#Prep_PrepNotes"));

        // Ada picks the first.
        var chosen = await _client.FollowAsync(await _client.SubmitAsync(meeting, ".proposals li:first-child form"));
        Assert.Equal("Ada Mentor chose Wed 18 Mar 2026, 12:30. Download the invite and send it, or add it to your calendar.", chosen.Text("[role=status]"));
        Assert.Equal("Wed 18 Mar 2026, 12:30", chosen.Text(".meeting-time time"));
        Assert.Equal("2026-03-18T12:30-03:00", chosen.QuerySelector(".meeting-time time")!.GetAttribute("datetime"));
        Assert.Equal("Chosen", chosen.Text(".proposals li:first-child .badge"));
        var inviteHref = chosen.QuerySelector("a[href$='invite.ics']")!.GetAttribute("href")!;

        // The invite: a calendar file the mentor's calendar understands.
        using var download = await _client.GetResponseAsync(inviteHref);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("text/calendar", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("mentoring-ada-mentor-2026-03-18.ics", download.Content.Headers.ContentDisposition!.FileNameStar ?? download.Content.Headers.ContentDisposition.FileName);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition.DispositionType);
        var calendar = Ical.Net.Calendar.Load(await download.Content.ReadAsStringAsync())!;
        var invite = Assert.Single(calendar.Events);
        Assert.Equal(new DateTime(2026, 3, 18, 15, 30, 0, DateTimeKind.Utc), invite.DtStart!.AsUtc);
        Assert.Equal(new DateTime(2026, 3, 18, 16, 30, 0, DateTimeKind.Utc), invite.DtEnd!.AsUtc);
        Assert.Equal("Café Lisboa", invite.Location);
        Assert.Equal("REQUEST", calendar.Method);
        Assert.Equal("mailto:ada@example.com", Assert.Single(invite.Attendees).Value?.ToString());
        Assert.DoesNotContain("team lead role", await download.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The day after, record how it went.
        _client.Factory.Clock.Advance(TimeSpan.FromDays(2));
        var after = await _client.GetAsync(inviteHref.Replace("/invite.ics", "", StringComparison.Ordinal));
        Assert.Equal("2026-03-18", after.QuerySelector("#Record_HeldOn")!.GetAttribute("value"));
        var missing = await _client.SubmitAsync(after, "form[action*='handler=Record']", ("Record.Notes", ""));
        Assert.StartsWith("Write what you took away", missing.Document.FieldError("Record.Notes"));

        var recorded = await _client.FollowAsync(await _client.SubmitAsync(after, "form[action*='handler=Record']",
            ("Record.Notes", "Apply for the lead role; ask Bob for a stretch project.")));

        Assert.Equal(
            "Recorded the meeting with Ada Mentor on Wed 18 Mar 2026; it is on their timeline. " +
            "Follow-up added: Thank Ada for the meeting on 18 Mar and tell them what you did with their advice, due Thu 19 Mar 2026.",
            recorded.Text("[role=status]"));
        Assert.Equal("Held", recorded.Text(".page-head .badge"));
        Assert.Equal("Apply for the lead role; ask Bob for a stretch project.", recorded.Text("#notes p"));
        Assert.Null(recorded.QuerySelector("form[action*='handler=Record']"));
        var person = await _client.GetAsync($"/people/{ada.Id}");
        Assert.Contains("Thank Ada for the meeting on 18 Mar and tell them what you did with their advice", person.Texts("#follow-ups .follow-up-text"));
        Assert.Equal("Mentoring meeting (career)", person.Text("#timeline .timeline-summary"));
    }
}

/// <summary>/meetings/{id} and the propose form: mistakes, cancelling, and missing invites.</summary>
public sealed class MeetingPageTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    private readonly PageClient _client = new(factory);

    [Fact]
    public async Task PostMeeting_TimeInThePast_ShowsTheMessageNextToTheTimesAndKeepsWhatWasTyped()
    {
        var mentorship = await ActiveMentorshipAsync("Pam", "Past");
        var page = await _client.GetAsync($"/mentorships/{mentorship.Summary.Id}");

        var posted = await _client.SubmitAsync(page, "form[action*='handler=Meeting']", ("Meeting.Times", "2026-03-15T10:00"), ("Meeting.Location", "Library"));

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        Assert.Equal("2026-03-15T10:00 has already passed; offer times still to come.", posted.Document.FieldError("Meeting.Times"));
        var first = posted.Document.QuerySelector("#Meeting_Times_0")!;
        Assert.Equal("2026-03-15T10:00", first.GetAttribute("value"));
        Assert.Equal("true", first.GetAttribute("aria-invalid"));
        Assert.Equal("#Meeting_Times", posted.Document.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.Equal("Library", posted.Document.QuerySelector("#Meeting_Location")!.GetAttribute("value"));
    }

    [Fact]
    public async Task PostCancel_ScheduledMeeting_SaysSoAndOffersTheCancellation()
    {
        var mentorship = await ActiveMentorshipAsync("Cal", "Cancel");
        var meeting = await _client.WithServiceAsync<MeetingView, MentorshipService>(s =>
            s.ProposeMeetingAsync(mentorship.Summary.Id, new MeetingInput(["2026-03-25T10:00"])));
        var page = await _client.GetAsync($"/meetings/{meeting.Id}");
        Assert.Equal("Scheduled", page.Text(".page-head .badge"));

        var cancelled = await _client.FollowAsync(await _client.SubmitAsync(page, "form[action*='handler=Cancel']"));

        Assert.Equal("Meeting with Cal Cancel cancelled. Download the cancellation so their calendar drops it too.", cancelled.Text("[role=status]"));
        Assert.Equal("Cancelled", cancelled.Text(".page-head .badge"));
        Assert.Null(cancelled.QuerySelector("form[action*='handler=Record']"));
        using var download = await _client.GetResponseAsync($"/meetings/{meeting.Id}/invite.ics");
        var calendar = Ical.Net.Calendar.Load(await download.Content.ReadAsStringAsync())!;
        Assert.Equal("CANCEL", calendar.Method);
    }

    [Fact]
    public async Task PostPrep_SavesTheNotesAndKeepsThemOutOfTheInvite()
    {
        var mentorship = await ActiveMentorshipAsync("Pru", "Prepared");
        var meeting = await _client.WithServiceAsync<MeetingView, MentorshipService>(s =>
            s.ProposeMeetingAsync(mentorship.Summary.Id, new MeetingInput(["2026-03-27T09:00"])));
        var page = await _client.GetAsync($"/meetings/{meeting.Id}");

        var saved = await _client.FollowAsync(await _client.SubmitAsync(page, "form[action*='handler=Prep']", ("Prep.PrepNotes", "Ask how she chose her first team")));

        Assert.Equal("Preparation saved.", saved.Text("[role=status]"));
        Assert.Equal("Ask how she chose her first team", saved.Text("#Prep_PrepNotes"));
        using var invite = await _client.GetResponseAsync($"/meetings/{meeting.Id}/invite.ics");
        Assert.DoesNotContain("first team", await invite.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetInvite_NoTimeChosenYet_LeadsBackToTheMeeting()
    {
        var mentorship = await ActiveMentorshipAsync("Nat", "Notyet");
        var meeting = await _client.WithServiceAsync<MeetingView, MentorshipService>(s =>
            s.ProposeMeetingAsync(mentorship.Summary.Id, new MeetingInput(["2026-03-25T10:00", "2026-03-26T10:00"])));

        using var response = await _client.GetResponseAsync($"/meetings/{meeting.Id}/invite.ics");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/meetings/{meeting.Id}#when", response.Headers.Location!.OriginalString);
        var page = await _client.GetAsync($"/meetings/{meeting.Id}");
        Assert.StartsWith("You offered 2 times. When Nat Notyet picks one", page.Text("#when p"));
    }

    [Fact]
    public async Task PostRecord_MentorDeletedMeanwhile_SaysWhyAndOffersNeitherRecordNorInvite()
    {
        var mentorship = await ActiveMentorshipAsync("Gus", "Gone");
        var meeting = await _client.WithServiceAsync<MeetingView, MentorshipService>(s =>
            s.ProposeMeetingAsync(mentorship.Summary.Id, new MeetingInput(["2026-03-25T10:00"])));
        var stale = await _client.GetAsync($"/meetings/{meeting.Id}");
        await _client.WithServiceAsync<bool, PeopleService>(async s => { await s.DeleteAsync(mentorship.Summary.PersonId!.Value); return true; });

        var posted = await _client.SubmitAsync(stale, "form[action*='handler=Record']", ("Record.Notes", "Good advice"), ("Record.HeldOn", "2026-03-16"));

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        Assert.Equal("Choose who the mentor is before recording a meeting.", posted.Document.Text(".error-summary li"));
        Assert.Null(posted.Document.QuerySelector("form[action*='handler=Record']"));
        using var invite = await _client.GetResponseAsync($"/meetings/{meeting.Id}/invite.ics");
        Assert.Equal(HttpStatusCode.Redirect, invite.StatusCode);
    }

    [Fact]
    public async Task Get_UnknownMeeting_Returns404PageInsideTheSite()
    {
        var page = await _client.GetAsync("/meetings/987654", HttpStatusCode.NotFound);

        Assert.Equal("Meeting not found", page.Text("h1"));
    }

    private async Task<MentorshipDetail> ActiveMentorshipAsync(string first, string last)
    {
        var person = await _client.AddPersonAsync(new PersonInput { FirstName = first, LastName = last });
        return await _client.AddMentorshipAsync(new MentorshipInput(person.Id, Status: "active"));
    }
}
