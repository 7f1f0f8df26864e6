using System.Security.Cryptography;
using Kith.Core.Common;
using Kith.Core.Data;
using Kith.Core.Mentoring;
using Kith.Core.Networking;
using Kith.Core.People;
using Kith.Core.Plan;
using Microsoft.EntityFrameworkCore;

namespace Kith.Core.Feed;

/// <summary>
/// A private iCalendar subscription (RFC 5545) with the networking slots, follow-ups, mentor
/// meetings and events coming up, behind an unguessable token; and an .ics for any single item.
/// Only descriptions I wrote as titles go out — never notes.
/// </summary>
public sealed class FeedService(KithDbContext db, AccountClock clock, PlanService plans)
{
    /// <summary>How far ahead the feed looks; calendars refresh it, so it moves on by itself.</summary>
    public const int WeeksAhead = 8;

    /// <summary>The account's feed token, created on first use.</summary>
    public async Task<string> TokenAsync(CancellationToken ct = default)
    {
        var feed = await db.CalendarFeeds.FirstOrDefaultAsync(ct);
        if (feed is not null) return feed.Token;
        feed = new CalendarFeed { Token = NewToken(), CreatedAt = clock.UtcNow };
        db.CalendarFeeds.Add(feed);
        await db.SaveChangesAsync(ct);
        return feed.Token;
    }

    /// <summary>Replaces the token; the old address answers 404 from now on.</summary>
    public async Task<string> RegenerateAsync(CancellationToken ct = default)
    {
        await db.CalendarFeeds.ExecuteDeleteAsync(ct);
        var feed = new CalendarFeed { Token = NewToken(), CreatedAt = clock.UtcNow };
        db.CalendarFeeds.Add(feed);
        await db.SaveChangesAsync(ct);
        return feed.Token;
    }

    /// <summary>
    /// The feed for a token, or null when no account has it. The token is compared inside the
    /// current account only, so a token of another account is simply unknown here.
    /// </summary>
    public async Task<string?> BuildAsync(string token, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100) return null;
        var stored = await db.CalendarFeeds.AsNoTracking().Select(f => f.Token).FirstOrDefaultAsync(ct);
        if (stored is null || !CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(stored), System.Text.Encoding.ASCII.GetBytes(token)))
            return null;

        var zone = await clock.ZoneAsync(ct);
        var today = await clock.TodayAsync(ct);
        var until = today.AddDays(7 * WeeksAhead);
        var untilUtc = LocalTime.StartOfDay(until.AddDays(1), zone);
        var writer = new CalendarWriter(clock.UtcNow, zone, "Kith");

        await AddSlotsAsync(writer, ct);
        var followUps = await db.FollowUps.AsNoTracking().Where(f => f.DoneAt == null && f.DueOn <= until)
            .OrderBy(f => f.DueOn).Take(1_000)
            .Select(f => new { f.Id, f.Description, f.DueOn, f.Person.FirstName, f.Person.LastName }).ToListAsync(ct);
        foreach (var f in followUps)
            writer.AllDay($"follow-up-{f.Id}@kith.local", $"Follow up with {PeopleService.Name(f.FirstName, f.LastName)}: {f.Description}", f.DueOn < today ? today : f.DueOn);

        var meetings = await db.MentorshipMeetings.AsNoTracking()
            .Where(m => m.Status == MeetingStatus.Scheduled && m.StartsAt >= clock.UtcNow.AddDays(-1) && m.StartsAt < untilUtc)
            .Select(m => new { m.Uid, StartsAt = m.StartsAt!.Value, m.DurationMinutes, m.Location, m.Mentorship.Person!.FirstName, m.Mentorship.Person.LastName })
            .ToListAsync(ct);
        foreach (var m in meetings)
            writer.Timed($"{m.Uid:D}@kith.local", $"Mentoring: {PeopleService.Name(m.FirstName, m.LastName)}", m.StartsAt, m.DurationMinutes, m.Location);

        var rhythms = await db.Mentorships.AsNoTracking()
            .Where(m => m.Status == MentorshipStatus.Active && m.NextMeetingDueOn != null && m.NextMeetingDueOn <= until && m.PersonId != null)
            .Where(m => !m.Meetings.Any(x => x.Status == MeetingStatus.Scheduled && x.StartsAt >= clock.UtcNow))
            .Select(m => new { m.Id, Due = m.NextMeetingDueOn!.Value, m.Person!.FirstName, m.Person.LastName }).ToListAsync(ct);
        foreach (var m in rhythms)
            writer.AllDay($"mentor-due-{m.Id}@kith.local", $"Mentor meeting due: {PeopleService.Name(m.FirstName, m.LastName)} (propose a few times)", m.Due < today ? today : m.Due);

        var events = await db.OpportunityEvents.AsNoTracking()
            .Where(e => e.StartsAt >= clock.UtcNow.AddDays(-1) && e.StartsAt < untilUtc)
            .Select(e => new { e.Id, e.Title, e.StartsAt, e.DurationMinutes, e.Location, Opportunity = e.Opportunity.Name }).ToListAsync(ct);
        foreach (var e in events)
            writer.Timed($"event-{e.Id}@kith.local", $"{e.Title} ({e.Opportunity})", e.StartsAt, e.DurationMinutes, e.Location);

        var steps = await db.NetworkingCommitments.AsNoTracking().Where(c => c.DoneAt == null && c.DueOn <= until)
            .Select(c => new { c.Id, c.Description, c.DueOn }).ToListAsync(ct);
        foreach (var s in steps)
            writer.AllDay($"networking-step-{s.Id}@kith.local", $"Networking: {s.Description}", s.DueOn < today ? today : s.DueOn);

        return writer.ToString();
    }

    /// <summary>Each running slot as a weekly series in local time, with this plan's people on the occurrences that have one.</summary>
    private async Task AddSlotsAsync(CalendarWriter writer, CancellationToken ct)
    {
        var plan = await plans.GetAsync(WeeksAhead, ct);
        var slots = await db.NetworkingSlots.AsNoTracking().ToListAsync(ct);
        var skipped = await db.SlotOccurrences.AsNoTracking().Where(o => o.Status == SlotStatus.Skipped)
            .Select(o => new { o.SlotId, o.On }).ToListAsync(ct);
        foreach (var slot in slots.Where(s => s.EndedOn is null || s.EndedOn > s.StartsOn))
        {
            var first = slot.StartsOn.AddDays(((int)slot.Day - (int)slot.StartsOn.DayOfWeek + 7) % 7);
            var uid = $"slot-{slot.Id}@kith.local";
            var title = PlanService.Describe(slot);
            writer.Weekly(uid, $"Networking: {title}", first, slot.StartsAt, slot.DurationMinutes, slot.Day, slot.EndedOn,
                skipped.Where(s => s.SlotId == slot.Id).Select(s => s.On));
            foreach (var o in plan.Upcoming.Where(p => p.SlotId == slot.Id && p.PersonName is not null && p.Status != SlotStatus.Skipped))
            {
                var summary = o.Status is SlotStatus.Accepted or SlotStatus.Done
                    ? $"Networking: {Text.Capitalised(slot.Label ?? Vocabulary.Token(slot.Kind))} with {o.PersonName}"
                    : $"Networking: {Text.Capitalised(slot.Label ?? Vocabulary.Token(slot.Kind))} (suggested: {o.PersonName})";
                writer.Override(uid, o.On, slot.StartsAt, slot.DurationMinutes, summary, o.Reason);
            }
        }
    }

    /// <summary>One follow-up as an all-day .ics event.</summary>
    public async Task<string> FollowUpIcsAsync(int id, CancellationToken ct = default)
    {
        var f = await db.FollowUps.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new { x.Id, x.Description, x.DueOn, x.Person.FirstName, x.Person.LastName }).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("Follow-up", id);
        var writer = new CalendarWriter(clock.UtcNow, await clock.ZoneAsync(ct), "Kith");
        writer.AllDay($"follow-up-{f.Id}@kith.local", $"Follow up with {PeopleService.Name(f.FirstName, f.LastName)}: {f.Description}", f.DueOn);
        return writer.ToString();
    }

    /// <summary>One opportunity event as an .ics event.</summary>
    public async Task<string> EventIcsAsync(int id, CancellationToken ct = default)
    {
        var e = await db.OpportunityEvents.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new { x.Id, x.Title, x.StartsAt, x.DurationMinutes, x.Location, Opportunity = x.Opportunity.Name }).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("Event", id);
        var writer = new CalendarWriter(clock.UtcNow, await clock.ZoneAsync(ct), "Kith");
        writer.Timed($"event-{e.Id}@kith.local", $"{e.Title} ({e.Opportunity})", e.StartsAt, e.DurationMinutes, e.Location);
        return writer.ToString();
    }

    /// <summary>One networking slot as a weekly series in local time.</summary>
    public async Task<string> SlotIcsAsync(int id, CancellationToken ct = default)
    {
        var slot = await db.NetworkingSlots.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw new NotFoundException("Slot", id);
        var writer = new CalendarWriter(clock.UtcNow, await clock.ZoneAsync(ct), "Kith");
        var first = slot.StartsOn.AddDays(((int)slot.Day - (int)slot.StartsOn.DayOfWeek + 7) % 7);
        writer.Weekly($"slot-{slot.Id}@kith.local", $"Networking: {PlanService.Describe(slot)}", first, slot.StartsAt, slot.DurationMinutes, slot.Day, slot.EndedOn, []);
        return writer.ToString();
    }

    /// <summary>256 random bits, URL-safe.</summary>
    internal static string NewToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
