using Kith.Core.Common;
using Kith.Core.Data;
using Kith.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Kith.Core.Interactions;

/// <summary>Logging what I did with people, and their timelines. Any logged interaction resets a cadence.</summary>
public sealed class InteractionService(KithDbContext db, AccountClock clock)
{
    public async Task<InteractionView> LogAsync(InteractionInput input, CancellationToken ct = default)
    {
        var errors = new ValidationErrors();
        var zone = await clock.ZoneAsync(ct);
        var ids = (input.PersonIds ?? []).Distinct().ToList();
        if (ids.Count == 0)
            errors.Add(nameof(input.PersonIds), "Choose at least one person.");
        if (ids.Count > 100)
            errors.Add(nameof(input.PersonIds), "An interaction can involve at most 100 people.");

        var people = await db.People.Where(p => ids.Contains(p.Id)).ToListAsync(ct);
        foreach (var missing in ids.Except(people.Select(p => p.Id)))
            errors.Add(nameof(input.PersonIds), $"There is no person with id {missing}.");
        if (people.Any(p => p.IsMe))
            errors.Add(nameof(input.PersonIds), "Leave yourself out; interactions are always with you.");

        // Any time today is fine (a lunch logged before it starts); a later day is a plan, which belongs in a follow-up.
        var occurredAt = InputParsing.LocalDateTime(input.OccurredAt, zone, nameof(input.OccurredAt), errors) ?? clock.UtcNow;
        if (LocalTime.DayOf(occurredAt, zone) > await clock.TodayAsync(ct))
            errors.Add(nameof(input.OccurredAt), "That is in the future; log interactions once they happen, and use a follow-up for plans.");

        var kind = InteractionKind.Other;
        if (PeopleService.Clean(input.Kind) is { } kindText && !Vocabulary.TryParse(kindText, out kind))
            errors.Add(nameof(input.Kind), $"Unknown kind '{kindText}'. Use one of: {Vocabulary.Choices<InteractionKind>()}.");
        var exchange = Exchange.Neither;
        if (PeopleService.Clean(input.Exchange) is { } exchangeText && !Vocabulary.TryParse(exchangeText, out exchange))
            errors.Add(nameof(input.Exchange), $"Unknown exchange '{exchangeText}'. Use gave, asked or neither.");

        var summary = PeopleService.Clean(input.Summary);
        if (summary is null)
            errors.Add(nameof(input.Summary), "Write a few words about what happened.");
        else if (summary.Length > 500)
            errors.Add(nameof(input.Summary), $"Keep the summary under 500 characters (it has {summary.Length}); put the rest in notes.");
        var notes = PeopleService.Clean(input.Notes);
        if (notes?.Length > 20_000)
            errors.Add(nameof(input.Notes), "Keep notes under 20,000 characters.");
        errors.ThrowIfAny();

        var interaction = new Interaction
        {
            OccurredAt = occurredAt,
            Kind = kind,
            Summary = summary!,
            Notes = notes,
            Exchange = exchange,
            CreatedAt = clock.UtcNow,
            Participants = people.Select(p => new InteractionParticipant { PersonId = p.Id, OccurredAt = occurredAt }).ToList(),
        };
        db.Interactions.Add(interaction);

        // Any interaction resets the cadence of everyone in it.
        foreach (var person in people)
        {
            person.AddInteractionAt(occurredAt);
            person.RecomputeNextDue(zone);
        }
        await db.SaveChangesAsync(ct);

        return new InteractionView(interaction.Id, occurredAt, kind, interaction.Summary, notes, exchange,
            people.OrderBy(p => p.FirstName).Select(p => new PersonRef(p.Id, p.DisplayName)).ToList());
    }

    public async Task DeleteAsync(int id, CancellationToken ct = default)
    {
        var interaction = await db.Interactions.Include(i => i.Participants)
            .FirstOrDefaultAsync(i => i.Id == id, ct) ?? throw new NotFoundException("Interaction", id);
        var personIds = interaction.Participants.Select(p => p.PersonId).ToList();
        db.Interactions.Remove(interaction);

        // Each participant's last contact falls back to their latest remaining interactions: one grouped query.
        var latest = await LatestTwoAsync(db.InteractionParticipants.Where(p => personIds.Contains(p.PersonId) && p.InteractionId != id), ct);
        var zone = await clock.ZoneAsync(ct);
        foreach (var person in await db.People.Where(p => personIds.Contains(p.Id)).ToListAsync(ct))
        {
            (person.LastInteractionAt, person.PreviousInteractionAt) = latest.TryGetValue(person.Id, out var two) ? two : (null, null);
            person.RecomputeNextDue(zone);
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Each person's two latest interactions among <paramref name="participations"/>, for
    /// <see cref="Person.LastInteractionAt"/> and <see cref="Person.PreviousInteractionAt"/>: one grouped query.
    /// </summary>
    internal static async Task<Dictionary<int, (DateTime? Last, DateTime? Previous)>> LatestTwoAsync(
        IQueryable<InteractionParticipant> participations, CancellationToken ct) =>
        await participations
            .GroupBy(p => p.PersonId)
            .Select(g => new
            {
                PersonId = g.Key,
                Last = g.Max(p => p.OccurredAt),
                Previous = g.OrderByDescending(p => p.OccurredAt).Select(p => (DateTime?)p.OccurredAt).Skip(1).FirstOrDefault(),
            })
            .ToDictionaryAsync(x => x.PersonId, x => ((DateTime?)x.Last, x.Previous), ct);

    public async Task<InteractionView> GetAsync(int id, CancellationToken ct = default)
    {
        var page = await ProjectAsync(db.Interactions.Where(i => i.Id == id), ct);
        return page.Count == 1 ? page[0] : throw new NotFoundException("Interaction", id);
    }

    /// <summary>Newest first: everything, or one person's timeline.</summary>
    public async Task<Page<InteractionView>> ListAsync(InteractionQuery query, CancellationToken ct = default)
    {
        var paging = Paging.Of(query.Page, query.PageSize);
        if (query.PersonId is { } personId)
        {
            // Served by the (PersonId, AccountId, OccurredAt) index on participants. Only an empty
            // timeline needs the question whether the person exists at all: one query fewer per page.
            // Both queries are compiled once (the person page runs them on every visit).
            var total = await TimelineCountQuery.For(db)(db, personId, ct);
            if (total == 0 && !await db.People.AnyAsync(p => p.Id == personId, ct))
                throw new NotFoundException("Person", personId);
            var flat = new List<TimelineRow>();
            await foreach (var row in TimelinePageQuery.For(db)(db, personId, paging.Skip, paging.PageSize).WithCancellation(ct))
                flat.Add(row);
            var page = flat.GroupBy(x => x.InteractionId)
                .Select(g => (First: g.First(), People: g.Select(p => new PersonRef(p.PersonId, PeopleService.Name(p.FirstName, p.LastName)))))
                .OrderByDescending(g => g.First.OccurredAt).ThenByDescending(g => g.First.InteractionId)
                .Select(g => new InteractionView(g.First.InteractionId, g.First.OccurredAt, g.First.Kind, g.First.Summary, g.First.Notes, g.First.Exchange,
                    g.People.OrderBy(p => p.DisplayName, StringComparer.OrdinalIgnoreCase).ToList()))
                .ToList();
            return new Page<InteractionView>(page, paging.PageNumber, paging.PageSize, total);
        }

        var all = await db.Interactions.CountAsync(ct);
        var items = await ProjectAsync(db.Interactions.OrderByDescending(i => i.OccurredAt).ThenByDescending(i => i.Id)
            .Skip(paging.Skip).Take(paging.PageSize), ct);
        return new Page<InteractionView>(items, paging.PageNumber, paging.PageSize, all);
    }

    private static readonly PerModel<Func<KithDbContext, int, CancellationToken, Task<int>>> TimelineCountQuery = new(() => EF.CompileAsyncQuery(
        (KithDbContext db, int personId, CancellationToken ct) => db.InteractionParticipants.Count(p => p.PersonId == personId)));

    /// <summary>
    /// A page of one person's timeline, newest first. Every interaction on it has a participant (this
    /// person), so one query of the page's participants, each with its interaction, reads the whole page.
    /// </summary>
    private static readonly PerModel<Func<KithDbContext, int, int, int, IAsyncEnumerable<TimelineRow>>> TimelinePageQuery = new(() => EF.CompileAsyncQuery(
        (KithDbContext db, int personId, int skip, int take) => db.InteractionParticipants
            .Where(x => db.InteractionParticipants.Where(p => p.PersonId == personId)
                .OrderByDescending(p => p.OccurredAt).ThenByDescending(p => p.InteractionId)
                .Skip(skip).Take(take).Select(p => p.InteractionId)
                .Contains(x.InteractionId))
            .Select(x => new TimelineRow(
                x.InteractionId, x.Interaction.OccurredAt, x.Interaction.Kind, x.Interaction.Summary, x.Interaction.Notes,
                x.Interaction.Exchange, x.PersonId, x.Person.FirstName, x.Person.LastName))));

    private sealed record TimelineRow(
        int InteractionId, DateTime OccurredAt, InteractionKind Kind, string Summary, string? Notes,
        Exchange Exchange, int PersonId, string FirstName, string? LastName);

    private async Task<List<InteractionView>> ProjectAsync(IQueryable<Interaction> source, CancellationToken ct)
    {
        // Two queries, not one with the participants as a collection: EF joins that collection as a
        // subquery SQLite cannot flatten, so it read every participant of the account (minutes at
        // a million interactions).
        var rows = await source.AsNoTracking()
            .Select(i => new { i.Id, i.OccurredAt, i.Kind, i.Summary, i.Notes, i.Exchange })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var people = (await db.InteractionParticipants.Where(p => ids.Contains(p.InteractionId))
                .Select(p => new { p.InteractionId, p.PersonId, p.Person.FirstName, p.Person.LastName })
                .ToListAsync(ct))
            .ToLookup(p => p.InteractionId, p => new PersonRef(p.PersonId, PeopleService.Name(p.FirstName, p.LastName)));
        return rows
            .OrderByDescending(r => r.OccurredAt).ThenByDescending(r => r.Id)
            .Select(r => new InteractionView(r.Id, r.OccurredAt, r.Kind, r.Summary, r.Notes, r.Exchange,
                people[r.Id].OrderBy(p => p.DisplayName, StringComparer.OrdinalIgnoreCase).ToList()))
            .ToList();
    }
}
