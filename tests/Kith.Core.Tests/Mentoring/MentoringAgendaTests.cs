using Kith.Core.Agenda;
using Kith.Core.Mentoring;
using Kith.Core.Networking;

namespace Kith.Core.Tests.Mentoring;

public sealed class MentoringAgendaTests : MentoringTestBase
{
    private Task<AgendaView> AgendaAsync(AgendaWindow window = AgendaWindow.Today) =>
        With<AgendaService, AgendaView>(s => s.GetAsync(window));

    [Fact]
    public async Task Agenda_MentorMeetingDueByRhythm_IsListedWithWhy()
    {
        var ana = await AddAsync(new PersonBuilder("Ana"));
        var m = await With<MentorshipService, MentorshipDetail>(s => s.CreateAsync(new MentorshipInput(ana, Status: "active", MeetEvery: 2, MeetUnit: "weeks")));
        Assert.DoesNotContain((await AgendaAsync()).Items, i => i.Kind == AgendaItemKind.MentorMeetingDue);
        AdvanceDays(16);

        var item = Assert.Single((await AgendaAsync()).Items, i => i.Kind == AgendaItemKind.MentorMeetingDue);

        Assert.Equal(m.Summary.Id, item.MentorshipId);
        Assert.Equal(ana, item.PersonId);
        Assert.Equal("mentoring meeting 2 days overdue: you meet every 2 weeks, no meeting recorded yet; propose a few times", item.Reason);
    }

    [Fact]
    public async Task Agenda_ScheduledMeeting_ReplacesTheDueRhythmItemAndShowsItsTime()
    {
        var ana = await AddAsync(new PersonBuilder("Ana"));
        var m = await With<MentorshipService, MentorshipDetail>(s => s.CreateAsync(new MentorshipInput(ana, Status: "active", MeetEvery: 1, MeetUnit: "weeks")));
        AdvanceDays(7); // Monday 23 March: due today
        var meeting = await With<MentorshipService, MeetingView>(s => s.ProposeMeetingAsync(m.Summary.Id, new MeetingInput(["2026-03-25T12:30"])));

        var week = await AgendaAsync(AgendaWindow.Week);

        Assert.DoesNotContain(week.Items, i => i.Kind == AgendaItemKind.MentorMeetingDue);
        var item = Assert.Single(week.Items, i => i.Kind == AgendaItemKind.MentorMeeting);
        Assert.Equal(meeting.Id, item.MeetingId);
        Assert.Equal("mentoring meeting Wed 25 Mar at 12:30: prepare your questions", item.Reason);
        Assert.Equal(Urgency.Upcoming, item.Urgency);
    }

    [Fact]
    public async Task Agenda_OpenCommitmentsToMentors_AreListedUntilDone()
    {
        var ana = await AddAsync(new PersonBuilder("Ana"));
        var m = await MentorAsync(ana);
        var c = await With<MentorshipService, CommitmentView>(s => s.AddCommitmentAsync(m.Summary.Id, new CommitmentInput("request", "Send the draft", DueOn: "2026-03-16")));
        await With<MentorshipService, CommitmentView>(s => s.AddCommitmentAsync(m.Summary.Id, new CommitmentInput("commitment", "Someday maybe")));

        var item = Assert.Single((await AgendaAsync()).Items, i => i.Kind == AgendaItemKind.MentorCommitment);
        Assert.Equal("Ana asked you: Send the draft (due today)", item.Reason);
        Assert.Equal(c.Id, item.CommitmentId);

        await With<MentorshipService, CommitmentView>(s => s.SetCommitmentDoneAsync(c.Id, true));
        Assert.DoesNotContain((await AgendaAsync()).Items, i => i.Kind == AgendaItemKind.MentorCommitment);
    }

    [Fact]
    public async Task Agenda_PlannedAskForAPlaceholder_HasNoPersonButSaysWhatToDo()
    {
        await With<MentorshipService, MentorshipDetail>(s => s.CreateAsync(new MentorshipInput(null, Seeking: "has led a reorganisation", Areas: ["Change"], AskOn: "2026-03-16")));

        var item = Assert.Single((await AgendaAsync()).Items);

        Assert.Equal(AgendaItemKind.MentorAsk, item.Kind);
        Assert.Null(item.PersonId);
        Assert.Equal("someone who has led a reorganisation", item.PersonName);
        Assert.Equal("find this mentor in Change, then ask them (planned for today)", item.Reason);
    }

    [Fact]
    public async Task Agenda_NetworkingStep_IsListedByItsDate()
    {
        await With<NetworkingService, NetworkingCommitmentView>(s => s.CommitAsync(new NetworkingCommitmentInput("professional-association", "Go to the chapter mixer", "2026-03-19")));

        Assert.Empty((await AgendaAsync()).Items);
        var item = Assert.Single((await AgendaAsync(AgendaWindow.Week)).Items);

        Assert.Equal(AgendaItemKind.NetworkingStep, item.Kind);
        Assert.Equal("networking step you committed to: Go to the chapter mixer (due Thu 19 Mar)", item.Reason);
    }
}
