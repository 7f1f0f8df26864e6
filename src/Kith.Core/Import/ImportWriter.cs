using Kith.Core.Common;
using Kith.Core.Data;
using Kith.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Kith.Core.Import;

/// <summary>
/// Writes an import's creations and merges in batches inside the caller's transaction: a batch's
/// people to merge into are loaded with one query, its tags with another, then one SaveChanges, and
/// the change tracker is emptied, so 30,000 rows never sit in memory at once.
/// </summary>
internal sealed class ImportWriter(KithDbContext db, DateTime now, TimeZoneInfo zone)
{
    private const int BatchSize = 500;

    private readonly List<(int Key, ContactRecord Record, bool Create)> _pending = [];
    /// <summary>Database ids of people this import created, by their planning key (negative).</summary>
    private readonly Dictionary<int, int> _createdIds = [];

    public Task CreateAsync(int key, ContactRecord record, CancellationToken ct) => AddAsync(key, record, create: true, ct);

    public Task MergeAsync(int key, ContactRecord record, CancellationToken ct) => AddAsync(key, record, create: false, ct);

    private async Task AddAsync(int key, ContactRecord record, bool create, CancellationToken ct)
    {
        _pending.Add((key, record, create));
        if (_pending.Count >= BatchSize) await FlushAsync(ct);
    }

    public async Task FlushAsync(CancellationToken ct)
    {
        if (_pending.Count == 0) return;

        // Everyone this batch merges into that already has a row: one query, with their lists.
        var ids = _pending.Where(p => !p.Create).Select(p => p.Key > 0 ? p.Key : _createdIds.GetValueOrDefault(p.Key))
            .Where(id => id > 0).Distinct().ToList();
        var people = await db.People
            .Include(p => p.Emails).Include(p => p.Phones).Include(p => p.Tags).Include(p => p.Addresses)
            .Where(p => ids.Contains(p.Id)).AsSplitQuery().ToDictionaryAsync(p => p.Id, ct);

        var tagNames = _pending.SelectMany(p => p.Record.Tags).DistinctBy(INamedRow.KeyOf).ToList();
        var tags = (await NamedRows.FindOrCreateAsync(db.Tags, tagNames, name => new Tag { Name = name }, ct))
            .ToDictionary(t => t.NameKey);
        // New tags are saved with the merges, before the new people who carry them are written.
        db.Tags.AddRange(tags.Values.Where(t => t.Id == 0));

        var createdNow = new Dictionary<int, Person>();
        foreach (var (key, record, create) in _pending)
        {
            Person person;
            if (create)
            {
                // Not tracked: new people are written below with prepared INSERTs, not SaveChanges.
                person = new Person { FirstName = record.FirstName!, CreatedAt = now };
                createdNow[key] = person;
            }
            else if (createdNow.TryGetValue(key, out var fresh)) person = fresh;
            else person = people[key > 0 ? key : _createdIds[key]];

            Apply(person, record, tags);
            person.UpdatedAt = now;
            person.RefreshSearchText();
            person.RecomputeNextDue(zone);
        }

        // Merges and new tags first, so the new people's tag rows can refer to the tags' ids.
        await db.SaveChangesAsync(ct);
        await InsertAsync(createdNow.Values, ct);
        foreach (var (key, person) in createdNow) _createdIds[key] = person.Id;
        db.ChangeTracker.Clear();
        _pending.Clear();
    }

    /// <summary>Writes new people and their e-mails, phones, tags and addresses, one prepared INSERT per table.</summary>
    private async Task InsertAsync(Dictionary<int, Person>.ValueCollection created, CancellationToken ct)
    {
        if (created.Count == 0) return;
        await using var people = new RowInserter<Person>(db);
        await using var emails = new RowInserter<PersonEmail>(db);
        await using var phones = new RowInserter<PersonPhone>(db);
        await using var tags = new RowInserter<PersonTag>(db);
        await using var addresses = new RowInserter<PersonAddress>(db);
        foreach (var person in created)
        {
            await people.InsertAsync(person, ct);
            foreach (var e in person.Emails)
            {
                e.PersonId = person.Id;
                await emails.InsertAsync(e, ct);
            }
            foreach (var phone in person.Phones)
            {
                phone.PersonId = person.Id;
                await phones.InsertAsync(phone, ct);
            }
            foreach (var tag in person.Tags)
            {
                tag.PersonId = person.Id;
                tag.TagId = tag.Tag.Id;
                await tags.InsertAsync(tag, ct);
            }
            foreach (var address in person.Addresses)
            {
                address.PersonId = person.Id;
                await addresses.InsertAsync(address, ct);
            }
        }
        // Prepared INSERTs bypass SaveChanges, which moves the account's data version on by itself.
        await db.MarkChangedAsync(ct);
    }

    /// <summary>Fills what the person lacks and adds new e-mails, phones, tags and addresses; never overwrites what is there.</summary>
    private static void Apply(Person p, ContactRecord r, Dictionary<string, Tag> tags)
    {
        p.LastName ??= r.LastName;
        p.Nickname ??= r.Nickname;
        p.Organisation ??= r.Organisation;
        p.Department ??= r.Department;
        p.JobTitle ??= r.JobTitle;
        p.Website ??= r.Website;
        p.LinkedInUrl ??= r.LinkedInUrl;
        p.MetOn ??= r.MetOn;
        p.Birthday ??= r.Birthday;
        p.Notes = ImportPlanner.MergeNotes(p.Notes, r.Notes);
        if (p.Photo is null && r.Photo is { } photo)
        {
            p.Photo = photo.Data;
            p.PhotoMediaType = photo.MediaType;
        }
        if (p.CardExtras is null && r.Extras.Count > 0)
            p.CardExtras = string.Join('\n', r.Extras);

        foreach (var e in r.Emails.Where(e => p.Emails.Count < 20 && !p.Emails.Any(x => PersonMatching.EmailKey(x.Address) == PersonMatching.EmailKey(e.Value))))
            p.Emails.Add(new PersonEmail { Address = e.Value, Label = e.Label });
        foreach (var ph in r.Phones.Where(ph => p.Phones.Count < 20 && !p.Phones.Any(x => PersonMatching.PhoneKey(x.Number) == PersonMatching.PhoneKey(ph.Value))))
            p.Phones.Add(new PersonPhone { Number = ph.Value, Label = ph.Label });
        foreach (var name in r.Tags)
        {
            var tag = tags[INamedRow.KeyOf(name)];
            if (p.Tags.Count < 50 && !p.Tags.Any(t => t.TagId == tag.Id && tag.Id != 0 || ReferenceEquals(t.Tag, tag)))
                p.Tags.Add(new PersonTag { Tag = tag });
        }
        foreach (var a in r.Addresses)
        {
            var key = ImportIndex.AddressKey(a);
            if (p.Addresses.Count < 10 && !p.Addresses.Any(x => ImportIndex.AddressKey(x.PoBox, x.Extended, x.Street, x.Locality, x.Region, x.PostalCode, x.Country) == key))
            {
                p.Addresses.Add(new PersonAddress
                {
                    Label = a.Label, PoBox = a.PoBox, Extended = a.Extended, Street = a.Street,
                    Locality = a.Locality, Region = a.Region, PostalCode = a.PostalCode, Country = a.Country,
                });
            }
        }
    }
}
