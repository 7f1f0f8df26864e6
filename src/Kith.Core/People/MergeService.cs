using Kith.Core.Common;
using Kith.Core.Data;
using Kith.Core.Import;
using Microsoft.EntityFrameworkCore;

namespace Kith.Core.People;

/// <summary>Finding people recorded twice, and merging two into one without losing anything of either.</summary>
public sealed class MergeService(KithDbContext db, AccountClock clock, PeopleService people)
{
    private const int MaxGroups = 500;

    /// <summary>Groups of people who look like the same person: same e-mail, LinkedIn address or phone, or a similar name at the same organisation.</summary>
    public async Task<IReadOnlyList<DuplicateGroup>> FindDuplicatesAsync(CancellationToken ct = default)
    {
        var rows = await db.People.AsNoTracking().Where(p => !p.IsMe)
            .Select(p => new { p.Id, p.FirstName, p.LastName, p.Nickname, p.Organisation, p.LinkedInUrl })
            .ToListAsync(ct);
        var names = rows.ToDictionary(r => r.Id, r => string.IsNullOrWhiteSpace(r.LastName) ? r.FirstName : $"{r.FirstName} {r.LastName}");
        var groups = new Grouping();

        // Shared keys, one query per table.
        var emails = await db.PersonEmails.AsNoTracking().Select(e => new { e.PersonId, e.Address }).ToListAsync(ct);
        foreach (var same in emails.Where(e => names.ContainsKey(e.PersonId)).GroupBy(e => PersonMatching.EmailKey(e.Address)))
            groups.Join(same.Select(e => e.PersonId), $"same e-mail {same.Key}");
        foreach (var same in rows.Where(r => PersonMatching.LinkedInKey(r.LinkedInUrl) is not null).GroupBy(r => PersonMatching.LinkedInKey(r.LinkedInUrl)))
            groups.Join(same.Select(r => r.Id), "same LinkedIn profile");
        var phones = await db.PersonPhones.AsNoTracking().Select(e => new { e.PersonId, e.Number }).ToListAsync(ct);
        foreach (var same in phones.Where(p => names.ContainsKey(p.PersonId) && PersonMatching.PhoneKey(p.Number) is not null).GroupBy(p => PersonMatching.PhoneKey(p.Number)))
            groups.Join(same.Select(p => p.PersonId), $"same phone {same.First().Number}");

        // Similar names, compared only within the same organisation and the same first or last name.
        var keyed = rows.Select(r => new
        {
            r.Id, r.Organisation, Org = PersonMatching.OrgKey(r.Organisation),
            First = PersonMatching.NameKey(r.FirstName), Last = PersonMatching.NameKey(r.LastName), Nick = PersonMatching.NameKey(r.Nickname),
        }).ToList();
        foreach (var same in keyed.Where(k => k.Org.Length == 0).GroupBy(k => (k.First, k.Last)))
            groups.Join(same.Select(k => k.Id), "same name, no organisation on either");
        foreach (var bucket in keyed.Where(k => k.Org.Length > 0).GroupBy(k => (k.Org, k.Last))
                     .Concat(keyed.Where(k => k.Org.Length > 0).GroupBy(k => (k.Org, k.First))))
        {
            var list = bucket.ToList();
            if (list.Count is < 2 or > 200) continue;
            for (var i = 0; i < list.Count; i++)
            for (var j = i + 1; j < list.Count; j++)
            {
                var (a, b) = (list[i], list[j]);
                if (PersonMatching.SimilarNames(a.First, a.Last, b.First, b.Last)
                    || (a.Nick.Length > 0 && PersonMatching.SimilarNames(a.Nick, a.Last, b.First, b.Last))
                    || (b.Nick.Length > 0 && PersonMatching.SimilarNames(a.First, a.Last, b.Nick, b.Last)))
                    groups.Join([a.Id, b.Id], $"similar name at {a.Organisation}");
            }
        }

        return groups.Result()
            .Select(g => new DuplicateGroup(g.Ids.Order().Select(id => new PersonRef(id, names[id])).ToList(), g.Reason))
            .OrderBy(g => g.People[0].DisplayName, StringComparer.CurrentCultureIgnoreCase)
            .Take(MaxGroups)
            .ToList();
    }

    /// <summary>
    /// Moves everything of <paramref name="otherId"/> (interactions, follow-ups, mentorships, tags, areas,
    /// e-mails, phones, addresses, events, introductions, plan weeks, reports) onto <paramref name="keepId"/>,
    /// fills the fields <paramref name="keepId"/> lacks, then deletes <paramref name="otherId"/>. One transaction.
    /// </summary>
    public async Task<PersonDetail> MergeAsync(int keepId, int otherId, CancellationToken ct = default)
    {
        if (keepId == otherId)
            throw ValidationFailedException.For("OtherId", "Choose two different people to merge.");
        var both = await db.People
            .Include(p => p.Emails).Include(p => p.Phones).Include(p => p.Tags).Include(p => p.Expertise).Include(p => p.Addresses)
            .Where(p => p.Id == keepId || p.Id == otherId).AsSplitQuery().ToListAsync(ct);
        var keep = both.FirstOrDefault(p => p.Id == keepId) ?? throw new NotFoundException("Person", keepId);
        var other = both.FirstOrDefault(p => p.Id == otherId) ?? throw new NotFoundException("Person", otherId);
        if (other.IsMe || keep.IsMe)
            throw ValidationFailedException.For("OtherId", "Your own record cannot be merged with someone else.");

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        Fill(keep, other);

        // Everything that points at the other person now points at the one kept; a row both already share is kept once.
        await db.InteractionParticipants
            .Where(p => p.PersonId == otherId && db.InteractionParticipants.Any(k => k.InteractionId == p.InteractionId && k.PersonId == keepId))
            .ExecuteDeleteAsync(ct);
        await db.InteractionParticipants.Where(p => p.PersonId == otherId).ExecuteUpdateAsync(s => s.SetProperty(p => p.PersonId, keepId), ct);
        await db.EventContacts
            .Where(c => c.PersonId == otherId && db.EventContacts.Any(k => k.EventId == c.EventId && k.PersonId == keepId))
            .ExecuteDeleteAsync(ct);
        await db.EventContacts.Where(c => c.PersonId == otherId).ExecuteUpdateAsync(s => s.SetProperty(c => c.PersonId, keepId), ct);
        await db.FollowUps.Where(f => f.PersonId == otherId).ExecuteUpdateAsync(s => s.SetProperty(f => f.PersonId, keepId), ct);
        await db.Mentorships.Where(m => m.PersonId == otherId).ExecuteUpdateAsync(s => s.SetProperty(m => m.PersonId, keepId), ct);
        await db.SlotOccurrences.Where(o => o.PersonId == otherId).ExecuteUpdateAsync(s => s.SetProperty(o => o.PersonId, keepId), ct);
        await db.Introductions.Where(i => i.ConnectorId == otherId).ExecuteUpdateAsync(s => s.SetProperty(i => i.ConnectorId, keepId), ct);
        await db.Introductions.Where(i => i.TargetId == otherId).ExecuteUpdateAsync(s => s.SetProperty(i => i.TargetId, keepId), ct);
        await db.Opportunities.Where(o => o.BuddyId == otherId).ExecuteUpdateAsync(s => s.SetProperty(o => o.BuddyId, keepId), ct);
        await db.OpportunityEvents.Where(o => o.BuddyId == otherId).ExecuteUpdateAsync(s => s.SetProperty(o => o.BuddyId, keepId), ct);
        await db.People.Where(p => p.ReportsToId == otherId && p.Id != keepId).ExecuteUpdateAsync(s => s.SetProperty(p => p.ReportsToId, keepId), ct);

        (keep.LastInteractionAt, keep.PreviousInteractionAt) =
            (await Interactions.InteractionService.LatestTwoAsync(db.InteractionParticipants.Where(p => p.PersonId == keepId), ct))
            .GetValueOrDefault(keepId);
        keep.UpdatedAt = clock.UtcNow;
        keep.RefreshSearchText();
        keep.RecomputeNextDue(await clock.ZoneAsync(ct));
        db.People.Remove(other);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return await people.GetAsync(keepId, ct);
    }

    /// <summary>What the kept person lacks, the other gives: fields, roles, lists, the earlier day we met, the cadence.</summary>
    private static void Fill(Person keep, Person other)
    {
        keep.LastName ??= other.LastName;
        keep.Nickname ??= other.Nickname;
        keep.Organisation ??= other.Organisation;
        keep.Department ??= other.Department;
        keep.JobTitle ??= other.JobTitle;
        keep.HowWeMet ??= other.HowWeMet;
        keep.LinkedInUrl ??= other.LinkedInUrl;
        keep.Website ??= other.Website;
        keep.Birthday ??= other.Birthday;
        keep.Notes = ImportPlanner.MergeNotes(keep.Notes, other.Notes);
        if (other.MetOn is { } met && (keep.MetOn is null || met < keep.MetOn)) keep.MetOn = met;
        if (keep.Level == RelativeLevel.Unknown) keep.Level = other.Level;
        if (keep.Employer == EmployerRelation.Unknown) keep.Employer = other.Employer;
        keep.Roles |= other.Roles;
        if (keep.Cadence is null && other.Cadence is { } cadence)
        {
            keep.Cadence = cadence;
            keep.SnoozedUntil ??= other.SnoozedUntil;
        }
        // Reporting to oneself, or to the person merged away, would leave a loop or a dangling edge.
        if (keep.ReportsToId == other.Id) keep.ReportsToId = null;
        if (keep.ReportsToId is null && other.ReportsToId is { } boss && boss != keep.Id) keep.ReportsToId = boss;
        if (keep.Photo is null && other.Photo is not null)
        {
            keep.Photo = other.Photo;
            keep.PhotoMediaType = other.PhotoMediaType;
        }
        keep.CardExtras ??= other.CardExtras;

        foreach (var e in other.Emails.Where(e => !keep.Emails.Any(k => k.Address.Equals(e.Address, StringComparison.OrdinalIgnoreCase))))
            keep.Emails.Add(new PersonEmail { Address = e.Address, Label = e.Label });
        foreach (var ph in other.Phones.Where(ph => !keep.Phones.Any(k => PersonMatching.PhoneKey(k.Number) == PersonMatching.PhoneKey(ph.Number) && k.Number == ph.Number)))
            keep.Phones.Add(new PersonPhone { Number = ph.Number, Label = ph.Label });
        foreach (var t in other.Tags.Where(t => keep.Tags.All(k => k.TagId != t.TagId)))
            keep.Tags.Add(new PersonTag { TagId = t.TagId });
        foreach (var x in other.Expertise.Where(x => keep.Expertise.All(k => k.AreaId != x.AreaId)))
            keep.Expertise.Add(new PersonExpertise { AreaId = x.AreaId });
        foreach (var a in other.Addresses.Where(a => keep.Addresses.All(k => k.OneLine != a.OneLine)))
        {
            keep.Addresses.Add(new PersonAddress
            {
                Label = a.Label, PoBox = a.PoBox, Extended = a.Extended, Street = a.Street,
                Locality = a.Locality, Region = a.Region, PostalCode = a.PostalCode, Country = a.Country,
            });
        }
    }

    /// <summary>Union–find over person ids; each group remembers the first reason that joined it.</summary>
    private sealed class Grouping
    {
        private readonly Dictionary<int, int> _parent = [];
        private readonly Dictionary<int, string> _reason = [];

        public void Join(IEnumerable<int> ids, string reason)
        {
            var list = ids.Distinct().ToList();
            for (var i = 1; i < list.Count; i++)
            {
                var (a, b) = (Root(list[0]), Root(list[i]));
                if (a == b) continue;
                _parent[b] = a;
                var why = _reason.GetValueOrDefault(a) ?? _reason.GetValueOrDefault(b) ?? reason;
                _reason[a] = why;
            }
        }

        private int Root(int id)
        {
            while (_parent.TryGetValue(id, out var parent) && parent != id) id = _parent[id] = _parent.GetValueOrDefault(parent, parent);
            return id;
        }

        public List<(List<int> Ids, string Reason)> Result() =>
            _parent.Keys.Concat(_parent.Values).Distinct().GroupBy(Root)
                .Select(g => (g.ToList(), _reason.GetValueOrDefault(g.Key) ?? "")).ToList();
    }
}

/// <summary>People who look like the same person, and why.</summary>
public sealed record DuplicateGroup(IReadOnlyList<PersonRef> People, string Reason);
