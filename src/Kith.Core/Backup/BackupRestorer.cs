using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Kith.Core.Common;
using Kith.Core.Data;
using Kith.Core.Import;
using Microsoft.EntityFrameworkCore;

namespace Kith.Core.Backup;

/// <summary>
/// Reads a backup document row by row into the current, empty account, all in one transaction.
/// Rows are inserted in document order, so new ids keep the document's order and a second backup
/// gives the same document. The change tracker is cleared every few hundred rows so memory stays flat.
/// </summary>
internal sealed partial class BackupRestorer(KithDbContext db, AccountClock clock)
{
    private const int BatchSize = 500;

    private readonly Dictionary<string, int> _counts = [];

    // Document id → new database id, for every table other rows refer to.
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

    public async Task<BackupCounts> RestoreAsync(Stream input, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await EnsureEmptyAsync(ct);
            var reader = new JsonStreamReader(input);
            await ReadHeaderAsync(reader, ct);

            // The backup brings its own "me" and calendar address; the account's placeholders make way.
            await db.People.Where(p => p.IsMe).ExecuteDeleteAsync(ct);
            await db.CalendarFeeds.ExecuteDeleteAsync(ct);

            var last = -1;
            while (await reader.ReadAsync(ct) == JsonTokenType.PropertyName)
            {
                var section = reader.Text!;
                var index = BackupTables.IndexOf(section);
                if (index < 0)
                    throw new ImportFileException(reader.Line, $"'{section}' is not part of a Kith backup (schema {BackupService.SchemaVersion})");
                if (index <= last)
                    throw new ImportFileException(reader.Line, index == last
                        ? $"'{section}' appears twice"
                        : $"'{section}' must come before '{BackupTables.All[last].Section}'");
                last = index;
                await ReadSectionAsync(reader, section, ct);
            }
            // The reader has checked the brackets; nothing may follow the document.
            await reader.ReadAsync(ct);

            await FinishPeopleAsync(reader, ct);
            await db.MarkChangedAsync(ct);
            await transaction.CommitAsync(ct);
            await KithDatabase.RefreshStatisticsAsync(db, ct: ct);
            return new BackupCounts(_counts);
        }
        catch (DbUpdateException ex)
        {
            db.ChangeTracker.Clear();
            throw new ImportFileException(null, $"the backup breaks a rule of the database and was not restored: {(ex.InnerException ?? ex).Message}");
        }
        catch
        {
            db.ChangeTracker.Clear();
            throw;
        }
    }

    private async Task EnsureEmptyAsync(CancellationToken ct)
    {
        var found = new List<string>();
        foreach (var table in BackupTables.All)
        {
            var count = await table.CountAsync(db, ct);
            if (count > 0) found.Add($"{table.Section}: {count}");
        }
        if (found.Count > 0)
            throw ValidationFailedException.For("account",
                $"A backup can only be restored into an empty account (nobody but me, nothing recorded); this one has {string.Join(", ", found)}. Restore into a new database instead.");
    }

    private static async Task ReadHeaderAsync(JsonStreamReader reader, CancellationToken ct)
    {
        static ImportFileException NotKith() => new(1, "this is not a Kith backup");

        try
        {
            if (await reader.ReadAsync(ct) != JsonTokenType.StartObject) throw NotKith();
        }
        catch (ImportFileException)
        {
            throw NotKith();
        }
        if (await reader.ReadAsync(ct) != JsonTokenType.PropertyName || reader.Text != "kith"
            || await reader.ReadAsync(ct) != JsonTokenType.String || reader.Text != BackupService.Marker
            || await reader.ReadAsync(ct) != JsonTokenType.PropertyName || reader.Text != "schemaVersion"
            || await reader.ReadAsync(ct) != JsonTokenType.Number || reader.Number is not { } version || version < 1)
            throw NotKith();
        if (version > BackupService.SchemaVersion)
            throw new ImportFileException(reader.Line,
                $"this backup was made by a newer Kith (schema {version}); this Kith reads schema {BackupService.SchemaVersion}");

        // When the backup was made is for people reading the file; restoring does not need it.
        if (await reader.ReadAsync(ct) != JsonTokenType.PropertyName || reader.Text != "exportedAt"
            || await reader.ReadAsync(ct) != JsonTokenType.String)
            throw new ImportFileException(reader.Line, "'exportedAt' must follow 'schemaVersion'");
    }

    private Task ReadSectionAsync(JsonStreamReader reader, string section, CancellationToken ct) => section switch
    {
        "account" => ReadAccountAsync(reader, ct),
        "tags" => ReadTagsAsync(reader, ct),
        "areas" => ReadAreasAsync(reader, ct),
        "people" => ReadPeopleAsync(reader, ct),
        "personEmails" => ReadEmailsAsync(reader, ct),
        "personPhones" => ReadPhonesAsync(reader, ct),
        "personAddresses" => ReadAddressesAsync(reader, ct),
        "personTags" => ReadPersonTagsAsync(reader, ct),
        "personExpertise" => ReadExpertiseAsync(reader, ct),
        "interactions" => ReadInteractionsAsync(reader, ct),
        "interactionParticipants" => ReadParticipantsAsync(reader, ct),
        "followUps" => ReadFollowUpsAsync(reader, ct),
        "goals" => ReadGoalsAsync(reader, ct),
        "goalAreas" => ReadGoalAreasAsync(reader, ct),
        "goalNotes" => ReadGoalNotesAsync(reader, ct),
        "mentorships" => ReadMentorshipsAsync(reader, ct),
        "mentorshipAreas" => ReadMentorshipAreasAsync(reader, ct),
        "mentorshipStatusChanges" => ReadStatusChangesAsync(reader, ct),
        "mentorshipMeetings" => ReadMeetingsAsync(reader, ct),
        "meetingProposals" => ReadProposalsAsync(reader, ct),
        "menteeCommitments" => ReadMenteeCommitmentsAsync(reader, ct),
        "networkingInterests" => ReadInterestsAsync(reader, ct),
        "networkingCommitments" => ReadNetworkingCommitmentsAsync(reader, ct),
        "weeklyPlan" => ReadWeeklyPlanAsync(reader, ct),
        "networkingSlots" => ReadSlotsAsync(reader, ct),
        "slotOccurrences" => ReadOccurrencesAsync(reader, ct),
        "opportunities" => ReadOpportunitiesAsync(reader, ct),
        "opportunityEvents" => ReadEventsAsync(reader, ct),
        "eventContacts" => ReadEventContactsAsync(reader, ct),
        "introductions" => ReadIntroductionsAsync(reader, ct),
        "pitchVersions" => ReadPitchesAsync(reader, ct),
        "pitchPractices" => ReadPracticesAsync(reader, ct),
        "calendarFeed" => ReadCalendarFeedAsync(reader, ct),
        _ => throw new InvalidOperationException($"Section '{section}' is listed in BackupTables but has no reader."),
    };

    /// <summary>
    /// Reads one section's rows, checks they come in key order without repeats, and inserts them in
    /// batches. <paramref name="map"/>, when given, learns each row's new database id after its batch is saved.
    /// </summary>
    private async Task RowsAsync<TRow, TEntity>(JsonStreamReader reader, string section, JsonTypeInfo<TRow> info,
        Func<TRow, RowContext, (int, int)> key, Func<TRow, RowContext, TEntity> toEntity, CancellationToken ct,
        IdMap? map = null, Func<TEntity, int>? newId = null) where TEntity : class
    {
        if (await reader.ReadAsync(ct) != JsonTokenType.StartArray)
            throw new ImportFileException(reader.Line, $"'{section}' must be a list");

        var pending = new List<(int Local, TEntity Entity)>();
        (int, int) last = default;
        var n = 0;
        while (true)
        {
            var where = $"{section}[{n}]";
            var (read, row) = await reader.ReadItemAsync(info, where, ct);
            if (!read) break;
            var context = new RowContext(reader.Line, where);
            if (row is null) throw context.Fail("a row cannot be null");
            var k = key(row, context);
            if (n > 0 && k.CompareTo(last) <= 0)
                throw context.Fail("out of order or repeated; rows are sorted by id (or by the ids they link)");
            last = k;
            n++;
            var entity = toEntity(row, context);
            db.Add(entity);
            if (map is not null) pending.Add((k.Item1, entity));
            if (n % BatchSize == 0) await FlushAsync(pending, map, newId, ct);
        }
        await FlushAsync(pending, map, newId, ct);
        _counts[section] = n;
    }

    /// <summary>Reads a section that holds one object (or null).</summary>
    private static async Task<TRow?> SingleAsync<TRow>(JsonStreamReader reader, string section, JsonTypeInfo<TRow> info, CancellationToken ct)
    {
        var (read, row) = await reader.ReadItemAsync(info, section, ct);
        if (!read) throw new ImportFileException(reader.Line, $"'{section}' must be an object or null");
        return row;
    }

    private async Task FlushAsync<TEntity>(List<(int Local, TEntity Entity)> pending, IdMap? map, Func<TEntity, int>? newId, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        if (map is not null && newId is not null)
            foreach (var (local, entity) in pending)
                map.Add(local, newId(entity));
        pending.Clear();
        db.ChangeTracker.Clear();
    }

    /// <summary>A row's own document id: positive, and (checked by the caller) ascending.</summary>
    private static (int, int) Id(int id, RowContext row) =>
        id > 0 ? (id, 0) : throw row.Fail($"id {id} is not a positive number");
}

/// <summary>Where a row is in the document, to say so when something about it is wrong.</summary>
internal readonly record struct RowContext(int Line, string Where)
{
    public ImportFileException Fail(string reason) => new(Line, $"{Where}: {reason}");

    /// <summary>The new database id of a referenced row, which must be in the backup (in an earlier section).</summary>
    public int Ref(IdMap map, int local, string what) =>
        map.Find(local) ?? throw Fail($"{what} {local} is not in this backup");

    public int? Ref(IdMap map, int? local, string what) => local is { } l ? Ref(map, l, what) : null;
}
