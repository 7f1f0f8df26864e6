using System.Buffers;
using System.Data;
using System.Data.Common;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Kith.Core.Common;
using Kith.Core.Data;
using Kith.Core.People;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Kith.Core.Backup;

/// <summary>
/// Streams the current account into the backup document: one ordered query per table, each row
/// written as it is read, ids replaced by document-local ones (1..n in id order per table).
/// </summary>
internal sealed partial class BackupWriter(KithDbContext db, AccountClock clock)
{
    private const int FlushAt = 64 * 1024;

    // The JSON goes to a buffer, and the buffer to the output asynchronously: the serializer flushes
    // its writer after every row, and a synchronous write to a web response is refused.
    private readonly ArrayBufferWriter<byte> _buffer = new(2 * FlushAt);
    private Stream _output = Stream.Null;

    // Database id → document id, for every table that other rows refer to.
    private readonly IdMap _people = new();
    private readonly IdMap _tags = new();
    private readonly IdMap _areas = new();
    private readonly IdMap _interactions = new();
    private readonly IdMap _followUps = new();
    private readonly IdMap _goals = new();
    private readonly IdMap _mentorships = new();
    private readonly IdMap _meetings = new();
    private readonly IdMap _slots = new();
    private readonly IdMap _opportunities = new();
    private readonly IdMap _events = new();
    private readonly IdMap _pitches = new();

    private static BackupJson Json => BackupJson.Default;

    public async Task WriteAsync(Stream output, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var snapshot = await BeginSnapshotAsync(ct);
            try
            {
                await WriteDocumentAsync(output, ct);
            }
            finally
            {
                // Let go of the snapshot even when cancelled, so the context can be used again.
                await db.Database.UseTransactionAsync(null, CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// One snapshot for the whole document, so a row added meanwhile cannot show up in a later section
    /// referring to a person the earlier one did not have. On SQLite a deferred transaction is a plain
    /// read transaction: under WAL it takes no write lock, so the app keeps working while a backup streams.
    /// </summary>
    private async Task<DbTransaction> BeginSnapshotAsync(CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = connection is SqliteConnection sqlite
            ? sqlite.BeginTransaction(deferred: true)
            : await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        await db.Database.UseTransactionAsync(transaction, ct);
        return transaction;
    }

    private async Task WriteDocumentAsync(Stream output, CancellationToken ct)
    {
        _output = output;
        await using var json = new Utf8JsonWriter(_buffer, BackupJson.Writer);

        json.WriteStartObject();
        json.WriteString("kith", BackupService.Marker);
        json.WriteNumber("schemaVersion", BackupService.SchemaVersion);
        json.WritePropertyName("exportedAt");
        new UtcInstantConverter().Write(json, clock.UtcNow, BackupJson.Default.Options);

        var zone = await db.Accounts.AsNoTracking().Where(a => a.Id == db.CurrentAccountId).Select(a => a.TimeZoneId).FirstAsync(ct);
        json.WritePropertyName("account");
        JsonSerializer.Serialize(json, new AccountRow { TimeZoneId = zone }, Json.AccountRow);

        // Reports-to may point at someone added later, so every person's document id is known first.
        await foreach (var id in db.People.OrderBy(p => p.Id).Select(p => p.Id).AsAsyncEnumerable().WithCancellation(ct))
            _people.Add(id, _people.Count + 1);

        await SectionAsync(json, "tags", db.Tags.OrderBy(t => t.Id), Json.TagRow, (t, n) =>
        {
            _tags.Add(t.Id, n);
            return new TagRow { Id = n, Name = t.Name };
        }, ct);
        await SectionAsync(json, "areas", db.Areas.OrderBy(a => a.Id), Json.AreaRow, (a, n) =>
        {
            _areas.Add(a.Id, n);
            return new AreaRow { Id = n, Name = a.Name };
        }, ct);
        await WritePeopleAsync(json, ct);
        await WriteInteractionsAsync(json, ct);
        await WriteMentoringAsync(json, ct);
        await WritePlansAsync(json, ct);
        await WriteOpportunitiesAsync(json, ct);

        var feed = await db.CalendarFeeds.AsNoTracking().FirstOrDefaultAsync(ct);
        json.WritePropertyName("calendarFeed");
        if (feed is null) json.WriteNullValue();
        else JsonSerializer.Serialize(json, new CalendarFeedRow { Token = feed.Token, CreatedAt = feed.CreatedAt }, Json.CalendarFeedRow);

        json.WriteEndObject();
        await DrainAsync(json, all: true, ct);
        await output.WriteAsync("\n"u8.ToArray(), ct);
        await output.FlushAsync(ct);
    }

    /// <summary>Moves what the writer holds into the buffer, and the buffer to the output once it is big enough (or at the end).</summary>
    private async Task DrainAsync(Utf8JsonWriter json, bool all, CancellationToken ct)
    {
        json.Flush();
        if (!all && _buffer.WrittenCount < FlushAt) return;
        await _output.WriteAsync(_buffer.WrittenMemory, ct);
        _buffer.ResetWrittenCount();
    }

    private async Task WritePeopleAsync(Utf8JsonWriter json, CancellationToken ct)
    {
        await SectionAsync(json, "people", db.People.OrderBy(p => p.Id), Json.PersonRow, (p, n) => new PersonRow
        {
            Id = n,
            IsMe = p.IsMe,
            FirstName = p.FirstName,
            LastName = p.LastName,
            Nickname = p.Nickname,
            Organisation = p.Organisation,
            Department = p.Department,
            JobTitle = p.JobTitle,
            Level = p.Level,
            Employer = p.Employer,
            Roles = p.Roles == PersonRoles.None ? null : [.. p.Roles.Each()],
            HowWeMet = p.HowWeMet,
            MetOn = p.MetOn,
            LinkedInUrl = p.LinkedInUrl,
            Website = p.Website,
            Notes = p.Notes,
            Birthday = p.Birthday,
            Photo = p.Photo,
            PhotoMediaType = p.PhotoMediaType,
            CardExtras = p.CardExtras,
            ReportsToId = Optional(_people, p.ReportsToId),
            CadenceEvery = p.CadenceEvery,
            CadenceMax = p.CadenceMax,
            CadenceUnit = p.CadenceUnit,
            SnoozedUntil = p.SnoozedUntil,
            LastInteractionAt = p.LastInteractionAt,
            NextDueOn = p.NextDueOn,
            OverdueOn = p.OverdueOn,
            CreatedAt = p.CreatedAt,
            UpdatedAt = p.UpdatedAt,
        }, ct);
        await SectionAsync(json, "personEmails", db.PersonEmails.OrderBy(e => e.Id), Json.PersonEmailRow, (e, n) =>
            new PersonEmailRow { Id = n, PersonId = Required(_people, e.PersonId), Address = e.Address, Label = e.Label }, ct);
        await SectionAsync(json, "personPhones", db.PersonPhones.OrderBy(e => e.Id), Json.PersonPhoneRow, (e, n) =>
            new PersonPhoneRow { Id = n, PersonId = Required(_people, e.PersonId), Number = e.Number, Label = e.Label }, ct);
        await SectionAsync(json, "personAddresses", db.PersonAddresses.OrderBy(e => e.Id), Json.PersonAddressRow, (e, n) => new PersonAddressRow
        {
            Id = n,
            PersonId = Required(_people, e.PersonId),
            Label = e.Label,
            PoBox = e.PoBox,
            Extended = e.Extended,
            Street = e.Street,
            Locality = e.Locality,
            Region = e.Region,
            PostalCode = e.PostalCode,
            Country = e.Country,
        }, ct);
        await SectionAsync(json, "personTags", db.PersonTags.OrderBy(t => t.PersonId).ThenBy(t => t.TagId), Json.PersonTagRow, (t, _) =>
            new PersonTagRow { PersonId = Required(_people, t.PersonId), TagId = Required(_tags, t.TagId) }, ct);
        await SectionAsync(json, "personExpertise", db.PersonExpertise.OrderBy(t => t.PersonId).ThenBy(t => t.AreaId), Json.PersonExpertiseRow, (t, _) =>
            new PersonExpertiseRow { PersonId = Required(_people, t.PersonId), AreaId = Required(_areas, t.AreaId) }, ct);
    }

    /// <summary>Writes one table as a JSON array, flushing to the stream as it goes so memory stays flat.</summary>
    private async Task SectionAsync<TEntity, TRow>(Utf8JsonWriter json, string section, IQueryable<TEntity> rows,
        JsonTypeInfo<TRow> info, Func<TEntity, int, TRow> map, CancellationToken ct) where TEntity : class
    {
        json.WriteStartArray(section);
        var n = 0;
        await foreach (var entity in rows.AsNoTracking().AsAsyncEnumerable().WithCancellation(ct))
        {
            JsonSerializer.Serialize(json, map(entity, ++n), info);
            await DrainAsync(json, all: false, ct);
        }
        json.WriteEndArray();
    }

    /// <summary>A reference the database guarantees (a foreign key); missing would be a bug, not data.</summary>
    private static int Required(IdMap map, int id) =>
        map.Find(id) ?? throw new InvalidOperationException($"Row {id} is referred to but was not written.");

    /// <summary>
    /// An optional reference. Some (the interaction a meeting logged, people passed over) are plain
    /// numbers without a foreign key and may point at a deleted row; those are written as absent.
    /// </summary>
    private static int? Optional(IdMap map, int? id) => id is { } value ? map.Find(value) : null;
}
