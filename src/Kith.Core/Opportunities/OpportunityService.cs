using Kith.Core.Common;
using Kith.Core.Data;
using Kith.Core.Interactions;
using Kith.Core.KeepInTouch;
using Kith.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Kith.Core.Opportunities;

/// <summary>Associations, leagues, committees…: membership, events, attendance, and the people I met there.</summary>
public sealed class OpportunityService(KithDbContext db, AccountClock clock, PeopleService people, InteractionService interactions, KeepInTouchService keepInTouch)
{
    public async Task<OpportunityDetail> CreateAsync(OpportunityInput input, CancellationToken ct = default)
    {
        var opportunity = new Opportunity { Name = "", CreatedAt = clock.UtcNow };
        await ApplyAsync(opportunity, input, ct);
        db.Opportunities.Add(opportunity);
        await db.SaveChangesAsync(ct);
        return await GetAsync(opportunity.Id, ct);
    }

    public async Task<OpportunityDetail> UpdateAsync(int id, OpportunityInput input, CancellationToken ct = default)
    {
        var opportunity = await db.Opportunities.FirstOrDefaultAsync(o => o.Id == id, ct) ?? throw new NotFoundException("Opportunity", id);
        await ApplyAsync(opportunity, input, ct);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task DeleteAsync(int id, CancellationToken ct = default)
    {
        var opportunity = await db.Opportunities.FirstOrDefaultAsync(o => o.Id == id, ct) ?? throw new NotFoundException("Opportunity", id);
        db.Opportunities.Remove(opportunity);
        await db.SaveChangesAsync(ct);
    }

    public async Task<OpportunityDetail> GetAsync(int id, CancellationToken ct = default)
    {
        var o = await db.Opportunities.AsNoTracking().Include(x => x.Buddy).FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new NotFoundException("Opportunity", id);
        var events = await EventsAsync(db.OpportunityEvents.Where(e => e.OpportunityId == id).OrderByDescending(e => e.StartsAt), ct);
        return new OpportunityDetail(o.Id, o.Name, o.Kind, o.Role, o.MemberSince, o.Website, o.Notes, Ref(o.Buddy), events);
    }

    public async Task<Page<OpportunitySummary>> ListAsync(int? page, int? pageSize, CancellationToken ct = default)
    {
        var paging = Paging.Of(page, pageSize);
        var now = clock.UtcNow;
        var total = await db.Opportunities.CountAsync(ct);
        var rows = await db.Opportunities.AsNoTracking().OrderBy(o => o.Name).ThenBy(o => o.Id).Skip(paging.Skip).Take(paging.PageSize)
            .Select(o => new
            {
                o.Id, o.Name, o.Kind, o.Role, o.BuddyId, BuddyFirst = (string?)o.Buddy!.FirstName, BuddyLast = (string?)o.Buddy.LastName,
                Next = o.Events.Where(e => e.StartsAt >= now).Min(e => (DateTime?)e.StartsAt),
                Attended = o.Events.Count(e => e.Attended == true),
                Met = o.Events.SelectMany(e => e.PeopleMet).Select(c => c.PersonId).Distinct().Count(),
            })
            .ToListAsync(ct);
        var zone = await clock.ZoneAsync(ct);
        var items = rows.Select(r => new OpportunitySummary(r.Id, r.Name, r.Kind, r.Role,
            r.BuddyId is { } b ? new PersonRef(b, PeopleService.Name(r.BuddyFirst!, r.BuddyLast)) : null,
            r.Next is { } n ? LocalTime.InZone(n, zone) : null, r.Attended, r.Met)).ToList();
        return new Page<OpportunitySummary>(items, paging.PageNumber, paging.PageSize, total);
    }

    public async Task<EventView> AddEventAsync(int opportunityId, EventInput input, CancellationToken ct = default)
    {
        var opportunity = await db.Opportunities.FirstOrDefaultAsync(o => o.Id == opportunityId, ct) ?? throw new NotFoundException("Opportunity", opportunityId);
        var e = new OpportunityEvent { OpportunityId = opportunity.Id, Title = "", CreatedAt = clock.UtcNow, BuddyId = opportunity.BuddyId };
        await ApplyAsync(e, input, ct);
        db.OpportunityEvents.Add(e);
        await db.SaveChangesAsync(ct);
        return await GetEventAsync(e.Id, ct);
    }

    public async Task<EventView> UpdateEventAsync(int eventId, EventInput input, CancellationToken ct = default)
    {
        var e = await db.OpportunityEvents.FirstOrDefaultAsync(x => x.Id == eventId, ct) ?? throw new NotFoundException("Event", eventId);
        await ApplyAsync(e, input, ct);
        await db.SaveChangesAsync(ct);
        return await GetEventAsync(eventId, ct);
    }

    public async Task DeleteEventAsync(int eventId, CancellationToken ct = default)
    {
        var e = await db.OpportunityEvents.FirstOrDefaultAsync(x => x.Id == eventId, ct) ?? throw new NotFoundException("Event", eventId);
        db.OpportunityEvents.Remove(e);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Whether I went; only once the event has started.</summary>
    public async Task<EventView> SetAttendedAsync(int eventId, bool attended, CancellationToken ct = default)
    {
        var e = await db.OpportunityEvents.FirstOrDefaultAsync(x => x.Id == eventId, ct) ?? throw new NotFoundException("Event", eventId);
        if (e.StartsAt > clock.UtcNow)
            throw ValidationFailedException.For("Attended", "The event has not started yet; say whether you went once it has.");
        e.Attended = attended;
        await db.SaveChangesAsync(ct);
        return await GetEventAsync(eventId, ct);
    }

    /// <summary>
    /// Records someone met at an event: links or creates the person, logs the meeting on their
    /// timeline (kind event), fills "how we met" when empty, and creates a follow-up.
    /// </summary>
    public async Task<EventView> AddPersonMetAsync(int eventId, MetInput input, CancellationToken ct = default)
    {
        var e = await db.OpportunityEvents.Include(x => x.Opportunity).Include(x => x.PeopleMet).FirstOrDefaultAsync(x => x.Id == eventId, ct)
            ?? throw new NotFoundException("Event", eventId);
        if (e.StartsAt > clock.UtcNow)
            throw ValidationFailedException.For("PersonId", "The event has not started yet; add the people you met once it has.");
        var zone = await clock.ZoneAsync(ct);
        var day = LocalTime.DayOf(e.StartsAt, zone);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var met = await MetPeople.ResolveAsync(db, people, input, $"Met at {e.Title} ({e.Opportunity.Name})", day, ct);
        if (e.PeopleMet.Any(c => c.PersonId == met.Id))
            throw ValidationFailedException.For("PersonId", $"{met.DisplayName} is already among the people met at this event.");
        var occurredAt = e.StartsAt <= clock.UtcNow ? e.StartsAt : clock.UtcNow;
        var logged = await interactions.LogAsync(new InteractionInput
        {
            PersonIds = [met.Id],
            OccurredAt = occurredAt.ToString("yyyy-MM-dd'T'HH:mm'Z'", System.Globalization.CultureInfo.InvariantCulture),
            Kind = Vocabulary.Token(InteractionKind.Event),
            Summary = $"Met at {e.Title}",
        }, ct);
        int? followUpId = null;
        if (!input.NoFollowUp)
        {
            var today = await clock.TodayAsync(ct);
            var due = PeopleService.Clean(input.FollowUpOn) ?? LocalTime.Iso(day.AddDays(2) < today ? today : day.AddDays(2));
            var followUp = await keepInTouch.AddFollowUpAsync(new FollowUpInput
            {
                PersonId = met.Id,
                Description = PeopleService.Clean(input.FollowUp) ?? $"Follow up with {met.FirstName} after {e.Title}",
                DueOn = due,
            }, ct);
            followUpId = followUp.Id;
        }
        e.Attended = true;
        e.PeopleMet.Add(new EventContact { PersonId = met.Id, InteractionId = logged.Id, FollowUpId = followUpId });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return await GetEventAsync(eventId, ct);
    }

    public async Task<EventView> RemovePersonMetAsync(int eventId, int personId, CancellationToken ct = default)
    {
        var contact = await db.EventContacts.FirstOrDefaultAsync(c => c.EventId == eventId && c.PersonId == personId, ct)
            ?? throw new NotFoundException("Person met at event", personId);
        db.EventContacts.Remove(contact);
        await db.SaveChangesAsync(ct);
        return await GetEventAsync(eventId, ct);
    }

    public async Task<EventView> GetEventAsync(int eventId, CancellationToken ct = default) =>
        (await EventsAsync(db.OpportunityEvents.Where(e => e.Id == eventId), ct)).SingleOrDefault() ?? throw new NotFoundException("Event", eventId);

    /// <summary>Events starting between two instants, soonest first (the calendar feed and the plan use it).</summary>
    public async Task<IReadOnlyList<EventView>> EventsBetweenAsync(DateTime fromUtc, DateTime toUtc, CancellationToken ct = default) =>
        await EventsAsync(db.OpportunityEvents.Where(e => e.StartsAt >= fromUtc && e.StartsAt < toUtc).OrderBy(e => e.StartsAt).Take(500), ct);

    private async Task<List<EventView>> EventsAsync(IQueryable<OpportunityEvent> source, CancellationToken ct)
    {
        var rows = await source.AsNoTracking()
            .Select(e => new
            {
                e.Id, e.OpportunityId, OpportunityName = e.Opportunity.Name, e.Title, e.StartsAt, e.DurationMinutes, e.Location, e.Attended,
                e.BuddyId, BuddyFirst = (string?)e.Buddy!.FirstName, BuddyLast = (string?)e.Buddy.LastName,
            })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var met = (await db.EventContacts.AsNoTracking().Where(c => ids.Contains(c.EventId))
                .Select(c => new { c.EventId, c.PersonId, c.Person.FirstName, c.Person.LastName }).ToListAsync(ct))
            .ToLookup(c => c.EventId, c => new PersonRef(c.PersonId, PeopleService.Name(c.FirstName, c.LastName)));
        var zone = await clock.ZoneAsync(ct);
        return rows.Select(r => new EventView(r.Id, r.OpportunityId, r.OpportunityName, r.Title, LocalTime.InZone(r.StartsAt, zone), r.DurationMinutes, r.Location,
            r.Attended, r.BuddyId is { } b ? new PersonRef(b, PeopleService.Name(r.BuddyFirst!, r.BuddyLast)) : null,
            met[r.Id].OrderBy(p => p.DisplayName, StringComparer.CurrentCultureIgnoreCase).ToList())).ToList();
    }

    private async Task ApplyAsync(Opportunity o, OpportunityInput input, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var name = PeopleService.Clean(input.Name);
        if (name is null) errors.Add(nameof(input.Name), "Name the association, league or committee.");
        else if (name.Length > 200) errors.Add(nameof(input.Name), "Keep the name under 200 characters.");
        var kind = OpportunityKind.Association;
        if (PeopleService.Clean(input.Kind) is { } kindText && !Vocabulary.TryParse(kindText, out kind))
            errors.Add(nameof(input.Kind), $"Unknown kind '{kindText}'. Use one of: {Vocabulary.Choices<OpportunityKind>()}.");
        var role = PeopleService.Clean(input.Role);
        if (role?.Length > 100) errors.Add(nameof(input.Role), "Keep the role under 100 characters.");
        var since = InputParsing.Date(input.MemberSince, nameof(input.MemberSince), errors);
        var website = PeopleService.Clean(input.Website);
        if (website is not null && !(Uri.TryCreate(website, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
            errors.Add(nameof(input.Website), "Enter a web address starting with http:// or https://.");
        var notes = PeopleService.Clean(input.Notes);
        if (notes?.Length > 10_000) errors.Add(nameof(input.Notes), "Keep notes under 10,000 characters.");
        await CheckBuddyAsync(input.BuddyId, nameof(input.BuddyId), errors, ct);
        errors.ThrowIfAny();

        o.Name = name!;
        o.Kind = kind;
        o.Role = role;
        o.MemberSince = since;
        o.Website = website;
        o.Notes = notes;
        o.BuddyId = input.BuddyId;
        o.UpdatedAt = clock.UtcNow;
    }

    private async Task ApplyAsync(OpportunityEvent e, EventInput input, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var zone = await clock.ZoneAsync(ct);
        var title = PeopleService.Clean(input.Title);
        if (title is null) errors.Add(nameof(input.Title), "Name the event, e.g. \"Spring mixer\".");
        else if (title.Length > 200) errors.Add(nameof(input.Title), "Keep the title under 200 characters.");
        var startsAt = InputParsing.LocalDateTime(input.StartsAt, zone, nameof(input.StartsAt), errors);
        if (string.IsNullOrWhiteSpace(input.StartsAt)) errors.Add(nameof(input.StartsAt), "Say when it starts, e.g. 2026-04-02T18:30.");
        var duration = input.DurationMinutes ?? e.DurationMinutes;
        if (duration is < 10 or > 24 * 60) errors.Add(nameof(input.DurationMinutes), "An event lasts between 10 minutes and a day.");
        var location = PeopleService.Clean(input.Location);
        if (location?.Length > 200) errors.Add(nameof(input.Location), "Keep the place under 200 characters.");
        if (input.BuddyId is not null) await CheckBuddyAsync(input.BuddyId, nameof(input.BuddyId), errors, ct);
        errors.ThrowIfAny();

        e.Title = title!;
        e.StartsAt = startsAt!.Value;
        e.DurationMinutes = duration;
        e.Location = location;
        if (input.BuddyId is not null) e.BuddyId = input.BuddyId;
    }

    private async Task CheckBuddyAsync(int? buddyId, string field, ValidationErrors errors, CancellationToken ct)
    {
        if (buddyId is not { } id) return;
        var buddy = await db.People.Where(p => p.Id == id).Select(p => new { p.IsMe }).FirstOrDefaultAsync(ct);
        if (buddy is null) errors.Add(field, $"There is no person with id {id}.");
        else if (buddy.IsMe) errors.Add(field, "A buddy is someone who comes along with you; choose someone else.");
    }

    private static PersonRef? Ref(Person? p) => p is null ? null : new PersonRef(p.Id, p.DisplayName);
}
