using Kith.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Kith.Core.Import;

/// <summary>
/// What an import needs to know about a person to match a row and to say what a merge would change.
/// <see cref="Key"/> is the person's id, or a negative number for someone this file adds.
/// </summary>
internal sealed class Candidate
{
    public int Key { get; init; }
    public string FirstName { get; set; } = "";
    public string? LastName { get; set; }
    public string? Nickname { get; set; }
    public string? Organisation { get; set; }
    public string? Department { get; set; }
    public string? JobTitle { get; set; }
    public string? Notes { get; set; }
    public string? Website { get; set; }
    public string? LinkedInUrl { get; set; }
    public DateOnly? MetOn { get; set; }
    public DateOnly? Birthday { get; set; }
    public bool HasPhoto { get; set; }
    public bool HasExtras { get; set; }
    public HashSet<string> Emails { get; } = [];
    public HashSet<string> Phones { get; } = [];
    public HashSet<string> Tags { get; } = [];
    public HashSet<string> Addresses { get; } = [];

    public string DisplayName => string.IsNullOrWhiteSpace(LastName) ? FirstName : $"{FirstName} {LastName}";
}

/// <summary>
/// Every person of the account as <see cref="Candidate"/>s, loaded with one query per table (never one
/// per person), and looked up by e-mail, LinkedIn address, phone, and name at an organisation.
/// </summary>
internal sealed class ImportIndex
{
    private readonly Dictionary<int, Candidate> _byKey = [];
    private readonly Dictionary<string, int> _byEmail = [];
    private readonly Dictionary<string, int> _byLinkedIn = [];
    private readonly Dictionary<string, int> _byPhone = [];
    private readonly Dictionary<(string Name, string Org), int> _byNameAtOrg = [];
    private readonly Dictionary<(string Org, string Part), List<int>> _byOrgAndNamePart = [];
    private int _nextNewKey = -1;

    public Candidate this[int key] => _byKey[key];

    public static async Task<ImportIndex> LoadAsync(KithDbContext db, CancellationToken ct)
    {
        var index = new ImportIndex();
        var people = await db.People.AsNoTracking().Where(p => !p.IsMe).OrderBy(p => p.Id)
            .Select(p => new
            {
                p.Id, p.FirstName, p.LastName, p.Nickname, p.Organisation, p.Department, p.JobTitle, p.Notes,
                p.Website, p.LinkedInUrl, p.MetOn, p.Birthday,
                HasPhoto = p.Photo != null, HasExtras = p.CardExtras != null,
            })
            .ToListAsync(ct);
        foreach (var p in people)
        {
            index._byKey[p.Id] = new Candidate
            {
                Key = p.Id, FirstName = p.FirstName, LastName = p.LastName, Nickname = p.Nickname,
                Organisation = p.Organisation, Department = p.Department, JobTitle = p.JobTitle, Notes = p.Notes,
                Website = p.Website, LinkedInUrl = p.LinkedInUrl, MetOn = p.MetOn, Birthday = p.Birthday,
                HasPhoto = p.HasPhoto, HasExtras = p.HasExtras,
            };
        }

        foreach (var e in await db.PersonEmails.AsNoTracking().Select(e => new { e.PersonId, e.Address }).ToListAsync(ct))
            if (index._byKey.TryGetValue(e.PersonId, out var c)) c.Emails.Add(PersonMatching.EmailKey(e.Address));
        foreach (var e in await db.PersonPhones.AsNoTracking().Select(e => new { e.PersonId, e.Number }).ToListAsync(ct))
            if (index._byKey.TryGetValue(e.PersonId, out var c) && PersonMatching.PhoneKey(e.Number) is { } key) c.Phones.Add(key);
        foreach (var t in await db.PersonTags.AsNoTracking().Select(t => new { t.PersonId, t.Tag.NameKey }).ToListAsync(ct))
            if (index._byKey.TryGetValue(t.PersonId, out var c)) c.Tags.Add(t.NameKey);
        var addresses = await db.PersonAddresses.AsNoTracking()
            .Select(a => new { a.PersonId, a.PoBox, a.Extended, a.Street, a.Locality, a.Region, a.PostalCode, a.Country })
            .ToListAsync(ct);
        foreach (var a in addresses)
        {
            if (index._byKey.TryGetValue(a.PersonId, out var c))
                c.Addresses.Add(AddressKey(a.PoBox, a.Extended, a.Street, a.Locality, a.Region, a.PostalCode, a.Country));
        }

        foreach (var c in index._byKey.Values) index.IndexKeys(c);
        return index;
    }

    /// <summary>A new person this file adds, indexed at once so a later row of the same file matches it.</summary>
    public Candidate AddNew()
    {
        var candidate = new Candidate { Key = _nextNewKey-- };
        _byKey[candidate.Key] = candidate;
        return candidate;
    }

    /// <summary>Indexes a candidate's keys (again, after a merge added e-mails or phones); earlier people keep a key they already own.</summary>
    public void IndexKeys(Candidate c)
    {
        foreach (var email in c.Emails) _byEmail.TryAdd(email, c.Key);
        foreach (var phone in c.Phones) _byPhone.TryAdd(phone, c.Key);
        if (PersonMatching.LinkedInKey(c.LinkedInUrl) is { } li) _byLinkedIn.TryAdd(li, c.Key);
        var org = PersonMatching.OrgKey(c.Organisation);
        var first = PersonMatching.NameKey(c.FirstName);
        var last = PersonMatching.NameKey(c.LastName);
        _byNameAtOrg.TryAdd((PersonMatching.FullNameKey(c.FirstName, c.LastName), org), c.Key);
        AddPart(org, "f:" + first, c.Key);
        AddPart(org, "l:" + last, c.Key);
        if (PersonMatching.NameKey(c.Nickname) is { Length: > 0 } nick) AddPart(org, "f:" + nick, c.Key);
    }

    private void AddPart(string org, string part, int key)
    {
        if (part.Length <= 2) return;
        if (!_byOrgAndNamePart.TryGetValue((org, part), out var keys))
            _byOrgAndNamePart[(org, part)] = keys = [];
        if (!keys.Contains(key)) keys.Add(key);
    }

    /// <summary>The same person for certain: a shared e-mail, LinkedIn address or phone, or the same full name at the same organisation.</summary>
    public (Candidate Candidate, string Reason)? FindSame(ContactRecord r)
    {
        foreach (var e in r.Emails)
        {
            if (_byEmail.TryGetValue(PersonMatching.EmailKey(e.Value), out var key))
                return (_byKey[key], $"same e-mail {e.Value}");
        }
        if (PersonMatching.LinkedInKey(r.LinkedInUrl) is { } li && _byLinkedIn.TryGetValue(li, out var byLi))
            return (_byKey[byLi], "same LinkedIn profile");
        foreach (var p in r.Phones)
        {
            if (PersonMatching.PhoneKey(p.Value) is { } pk && _byPhone.TryGetValue(pk, out var key))
                return (_byKey[key], $"same phone {p.Value}");
        }
        var org = PersonMatching.OrgKey(r.Organisation);
        if (org.Length > 0 && _byNameAtOrg.TryGetValue((PersonMatching.FullNameKey(r.FirstName, r.LastName), org), out var byName))
            return (_byKey[byName], $"same name at {r.Organisation}");
        return null;
    }

    /// <summary>Perhaps the same person: a similar name at the same organisation, or the same name where neither has one.</summary>
    public (Candidate Candidate, string Reason)? FindSimilar(ContactRecord r)
    {
        var org = PersonMatching.OrgKey(r.Organisation);
        var first = PersonMatching.NameKey(r.FirstName);
        var last = PersonMatching.NameKey(r.LastName);
        if (org.Length == 0)
        {
            return _byNameAtOrg.TryGetValue((PersonMatching.FullNameKey(r.FirstName, r.LastName), ""), out var same)
                ? (_byKey[same], "same name, no organisation on either")
                : null;
        }
        foreach (var part in new[] { "l:" + last, "f:" + first })
        {
            if (!_byOrgAndNamePart.TryGetValue((org, part), out var keys)) continue;
            foreach (var key in keys)
            {
                var c = _byKey[key];
                var cFirst = PersonMatching.NameKey(c.FirstName);
                var cLast = PersonMatching.NameKey(c.LastName);
                if (PersonMatching.SimilarNames(first, last, cFirst, cLast)
                    || (PersonMatching.NameKey(c.Nickname) is { Length: > 0 } nick && PersonMatching.SimilarNames(first, last, nick, cLast)))
                    return (c, $"similar name at {r.Organisation}");
            }
        }
        return null;
    }

    public static string AddressKey(string? poBox, string? extended, string? street, string? locality, string? region, string? postalCode, string? country) =>
        PersonMatching.NameKey(string.Join(" - ", poBox, extended, street, locality, region, postalCode, country));

    public static string AddressKey(ContactAddress a) =>
        AddressKey(a.PoBox, a.Extended, a.Street, a.Locality, a.Region, a.PostalCode, a.Country);
}
