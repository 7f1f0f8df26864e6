using Kith.Core.Common;
using Kith.Core.Data;
using Kith.Core.KeepInTouch;
using Microsoft.EntityFrameworkCore;

namespace Kith.Core.People;

/// <summary>Adding, changing, finding and removing the people I know.</summary>
public sealed partial class PeopleService(KithDbContext db, AccountClock clock)
{
    public async Task<PersonDetail> CreateAsync(PersonInput input, CancellationToken ct = default)
    {
        var person = new Person { FirstName = "", CreatedAt = clock.UtcNow };
        await ApplyAsync(person, input, ct);
        db.People.Add(person);
        await db.SaveChangesAsync(ct);
        return await GetAsync(person.Id, ct);
    }

    /// <summary>Replaces every field of a person with the input (a full edit form or a PUT).</summary>
    public async Task<PersonDetail> UpdateAsync(int id, PersonInput input, CancellationToken ct = default)
    {
        var person = await db.People
            .Include(p => p.Emails).Include(p => p.Phones)
            .Include(p => p.Tags).Include(p => p.Expertise).Include(p => p.Addresses)
            .AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException("Person", id);
        await ApplyAsync(person, input, ct);
        await db.SaveChangesAsync(ct);
        return await GetAsync(person.Id, ct);
    }

    public async Task DeleteAsync(int id, CancellationToken ct = default)
    {
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException("Person", id);
        if (person.IsMe)
            throw ValidationFailedException.For("Id", "This is you; your own record cannot be deleted.");

        // Interactions with only this person would be left with nobody in them; shared ones stay for the others.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Interactions
            .Where(i => i.Participants.Any(p => p.PersonId == id) && i.Participants.All(p => p.PersonId == id))
            .ExecuteDeleteAsync(ct);
        db.People.Remove(person);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    public async Task<PersonDetail> GetAsync(int id, CancellationToken ct = default)
    {
        var p = await db.People.AsNoTracking()
            .Include(x => x.Emails).Include(x => x.Phones)
            .Include(x => x.Tags).ThenInclude(t => t.Tag)
            .Include(x => x.Expertise).ThenInclude(e => e.Area)
            .Include(x => x.ReportsTo)
            .Include(x => x.Addresses)
            .AsSplitQuery()
            .FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException("Person", id);
        return ToDetail(p);
    }

    public async Task<PersonDetail> GetMeAsync(CancellationToken ct = default) =>
        await GetAsync(await MeIdAsync(ct), ct);

    /// <summary>The id of my own record.</summary>
    public async Task<int> MeIdAsync(CancellationToken ct = default) =>
        await db.People.Where(p => p.IsMe).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(ct);

    public async Task<Page<PersonSummary>> ListAsync(PeopleQuery query, CancellationToken ct = default)
    {
        var paging = Paging.Of(query.Page, query.PageSize);
        var filtered = await FilterAsync(query, ct);
        var total = await filtered.CountAsync(ct);
        var today = await clock.TodayAsync(ct);

        var rows = await filtered
            .OrderBy(p => p.SortKey).ThenBy(p => p.Id)
            .Skip(paging.Skip).Take(paging.PageSize)
            .Select(p => new
            {
                p.Id, p.FirstName, p.LastName, p.Organisation, p.Department, p.JobTitle,
                p.Roles, p.Level, p.Employer, p.LastInteractionAt, p.NextDueOn, p.OverdueOn,
            })
            .ToListAsync(ct);

        // One query for the tags of the whole page, never one per row.
        var ids = rows.Select(r => r.Id).ToList();
        var tags = (await db.PersonTags.Where(t => ids.Contains(t.PersonId))
                .Select(t => new { t.PersonId, t.Tag.Name }).ToListAsync(ct))
            .ToLookup(t => t.PersonId, t => t.Name);

        var items = rows.Select(r => new PersonSummary(
            r.Id, Name(r.FirstName, r.LastName), r.Organisation, r.Department, r.JobTitle,
            r.Roles.Each(), r.Level, r.Employer, tags[r.Id].Order(StringComparer.OrdinalIgnoreCase).ToList(),
            r.LastInteractionAt, r.NextDueOn, r.OverdueOn is { } o && o < today)).ToList();
        return new Page<PersonSummary>(items, paging.PageNumber, paging.PageSize, total);
    }

    /// <summary>
    /// Finds people by id ("42", "#42") or by name; used where a person is named in free text,
    /// as in the CLI. Returns every match so the caller can ask the user to be more precise.
    /// </summary>
    public async Task<IReadOnlyList<PersonRef>> FindAsync(string idOrName, int limit = 10, CancellationToken ct = default)
    {
        var text = idOrName.Trim().TrimStart('#');
        if (int.TryParse(text, out var id))
        {
            return (await db.People.Where(p => p.Id == id).Select(p => new { p.Id, p.FirstName, p.LastName }).ToListAsync(ct))
                .Select(p => new PersonRef(p.Id, Name(p.FirstName, p.LastName))).ToList();
        }

        var lower = text.ToLowerInvariant();
        var key = Person.SortKeyOf(text);
        var exact = await db.People
            .Where(p => !p.IsMe && (p.SortKey == key || p.FirstName.ToLower() == lower || (p.Nickname != null && p.Nickname.ToLower() == lower)))
            .OrderBy(p => p.SortKey)
            .Select(p => new { p.Id, p.FirstName, p.LastName })
            .Take(limit).ToListAsync(ct);
        var fullName = exact.Where(p => Name(p.FirstName, p.LastName).Equals(text, StringComparison.OrdinalIgnoreCase)).ToList();
        if (fullName.Count == 1) exact = fullName;
        if (exact.Count > 0)
            return exact.Select(p => new PersonRef(p.Id, Name(p.FirstName, p.LastName))).ToList();

        var page = await ListAsync(new PeopleQuery { Search = text, PageSize = limit }, ct);
        return page.Items.Select(p => new PersonRef(p.Id, p.DisplayName)).ToList();
    }

    /// <summary>Distinct departments, for filter drop-downs.</summary>
    public async Task<IReadOnlyList<string>> DepartmentsAsync(CancellationToken ct = default) =>
        await db.People.Where(p => p.Department != null && p.Department != "")
            .Select(p => p.Department!).Distinct().OrderBy(d => d).Take(500).ToListAsync(ct);

    public async Task<IReadOnlyList<string>> TagNamesAsync(CancellationToken ct = default) =>
        await db.Tags.OrderBy(t => t.NameKey).Select(t => t.Name).Take(500).ToListAsync(ct);

    /// <summary>
    /// People to pick from in forms (reports-to, interaction participants), by name.
    /// <paramref name="alwaysInclude"/> is added even past the limit, so a form never drops a current choice.
    /// </summary>
    public async Task<IReadOnlyList<PersonRef>> PickListAsync(bool includeMe, int? alwaysInclude = null, int limit = 2000, CancellationToken ct = default)
    {
        var rows = await db.People.Where(p => includeMe || !p.IsMe).OrderBy(p => p.SortKey)
            .Select(p => new { p.Id, p.FirstName, p.LastName }).Take(limit).ToListAsync(ct);
        if (alwaysInclude is { } id && rows.All(r => r.Id != id))
            rows.AddRange(await db.People.Where(p => p.Id == id).Select(p => new { p.Id, p.FirstName, p.LastName }).ToListAsync(ct));
        return rows.Select(r => new PersonRef(r.Id, Name(r.FirstName, r.LastName)))
            .OrderBy(r => r.DisplayName, StringComparer.CurrentCultureIgnoreCase).ToList();
    }

    private async Task<IQueryable<Person>> FilterAsync(PeopleQuery query, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        IQueryable<Person> q = db.People.AsNoTracking().Where(p => !p.IsMe);

        foreach (var word in PeopleSearch.Words(query.Search))
        {
            var matching = PeopleSearch.Matching(db, word);
            q = q.Where(p => matching.Contains(p.Id));
        }
        if (!string.IsNullOrWhiteSpace(query.Role))
        {
            if (Vocabulary.TryParse<PersonRoles>(query.Role, out var role) && role != PersonRoles.None)
                q = q.Where(p => (p.Roles & role) == role);
            else
                errors.Add(nameof(query.Role), $"Unknown role '{query.Role}'. Use one of: {Vocabulary.Choices<PersonRoles>()}.");
        }
        if (!string.IsNullOrWhiteSpace(query.Department))
            q = q.Where(p => p.Department == query.Department);
        if (!string.IsNullOrWhiteSpace(query.Level))
        {
            if (Vocabulary.TryParse<RelativeLevel>(query.Level, out var level))
                q = q.Where(p => p.Level == level);
            else
                errors.Add(nameof(query.Level), $"Unknown level '{query.Level}'. Use one of: {Vocabulary.Choices<RelativeLevel>()}.");
        }
        if (!string.IsNullOrWhiteSpace(query.Employer))
        {
            if (Vocabulary.TryParse<EmployerRelation>(query.Employer, out var employer))
                q = q.Where(p => p.Employer == employer);
            else
                errors.Add(nameof(query.Employer), $"Unknown employer relation '{query.Employer}'. Use inside or outside.");
        }
        if (!string.IsNullOrWhiteSpace(query.Tag))
        {
            // Resolve the tag once, then filter through the (TagId) index on the join table.
            var key = INamedRow.KeyOf(query.Tag);
            var tagId = await db.Tags.Where(t => t.NameKey == key).Select(t => (int?)t.Id).FirstOrDefaultAsync(ct) ?? -1;
            q = q.Where(p => db.PersonTags.Any(t => t.TagId == tagId && t.PersonId == p.Id));
        }
        if (query.Overdue)
        {
            var today = await clock.TodayAsync(ct);
            q = q.Where(p => p.OverdueOn != null && p.OverdueOn < today);
        }
        errors.ThrowIfAny();
        return q;
    }

    internal static string Name(string first, string? last) =>
        string.IsNullOrWhiteSpace(last) ? first : $"{first} {last}";

    private static PersonDetail ToDetail(Person p) => new(
        p.Id, p.FirstName, p.LastName, p.Nickname, p.DisplayName, p.IsMe,
        p.Emails.OrderBy(e => e.Id).Select(e => e.Address).ToList(),
        p.Phones.OrderBy(e => e.Id).Select(e => e.Number).ToList(),
        p.Organisation, p.Department, p.JobTitle, p.Level, p.Employer, p.Roles.Each(),
        p.Tags.Select(t => t.Tag.Name).Order(StringComparer.OrdinalIgnoreCase).ToList(),
        p.Expertise.Select(e => e.Area.Name).Order(StringComparer.OrdinalIgnoreCase).ToList(),
        p.HowWeMet, p.MetOn, p.LinkedInUrl, p.Website, p.Notes,
        p.ReportsTo is { } boss ? new PersonRef(boss.Id, boss.DisplayName) : null,
        p.Cadence is { } c ? CadenceView.From(c) : null,
        p.SnoozedUntil, p.LastInteractionAt, p.NextDueOn, p.OverdueOn, p.CreatedAt, p.UpdatedAt,
        p.Birthday, p.Addresses.OrderBy(a => a.Id).Select(AddressView.From).ToList(), p.Photo is not null);
}
