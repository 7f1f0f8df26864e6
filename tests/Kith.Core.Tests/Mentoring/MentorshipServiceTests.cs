using Ical.Net;
using Kith.Core.Common;
using Kith.Core.Interactions;
using Kith.Core.KeepInTouch;
using Kith.Core.Mentoring;
using Kith.Core.People;
using Microsoft.Extensions.DependencyInjection;

namespace Kith.Core.Tests.Mentoring;

public sealed class MentorshipServiceTests : MentoringTestBase
{
    private Task<MentorshipDetail> ChangeAsync(int id, string status, string? on = null, string? note = null) =>
        With<MentorshipService, MentorshipDetail>(s => s.ChangeStatusAsync(id, new StatusChangeInput(status, on, note)));

    [Fact]
    public async Task Pipeline_CandidateToEnded_KeepsEveryDatedStep()
    {
        var ana = await AddAsync(new PersonBuilder("Ana"));
        var m = await MentorAsync(ana, "candidate", "Finance");
        AdvanceDays(2);
        await ChangeAsync(m.Summary.Id, "asked", note: "Asked over coffee");
        AdvanceDays(5);
        await ChangeAsync(m.Summary.Id, "active");
        AdvanceDays(60);
        var ended = await ChangeAsync(m.Summary.Id, "ended", on: "2026-05-01", note: "She moved abroad");

        Assert.Equal(MentorshipStatus.Ended, ended.Summary.Status);
        Assert.Equal(new DateOnly(2026, 5, 1), ended.Summary.StatusSince);
        Assert.Equal(
        [
            new StatusChangeView(MentorshipStatus.Candidate, new DateOnly(2026, 3, 16), null),
            new StatusChangeView(MentorshipStatus.Asked, new DateOnly(2026, 3, 18), "Asked over coffee"),
            new StatusChangeView(MentorshipStatus.Active, new DateOnly(2026, 3, 23), null),
            new StatusChangeView(MentorshipStatus.Ended, new DateOnly(2026, 5, 1), "She moved abroad"),
        ], ended.History);
        var listed = await With<MentorshipService, Page<MentorshipSummary>>(s => s.ListAsync(new MentorshipQuery("ended")));
        Assert.Equal(m.Summary.Id, Assert.Single(listed.Items).Id);
        Assert.Empty((await With<MentorshipService, Page<MentorshipSummary>>(s => s.ListAsync(new MentorshipQuery()))).Items);
    }

    [Fact]
    public async Task ChangeStatus_Active_MakesThePersonAMentorEverywhere()
    {
        var ana = await AddAsync(new PersonBuilder("Ana").As("colleague"));
        var m = await MentorAsync(ana, "asked");

        await ChangeAsync(m.Summary.Id, "active");

        var person = await With<PeopleService, PersonDetail>(s => s.GetAsync(ana));
        Assert.Equal([PersonRoles.Mentor, PersonRoles.Colleague], person.Roles);
    }

    [Fact]
    public async Task ChangeStatus_PlaceholderToAsked_NeedsAPersonFirst()
    {
        var m = await With<MentorshipService, MentorshipDetail>(s => s.CreateAsync(new MentorshipInput(null, Seeking: "has run a P&L", Areas: ["Finance"])));

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => ChangeAsync(m.Summary.Id, "asked"));

        Assert.Equal("someone who has run a P&L", m.Summary.Name);
        Assert.Equal("Choose who the mentor is before marking the mentorship asked.", Assert.Single(error.Errors["Status"]));
    }

    [Fact]
    public async Task ChangeStatus_FutureDateOrBeforeTheCurrentStep_IsRefused()
    {
        var ana = await AddAsync(new PersonBuilder("Ana"));
        var m = await MentorAsync(ana, "candidate");

        var future = await Assert.ThrowsAsync<ValidationFailedException>(() => ChangeAsync(m.Summary.Id, "asked", on: "2026-03-17"));
        var before = await Assert.ThrowsAsync<ValidationFailedException>(() => ChangeAsync(m.Summary.Id, "asked", on: "2026-03-01"));

        Assert.Contains("in the future", Assert.Single(future.Errors["On"]));
        Assert.Contains("cannot come before", Assert.Single(before.Errors["On"]));
    }

    [Fact]
    public async Task Create_BadInput_NamesEveryFieldAndSavesNothing()
    {
        var me = await MeAsync();

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => With<MentorshipService, MentorshipDetail>(s =>
            s.CreateAsync(new MentorshipInput(me, Kind: "fairy-godmother", Status: "engaged", AskOn: "soon", MeetEvery: 0))));

        Assert.Equal(["AskOn", "Kind", "MeetEvery", "PersonId", "Status"], error.Errors.Keys.Order());
        Assert.Empty((await With<MentorshipService, Page<MentorshipSummary>>(s => s.ListAsync(new MentorshipQuery("all")))).Items);
    }

    [Fact]
    public async Task Meeting_SeveralTimesOffered_IsProposedUntilOneIsChosen()
    {
        var (mentorship, _) = await ActiveMentorAsync();

        var proposed = await Propose(mentorship, "2026-03-18T12:30", "2026-03-19T08:00", "2026-03-20T17:00");
        Assert.Equal(MeetingStatus.Proposed, proposed.Status);
        Assert.Null(proposed.StartsAt);
        Assert.Equal(3, proposed.Proposals.Count);

        var chosen = await With<MentorshipService, MeetingView>(s => s.ChooseTimeAsync(proposed.Id, proposed.Proposals[1].Id));

        Assert.Equal(MeetingStatus.Scheduled, chosen.Status);
        Assert.Equal(new DateTimeOffset(2026, 3, 19, 8, 0, 0, TimeSpan.Zero), chosen.StartsAt);
    }

    [Fact]
    public async Task Meeting_TimeAlreadyPassedOrRepeated_IsRefusedByPosition()
    {
        var (mentorship, _) = await ActiveMentorAsync();

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Propose(mentorship, "2026-03-18T12:30", "2026-03-10T12:00", "2026-03-18T12:30", "lunchtime"));

        Assert.Equal(["Times[1]", "Times[2]", "Times[3]"], error.Errors.Keys.Order());
        Assert.Contains("has already passed", error.Errors["Times[1]"][0]);
        Assert.Contains("offered twice", error.Errors["Times[2]"][0]);
        Assert.Contains("not a valid date or time", error.Errors["Times[3]"][0]);
    }

    [Fact]
    public async Task Invite_ChosenTime_IsValidICalendarWithAStableUidAndABumpedSequenceOnChange()
    {
        var (mentorship, _) = await ActiveMentorAsync(email: "ana@example.org");
        await SetMyEmailAsync("me@example.org");
        var meeting = await Propose(mentorship, "2026-03-18T12:30", "2026-03-19T08:00");
        await With<MentorshipService, MeetingView>(s => s.ChooseTimeAsync(meeting.Id, meeting.Proposals[0].Id));

        var first = Calendar.Load(await With<MentorshipService, string>(s => s.MeetingInviteAsync(meeting.Id)))!;
        await With<MentorshipService, MeetingView>(s => s.ChooseTimeAsync(meeting.Id, meeting.Proposals[1].Id));
        var second = Calendar.Load(await With<MentorshipService, string>(s => s.MeetingInviteAsync(meeting.Id)))!;

        var e1 = Assert.Single(first.Events);
        var e2 = Assert.Single(second.Events);
        Assert.Equal("REQUEST", first.Method);
        Assert.Equal(new DateTime(2026, 3, 18, 12, 30, 0, DateTimeKind.Utc), e1.DtStart!.AsUtc);
        Assert.Equal(new DateTime(2026, 3, 18, 13, 30, 0, DateTimeKind.Utc), e1.DtEnd!.AsUtc);
        Assert.Equal("Mentoring: Me and Ana Lima", e1.Summary);
        Assert.Equal("mailto:ana@example.org", Assert.Single(e1.Attendees).Value?.ToString());
        Assert.Equal(e1.Uid, e2.Uid);
        Assert.Equal(0, e1.Sequence);
        Assert.Equal(1, e2.Sequence);
        Assert.Equal(new DateTime(2026, 3, 19, 8, 0, 0, DateTimeKind.Utc), e2.DtStart!.AsUtc);
    }

    [Fact]
    public async Task Invite_OnlyProposed_IsRefused()
    {
        var (mentorship, _) = await ActiveMentorAsync();
        var meeting = await Propose(mentorship, "2026-03-18T12:30", "2026-03-19T08:00");

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => With<MentorshipService, string>(s => s.MeetingInviteAsync(meeting.Id)));

        Assert.Contains("No time has been chosen", error.Message);
    }

    [Fact]
    public async Task Record_HeldMeeting_LogsItMovesTheRhythmOnAndCreatesTheThankYou()
    {
        var (mentorship, ana) = await ActiveMentorAsync(meetEvery: 6);
        var meeting = await Propose(mentorship, "2026-03-18T12:30");
        AdvanceDays(3); // Thursday 19 March

        var held = await With<MentorshipService, MeetingView>(s => s.RecordMeetingAsync(meeting.Id,
            new MeetingRecordInput("Practise the opening; ask Bo for a slot at the all-hands")));

        Assert.Equal(MeetingStatus.Held, held.Status);
        Assert.Equal(new DateOnly(2026, 3, 18), held.HeldOn);
        var timeline = await With<InteractionService, Page<InteractionView>>(s => s.ListAsync(new InteractionQuery { PersonId = ana }));
        var logged = Assert.Single(timeline.Items);
        Assert.Equal(held.InteractionId, logged.Id);
        Assert.Equal("Mentoring meeting (Public speaking)", logged.Summary);
        var followUp = Assert.Single((await With<KeepInTouchService, Page<FollowUpView>>(s => s.ListFollowUpsAsync(new FollowUpQuery()))).Items);
        Assert.Equal("Thank Ana for the meeting on 18 Mar and tell them what you did with their advice", followUp.Description);
        Assert.Equal(new DateOnly(2026, 3, 19), followUp.DueOn);
        var detail = await With<MentorshipService, MentorshipDetail>(s => s.GetAsync(mentorship));
        Assert.Equal(new DateOnly(2026, 3, 18), detail.Summary.LastMetOn);
        Assert.Equal(new DateOnly(2026, 4, 29), detail.Summary.NextMeetingDueOn);
    }

    [Fact]
    public async Task Record_WithoutNotesOrTwice_IsRefused()
    {
        var (mentorship, _) = await ActiveMentorAsync();
        var meeting = await Propose(mentorship, "2026-03-16T12:30");

        var empty = await Assert.ThrowsAsync<ValidationFailedException>(() => With<MentorshipService, MeetingView>(s => s.RecordMeetingAsync(meeting.Id, new MeetingRecordInput(" "))));
        await With<MentorshipService, MeetingView>(s => s.RecordMeetingAsync(meeting.Id, new MeetingRecordInput("Good talk")));
        var twice = await Assert.ThrowsAsync<ValidationFailedException>(() => With<MentorshipService, MeetingView>(s => s.RecordMeetingAsync(meeting.Id, new MeetingRecordInput("Again"))));

        Assert.True(empty.Errors.ContainsKey("Notes"));
        Assert.Contains("already recorded", twice.Message);
    }

    [Fact]
    public async Task Commitments_DoneLateAndOnTime_ShowMyResponseTimes()
    {
        var (mentorship, _) = await ActiveMentorAsync();
        var draft = await With<MentorshipService, CommitmentView>(s => s.AddCommitmentAsync(mentorship, new CommitmentInput("request", "Send my draft talk", DueOn: "2026-03-18")));
        var book = await With<MentorshipService, CommitmentView>(s => s.AddCommitmentAsync(mentorship, new CommitmentInput("commitment", "Read the book she lent me", DueOn: "2026-03-30")));
        AdvanceDays(4);
        await With<MentorshipService, CommitmentView>(s => s.SetCommitmentDoneAsync(draft.Id, true));

        var detail = await With<MentorshipService, MentorshipDetail>(s => s.GetAsync(mentorship));

        var done = Assert.Single(detail.Commitments, c => c.Id == draft.Id);
        Assert.Equal(4, done.ResponseDays);
        Assert.Equal(new ResponseSummary(1, 1, 0, 1, 0, 4, 4, 4), detail.Responses);
        Assert.Equal("You act in 4 days (median); 0 of 1 done on time; 1 open.", ResponseTimes.Describe(detail.Responses));
        Assert.False(Assert.Single(detail.Commitments, c => c.Id == book.Id).IsOverdue);
    }

    [Fact]
    public async Task Commitment_DueBeforeItWasAsked_IsRefused()
    {
        var (mentorship, _) = await ActiveMentorAsync();

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            With<MentorshipService, CommitmentView>(s => s.AddCommitmentAsync(mentorship, new CommitmentInput("sideways", "", AskedOn: "2026-03-10", DueOn: "2026-03-09"))));

        Assert.Equal(["Description", "DueOn", "Kind"], error.Errors.Keys.Order());
    }

    private async Task<(int Mentorship, int Person)> ActiveMentorAsync(int? meetEvery = null, string? email = null)
    {
        var person = new PersonBuilder("Ana", "Lima");
        if (email is not null) person = person.WithEmail(email);
        var ana = await AddAsync(person);
        var m = await With<MentorshipService, MentorshipDetail>(s => s.CreateAsync(
            new MentorshipInput(ana, Status: "active", Areas: ["Public speaking"], MeetEvery: meetEvery, MeetUnit: "weeks")));
        return (m.Summary.Id, ana);
    }

    private Task<MeetingView> Propose(int mentorship, params string[] times) =>
        With<MentorshipService, MeetingView>(s => s.ProposeMeetingAsync(mentorship, new MeetingInput(times)));

    private Task SetMyEmailAsync(string email) => DoAsync(async sp =>
    {
        var people = sp.GetRequiredService<PeopleService>();
        var me = await people.GetMeAsync();
        await people.UpdateAsync(me.Id, new PersonInput { FirstName = me.FirstName, LastName = me.LastName, Emails = [email] });
    });
}
