using Kith.Core.Common;
using Kith.Core.Interactions;
using Kith.Core.KeepInTouch;
using Kith.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Kith.Core.Mentoring;

/// <summary>Arranging meetings flexibly (offering several times), preparing, and recording what I took away.</summary>
public sealed partial class MentorshipService
{
    public const int MaxProposedTimes = 10;


    /// <summary>One time schedules the meeting; several are offered for the mentor to choose from.</summary>
    public async Task<MeetingView> ProposeMeetingAsync(int mentorshipId, MeetingInput input, CancellationToken ct = default)
    {
        var mentorship = await db.Mentorships.Include(m => m.Person).FirstOrDefaultAsync(m => m.Id == mentorshipId, ct)
            ?? throw new NotFoundException("Mentorship", mentorshipId);
        var zone = await clock.ZoneAsync(ct);
        var errors = new ValidationErrors();
        if (mentorship.PersonId is null)
            errors.Add(nameof(mentorshipId), "Choose who the mentor is before arranging a meeting.");
        if (mentorship.Status == MentorshipStatus.Ended)
            errors.Add(nameof(mentorshipId), "This mentorship has ended; reopen it before arranging a meeting.");

        var times = new List<DateTime>();
        var texts = input.Times?.Where(t => !string.IsNullOrWhiteSpace(t)).ToList() ?? [];
        if (texts.Count == 0)
            errors.Add(nameof(input.Times), "Offer at least one time, e.g. 2026-03-24T12:30; offering several makes it easy to say yes.");
        if (texts.Count > MaxProposedTimes)
            errors.Add(nameof(input.Times), $"Offer at most {MaxProposedTimes} times.");
        for (var i = 0; i < texts.Count && i < MaxProposedTimes; i++)
        {
            var field = $"{nameof(input.Times)}[{i}]";
            if (InputParsing.LocalDateTime(texts[i], zone, field, errors) is not { } at) continue;
            if (at < clock.UtcNow)
                errors.Add(field, $"{texts[i].Trim()} has already passed; offer times still to come.");
            else if (times.Contains(at))
                errors.Add(field, $"{texts[i].Trim()} is offered twice.");
            else
                times.Add(at);
        }
        var duration = CheckDuration(input.DurationMinutes, errors);
        var location = PeopleService.Clean(input.Location);
        if (location?.Length > 200) errors.Add(nameof(input.Location), "Keep the place under 200 characters.");
        var prep = PeopleService.Clean(input.PrepNotes);
        if (prep?.Length > 10_000) errors.Add(nameof(input.PrepNotes), "Keep the preparation notes under 10,000 characters.");
        errors.ThrowIfAny();

        times.Sort();
        var meeting = new MentorshipMeeting
        {
            MentorshipId = mentorship.Id,
            Status = times.Count == 1 ? MeetingStatus.Scheduled : MeetingStatus.Proposed,
            StartsAt = times.Count == 1 ? times[0] : null,
            DurationMinutes = duration,
            Location = location,
            PrepNotes = prep,
            Uid = Guid.NewGuid(),
            CreatedAt = clock.UtcNow,
            UpdatedAt = clock.UtcNow,
            Proposals = times.Select(t => new MeetingProposal { StartsAt = t }).ToList(),
        };
        db.MentorshipMeetings.Add(meeting);
        await db.SaveChangesAsync(ct);
        return await GetMeetingAsync(meeting.Id, ct);
    }

    /// <summary>The mentor picked one of the offered times.</summary>
    public async Task<MeetingView> ChooseTimeAsync(int meetingId, int proposalId, CancellationToken ct = default)
    {
        var meeting = await LoadMeetingAsync(meetingId, ct);
        if (meeting.Status is MeetingStatus.Held or MeetingStatus.Cancelled)
            throw ValidationFailedException.For(nameof(proposalId), $"This meeting is {Vocabulary.Token(meeting.Status)}; arrange a new one instead.");
        var proposal = meeting.Proposals.FirstOrDefault(p => p.Id == proposalId)
            ?? throw ValidationFailedException.For(nameof(proposalId), $"Time {proposalId} was not one of the times offered for this meeting.");
        if (meeting.StartsAt != proposal.StartsAt)
        {
            if (meeting.StartsAt is not null) meeting.Sequence++;
            meeting.StartsAt = proposal.StartsAt;
        }
        meeting.Status = MeetingStatus.Scheduled;
        meeting.UpdatedAt = clock.UtcNow;
        await db.SaveChangesAsync(ct);
        return await GetMeetingAsync(meetingId, ct);
    }

    /// <summary>Notes to prepare: what I want to ask, what I did since last time.</summary>
    public async Task<MeetingView> SavePrepAsync(int meetingId, string? prepNotes, CancellationToken ct = default)
    {
        var meeting = await LoadMeetingAsync(meetingId, ct);
        var prep = PeopleService.Clean(prepNotes);
        if (prep?.Length > 10_000) throw ValidationFailedException.For("PrepNotes", "Keep the preparation notes under 10,000 characters.");
        meeting.PrepNotes = prep;
        meeting.UpdatedAt = clock.UtcNow;
        await db.SaveChangesAsync(ct);
        return await GetMeetingAsync(meetingId, ct);
    }

    /// <summary>
    /// Records a meeting as held: logs it on the mentor's timeline (which resets their keep-in-touch
    /// cadence), moves the mentorship's meeting rhythm on, and creates the thank-you follow-up.
    /// </summary>
    public async Task<MeetingView> RecordMeetingAsync(int meetingId, MeetingRecordInput input, CancellationToken ct = default)
    {
        var meeting = await LoadMeetingAsync(meetingId, ct);
        var mentorship = meeting.Mentorship;
        var zone = await clock.ZoneAsync(ct);
        var today = await clock.TodayAsync(ct);
        var errors = new ValidationErrors();
        if (meeting.Status is MeetingStatus.Held)
            errors.Add(nameof(meetingId), "This meeting is already recorded; edit its notes instead.");
        if (meeting.Status is MeetingStatus.Cancelled)
            errors.Add(nameof(meetingId), "This meeting was cancelled.");
        // A mentorship can go back to "someone who…", or lose its person when they are deleted, after its meetings were arranged.
        if (mentorship.PersonId is null)
            errors.Add(nameof(meetingId), "Choose who the mentor is before recording a meeting.");
        var scheduledDay = meeting.StartsAt is { } s ? LocalTime.DayOf(s, zone) : (DateOnly?)null;
        var heldOn = InputParsing.Date(input.HeldOn, nameof(input.HeldOn), errors)
            ?? (scheduledDay is { } d && d <= today ? d : today);
        if (heldOn > today)
            errors.Add(nameof(input.HeldOn), $"{heldOn:yyyy-MM-dd} is in the future; record a meeting once it has happened.");
        var notes = PeopleService.Clean(input.Notes);
        if (notes is null)
            errors.Add(nameof(input.Notes), "Write what you took away: advice, decisions, what you will do next.");
        else if (notes.Length > 10_000)
            errors.Add(nameof(input.Notes), "Keep the notes under 10,000 characters.");
        var prep = PeopleService.Clean(input.PrepNotes) ?? meeting.PrepNotes;
        if (prep?.Length > 10_000)
            errors.Add(nameof(input.PrepNotes), "Keep the preparation notes under 10,000 characters.");
        errors.ThrowIfAny();

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var areas = await db.MentorshipAreas.Where(a => a.MentorshipId == mentorship.Id).Select(a => a.Area.Name).ToListAsync(ct);
        var about = areas.Count == 0 ? "" : $" ({string.Join(", ", areas.Order(StringComparer.OrdinalIgnoreCase))})";
        var occurredAt = meeting.StartsAt is { } at && LocalTime.DayOf(at, zone) == heldOn && at <= clock.UtcNow
            ? at.ToString("yyyy-MM-dd'T'HH:mm'Z'", System.Globalization.CultureInfo.InvariantCulture)
            : heldOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var logged = await interactions.LogAsync(new InteractionInput
        {
            PersonIds = [mentorship.PersonId!.Value],
            OccurredAt = occurredAt,
            Kind = Vocabulary.Token(InteractionKind.Meeting),
            Summary = $"Mentoring meeting{about}",
        }, ct);

        meeting.Status = MeetingStatus.Held;
        meeting.HeldOn = heldOn;
        meeting.Notes = notes;
        meeting.PrepNotes = prep;
        meeting.InteractionId = logged.Id;
        meeting.UpdatedAt = clock.UtcNow;
        if (mentorship.LastMetOn is null || mentorship.LastMetOn < heldOn)
            mentorship.LastMetOn = heldOn;
        mentorship.RecomputeNextMeeting();

        // Being a good mentee: thank them, and tell them later what I did with their advice.
        var mentorName = PeopleService.Name(mentorship.Person!.FirstName, mentorship.Person.LastName);
        db.FollowUps.Add(new FollowUp
        {
            PersonId = mentorship.PersonId.Value,
            Description = $"Thank {mentorship.Person.FirstName} for the meeting on {heldOn:d MMM} and tell them what you did with their advice",
            DueOn = heldOn.AddDays(1) < today ? today : heldOn.AddDays(1),
            CreatedAt = clock.UtcNow,
        });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return await GetMeetingAsync(meetingId, ct);
    }

    public async Task<MeetingView> CancelMeetingAsync(int meetingId, CancellationToken ct = default)
    {
        var meeting = await LoadMeetingAsync(meetingId, ct);
        if (meeting.Status == MeetingStatus.Held)
            throw ValidationFailedException.For(nameof(meetingId), "This meeting was held; it cannot be cancelled.");
        if (meeting.Status != MeetingStatus.Cancelled)
        {
            meeting.Status = MeetingStatus.Cancelled;
            meeting.Sequence++;
            meeting.UpdatedAt = clock.UtcNow;
            await db.SaveChangesAsync(ct);
        }
        return await GetMeetingAsync(meetingId, ct);
    }

    public async Task<MeetingView> GetMeetingAsync(int meetingId, CancellationToken ct = default)
    {
        var meeting = await db.MentorshipMeetings.AsNoTracking()
            .Include(m => m.Proposals)
            .Include(m => m.Mentorship).ThenInclude(m => m.Person)
            .FirstOrDefaultAsync(m => m.Id == meetingId, ct) ?? throw new NotFoundException("Meeting", meetingId);
        var mentorship = meeting.Mentorship;
        return ToView(meeting, mentorship.PersonId, NameOf(mentorship.Person?.FirstName, mentorship.Person?.LastName, mentorship.Seeking), await clock.ZoneAsync(ct));
    }

    /// <summary>An RFC 5545 invitation for a scheduled meeting, to send to the mentor or add to my calendar.</summary>
    public async Task<string> MeetingInviteAsync(int meetingId, CancellationToken ct = default)
    {
        var meeting = await db.MentorshipMeetings.AsNoTracking()
            .Include(m => m.Mentorship).ThenInclude(m => m.Person).ThenInclude(p => p!.Emails)
            .FirstOrDefaultAsync(m => m.Id == meetingId, ct) ?? throw new NotFoundException("Meeting", meetingId);
        if (meeting.StartsAt is null || meeting.Status == MeetingStatus.Proposed)
            throw ValidationFailedException.For(nameof(meetingId), "No time has been chosen yet; choose one of the offered times first.");
        if (meeting.Mentorship.Person is null)
            throw ValidationFailedException.For(nameof(meetingId), "Choose who the mentor is before sending an invite.");
        var me = await db.People.AsNoTracking().Include(p => p.Emails).FirstAsync(p => p.IsMe, ct);
        var areas = await db.MentorshipAreas.Where(a => a.MentorshipId == meeting.MentorshipId).Select(a => a.Area.Name).ToListAsync(ct);
        var mentor = meeting.Mentorship.Person!;
        return MeetingInvite.Create(new MeetingInvite.Details(
            meeting.Uid, meeting.Sequence, meeting.StartsAt.Value, meeting.DurationMinutes, meeting.Location,
            meeting.Status == MeetingStatus.Cancelled,
            mentor.DisplayName, mentor.Emails.Select(e => e.Address).FirstOrDefault(),
            me.DisplayName, me.Emails.Select(e => e.Address).FirstOrDefault(),
            areas.Order(StringComparer.OrdinalIgnoreCase).ToList()), clock.UtcNow);
    }

    private async Task<MentorshipMeeting> LoadMeetingAsync(int meetingId, CancellationToken ct) =>
        await db.MentorshipMeetings.Include(m => m.Proposals).Include(m => m.Mentorship).ThenInclude(m => m.Person)
            .FirstOrDefaultAsync(m => m.Id == meetingId, ct) ?? throw new NotFoundException("Meeting", meetingId);

    private static int CheckDuration(int? minutes, ValidationErrors errors)
    {
        if (minutes is not { } m) return 60;
        if (m is < 10 or > 480) errors.Add(nameof(MeetingInput.DurationMinutes), "A meeting lasts between 10 minutes and 8 hours.");
        return m;
    }

    internal static MeetingView ToView(MentorshipMeeting m, int? personId, string mentorName, TimeZoneInfo zone) =>
        new(m.Id, m.MentorshipId, personId, mentorName, m.Status, InZone(m.StartsAt, zone), m.DurationMinutes, m.Location,
            m.PrepNotes, m.Notes, m.HeldOn, m.InteractionId,
            m.Proposals.OrderBy(p => p.StartsAt).Select(p => new ProposalView(p.Id, InZone(p.StartsAt, zone)!.Value)).ToList());

    internal static DateTimeOffset? InZone(DateTime? utc, TimeZoneInfo zone) =>
        utc is { } u ? LocalTime.InZone(u, zone) : null;
}
