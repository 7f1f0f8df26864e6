using Kith.Core.Common;
using Kith.Core.Data;
using Kith.Core.Interactions;
using Kith.Core.KeepInTouch;
using Kith.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Kith.Core.Opportunities;

/// <summary>Introductions through connectors: to ask → asked → introduced → met, ending in thanks and a follow-up.</summary>
public sealed class IntroductionService(KithDbContext db, AccountClock clock, PeopleService people, InteractionService interactions, KeepInTouchService keepInTouch)
{
    public async Task<IntroductionView> CreateAsync(IntroductionInput input, CancellationToken ct = default)
    {
        var errors = new ValidationErrors();
        if (input.ConnectorId is not { } connectorId)
            errors.Add(nameof(input.ConnectorId), "Choose the connector who will introduce you: a colleague who knows everyone, or your boss.");
        else
            await CheckPersonAsync(connectorId, nameof(input.ConnectorId), "The connector is someone else who introduces you.", errors, ct);
        if (input.TargetId is { } targetId)
        {
            await CheckPersonAsync(targetId, nameof(input.TargetId), "Choose whom you want to meet, not yourself.", errors, ct);
            if (targetId == input.ConnectorId)
                errors.Add(nameof(input.TargetId), "The connector and the person to meet are the same person; ask them directly.");
        }
        var description = PeopleService.Clean(input.TargetDescription);
        if (input.TargetId is null && description is null)
            errors.Add(nameof(input.TargetDescription), "Say whom you want to meet: a person, or people such as \"someone in Treasury\".");
        if (description?.Length > 200)
            errors.Add(nameof(input.TargetDescription), "Keep this under 200 characters.");
        var reason = PeopleService.Clean(input.Reason);
        if (reason?.Length > 1_000)
            errors.Add(nameof(input.Reason), "Keep the reason under 1,000 characters.");
        errors.ThrowIfAny();

        var intro = new Introduction
        {
            ConnectorId = input.ConnectorId!.Value, TargetId = input.TargetId, TargetDescription = description, Reason = reason,
            Status = IntroductionStatus.ToAsk, CreatedAt = clock.UtcNow, UpdatedAt = clock.UtcNow,
        };
        db.Introductions.Add(intro);
        await db.SaveChangesAsync(ct);
        return await GetAsync(intro.Id, ct);
    }

    /// <summary>
    /// Moves an introduction on. On "met", the person met is linked or created, the connector is
    /// recorded as how we met, the meeting is logged, and two follow-ups are set: thank the
    /// connector, and follow up with the new contact.
    /// </summary>
    public async Task<IntroductionView> AdvanceAsync(int id, IntroductionStepInput input, CancellationToken ct = default)
    {
        var intro = await db.Introductions.Include(i => i.Connector).FirstOrDefaultAsync(i => i.Id == id, ct)
            ?? throw new NotFoundException("Introduction", id);
        var errors = new ValidationErrors();
        var today = await clock.TodayAsync(ct);
        IntroductionStatus status = default;
        if (PeopleService.Clean(input.Status) is not { } statusText)
            errors.Add(nameof(input.Status), "Choose the next step: asked, introduced or met.");
        else if (!Vocabulary.TryParse(statusText, out status))
            errors.Add(nameof(input.Status), $"Unknown status '{statusText}'. Use one of: {Vocabulary.Choices<IntroductionStatus>()}.");
        else if (status <= intro.Status)
            errors.Add(nameof(input.Status), intro.Status == IntroductionStatus.Met
                ? "This introduction is already met; there is no step after it."
                : $"This introduction is already {Vocabulary.Token(intro.Status)}; the next step is {Vocabulary.Token(intro.Status + 1)}.");
        var on = InputParsing.Date(input.On, nameof(input.On), errors) ?? today;
        if (on > today)
            errors.Add(nameof(input.On), $"{on:yyyy-MM-dd} is in the future; record a step once it has happened.");
        else if ((intro.IntroducedOn ?? intro.AskedOn) is { } previous && on < previous)
            errors.Add(nameof(input.On), $"The last step was on {previous:yyyy-MM-dd}; the next one cannot come before it.");
        errors.ThrowIfAny();

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (status >= IntroductionStatus.Asked) intro.AskedOn ??= on;
        if (status >= IntroductionStatus.Introduced) intro.IntroducedOn ??= on;
        if (status == IntroductionStatus.Met)
        {
            var met = input.Met ?? (intro.TargetId is { } t ? new MetInput(PersonId: t) : null)
                ?? throw ValidationFailedException.For("Met", "Say whom you met: choose the person or enter their name.");
            var connectorName = intro.Connector.DisplayName;
            var person = await MetPeople.ResolveAsync(db, people, met, $"Introduced by {connectorName}", on, ct);
            intro.TargetId = person.Id;
            intro.MetOn = on;
            await interactions.LogAsync(new InteractionInput
            {
                PersonIds = [person.Id],
                OccurredAt = LocalTime.Iso(on),
                Kind = Vocabulary.Token(InteractionKind.Meeting),
                Summary = $"First meeting, introduced by {connectorName}",
            }, ct);
            var thanksOn = LocalTime.Iso(on.AddDays(1) < today ? today : on.AddDays(1));
            await keepInTouch.AddFollowUpAsync(new FollowUpInput
            {
                PersonId = intro.ConnectorId,
                Description = $"Thank {intro.Connector.FirstName} for introducing you to {person.DisplayName}",
                DueOn = thanksOn,
            }, ct);
            await keepInTouch.AddFollowUpAsync(new FollowUpInput
            {
                PersonId = person.Id,
                Description = PeopleService.Clean(met.FollowUp) ?? $"Follow up with {person.FirstName} after your first meeting",
                DueOn = PeopleService.Clean(met.FollowUpOn) ?? LocalTime.Iso(on.AddDays(7) < today ? today : on.AddDays(7)),
            }, ct);
        }
        intro.Status = status;
        intro.UpdatedAt = clock.UtcNow;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task DeleteAsync(int id, CancellationToken ct = default)
    {
        var intro = await db.Introductions.FirstOrDefaultAsync(i => i.Id == id, ct) ?? throw new NotFoundException("Introduction", id);
        db.Introductions.Remove(intro);
        await db.SaveChangesAsync(ct);
    }

    public async Task<IntroductionView> GetAsync(int id, CancellationToken ct = default) =>
        (await ProjectAsync(db.Introductions.Where(i => i.Id == id), ct)).SingleOrDefault() ?? throw new NotFoundException("Introduction", id);

    /// <summary>Open introductions first (those still to ask on top), then met ones, newest first.</summary>
    public async Task<Page<IntroductionView>> ListAsync(string? status, int? page, int? pageSize, CancellationToken ct = default)
    {
        var paging = Paging.Of(page, pageSize);
        IQueryable<Introduction> q = db.Introductions;
        q = (PeopleService.Clean(status)?.ToLowerInvariant() ?? "all") switch
        {
            "all" => q,
            "open" => q.Where(i => i.Status != IntroductionStatus.Met),
            var s when Vocabulary.TryParse<IntroductionStatus>(s, out var st) => q.Where(i => i.Status == st),
            _ => throw ValidationFailedException.For("Status", $"Unknown status '{status}'. Use all, open, or one of: {Vocabulary.Choices<IntroductionStatus>()}."),
        };
        var total = await q.CountAsync(ct);
        var items = await ProjectAsync(q.OrderBy(i => i.Status == IntroductionStatus.Met).ThenBy(i => i.Status).ThenByDescending(i => i.UpdatedAt).ThenBy(i => i.Id)
            .Skip(paging.Skip).Take(paging.PageSize), ct);
        return new Page<IntroductionView>(items, paging.PageNumber, paging.PageSize, total);
    }

    private static async Task<List<IntroductionView>> ProjectAsync(IQueryable<Introduction> source, CancellationToken ct)
    {
        var rows = await source.AsNoTracking()
            .Select(i => new
            {
                i.Id, i.ConnectorId, ConnectorFirst = i.Connector.FirstName, ConnectorLast = i.Connector.LastName,
                i.TargetId, TargetFirst = (string?)i.Target!.FirstName, TargetLast = (string?)i.Target.LastName,
                i.TargetDescription, i.Reason, i.Status, i.AskedOn, i.IntroducedOn, i.MetOn,
            })
            .ToListAsync(ct);
        return rows.Select(r =>
        {
            var target = r.TargetId is { } t ? new PersonRef(t, PeopleService.Name(r.TargetFirst!, r.TargetLast)) : null;
            return new IntroductionView(r.Id, new PersonRef(r.ConnectorId, PeopleService.Name(r.ConnectorFirst, r.ConnectorLast)), target,
                r.TargetDescription, r.Reason, r.Status, r.AskedOn, r.IntroducedOn, r.MetOn, target?.DisplayName ?? r.TargetDescription ?? "someone");
        }).ToList();
    }

    private async Task CheckPersonAsync(int id, string field, string notMe, ValidationErrors errors, CancellationToken ct)
    {
        var p = await db.People.Where(x => x.Id == id).Select(x => new { x.IsMe }).FirstOrDefaultAsync(ct);
        if (p is null) errors.Add(field, $"There is no person with id {id}.");
        else if (p.IsMe) errors.Add(field, notMe);
    }
}
