using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Kith.Core.Backup;

internal sealed partial class BackupWriter
{
    private async Task WriteInteractionsAsync(Utf8JsonWriter json, CancellationToken ct)
    {
        await SectionAsync(json, "interactions", db.Interactions.OrderBy(i => i.Id), Json.InteractionRow, (i, n) =>
        {
            _interactions.Add(i.Id, n);
            return new InteractionRow
            {
                Id = n, OccurredAt = i.OccurredAt, Kind = i.Kind, Summary = i.Summary, Notes = i.Notes, Exchange = i.Exchange, CreatedAt = i.CreatedAt,
            };
        }, ct);
        await SectionAsync(json, "interactionParticipants", db.InteractionParticipants.OrderBy(p => p.InteractionId).ThenBy(p => p.PersonId),
            Json.InteractionParticipantRow, (p, _) =>
                new InteractionParticipantRow { InteractionId = Required(_interactions, p.InteractionId), PersonId = Required(_people, p.PersonId) }, ct);
        await SectionAsync(json, "followUps", db.FollowUps.OrderBy(f => f.Id), Json.FollowUpRow, (f, n) =>
        {
            _followUps.Add(f.Id, n);
            return new FollowUpRow
            {
                Id = n, PersonId = Required(_people, f.PersonId), Description = f.Description, DueOn = f.DueOn, DoneAt = f.DoneAt, CreatedAt = f.CreatedAt,
            };
        }, ct);
    }

    private async Task WriteMentoringAsync(Utf8JsonWriter json, CancellationToken ct)
    {
        await SectionAsync(json, "goals", db.Goals.OrderBy(g => g.Id), Json.GoalRow, (g, n) =>
        {
            _goals.Add(g.Id, n);
            return new GoalRow
            {
                Id = n, Title = g.Title, Description = g.Description, Horizon = g.Horizon, TargetOn = g.TargetOn, Status = g.Status,
                CreatedAt = g.CreatedAt, UpdatedAt = g.UpdatedAt,
            };
        }, ct);
        await SectionAsync(json, "goalAreas", db.GoalAreas.OrderBy(a => a.GoalId).ThenBy(a => a.AreaId), Json.GoalAreaRow, (a, _) =>
            new GoalAreaRow { GoalId = Required(_goals, a.GoalId), AreaId = Required(_areas, a.AreaId) }, ct);
        await SectionAsync(json, "goalNotes", db.GoalNotes.OrderBy(x => x.Id), Json.GoalNoteRow, (x, n) =>
            new GoalNoteRow { Id = n, GoalId = Required(_goals, x.GoalId), WrittenAt = x.WrittenAt, Text = x.Text }, ct);

        await SectionAsync(json, "mentorships", db.Mentorships.OrderBy(m => m.Id), Json.MentorshipRow, (m, n) =>
        {
            _mentorships.Add(m.Id, n);
            return new MentorshipRow
            {
                Id = n, PersonId = Optional(_people, m.PersonId), Seeking = m.Seeking, Kind = m.Kind, Status = m.Status, StatusSince = m.StatusSince,
                AskOn = m.AskOn, Expectations = m.Expectations, MeetEvery = m.MeetEvery, MeetUnit = m.MeetUnit, LastMetOn = m.LastMetOn,
                NextMeetingDueOn = m.NextMeetingDueOn, CreatedAt = m.CreatedAt, UpdatedAt = m.UpdatedAt,
            };
        }, ct);
        await SectionAsync(json, "mentorshipAreas", db.MentorshipAreas.OrderBy(a => a.MentorshipId).ThenBy(a => a.AreaId), Json.MentorshipAreaRow, (a, _) =>
            new MentorshipAreaRow { MentorshipId = Required(_mentorships, a.MentorshipId), AreaId = Required(_areas, a.AreaId) }, ct);
        await SectionAsync(json, "mentorshipStatusChanges", db.MentorshipStatusChanges.OrderBy(h => h.Id), Json.MentorshipStatusChangeRow, (h, n) =>
            new MentorshipStatusChangeRow { Id = n, MentorshipId = Required(_mentorships, h.MentorshipId), Status = h.Status, On = h.On, Note = h.Note }, ct);
        await SectionAsync(json, "mentorshipMeetings", db.MentorshipMeetings.OrderBy(m => m.Id), Json.MentorshipMeetingRow, (m, n) =>
        {
            _meetings.Add(m.Id, n);
            return new MentorshipMeetingRow
            {
                Id = n, MentorshipId = Required(_mentorships, m.MentorshipId), Status = m.Status, StartsAt = m.StartsAt, DurationMinutes = m.DurationMinutes,
                Location = m.Location, PrepNotes = m.PrepNotes, Notes = m.Notes, HeldOn = m.HeldOn, InteractionId = Optional(_interactions, m.InteractionId),
                Uid = m.Uid, Sequence = m.Sequence, CreatedAt = m.CreatedAt, UpdatedAt = m.UpdatedAt,
            };
        }, ct);
        await SectionAsync(json, "meetingProposals", db.MeetingProposals.OrderBy(p => p.Id), Json.MeetingProposalRow, (p, n) =>
            new MeetingProposalRow { Id = n, MeetingId = Required(_meetings, p.MeetingId), StartsAt = p.StartsAt }, ct);
        await SectionAsync(json, "menteeCommitments", db.MenteeCommitments.OrderBy(c => c.Id), Json.MenteeCommitmentRow, (c, n) => new MenteeCommitmentRow
        {
            Id = n, MentorshipId = Required(_mentorships, c.MentorshipId), Kind = c.Kind, Description = c.Description, AskedOn = c.AskedOn,
            DueOn = c.DueOn, DoneOn = c.DoneOn, CreatedAt = c.CreatedAt,
        }, ct);

        await SectionAsync(json, "networkingInterests", db.NetworkingInterests.OrderBy(i => i.Way), Json.NetworkingInterestRow, (i, _) =>
            new NetworkingInterestRow { Way = i.Way, ChosenAt = i.ChosenAt }, ct);
        await SectionAsync(json, "networkingCommitments", db.NetworkingCommitments.OrderBy(c => c.Id), Json.NetworkingCommitmentRow, (c, n) =>
            new NetworkingCommitmentRow { Id = n, Way = c.Way, Description = c.Description, DueOn = c.DueOn, DoneAt = c.DoneAt, CreatedAt = c.CreatedAt }, ct);
    }

    private async Task WritePlansAsync(Utf8JsonWriter json, CancellationToken ct)
    {
        var plan = await db.WeeklyPlans.AsNoTracking().FirstOrDefaultAsync(ct);
        json.WritePropertyName("weeklyPlan");
        if (plan is null) json.WriteNullValue();
        else JsonSerializer.Serialize(json, new WeeklyPlanRow { WeeklyBudgetMinutes = plan.WeeklyBudgetMinutes, RotationWeeks = plan.RotationWeeks, UpdatedAt = plan.UpdatedAt }, Json.WeeklyPlanRow);

        await SectionAsync(json, "networkingSlots", db.NetworkingSlots.OrderBy(s => s.Id), Json.NetworkingSlotRow, (s, n) =>
        {
            _slots.Add(s.Id, n);
            return new NetworkingSlotRow
            {
                Id = n, Day = s.Day, StartsAt = s.StartsAt, DurationMinutes = s.DurationMinutes, Kind = s.Kind, Label = s.Label,
                StartsOn = s.StartsOn, EndedOn = s.EndedOn, CreatedAt = s.CreatedAt,
            };
        }, ct);
        await SectionAsync(json, "slotOccurrences", db.SlotOccurrences.OrderBy(o => o.Id), Json.SlotOccurrenceRow, (o, n) => new SlotOccurrenceRow
        {
            Id = n, SlotId = Required(_slots, o.SlotId), On = o.On, Status = o.Status, PersonId = Optional(_people, o.PersonId),
            PassedOver = PassedOver(o.PassedOver), InteractionId = Optional(_interactions, o.InteractionId), UpdatedAt = o.UpdatedAt,
        }, ct);
    }

    private async Task WriteOpportunitiesAsync(Utf8JsonWriter json, CancellationToken ct)
    {
        await SectionAsync(json, "opportunities", db.Opportunities.OrderBy(o => o.Id), Json.OpportunityRow, (o, n) =>
        {
            _opportunities.Add(o.Id, n);
            return new OpportunityRow
            {
                Id = n, Name = o.Name, Kind = o.Kind, Role = o.Role, MemberSince = o.MemberSince, Website = o.Website, Notes = o.Notes,
                BuddyId = Optional(_people, o.BuddyId), CreatedAt = o.CreatedAt, UpdatedAt = o.UpdatedAt,
            };
        }, ct);
        await SectionAsync(json, "opportunityEvents", db.OpportunityEvents.OrderBy(e => e.Id), Json.OpportunityEventRow, (e, n) =>
        {
            _events.Add(e.Id, n);
            return new OpportunityEventRow
            {
                Id = n, OpportunityId = Required(_opportunities, e.OpportunityId), Title = e.Title, StartsAt = e.StartsAt, DurationMinutes = e.DurationMinutes,
                Location = e.Location, Attended = e.Attended, BuddyId = Optional(_people, e.BuddyId), CreatedAt = e.CreatedAt,
            };
        }, ct);
        await SectionAsync(json, "eventContacts", db.EventContacts.OrderBy(c => c.EventId).ThenBy(c => c.PersonId), Json.EventContactRow, (c, _) => new EventContactRow
        {
            EventId = Required(_events, c.EventId), PersonId = Required(_people, c.PersonId),
            InteractionId = Optional(_interactions, c.InteractionId), FollowUpId = Optional(_followUps, c.FollowUpId),
        }, ct);
        await SectionAsync(json, "introductions", db.Introductions.OrderBy(i => i.Id), Json.IntroductionRow, (i, n) => new IntroductionRow
        {
            Id = n, ConnectorId = Required(_people, i.ConnectorId), TargetId = Optional(_people, i.TargetId), TargetDescription = i.TargetDescription,
            Reason = i.Reason, Status = i.Status, AskedOn = i.AskedOn, IntroducedOn = i.IntroducedOn, MetOn = i.MetOn, CreatedAt = i.CreatedAt, UpdatedAt = i.UpdatedAt,
        }, ct);
        await SectionAsync(json, "pitchVersions", db.PitchVersions.OrderBy(p => p.Id), Json.PitchVersionRow, (p, n) =>
        {
            _pitches.Add(p.Id, n);
            return new PitchVersionRow { Id = n, Audience = p.Audience, Text = p.Text, CreatedAt = p.CreatedAt, UpdatedAt = p.UpdatedAt };
        }, ct);
        await SectionAsync(json, "pitchPractices", db.PitchPractices.OrderBy(p => p.Id), Json.PitchPracticeRow, (p, n) => new PitchPracticeRow
        {
            Id = n, PitchId = Required(_pitches, p.PitchId), PractisedOn = p.PractisedOn, DurationSeconds = p.DurationSeconds, Rating = p.Rating,
            Notes = p.Notes, CreatedAt = p.CreatedAt,
        }, ct);
    }

    /// <summary>The stored "12,40" as document ids in the same order; people since deleted are dropped.</summary>
    private List<int>? PassedOver(string stored)
    {
        var ids = stored.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? _people.Find(id) : null)
            .OfType<int>().ToList();
        return ids.Count == 0 ? null : ids;
    }
}
