using System.Globalization;
using System.Net;
using Kith.Core.Agenda;
using Kith.Core.KeepInTouch;
using Kith.Core.Mentoring;
using Kith.Core.People;

namespace Kith.Web.Tests.Api;

/// <summary>
/// Arranging, preparing and recording mentoring meetings, and the .ics invite read back with Ical.Net.
/// Tests share one database and clock; times are offered relative to the server's today, in the
/// account's zone (UTC−3), and each test reads only its own mentor's items.
/// </summary>
public sealed class MeetingsApiTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private void AdvanceDays(int days) => factory.Clock.Advance(TimeSpan.FromDays(days));

    /// <summary>A local time in the account's zone, as a user types it, and the instant it stands for.</summary>
    private static (string Local, DateTime Utc) At(DateOnly day, int hour, int minute) =>
        ($"{day.Iso()}T{hour:00}:{minute:00}", day.ToDateTime(new TimeOnly(hour, minute), DateTimeKind.Utc).AddHours(3));

    private async Task<MentorshipDetail> MentorAsync(string firstName, string? email = null, int? meetEveryWeeks = null)
    {
        var person = await _client.CreatePersonAsync(new PersonInput { FirstName = firstName, LastName = "Mentor", Emails = email is null ? null : [email] });
        return await _client.CreateMentorshipAsync(new MentorshipInput(person.Id, Status: "active", Areas: ["public speaking"], MeetEvery: meetEveryWeeks));
    }

    private async Task<HttpResponseMessage> ProposeAsync(int mentorshipId, params string[] times) =>
        await _client.PostJsonAsync($"/api/v1/mentorships/{mentorshipId}/meetings", new MeetingInput(times, Location: "Café Central"));

    private async Task<MeetingView> ChooseAsync(int meetingId, int proposalId) =>
        await (await _client.PostJsonAsync($"/api/v1/meetings/{meetingId}/choose", new { proposalId })).ReadAsync<MeetingView>();

    private async Task<(HttpResponseMessage Response, Ical.Net.CalendarComponents.CalendarEvent Event, Ical.Net.Calendar Calendar, string Text)> InviteAsync(int meetingId)
    {
        var response = await _client.GetAsync($"/api/v1/meetings/{meetingId}/invite.ics");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        var calendar = Ical.Net.Calendar.Load(text)!;
        return (response, Assert.Single(calendar.Events), calendar, text);
    }

    [Fact]
    public async Task ProposeMeeting_SeveralTimes_Returns201OfferingThemInMyZone()
    {
        var mentor = await MentorAsync("Ana");
        var today = await _client.TodayAsync();
        var (late, lateUtc) = At(today.AddDays(4), 12, 30);
        var (early, earlyUtc) = At(today.AddDays(2), 8, 0);

        var response = await ProposeAsync(mentor.Summary.Id, late, early);

        var meeting = await response.ReadAsync<MeetingView>(HttpStatusCode.Created);
        Assert.Equal($"/api/v1/meetings/{meeting.Id}", response.Headers.Location?.AbsolutePath);
        Assert.Equal((MeetingStatus.Proposed, (DateTimeOffset?)null, "Ana Mentor"), (meeting.Status, meeting.StartsAt, meeting.MentorName));
        Assert.Equal([earlyUtc, lateUtc], meeting.Proposals.Select(p => p.StartsAt.UtcDateTime));
        Assert.All(meeting.Proposals, p => Assert.Equal(TimeSpan.FromHours(-3), p.StartsAt.Offset));
        var json = await (await _client.GetAsync($"/api/v1/meetings/{meeting.Id}")).ReadJsonAsync();
        Assert.Equal($"{early}:00-03:00", json.GetProperty("proposals")[0].GetProperty("startsAt").GetString());
    }

    [Fact]
    public async Task ChooseTime_ThenInvite_HasTheChosenTimeAndAStableUidWhoseSequenceBumpsWhenTheTimeMoves()
    {
        var mentor = await MentorAsync("Bea", "bea@example.org");
        await _client.UpdateMeAsync(email: "me@example.org");
        var today = await _client.TodayAsync();
        var (first, _) = At(today.AddDays(2), 9, 0);
        var (second, secondUtc) = At(today.AddDays(3), 12, 30);
        var (third, thirdUtc) = At(today.AddDays(5), 17, 0);
        var proposed = await (await ProposeAsync(mentor.Summary.Id, first, second, third)).ReadAsync<MeetingView>(HttpStatusCode.Created);

        var chosen = await ChooseAsync(proposed.Id, proposed.Proposals[1].Id);

        Assert.Equal((MeetingStatus.Scheduled, secondUtc), (chosen.Status, chosen.StartsAt?.UtcDateTime));
        var (response, invite, calendar, text) = await InviteAsync(proposed.Id);
        Assert.Equal(("text/calendar", "utf-8"), (response.Content.Headers.ContentType?.MediaType, response.Content.Headers.ContentType?.CharSet));
        Assert.Equal(("attachment", $"kith-meeting-{proposed.Id}.ics"),
            (response.Content.Headers.ContentDisposition?.DispositionType, response.Content.Headers.ContentDisposition?.FileName));
        Assert.Equal(secondUtc, invite.DtStart!.AsUtc);
        Assert.Equal(secondUtc.AddHours(1), invite.DtEnd!.AsUtc);
        Assert.Equal(0, invite.Sequence);
        Assert.Equal("REQUEST", calendar.Method);
        Assert.Equal("mailto:bea@example.org", Assert.Single(invite.Attendees).Value?.ToString());
        Assert.Equal("Café Central", invite.Location);
        Assert.Contains("public speaking", invite.Description);
        Assert.Contains("DTSTART:", text);

        var again = (await InviteAsync(proposed.Id)).Event;
        Assert.Equal((invite.Uid, 0), (again.Uid, again.Sequence));

        await ChooseAsync(proposed.Id, proposed.Proposals[2].Id);
        var moved = (await InviteAsync(proposed.Id)).Event;
        Assert.Equal((invite.Uid, 1, thirdUtc), (moved.Uid, moved.Sequence, moved.DtStart!.AsUtc));
    }

    [Fact]
    public async Task Invite_NoTimeChosenYet_Returns400()
    {
        var mentor = await MentorAsync("Cleo");
        var today = await _client.TodayAsync();
        var proposed = await (await ProposeAsync(mentor.Summary.Id, At(today.AddDays(2), 9, 0).Local, At(today.AddDays(3), 9, 0).Local)).ReadAsync<MeetingView>(HttpStatusCode.Created);

        var errors = await (await _client.GetAsync($"/api/v1/meetings/{proposed.Id}/invite.ics")).ReadFieldErrorsAsync("meetingId");

        Assert.Equal(["No time has been chosen yet; choose one of the offered times first."], errors["meetingId"]);
    }

    [Fact]
    public async Task SavePrep_Notes_AreKeptButNeverInTheInvite()
    {
        var mentor = await MentorAsync("Dora");
        var today = await _client.TodayAsync();
        var meeting = await (await ProposeAsync(mentor.Summary.Id, At(today.AddDays(1), 10, 0).Local)).ReadAsync<MeetingView>(HttpStatusCode.Created);

        var saved = await (await _client.PutJsonAsync($"/api/v1/meetings/{meeting.Id}/prep", new { prepNotes = "Ask how she handled the reorganisation" })).ReadAsync<MeetingView>();

        Assert.Equal(MeetingStatus.Scheduled, meeting.Status);
        Assert.Equal("Ask how she handled the reorganisation", saved.PrepNotes);
        Assert.Equal("Ask how she handled the reorganisation", (await _client.GetOkAsync<MeetingView>($"/api/v1/meetings/{meeting.Id}")).PrepNotes);
        var (_, _, calendar, text) = await InviteAsync(meeting.Id);
        Assert.Equal("PUBLISH", calendar.Method);
        Assert.DoesNotContain("reorganisation", text);
    }

    [Fact]
    public async Task Cancel_ScheduledMeeting_TurnsTheInviteIntoACancellation()
    {
        var mentor = await MentorAsync("Eva");
        var today = await _client.TodayAsync();
        var meeting = await (await ProposeAsync(mentor.Summary.Id, At(today.AddDays(1), 10, 0).Local)).ReadAsync<MeetingView>(HttpStatusCode.Created);
        var before = (await InviteAsync(meeting.Id)).Event;

        var cancelled = await (await _client.PostAsync($"/api/v1/meetings/{meeting.Id}/cancel", null)).ReadAsync<MeetingView>();

        Assert.Equal(MeetingStatus.Cancelled, cancelled.Status);
        var (_, after, calendar, _) = await InviteAsync(meeting.Id);
        Assert.Equal(("CANCEL", "CANCELLED", before.Uid, before.Sequence + 1), (calendar.Method, after.Status, after.Uid, after.Sequence));
        await (await _client.PostJsonAsync($"/api/v1/meetings/{meeting.Id}/record", new { notes = "x" })).ReadFieldErrorsAsync("meetingId");
    }

    [Fact]
    public async Task RecordMeeting_Held_CreatesTheThankYouFollowUpAndResetsTheAgenda()
    {
        var mentor = await MentorAsync("Fay", meetEveryWeeks: 2);
        var personId = mentor.Summary.PersonId!.Value;
        await (await _client.PutJsonAsync($"/api/v1/people/{personId}/cadence", new { every = 30 })).ReadAsync<CadenceView>();
        var today = await _client.TodayAsync();
        var meeting = await (await ProposeAsync(mentor.Summary.Id, At(today, 18, 0).Local)).ReadAsync<MeetingView>(HttpStatusCode.Created);
        Assert.Equal(
            [(AgendaItemKind.Cadence, null), (AgendaItemKind.MentorMeeting, meeting.Id)],
            (await AgendaAsync("today", personId)).Select(i => (i.Kind, i.MeetingId)).Order());

        AdvanceDays(1);
        var recorded = await (await _client.PostJsonAsync($"/api/v1/meetings/{meeting.Id}/record",
            new MeetingRecordInput("Rehearse the talk twice; join Toastmasters"))).ReadAsync<MeetingView>();

        Assert.Equal((MeetingStatus.Held, today, "Rehearse the talk twice; join Toastmasters"), (recorded.Status, recorded.HeldOn, recorded.Notes));
        Assert.NotNull(recorded.InteractionId);
        var followUp = Assert.Single((await _client.GetOkAsync<PageBody<FollowUpView>>($"/api/v1/follow-ups?personId={personId}")).Items);
        Assert.Equal($"Thank Fay for the meeting on {today.ToString("d MMM", CultureInfo.CurrentCulture)} and tell them what you did with their advice", followUp.Description);
        Assert.Equal(today.AddDays(1), followUp.DueOn);
        var agenda = await AgendaAsync("today", personId);
        Assert.Equal([(AgendaItemKind.FollowUp, followUp.Id)], agenda.Select(i => (i.Kind, i.FollowUpId)));
        var after = await _client.GetMentorshipAsync(mentor.Summary.Id);
        Assert.Equal((today, today.AddDays(14)), (after.Summary.LastMetOn, after.Summary.NextMeetingDueOn));
        Assert.Equal(today.AddDays(30), (await _client.GetOkAsync<PersonDetail>($"/api/v1/people/{personId}")).NextDueOn);
    }

    [Fact]
    public async Task Agenda_ActiveMentorPastTheRhythm_ShowsTheMeetingDue()
    {
        var mentor = await MentorAsync("Gil", meetEveryWeeks: 1);
        var personId = mentor.Summary.PersonId!.Value;
        Assert.Empty(await AgendaAsync("today", personId));

        AdvanceDays(7);

        var item = Assert.Single(await AgendaAsync("week", personId));
        Assert.Equal((AgendaItemKind.MentorMeetingDue, mentor.Summary.Id, Urgency.Due), (item.Kind, item.MentorshipId, item.Urgency));
        Assert.Equal("mentoring meeting due today: you meet every week, no meeting recorded yet; propose a few times", item.Reason);
    }

    [Fact]
    public async Task RecordMeeting_NoNotes_Returns400OnNotesAndRecordsNothing()
    {
        var mentor = await MentorAsync("Hana");
        var today = await _client.TodayAsync();
        var meeting = await (await ProposeAsync(mentor.Summary.Id, At(today, 18, 0).Local)).ReadAsync<MeetingView>(HttpStatusCode.Created);

        await (await _client.PostJsonAsync($"/api/v1/meetings/{meeting.Id}/record", new MeetingRecordInput(" "))).ReadFieldErrorsAsync("notes");

        Assert.Equal(MeetingStatus.Scheduled, (await _client.GetOkAsync<MeetingView>($"/api/v1/meetings/{meeting.Id}")).Status);
        Assert.Empty((await _client.GetOkAsync<PageBody<FollowUpView>>($"/api/v1/follow-ups?personId={mentor.Summary.PersonId}")).Items);
    }

    [Fact]
    public async Task RecordAndInvite_MentorshipBackToAPlaceholder_Returns400NotACrash()
    {
        var mentor = await MentorAsync("Lou");
        var meeting = await (await ProposeAsync(mentor.Summary.Id, At(await _client.TodayAsync(), 18, 0).Local)).ReadAsync<MeetingView>(HttpStatusCode.Created);
        await (await _client.PutJsonAsync($"/api/v1/mentorships/{mentor.Summary.Id}", new MentorshipInput(null, Seeking: "someone who ran a team", Status: "candidate")))
            .ReadAsync<MentorshipDetail>();

        var record = await (await _client.PostJsonAsync($"/api/v1/meetings/{meeting.Id}/record", new MeetingRecordInput("We talked"))).ReadFieldErrorsAsync("meetingId");
        var invite = await (await _client.GetAsync($"/api/v1/meetings/{meeting.Id}/invite.ics")).ReadFieldErrorsAsync("meetingId");

        Assert.Equal(["Choose who the mentor is before recording a meeting."], record["meetingId"]);
        Assert.Equal(["Choose who the mentor is before sending an invite."], invite["meetingId"]);
        Assert.Equal(MeetingStatus.Scheduled, (await _client.GetOkAsync<MeetingView>($"/api/v1/meetings/{meeting.Id}")).Status);
        Assert.Contains((await _client.GetOkAsync<AgendaView>("/api/v1/agenda")).Items, i => i.MeetingId == meeting.Id);
    }

    [Fact]
    public async Task ProposeMeeting_PastOrRepeatedTimes_Returns400OnEachTime()
    {
        var mentor = await MentorAsync("Ines");
        var today = await _client.TodayAsync();
        var tomorrow = At(today.AddDays(1), 10, 0).Local;

        var errors = await (await ProposeAsync(mentor.Summary.Id, At(today.AddDays(-1), 10, 0).Local, tomorrow, tomorrow, "next tuesday"))
            .ReadFieldErrorsAsync("times[0]", "times[2]", "times[3]");

        Assert.EndsWith("has already passed; offer times still to come.", errors["times[0]"][0]);
        Assert.EndsWith("is offered twice.", errors["times[2]"][0]);
        await (await ProposeAsync(mentor.Summary.Id)).ReadFieldErrorsAsync("times");
        Assert.Empty((await _client.GetMentorshipAsync(mentor.Summary.Id)).Meetings);
    }

    [Fact]
    public async Task ProposeMeeting_EndedMentorship_Returns400()
    {
        var mentor = await MentorAsync("Jo");
        await _client.ChangeStatusAsync(mentor.Summary.Id, "ended");

        var errors = await (await ProposeAsync(mentor.Summary.Id, At((await _client.TodayAsync()).AddDays(1), 10, 0).Local)).ReadFieldErrorsAsync("mentorshipId");

        Assert.Equal(["This mentorship has ended; reopen it before arranging a meeting."], errors["mentorshipId"]);
    }

    [Fact]
    public async Task ChooseTime_MissingOrForeignProposal_Returns400OnProposalId()
    {
        var mentor = await MentorAsync("Kim");
        var today = await _client.TodayAsync();
        var mine = await (await ProposeAsync(mentor.Summary.Id, At(today.AddDays(1), 9, 0).Local, At(today.AddDays(2), 9, 0).Local)).ReadAsync<MeetingView>(HttpStatusCode.Created);
        var other = await (await ProposeAsync(mentor.Summary.Id, At(today.AddDays(3), 9, 0).Local, At(today.AddDays(4), 9, 0).Local)).ReadAsync<MeetingView>(HttpStatusCode.Created);

        await (await _client.PostJsonAsync($"/api/v1/meetings/{mine.Id}/choose", new { })).ReadFieldErrorsAsync("proposalId");
        var errors = await (await _client.PostJsonAsync($"/api/v1/meetings/{mine.Id}/choose", new { proposalId = other.Proposals[0].Id })).ReadFieldErrorsAsync("proposalId");

        Assert.Equal([$"Time {other.Proposals[0].Id} was not one of the times offered for this meeting."], errors["proposalId"]);
        Assert.Equal(MeetingStatus.Proposed, (await _client.GetOkAsync<MeetingView>($"/api/v1/meetings/{mine.Id}")).Status);
    }

    [Theory]
    [InlineData("GET", "/api/v1/meetings/999999", null)]
    [InlineData("POST", "/api/v1/meetings/999999/choose", """{ "proposalId": 1 }""")]
    [InlineData("PUT", "/api/v1/meetings/999999/prep", """{ "prepNotes": "x" }""")]
    [InlineData("POST", "/api/v1/meetings/999999/record", """{ "notes": "x" }""")]
    [InlineData("POST", "/api/v1/meetings/999999/cancel", null)]
    [InlineData("GET", "/api/v1/meetings/999999/invite.ics", null)]
    public async Task Meeting_UnknownId_Returns404(string method, string url, string? body)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (body is not null)
            request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        var problem = await (await _client.SendAsync(request)).ReadProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal("Meeting not found.", problem.Title);
    }

    private async Task<List<AgendaItem>> AgendaAsync(string window, int personId) =>
        (await _client.GetOkAsync<AgendaView>($"/api/v1/agenda?window={window}")).Items.Where(i => i.PersonId == personId).ToList();
}
