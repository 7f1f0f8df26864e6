using Kith.Core.Common;
using Kith.Core.KeepInTouch;
using Kith.Core.Mentoring;
using Kith.Core.Networking;
using Kith.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Kith.Core.Agenda;

/// <summary>Mentoring and networking on the agenda: asks, meetings due or scheduled, promises to mentors, networking steps.</summary>
public sealed partial class AgendaService
{
    private const double MentorWeight = 1.5;

    private async Task AddMentoringAsync(List<Candidate> scored, DateOnly today, DateOnly until, TimeZoneInfo zone, CancellationToken ct)
    {
        var now = clock.UtcNow;
        var windowEnds = LocalTime.StartOfDay(until.AddDays(1), zone);

        // Each source is one indexed range query; areas for the few mentorships shown come in one more.
        var asks = await db.Mentorships.AsNoTracking()
            .Where(m => m.Status == MentorshipStatus.Candidate && m.AskOn != null && m.AskOn <= until)
            .Select(m => new { m.Id, m.PersonId, FirstName = (string?)m.Person!.FirstName, LastName = (string?)m.Person.LastName, m.Seeking, AskOn = m.AskOn!.Value })
            .ToListAsync(ct);
        var due = await db.Mentorships.AsNoTracking()
            .Where(m => m.Status == MentorshipStatus.Active && m.NextMeetingDueOn != null && m.NextMeetingDueOn <= until)
            .Where(m => !m.Meetings.Any(x => x.Status == MeetingStatus.Scheduled && x.StartsAt >= now))
            .Where(m => m.PersonId != null)
            .Select(m => new
            {
                m.Id, PersonId = m.PersonId!.Value, m.Person!.FirstName, m.Person.LastName, m.Person.Roles,
                m.MeetEvery, m.MeetUnit, m.LastMetOn, m.StatusSince, NextDue = m.NextMeetingDueOn!.Value,
            })
            .ToListAsync(ct);
        var meetings = await db.MentorshipMeetings.AsNoTracking()
            .Where(x => x.Status == MeetingStatus.Scheduled && x.StartsAt < windowEnds)
            // Nullable: a mentorship can go back to "someone who…" after a meeting was scheduled.
            .Select(x => new
            {
                x.Id, x.MentorshipId, x.Mentorship.PersonId, FirstName = (string?)x.Mentorship.Person!.FirstName, LastName = (string?)x.Mentorship.Person.LastName,
                Roles = (PersonRoles?)x.Mentorship.Person.Roles, x.Mentorship.Seeking, StartsAt = x.StartsAt!.Value, x.DurationMinutes,
            })
            .ToListAsync(ct);
        var commitments = await db.MenteeCommitments.AsNoTracking()
            .Where(c => c.DoneOn == null && c.DueOn != null && c.DueOn <= until)
            .Select(c => new { c.Id, c.MentorshipId, c.Mentorship.PersonId, FirstName = (string?)c.Mentorship.Person!.FirstName, LastName = (string?)c.Mentorship.Person.LastName, c.Mentorship.Seeking, c.Kind, c.Description, DueOn = c.DueOn!.Value })
            .ToListAsync(ct);
        var steps = await db.NetworkingCommitments.AsNoTracking()
            .Where(c => c.DoneAt == null && c.DueOn <= until)
            .Select(c => new { c.Id, c.Way, c.Description, c.DueOn })
            .ToListAsync(ct);

        var askIds = asks.Select(a => a.Id).ToList();
        var areas = (await db.MentorshipAreas.AsNoTracking().Where(a => askIds.Contains(a.MentorshipId)).Select(a => new { a.MentorshipId, a.Area.Name }).ToListAsync(ct))
            .ToLookup(a => a.MentorshipId, a => a.Name);

        foreach (var a in asks)
        {
            var name = MentorshipService.NameOf(a.FirstName, a.LastName, a.Seeking);
            var score = Math.Round(AgendaRules.FollowUpLateness(a.AskOn, today) * 1.2, 3);
            scored.Add(new Candidate(score, a.AskOn, name, () => new AgendaItem(
                AgendaItemKind.MentorAsk, a.PersonId, name, a.PersonId is null ? [] : [PersonRoles.Mentor],
                AgendaRules.MentorAskReason(a.PersonId is not null, areas[a.Id].Order(StringComparer.OrdinalIgnoreCase).ToList(), a.AskOn, today),
                a.AskOn, AgendaRules.FollowUpUrgency(a.AskOn, today), score, null, null, MentorshipId: a.Id)));
        }
        foreach (var m in due)
        {
            var rhythm = new Cadence(m.MeetEvery!.Value, m.MeetEvery.Value, m.MeetUnit);
            var since = m.LastMetOn is { } last && last > m.StatusSince ? last : m.StatusSince;
            var score = Math.Round(AgendaRules.CadenceLateness(rhythm, since, m.NextDue, today) * MentorWeight, 3);
            var name = PeopleService.Name(m.FirstName, m.LastName);
            scored.Add(new Candidate(score, m.NextDue, name, () => new AgendaItem(
                AgendaItemKind.MentorMeetingDue, m.PersonId, name, m.Roles.Each(),
                AgendaRules.MentorMeetingDueReason(rhythm, m.LastMetOn, m.NextDue, today),
                m.NextDue, AgendaRules.FollowUpUrgency(m.NextDue, today), score, null, null, MentorshipId: m.Id)));
        }
        foreach (var x in meetings)
        {
            var local = LocalTime.At(x.StartsAt, zone);
            var day = DateOnly.FromDateTime(local);
            var held = x.StartsAt.AddMinutes(x.DurationMinutes) <= now;
            var score = Math.Round(AgendaRules.FollowUpLateness(day, today) * MentorWeight, 3);
            var name = MentorshipService.NameOf(x.FirstName, x.LastName, x.Seeking);
            scored.Add(new Candidate(score, day, name, () => new AgendaItem(
                AgendaItemKind.MentorMeeting, x.PersonId, name, x.Roles?.Each() ?? [],
                AgendaRules.MentorMeetingReason(local, held, today),
                day, held ? Urgency.Overdue : day == today ? Urgency.Due : Urgency.Upcoming, score, null, null, MentorshipId: x.MentorshipId, MeetingId: x.Id)));
        }
        foreach (var c in commitments)
        {
            var name = MentorshipService.NameOf(c.FirstName, c.LastName, c.Seeking);
            var score = Math.Round(AgendaRules.FollowUpLateness(c.DueOn, today) * MentorWeight, 3);
            scored.Add(new Candidate(score, c.DueOn, name, () => new AgendaItem(
                AgendaItemKind.MentorCommitment, c.PersonId, name, c.PersonId is null ? [] : [PersonRoles.Mentor],
                AgendaRules.CommitmentReason(c.Kind, c.FirstName ?? name, c.Description, c.DueOn, today),
                c.DueOn, AgendaRules.FollowUpUrgency(c.DueOn, today), score, null, null, MentorshipId: c.MentorshipId, CommitmentId: c.Id)));
        }
        foreach (var s in steps)
        {
            var title = NetworkingService.Describe(s.Way).Title;
            var score = Math.Round(AgendaRules.FollowUpLateness(s.DueOn, today), 3);
            scored.Add(new Candidate(score, s.DueOn, title, () => new AgendaItem(
                AgendaItemKind.NetworkingStep, null, title, [],
                AgendaRules.NetworkingStepReason(s.Description, s.DueOn, today),
                s.DueOn, AgendaRules.FollowUpUrgency(s.DueOn, today), score, null, null, CommitmentId: s.Id)));
        }
    }
}
