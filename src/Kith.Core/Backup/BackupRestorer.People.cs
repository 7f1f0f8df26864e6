using Kith.Core.Accounts;
using Kith.Core.Import;
using Kith.Core.Interactions;
using Kith.Core.KeepInTouch;
using Kith.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Kith.Core.Backup;

internal sealed partial class BackupRestorer
{
    private readonly HashSet<string> _tagKeys = [];
    private readonly HashSet<string> _areaKeys = [];
    /// <summary>Reports-to may point forward, so it is set once every person has an id.</summary>
    private readonly List<(int Person, int Boss, RowContext Row)> _reportsTo = [];
    /// <summary>Each interaction's time, in document order, for its participants' copy.</summary>
    private readonly List<DateTime> _interactionTimes = [];
    private int _meCount;

    private async Task ReadAccountAsync(JsonStreamReader reader, CancellationToken ct)
    {
        if (await SingleAsync(reader, "account", Json.AccountRow, ct) is not { } row) return;
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(row.TimeZoneId, out _))
            throw new ImportFileException(reader.Line, $"account: '{row.TimeZoneId}' is not a time zone this machine knows");
        var account = await db.Accounts.FirstAsync(a => a.Id == db.CurrentAccountId, ct);
        account.TimeZoneId = row.TimeZoneId;
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private Task ReadTagsAsync(JsonStreamReader reader, CancellationToken ct) =>
        RowsAsync(reader, "tags", Json.TagRow, (r, c) => Id(r.Id, c), (r, c) =>
        {
            var key = INamedRow.KeyOf(r.Name);
            if (!_tagKeys.Add(key)) throw c.Fail($"the tag '{r.Name}' appears twice");
            return new Tag { Name = r.Name, NameKey = key };
        }, ct, _tags, t => t.Id);

    private Task ReadAreasAsync(JsonStreamReader reader, CancellationToken ct) =>
        RowsAsync(reader, "areas", Json.AreaRow, (r, c) => Id(r.Id, c), (r, c) =>
        {
            var key = INamedRow.KeyOf(r.Name);
            if (!_areaKeys.Add(key)) throw c.Fail($"the area '{r.Name}' appears twice");
            return new Area { Name = r.Name, NameKey = key };
        }, ct, _areas, a => a.Id);

    private async Task ReadPeopleAsync(JsonStreamReader reader, CancellationToken ct)
    {
        // Read afresh: the account section, when there is one, has just set the zone.
        var zoneId = await db.Accounts.Where(a => a.Id == db.CurrentAccountId).Select(a => a.TimeZoneId).FirstAsync(ct);
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var found) ? found : TimeZoneInfo.Utc;
        await RowsAsync(reader, "people", Json.PersonRow, (r, c) => Id(r.Id, c), (r, c) =>
        {
            if (r.IsMe && ++_meCount > 1) throw c.Fail("a second 'me'; a backup has exactly one");
            if (r.ReportsToId is { } boss) _reportsTo.Add((r.Id, boss, c));
            var person = new Person
            {
                IsMe = r.IsMe,
                FirstName = r.FirstName,
                LastName = r.LastName,
                Nickname = r.Nickname,
                Organisation = r.Organisation,
                Department = r.Department,
                JobTitle = r.JobTitle,
                Level = r.Level,
                Employer = r.Employer,
                Roles = r.Roles?.Aggregate(PersonRoles.None, (all, role) => all | role) ?? PersonRoles.None,
                HowWeMet = r.HowWeMet,
                MetOn = r.MetOn,
                LinkedInUrl = r.LinkedInUrl,
                Website = r.Website,
                Notes = r.Notes,
                Birthday = r.Birthday,
                Photo = r.Photo,
                PhotoMediaType = r.PhotoMediaType,
                CardExtras = r.CardExtras,
                CadenceEvery = r.CadenceEvery,
                CadenceMax = r.CadenceMax,
                CadenceUnit = r.CadenceUnit,
                SnoozedUntil = r.SnoozedUntil,
                LastInteractionAt = r.LastInteractionAt,
                NextDueOn = r.NextDueOn,
                OverdueOn = r.OverdueOn,
                CreatedAt = r.CreatedAt,
                UpdatedAt = r.UpdatedAt,
            };
            // Names are enough for the sort key; e-mails join the search text once they are in.
            person.RefreshSearchText();
            person.RefreshAgendaRank(zone);
            return person;
        }, ct, _people, p => p.Id);

        foreach (var chunk in _reportsTo.Chunk(BatchSize))
        {
            var bosses = chunk.ToDictionary(x => _people.Find(x.Person)!.Value, x => _people.Find(x.Boss) ?? throw x.Row.Fail($"reports to person {x.Boss}, who is not in this backup"));
            var ids = bosses.Keys.ToList();
            foreach (var person in await db.People.Where(p => ids.Contains(p.Id)).ToListAsync(ct))
                person.ReportsToId = bosses[person.Id];
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        _reportsTo.Clear();
    }

    private Task ReadEmailsAsync(JsonStreamReader reader, CancellationToken ct) =>
        RowsAsync(reader, "personEmails", Json.PersonEmailRow, (r, c) => Id(r.Id, c), (r, c) =>
            new PersonEmail { PersonId = c.Ref(_people, r.PersonId, "person"), Address = r.Address, Label = r.Label }, ct);

    private Task ReadPhonesAsync(JsonStreamReader reader, CancellationToken ct) =>
        RowsAsync(reader, "personPhones", Json.PersonPhoneRow, (r, c) => Id(r.Id, c), (r, c) =>
            new PersonPhone { PersonId = c.Ref(_people, r.PersonId, "person"), Number = r.Number, Label = r.Label }, ct);

    private Task ReadAddressesAsync(JsonStreamReader reader, CancellationToken ct) =>
        RowsAsync(reader, "personAddresses", Json.PersonAddressRow, (r, c) => Id(r.Id, c), (r, c) => new PersonAddress
        {
            PersonId = c.Ref(_people, r.PersonId, "person"),
            Label = r.Label,
            PoBox = r.PoBox,
            Extended = r.Extended,
            Street = r.Street,
            Locality = r.Locality,
            Region = r.Region,
            PostalCode = r.PostalCode,
            Country = r.Country,
        }, ct);

    private Task ReadPersonTagsAsync(JsonStreamReader reader, CancellationToken ct) =>
        RowsAsync(reader, "personTags", Json.PersonTagRow, (r, _) => (r.PersonId, r.TagId), (r, c) =>
            new PersonTag { PersonId = c.Ref(_people, r.PersonId, "person"), TagId = c.Ref(_tags, r.TagId, "tag") }, ct);

    private Task ReadExpertiseAsync(JsonStreamReader reader, CancellationToken ct) =>
        RowsAsync(reader, "personExpertise", Json.PersonExpertiseRow, (r, _) => (r.PersonId, r.AreaId), (r, c) =>
            new PersonExpertise { PersonId = c.Ref(_people, r.PersonId, "person"), AreaId = c.Ref(_areas, r.AreaId, "area") }, ct);

    private Task ReadInteractionsAsync(JsonStreamReader reader, CancellationToken ct) =>
        RowsAsync(reader, "interactions", Json.InteractionRow, (r, c) => Id(r.Id, c), (r, _) =>
        {
            _interactionTimes.Add(r.OccurredAt);
            return new Interaction
            {
                OccurredAt = r.OccurredAt, Kind = r.Kind, Summary = r.Summary, Notes = r.Notes, Exchange = r.Exchange, CreatedAt = r.CreatedAt,
            };
        }, ct, _interactions, i => i.Id);

    private Task ReadParticipantsAsync(JsonStreamReader reader, CancellationToken ct) =>
        RowsAsync(reader, "interactionParticipants", Json.InteractionParticipantRow, (r, _) => (r.InteractionId, r.PersonId), (r, c) =>
            new InteractionParticipant
            {
                InteractionId = c.Ref(_interactions, r.InteractionId, "interaction"),
                PersonId = c.Ref(_people, r.PersonId, "person"),
                OccurredAt = _interactionTimes[_interactions.IndexOf(r.InteractionId)],
            }, ct);

    private Task ReadFollowUpsAsync(JsonStreamReader reader, CancellationToken ct) =>
        RowsAsync(reader, "followUps", Json.FollowUpRow, (r, c) => Id(r.Id, c), (r, c) => new FollowUp
        {
            PersonId = c.Ref(_people, r.PersonId, "person"), Description = r.Description, DueOn = r.DueOn, DoneAt = r.DoneAt, CreatedAt = r.CreatedAt,
        }, ct, _followUps, f => f.Id);

    /// <summary>Checks there was one "me", and puts e-mail addresses into the people's search text.</summary>
    private async Task FinishPeopleAsync(JsonStreamReader reader, CancellationToken ct)
    {
        if (_meCount == 0)
            throw new ImportFileException(reader.Line, "the backup has no 'me' person");

        var after = 0;
        while (true)
        {
            var page = await db.People.Include(p => p.Emails)
                .Where(p => p.Id > after && p.Emails.Count > 0).OrderBy(p => p.Id).Take(BatchSize).ToListAsync(ct);
            if (page.Count == 0) break;
            foreach (var person in page) person.RefreshSearchText();
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            after = page[^1].Id;
        }

        // The interaction before each person's last is derived, not kept in a backup: one statement
        // sets it for everyone restored, from the participants index.
        await db.People.Where(p => p.LastInteractionAt != null).ExecuteUpdateAsync(s => s.SetProperty(p => p.PreviousInteractionAt,
            p => db.InteractionParticipants.Where(ip => ip.PersonId == p.Id).OrderByDescending(ip => ip.OccurredAt)
                .Select(ip => (DateTime?)ip.OccurredAt).Skip(1).FirstOrDefault()), ct);
    }
}
