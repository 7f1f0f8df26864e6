using Kith.Core.Common;
using Kith.Core.Data;
using Kith.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Kith.Core.KeepInTouch;

/// <summary>Cadences, snoozes and follow-ups: the promises the agenda keeps me to.</summary>
public sealed class KeepInTouchService(KithDbContext db, AccountClock clock)
{
    public async Task<CadenceView> SetCadenceAsync(int personId, CadenceInput input, CancellationToken ct = default)
    {
        var person = await FindPersonAsync(personId, ct);
        var errors = new ValidationErrors();
        var unit = CadenceUnit.Days;
        if (PeopleService.Clean(input.Unit) is { } unitText && !Vocabulary.TryParse(unitText, out unit))
            errors.Add(nameof(input.Unit), $"Unknown unit '{unitText}'. Use days, weeks or months.");

        var limit = unit switch { CadenceUnit.Days => 3650, CadenceUnit.Weeks => 520, _ => 120 };
        if (input.Every is not { } every)
            errors.Add(nameof(input.Every), "Say how often, e.g. every 30 days.");
        else if (every < 1)
            errors.Add(nameof(input.Every), $"A cadence must be at least 1 {Singular(unit)}; {every} would mean always due.");
        else if (every > limit)
            errors.Add(nameof(input.Every), $"At most {limit} {unit.ToString().ToLowerInvariant()} (ten years).");

        var max = input.Max ?? (input.Every is { } e && e >= 1 ? (int)Math.Ceiling(e * 1.5) : 0);
        if (input.Max is { } m && input.Every is { } ev && ev >= 1 && (m < ev || m > limit * 2))
            errors.Add(nameof(input.Max), $"The maximum interval must be at least the ideal one ({ev}) and at most {limit * 2}.");
        if (person.IsMe)
            errors.Add(nameof(personId), "You do not need a cadence with yourself.");
        errors.ThrowIfAny();

        person.Cadence = new Cadence(input.Every!.Value, max, unit);
        person.RecomputeNextDue(await clock.ZoneAsync(ct));
        person.UpdatedAt = clock.UtcNow;
        await db.SaveChangesAsync(ct);
        return CadenceView.From(person.Cadence);
    }

    public async Task ClearCadenceAsync(int personId, CancellationToken ct = default)
    {
        var person = await FindPersonAsync(personId, ct);
        person.Cadence = null;
        person.SnoozedUntil = null;
        person.RecomputeNextDue(await clock.ZoneAsync(ct));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Hides a person from the agenda until a day; null wakes them now.</summary>
    public async Task SnoozeAsync(int personId, string? until, CancellationToken ct = default)
    {
        var person = await FindPersonAsync(personId, ct);
        var errors = new ValidationErrors();
        var day = InputParsing.Date(until, "Until", errors);
        if (day is { } d && d <= await clock.TodayAsync(ct))
            errors.Add("Until", $"{d:yyyy-MM-dd} is not in the future; snooze until a later day.");
        errors.ThrowIfAny();

        person.SnoozedUntil = day;
        person.RecomputeNextDue(await clock.ZoneAsync(ct));
        await db.SaveChangesAsync(ct);
    }

    public async Task<FollowUpView> AddFollowUpAsync(FollowUpInput input, CancellationToken ct = default)
    {
        var errors = new ValidationErrors();
        var today = await clock.TodayAsync(ct);
        Person? person = null;
        if (input.PersonId is not { } personId)
            errors.Add(nameof(input.PersonId), "Choose the person this follow-up is with.");
        else if ((person = await db.People.FirstOrDefaultAsync(p => p.Id == personId, ct)) is null)
            errors.Add(nameof(input.PersonId), $"There is no person with id {personId}.");
        else if (person.IsMe)
            errors.Add(nameof(input.PersonId), "A follow-up is a promise to someone else; choose who it is with.");

        var description = PeopleService.Clean(input.Description);
        if (description is null)
            errors.Add(nameof(input.Description), "Say what you will do, e.g. \"send Ana the article\".");
        else if (description.Length > 500)
            errors.Add(nameof(input.Description), $"Keep it under 500 characters (it has {description.Length}).");

        var due = InputParsing.Date(input.DueOn, nameof(input.DueOn), errors);
        if (string.IsNullOrWhiteSpace(input.DueOn))
            errors.Add(nameof(input.DueOn), "Choose a due date.");
        else if (due is { } d && d < today.AddYears(-1))
            errors.Add(nameof(input.DueOn), "That date is more than a year ago.");
        errors.ThrowIfAny();

        var followUp = new FollowUp { PersonId = person!.Id, Description = description!, DueOn = due!.Value, CreatedAt = clock.UtcNow };
        db.FollowUps.Add(followUp);
        await db.SaveChangesAsync(ct);
        return new FollowUpView(followUp.Id, person.Id, person.DisplayName, followUp.Description, followUp.DueOn, null, followUp.DueOn < today);
    }

    public async Task<FollowUpView> SetDoneAsync(int id, bool done, CancellationToken ct = default)
    {
        var followUp = await db.FollowUps.Include(f => f.Person).FirstOrDefaultAsync(f => f.Id == id, ct)
            ?? throw new NotFoundException("Follow-up", id);
        followUp.DoneAt = done ? followUp.DoneAt ?? clock.UtcNow : null;
        await db.SaveChangesAsync(ct);
        var today = await clock.TodayAsync(ct);
        return new FollowUpView(followUp.Id, followUp.PersonId, followUp.Person.DisplayName, followUp.Description,
            followUp.DueOn, followUp.DoneAt, followUp.DoneAt is null && followUp.DueOn < today);
    }

    public async Task DeleteFollowUpAsync(int id, CancellationToken ct = default)
    {
        var followUp = await db.FollowUps.FirstOrDefaultAsync(f => f.Id == id, ct) ?? throw new NotFoundException("Follow-up", id);
        db.FollowUps.Remove(followUp);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Follow-ups, soonest due first.</summary>
    public async Task<Page<FollowUpView>> ListFollowUpsAsync(FollowUpQuery query, CancellationToken ct = default)
    {
        var paging = Paging.Of(query.Page, query.PageSize);
        var today = await clock.TodayAsync(ct);
        IQueryable<FollowUp> q = db.FollowUps.AsNoTracking();
        if (query.PersonId is { } personId)
        {
            if (!await db.People.AnyAsync(p => p.Id == personId, ct))
                throw new NotFoundException("Person", personId);
            q = q.Where(f => f.PersonId == personId);
        }
        q = (query.Status?.Trim().ToLowerInvariant() ?? "open") switch
        {
            "open" or "" => q.Where(f => f.DoneAt == null),
            "done" => q.Where(f => f.DoneAt != null),
            "all" => q,
            _ => throw ValidationFailedException.For(nameof(query.Status), $"Unknown status '{query.Status}'. Use open, done or all."),
        };
        var total = await q.CountAsync(ct);
        // Open ones first; within open or done, by due day (the (AccountId, DoneAt, DueOn) index serves "open").
        var ordered = query.Status?.Trim().ToLowerInvariant() == "all"
            ? q.OrderBy(f => f.DoneAt != null).ThenBy(f => f.DueOn).ThenBy(f => f.Id)
            : q.OrderBy(f => f.DueOn).ThenBy(f => f.Id);
        var rows = await ordered
            .Skip(paging.Skip).Take(paging.PageSize)
            .Select(f => new { f.Id, f.PersonId, f.Person.FirstName, f.Person.LastName, f.Description, f.DueOn, f.DoneAt })
            .ToListAsync(ct);
        var items = rows.Select(f => new FollowUpView(f.Id, f.PersonId, PeopleService.Name(f.FirstName, f.LastName),
            f.Description, f.DueOn, f.DoneAt, f.DoneAt is null && f.DueOn < today)).ToList();
        return new Page<FollowUpView>(items, paging.PageNumber, paging.PageSize, total);
    }

    private async Task<Person> FindPersonAsync(int personId, CancellationToken ct) =>
        await db.People.FirstOrDefaultAsync(p => p.Id == personId, ct) ?? throw new NotFoundException("Person", personId);

    private static string Singular(CadenceUnit unit) => unit.ToString().ToLowerInvariant().TrimEnd('s');
}
