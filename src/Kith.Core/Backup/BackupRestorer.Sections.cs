using System.Globalization;
using Kith.Core.Feed;
using Kith.Core.Import;
using Kith.Core.Mentoring;
using Kith.Core.Networking;
using Kith.Core.Opportunities;
using Kith.Core.Pitch;
using Kith.Core.Plan;
using Microsoft.EntityFrameworkCore;

namespace Kith.Core.Backup;

internal sealed partial class BackupRestorer
{
    private readonly HashSet<(int, DateOnly)> _occurrenceDays = [];
    private readonly HashSet<PitchAudience> _audiences = [];

    private Task ReadGoalsAsync(JsonStreamReader reader, CancellationToken ct) =>
        RowsAsync(reader, "goals", Json.GoalRow, (r, c) => Id(r.Id, c), (r, _) => new Goal
        {
            Title = r.Title, Description = r.Description, Horizon = r.Horizon, TargetOn = r.TargetOn, Status = r.Status,
            CreatedAt = r.CreatedAt, UpdatedAt = r.UpdatedAt,
        }, ct, _goals, g => g.Id);

    private Task ReadGoalAreasAsync(JsonStreamReader reader, CancellationToken ct) =>
        RowsAsync(reader, "goalAreas", Json.GoalAreaRow, (r, _) => (r.GoalId, r.AreaId), (r, c) =>
            new GoalArea { GoalId = c.Ref(_goals, r.GoalId, "goal"), AreaId = c.Ref(_areas, r.AreaId, "area") }, ct);

    private Task ReadGoalNotesAsync(JsonStreamReader reader, CancellationToken ct) =>
        RowsAsync(reader, "goalNotes", Json.GoalNoteRow, (r, c) => Id(r.Id, c), (r, c) =>
            new GoalNote { GoalId = c.Ref(_goals, r.GoalId, "goal"), WrittenAt = r.WrittenAt, Text = r.Text }, ct);

    private Task ReadMentorshipsAsync(JsonStreamReader reader, CancellationToken ct) =>
        RowsAsync(reader, "mentorships", Json.MentorshipRow, (r, c) => Id(r.Id, c), (r, c) => new Mentorship
        {
            PersonId = c.Ref(_people, r.PersonId, "person"), Seeking = r.Seeking, Kind = r.Kind, Status = r.Status, StatusSince = r.StatusSince,
            AskOn = r.AskOn, Expectations = r.Expectations, MeetEvery = r.MeetEvery, MeetUnit = r.MeetUnit, LastMetOn = r.LastMetOn,
            NextMeetingDueOn = r.NextMeetingDueOn, CreatedAt = r.CreatedAt, UpdatedAt = r.UpdatedAt,
        }, ct, _mentorships, m => m.Id);

    private Task ReadMentorshipAreasAsync(JsonStreamReader reader, CancellationToken ct) =>
        RowsAsync(reader, "mentorshipAreas", Json.MentorshipAreaRow, (r, _) => (r.MentorshipId, r.AreaId), (r, c) =>
            new MentorshipArea { MentorshipId = c.Ref(_mentorships, r.MentorshipId, "mentorship"), AreaId = c.Ref(_areas, r.AreaId, "area") }, ct);

    private Task ReadStatusChangesAsync(JsonStreamReader reader, CancellationToken ct) =>
        RowsAsync(reader, "mentorshipStatusChanges", Json.MentorshipStatusChangeRow, (r, c) => Id(r.Id, c), (r, c) =>
            new MentorshipStatusChange { MentorshipId = c.Ref(_mentorships, r.MentorshipId, "mentorship"), Status = r.Status, On = r.On, Note = r.Note }, ct);

    private Task ReadMeetingsAsync(JsonStreamReader reader, CancellationToken ct) =>
        RowsAsync(reader, "mentorshipMeetings", Json.MentorshipMeetingRow, (r, c) => Id(r.Id, c), (r, c) => new MentorshipMeeting
        {
            MentorshipId = c.Ref(_mentorships, r.MentorshipId, "mentorship"), Status = r.Status, StartsAt = r.StartsAt, DurationMinutes = r.DurationMinutes,
            Location = r.Location, PrepNotes = r.PrepNotes, Notes = r.Notes, HeldOn = r.HeldOn, InteractionId = c.Ref(_interactions, r.InteractionId, "interaction"),
            Uid = r.Uid, Sequence = r.Sequence, CreatedAt = r.CreatedAt, UpdatedAt = r.UpdatedAt,
        }, ct, _meetings, m => m.Id);

    private Task ReadProposalsAsync(JsonStreamReader reader, CancellationToken ct) =>
        RowsAsync(reader, "meetingProposals", Json.MeetingProposalRow, (r, c) => Id(r.Id, c), (r, c) =>
            new MeetingProposal { MeetingId = c.Ref(_meetings, r.MeetingId, "meeting"), StartsAt = r.StartsAt }, ct);

    private Task ReadMenteeCommitmentsAsync(JsonStreamReader reader, CancellationToken ct) =>
        RowsAsync(reader, "menteeCommitments", Json.MenteeCommitmentRow, (r, c) => Id(r.Id, c), (r, c) => new MenteeCommitment
        {
            MentorshipId = c.Ref(_mentorships, r.MentorshipId, "mentorship"), Kind = r.Kind, Description = r.Description, AskedOn = r.AskedOn,
            DueOn = r.DueOn, DoneOn = r.DoneOn, CreatedAt = r.CreatedAt,
        }, ct);

    private Task ReadInterestsAsync(JsonStreamReader reader, CancellationToken ct) =>
        RowsAsync(reader, "networkingInterests", Json.NetworkingInterestRow, (r, _) => ((int)r.Way, 0), (r, _) =>
            new NetworkingInterest { Way = r.Way, ChosenAt = r.ChosenAt }, ct);

    private Task ReadNetworkingCommitmentsAsync(JsonStreamReader reader, CancellationToken ct) =>
        RowsAsync(reader, "networkingCommitments", Json.NetworkingCommitmentRow, (r, c) => Id(r.Id, c), (r, _) => new NetworkingCommitment
        {
            Way = r.Way, Description = r.Description, DueOn = r.DueOn, DoneAt = r.DoneAt, CreatedAt = r.CreatedAt,
        }, ct);

    private async Task ReadWeeklyPlanAsync(JsonStreamReader reader, CancellationToken ct)
    {
        if (await SingleAsync(reader, "weeklyPlan", Json.WeeklyPlanRow, ct) is not { } row) return;
        db.WeeklyPlans.Add(new WeeklyPlan { WeeklyBudgetMinutes = row.WeeklyBudgetMinutes, RotationWeeks = row.RotationWeeks, UpdatedAt = row.UpdatedAt });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        _counts["weeklyPlan"] = 1;
    }

    private Task ReadSlotsAsync(JsonStreamReader reader, CancellationToken ct) =>
        RowsAsync(reader, "networkingSlots", Json.NetworkingSlotRow, (r, c) => Id(r.Id, c), (r, _) => new NetworkingSlot
        {
            Day = r.Day, StartsAt = r.StartsAt, DurationMinutes = r.DurationMinutes, Kind = r.Kind, Label = r.Label,
            StartsOn = r.StartsOn, EndedOn = r.EndedOn, CreatedAt = r.CreatedAt,
        }, ct, _slots, s => s.Id);

    private Task ReadOccurrencesAsync(JsonStreamReader reader, CancellationToken ct) =>
        RowsAsync(reader, "slotOccurrences", Json.SlotOccurrenceRow, (r, c) => Id(r.Id, c), (r, c) =>
        {
            if (!_occurrenceDays.Add((r.SlotId, r.On)))
                throw c.Fail($"slot {r.SlotId} has two entries for {r.On:yyyy-MM-dd}");
            var passedOver = (r.PassedOver ?? []).Select(id => c.Ref(_people, id, "person").ToString(CultureInfo.InvariantCulture));
            return new SlotOccurrence
            {
                SlotId = c.Ref(_slots, r.SlotId, "slot"), On = r.On, Status = r.Status, PersonId = c.Ref(_people, r.PersonId, "person"),
                PassedOver = string.Join(',', passedOver), InteractionId = c.Ref(_interactions, r.InteractionId, "interaction"), UpdatedAt = r.UpdatedAt,
            };
        }, ct);

    private Task ReadOpportunitiesAsync(JsonStreamReader reader, CancellationToken ct) =>
        RowsAsync(reader, "opportunities", Json.OpportunityRow, (r, c) => Id(r.Id, c), (r, c) => new Opportunity
        {
            Name = r.Name, Kind = r.Kind, Role = r.Role, MemberSince = r.MemberSince, Website = r.Website, Notes = r.Notes,
            BuddyId = c.Ref(_people, r.BuddyId, "person"), CreatedAt = r.CreatedAt, UpdatedAt = r.UpdatedAt,
        }, ct, _opportunities, o => o.Id);

    private Task ReadEventsAsync(JsonStreamReader reader, CancellationToken ct) =>
        RowsAsync(reader, "opportunityEvents", Json.OpportunityEventRow, (r, c) => Id(r.Id, c), (r, c) => new OpportunityEvent
        {
            OpportunityId = c.Ref(_opportunities, r.OpportunityId, "opportunity"), Title = r.Title, StartsAt = r.StartsAt, DurationMinutes = r.DurationMinutes,
            Location = r.Location, Attended = r.Attended, BuddyId = c.Ref(_people, r.BuddyId, "person"), CreatedAt = r.CreatedAt,
        }, ct, _events, e => e.Id);

    private Task ReadEventContactsAsync(JsonStreamReader reader, CancellationToken ct) =>
        RowsAsync(reader, "eventContacts", Json.EventContactRow, (r, _) => (r.EventId, r.PersonId), (r, c) => new EventContact
        {
            EventId = c.Ref(_events, r.EventId, "event"), PersonId = c.Ref(_people, r.PersonId, "person"),
            InteractionId = c.Ref(_interactions, r.InteractionId, "interaction"), FollowUpId = c.Ref(_followUps, r.FollowUpId, "follow-up"),
        }, ct);

    private Task ReadIntroductionsAsync(JsonStreamReader reader, CancellationToken ct) =>
        RowsAsync(reader, "introductions", Json.IntroductionRow, (r, c) => Id(r.Id, c), (r, c) => new Introduction
        {
            ConnectorId = c.Ref(_people, r.ConnectorId, "person"), TargetId = c.Ref(_people, r.TargetId, "person"), TargetDescription = r.TargetDescription,
            Reason = r.Reason, Status = r.Status, AskedOn = r.AskedOn, IntroducedOn = r.IntroducedOn, MetOn = r.MetOn, CreatedAt = r.CreatedAt, UpdatedAt = r.UpdatedAt,
        }, ct);

    private Task ReadPitchesAsync(JsonStreamReader reader, CancellationToken ct) =>
        RowsAsync(reader, "pitchVersions", Json.PitchVersionRow, (r, c) => Id(r.Id, c), (r, c) =>
        {
            if (!_audiences.Add(r.Audience)) throw c.Fail("a second pitch for the same audience");
            return new PitchVersion { Audience = r.Audience, Text = r.Text, CreatedAt = r.CreatedAt, UpdatedAt = r.UpdatedAt };
        }, ct, _pitches, p => p.Id);

    private Task ReadPracticesAsync(JsonStreamReader reader, CancellationToken ct) =>
        RowsAsync(reader, "pitchPractices", Json.PitchPracticeRow, (r, c) => Id(r.Id, c), (r, c) => new PitchPractice
        {
            PitchId = c.Ref(_pitches, r.PitchId, "pitch"), PractisedOn = r.PractisedOn, DurationSeconds = r.DurationSeconds, Rating = r.Rating,
            Notes = r.Notes, CreatedAt = r.CreatedAt,
        }, ct);

    private async Task ReadCalendarFeedAsync(JsonStreamReader reader, CancellationToken ct)
    {
        if (await SingleAsync(reader, "calendarFeed", Json.CalendarFeedRow, ct) is not { } row) return;
        if (string.IsNullOrWhiteSpace(row.Token))
            throw new ImportFileException(reader.Line, "calendarFeed: the token is empty");
        // A feed address opens one account's calendar. When another account in this database already
        // answers to it (a copy restored beside the original), this one gets a new address.
        var taken = await db.CalendarFeeds.IgnoreQueryFilters().AnyAsync(f => f.Token == row.Token, ct);
        db.CalendarFeeds.Add(taken
            ? new CalendarFeed { Token = FeedService.NewToken(), CreatedAt = clock.UtcNow }
            : new CalendarFeed { Token = row.Token, CreatedAt = row.CreatedAt });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        _counts["calendarFeed"] = 1;
    }
}
