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
        // Two queries (three when there are postal addresses) instead of one per Include, and never the photo's
        // bytes (up to 1 MB) for a yes or no. Both are compiled once: each query costs EF some 150 µs
        // before SQLite does anything, and a compiled one skips looking its translation up (docs/performance.md).
        var row = await PersonHeadQuery.For(db)(db, id, ct) ?? throw new NotFoundException("Person", id);
        var p = row.Person;
        if (row.BossId is { } bossId && row.BossFirstName is { } bossFirst)
            p.ReportsTo = new Person { Id = bossId, FirstName = bossFirst, LastName = row.BossLastName, Nickname = row.BossNickname };

        var parts = new List<DetailPart>();
        await foreach (var part in DetailPartsQuery.For(db)(db, id).WithCancellation(ct))
            parts.Add(part);
        var kinds = parts.OrderBy(x => x.Id).ToLookup(x => x.Kind);
        // Few people have a postal address: ask for them only then.
        var addresses = row.HasAddresses
            ? await db.PersonAddresses.AsNoTracking().Where(a => a.PersonId == id).OrderBy(a => a.Id).ToListAsync(ct)
            : [];
        return new PersonDetail(
            p.Id, p.FirstName, p.LastName, p.Nickname, p.DisplayName, p.IsMe,
            kinds[DetailPart.Email].Select(e => e.Text).ToList(),
            kinds[DetailPart.Phone].Select(e => e.Text).ToList(),
            p.Organisation, p.Department, p.JobTitle, p.Level, p.Employer, p.Roles.Each(),
            kinds[DetailPart.Tag].Select(t => t.Text).Order(StringComparer.OrdinalIgnoreCase).ToList(),
            kinds[DetailPart.Area].Select(a => a.Text).Order(StringComparer.OrdinalIgnoreCase).ToList(),
            p.HowWeMet, p.MetOn, p.LinkedInUrl, p.Website, p.Notes,
            p.ReportsTo is { } boss ? new PersonRef(boss.Id, boss.DisplayName) : null,
            p.Cadence is { } c ? CadenceView.From(c) : null,
            p.SnoozedUntil, p.LastInteractionAt, p.NextDueOn, p.OverdueOn, p.CreatedAt, p.UpdatedAt,
            p.Birthday,
            addresses.Select(AddressView.From).ToList(),
            row.HasPhoto);
    }

    private static readonly PerModel<Func<KithDbContext, int, CancellationToken, Task<PersonHead?>>> PersonHeadQuery = new(() => EF.CompileAsyncQuery(
        (KithDbContext db, int id, CancellationToken ct) => db.People.Where(x => x.Id == id)
            .Select(x => new PersonHead
            {
                Person = new Person
                {
                    Id = x.Id, AccountId = x.AccountId, FirstName = x.FirstName, LastName = x.LastName, Nickname = x.Nickname, IsMe = x.IsMe,
                    Organisation = x.Organisation, Department = x.Department, JobTitle = x.JobTitle, Level = x.Level, Employer = x.Employer,
                    Roles = x.Roles, HowWeMet = x.HowWeMet, MetOn = x.MetOn, LinkedInUrl = x.LinkedInUrl, Website = x.Website, Notes = x.Notes,
                    Birthday = x.Birthday, CadenceEvery = x.CadenceEvery, CadenceMax = x.CadenceMax, CadenceUnit = x.CadenceUnit,
                    SnoozedUntil = x.SnoozedUntil, LastInteractionAt = x.LastInteractionAt, NextDueOn = x.NextDueOn, OverdueOn = x.OverdueOn,
                    CreatedAt = x.CreatedAt, UpdatedAt = x.UpdatedAt,
                },
                HasPhoto = x.Photo != null,
                HasAddresses = x.Addresses.Any(),
                BossId = x.ReportsToId,
                BossFirstName = x.ReportsTo!.FirstName, BossLastName = x.ReportsTo.LastName, BossNickname = x.ReportsTo.Nickname,
            })
            .FirstOrDefault()));

    private static readonly PerModel<Func<KithDbContext, int, IAsyncEnumerable<DetailPart>>> DetailPartsQuery = new(() => EF.CompileAsyncQuery(
        (KithDbContext db, int id) => db.PersonEmails.Where(e => e.PersonId == id)
                .Select(e => new DetailPart { Kind = DetailPart.Email, Id = e.Id, Text = e.Address })
            .Concat(db.PersonPhones.Where(e => e.PersonId == id)
                .Select(e => new DetailPart { Kind = DetailPart.Phone, Id = e.Id, Text = e.Number }))
            .Concat(db.PersonTags.Where(t => t.PersonId == id)
                .Select(t => new DetailPart { Kind = DetailPart.Tag, Id = t.TagId, Text = t.Tag.Name }))
            .Concat(db.PersonExpertise.Where(e => e.PersonId == id)
                .Select(e => new DetailPart { Kind = DetailPart.Area, Id = e.AreaId, Text = e.Area.Name }))));

    /// <summary>The person, without their lists and photo, with whether they have a photo and addresses, and their boss's name.</summary>
    private sealed class PersonHead
    {
        public required Person Person { get; init; }
        public bool HasPhoto { get; init; }
        public bool HasAddresses { get; init; }
        public int? BossId { get; init; }
        public string? BossFirstName { get; init; }
        public string? BossLastName { get; init; }
        public string? BossNickname { get; init; }
    }

    /// <summary>One row of a person's lists (e-mails, phones, tags, areas), all read in one UNION ALL.</summary>
    private sealed class DetailPart
    {
        public const int Email = 0, Phone = 1, Tag = 2, Area = 3;
        public int Kind { get; init; }
        public int Id { get; init; }
        public required string Text { get; init; }
    }

    public async Task<PersonDetail> GetMeAsync(CancellationToken ct = default) =>
        await GetAsync(await MeIdAsync(ct), ct);

    /// <summary>The id of my own record.</summary>
    public async Task<int> MeIdAsync(CancellationToken ct = default) =>
        await db.People.Where(p => p.IsMe).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(ct);

    /// <summary>
    /// Above this many people matching a search, the page is found by walking the account's name index
    /// instead of sorting every match by name: at 40,000 matches sorting costs some 100 ms, while the
    /// walk reads a covering index and stops once the page is full (docs/performance.md, fix 19).
    /// </summary>
    public const int WalkAbove = 2_000;

    public async Task<Page<PersonSummary>> ListAsync(PeopleQuery query, CancellationToken ct = default)
    {
        var paging = Paging.Of(query.Page, query.PageSize);
        var (filtered, anyFilter) = await FilterAsync(query, ct);
        var words = PeopleSearch.Words(query.Search);
        HashSet<int>? matches = null;
        if (words.Count > 0)
        {
            matches = await PeopleSearch.MatchesAsync(db, words, ct);
            if (matches.Count <= WalkAbove)
            {
                // Asked again as a subquery, which SQLite looks up by id; given as a list of ids,
                // its planner walks the whole account instead.
                foreach (var word in words)
                {
                    var matching = PeopleSearch.Matching(db, word);
                    filtered = filtered.Where(p => matching.Contains(p.Id));
                }
                matches = null;
            }
        }

        int total;
        List<PersonRow> rows;
        if (matches is null)
        {
            filtered = filtered.Where(p => !p.IsMe);
            total = await filtered.CountAsync(ct);
            rows = await filtered
                .OrderBy(p => p.SortKey).ThenBy(p => p.Id)
                .Skip(paging.Skip).Take(paging.PageSize)
                .Select(RowOf)
                .ToListAsync(ct);
        }
        else
        {
            (total, var pageIds) = await WalkAsync(anyFilter ? filtered : null, matches, paging, ct);
            var byId = (await filtered.Where(p => pageIds.Contains(p.Id)).Select(RowOf).ToListAsync(ct)).ToDictionary(r => r.Id);
            rows = pageIds.Select(id => byId[id]).ToList();
        }
        var today = await clock.TodayAsync(ct);

        // One query for the tags of the whole page, never one per row.
        var pageOfIds = rows.Select(r => r.Id).ToList();
        var tags = (await db.PersonTags.Where(t => pageOfIds.Contains(t.PersonId))
                .Select(t => new { t.PersonId, t.Tag.Name }).ToListAsync(ct))
            .ToLookup(t => t.PersonId, t => t.Name);

        var items = rows.Select(r => new PersonSummary(
            r.Id, Name(r.FirstName, r.LastName), r.Organisation, r.Department, r.JobTitle,
            r.Roles.Each(), r.Level, r.Employer, tags[r.Id].Order(StringComparer.OrdinalIgnoreCase).ToList(),
            r.LastInteractionAt, r.NextDueOn, r.OverdueOn is { } o && o < today)).ToList();
        return new Page<PersonSummary>(items, paging.PageNumber, paging.PageSize, total);
    }

    /// <summary>
    /// Counts the people in <paramref name="matches"/> (ids of any account) that pass the other
    /// filters, and takes the page of them in name order, by reading the account's ids in that order
    /// from the (AccountId, SortKey) index alone. The other filters, if any, are read first as a set of
    /// ids through whichever index suits them: in the walk they would cost a row read per person.
    /// My own record is left out of the matches for the same reason.
    /// </summary>
    private async Task<(int Total, List<int> PageIds)> WalkAsync(IQueryable<Person>? filtered, HashSet<int> matches, Paging paging, CancellationToken ct)
    {
        // With one account in the database (a single user's file) every match is the account's: the
        // count is known, and the walk stops at the end of the page.
        bool mine;
        if (filtered is not null)
        {
            var passing = new HashSet<int>();
            await filtered.Select(p => p.Id).ReadAsync(db, id =>
            {
                if (matches.Contains(id))
                    passing.Add(id);
                return true;
            }, ct);
            matches = passing;
            mine = true;
        }
        else
        {
            mine = await db.Accounts.CountAsync(ct) == 1;
        }
        matches.ExceptWith(await db.People.Where(p => p.IsMe).Select(p => p.Id).ToListAsync(ct));

        var seen = 0;
        var pageIds = new List<int>(paging.PageSize);
        // Counts a match and keeps it if it falls on the page; false once the page is full (and the count known).
        bool Keep(int id)
        {
            if (!matches.Contains(id))
                return true;
            if (seen++ >= paging.Skip && pageIds.Count < paging.PageSize)
                pageIds.Add(id);
            return !mine || pageIds.Count < paging.PageSize;
        }
        if (!mine)
        {
            // Other accounts' ids may be among the matches: only the whole walk counts mine.
            await db.People.OrderBy(p => p.SortKey).ThenBy(p => p.Id).Select(p => p.Id).ReadAsync(db, Keep, ct);
        }
        else if (matches.Count > paging.Skip)
        {
            // The walk stops at the end of the page, in stretches that grow fourfold: a reader left
            // early still receives every row on PostgreSQL (100,000 ids, about 100 ms at size L).
            (string Key, int Id)? after = null;
            for (var stretch = WalkStretch; ; stretch *= 4)
            {
                var from = after is { } a
                    ? db.People.Where(p => string.Compare(p.SortKey, a.Key) > 0 || (p.SortKey == a.Key && p.Id > a.Id))
                    : db.People;
                var ids = await from.OrderBy(p => p.SortKey).ThenBy(p => p.Id).Select(p => new { p.Id, p.SortKey }).Take(stretch).ToListAsync(ct);
                if (!ids.All(x => Keep(x.Id)) || ids.Count < stretch)
                    break;
                after = (ids[^1].SortKey, ids[^1].Id);
            }
        }
        return (mine ? matches.Count : seen, pageIds);
    }

    /// <summary>How many people in name order the first stretch of a search's walk reads.</summary>
    private const int WalkStretch = 1_000;

    private sealed record PersonRow(
        int Id, string FirstName, string? LastName, string? Organisation, string? Department, string? JobTitle,
        PersonRoles Roles, RelativeLevel Level, EmployerRelation Employer, DateTime? LastInteractionAt, DateOnly? NextDueOn, DateOnly? OverdueOn);

    private static readonly System.Linq.Expressions.Expression<Func<Person, PersonRow>> RowOf = p => new PersonRow(
        p.Id, p.FirstName, p.LastName, p.Organisation, p.Department, p.JobTitle,
        p.Roles, p.Level, p.Employer, p.LastInteractionAt, p.NextDueOn, p.OverdueOn);

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

    /// <summary>Most people a form's list offers (<see cref="PickListAsync"/>); past it, one looks them up (<see cref="LookupAsync"/>).</summary>
    public const int PickLimit = 2_000;

    /// <summary>
    /// People to pick from in forms (reports-to, interaction participants), by name, the first <paramref name="limit"/>.
    /// <paramref name="alwaysInclude"/> is added even past the limit, so a form never drops a current choice.
    /// </summary>
    public async Task<IReadOnlyList<PersonRef>> PickListAsync(bool includeMe, int? alwaysInclude = null, int limit = PickLimit, CancellationToken ct = default)
    {
        var rows = await db.People.Where(p => includeMe || !p.IsMe).OrderBy(p => p.SortKey)
            .Select(p => new { p.Id, p.FirstName, p.LastName }).Take(limit).ToListAsync(ct);
        if (alwaysInclude is { } id && rows.All(r => r.Id != id))
            rows.AddRange(await db.People.Where(p => p.Id == id).Select(p => new { p.Id, p.FirstName, p.LastName }).ToListAsync(ct));
        return rows.Select(r => new PersonRef(r.Id, Name(r.FirstName, r.LastName)))
            .OrderBy(r => r.DisplayName, StringComparer.CurrentCultureIgnoreCase).ToList();
    }

    /// <summary>Most people a lookup (<see cref="LookupAsync"/>) answers with.</summary>
    public const int LookupLimit = 20;

    /// <summary>
    /// People whose names, organisation, department, title or e-mails have a word starting with each
    /// word of <paramref name="text"/> (notes and interactions do not count), by name, at most
    /// <paramref name="limit"/>: what a form's person picker offers as one types, in a network too
    /// large for <see cref="PickListAsync"/> to list everyone.
    /// </summary>
    public async Task<IReadOnlyList<PersonPick>> LookupAsync(string? text, bool includeMe, int limit = LookupLimit, CancellationToken ct = default)
    {
        var words = PeopleSearch.Words(text);
        if (words.Count == 0)
            throw ValidationFailedException.For("q", "Type part of a name (letters or digits) to look someone up.");
        if (limit is < 1 or > 100)
            throw ValidationFailedException.For(nameof(limit), "The limit must be between 1 and 100.");
        var q = db.People.AsNoTracking().Where(p => includeMe || !p.IsMe);
        foreach (var word in words)
        {
            var ids = PeopleSearch.NameMatching(db, word);
            q = q.Where(p => ids.Contains(p.Id));
        }
        var rows = await q.OrderBy(p => p.SortKey).ThenBy(p => p.Id)
            .Select(p => new { p.Id, p.FirstName, p.LastName, p.JobTitle, p.Organisation, p.Department })
            .Take(limit).ToListAsync(ct);
        return rows.Select(r => new PersonPick(r.Id, Name(r.FirstName, r.LastName),
            string.Join(", ", new[] { r.JobTitle, r.Organisation ?? r.Department }.Where(s => !string.IsNullOrWhiteSpace(s))) is { Length: > 0 } about ? about : null))
            .ToList();
    }

    /// <summary>
    /// The query's filters other than the search, over the account's people, my own record included,
    /// and whether there is any.
    /// </summary>
    private async Task<(IQueryable<Person> People, bool Any)> FilterAsync(PeopleQuery query, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var all = db.People.AsNoTracking();
        var q = all;
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
        return (q, q != all);
    }

    internal static string Name(string first, string? last) =>
        string.IsNullOrWhiteSpace(last) ? first : $"{first} {last}";
}
