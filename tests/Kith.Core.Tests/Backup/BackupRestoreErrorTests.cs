using Kith.Core.Common;
using Kith.Core.Feed;
using Kith.Core.Import;
using Kith.Core.People;
using Microsoft.Extensions.DependencyInjection;
using static Kith.Core.Tests.Backup.BackupDocuments;

namespace Kith.Core.Tests.Backup;

/// <summary>A bad document or a non-empty account is refused with a clear reason, and nothing is written.</summary>
public sealed class BackupRestoreErrorTests : IAsyncLifetime
{
    // Rows on one line each, so a test can find the line it expects by text.
    private const string Valid = """
        {
          "kith": "backup",
          "schemaVersion": 1,
          "exportedAt": "2026-03-16T09:00:00.0000000Z",
          "account": { "timeZoneId": "Europe/Lisbon" },
          "tags": [],
          "people": [
            { "id": 1, "isMe": true, "firstName": "Maria", "level": "unknown", "employer": "unknown", "cadenceUnit": "days", "createdAt": "2026-03-01T09:00:00.0000000Z", "updatedAt": "2026-03-01T09:00:00.0000000Z" },
            { "id": 2, "isMe": false, "firstName": "Ana", "level": "peer", "employer": "inside", "reportsToId": 3, "cadenceUnit": "weeks", "createdAt": "2026-03-02T09:00:00.0000000Z", "updatedAt": "2026-03-02T09:00:00.0000000Z" },
            { "id": 3, "isMe": false, "firstName": "Bruno", "level": "more-senior", "employer": "inside", "cadenceUnit": "days", "createdAt": "2026-03-02T09:00:00.0000000Z", "updatedAt": "2026-03-02T09:00:00.0000000Z" }
          ],
          "interactions": [
            { "id": 1, "occurredAt": "2026-03-10T12:30:00.0000000Z", "kind": "lunch", "summary": "Lunch", "exchange": "gave", "createdAt": "2026-03-10T13:00:00.0000000Z" }
          ],
          "interactionParticipants": [
            { "interactionId": 1, "personId": 2 },
            { "interactionId": 1, "personId": 3 }
          ],
          "calendarFeed": null
        }

        """;

    private TestDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        // The calendar page makes a feed on first visit; restoring replaces it, so a failed restore must bring it back.
        await _db.RunAsync(sp => sp.GetRequiredService<FeedService>().TokenAsync());
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task RestoreAsync_SmallValidDocument_RestoresItAll()
    {
        var counts = await _db.RestoreAsync(Valid);

        Assert.Equal(3, counts.Rows["people"]);
        Assert.Equal(2, counts.Rows["interactionParticipants"]);
        var ana = await _db.RunAsync(sp => sp.GetRequiredService<PeopleService>().FindAsync("Ana"));
        var detail = await _db.RunAsync(sp => sp.GetRequiredService<PeopleService>().GetAsync(Assert.Single(ana).Id));
        Assert.Equal("Bruno", detail.ReportsTo?.DisplayName);
        var me = await _db.RunAsync(sp => sp.GetRequiredService<PeopleService>().GetMeAsync());
        Assert.Equal("Maria", me.FirstName);
    }

    [Fact]
    public async Task RestoreAsync_AccountWithSomeoneInIt_RefusedOnTheAccountAndNothingChanged()
    {
        await _db.RunAsync(sp => sp.GetRequiredService<PeopleService>().CreateAsync(new PersonBuilder("Zoe").Build()));
        var before = WithoutExportedAt(await _db.BackupAsync());

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => _db.RestoreAsync(Valid));

        Assert.Contains("people: 1", Assert.Single(error.Errors["account"]), StringComparison.Ordinal);
        Assert.Equal(before, WithoutExportedAt(await _db.BackupAsync()));
    }

    [Fact]
    public async Task RestoreAsync_TruncatedDocument_NotValidJsonAtTheEndAndNothingWritten()
    {
        var truncated = Valid[..Valid.IndexOf("\"interactions\"", StringComparison.Ordinal)];

        var error = await RefusedAsync(truncated);

        Assert.Equal(truncated.Split('\n').Length, error.Line);
        Assert.StartsWith("the file is not valid JSON", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RestoreAsync_MissingComma_LineOfTheMistake()
    {
        var broken = Valid.Replace("\"kind\": \"lunch\",", "\"kind\": \"lunch\"", StringComparison.Ordinal);

        var error = await RefusedAsync(broken);

        Assert.Equal(LineOf(broken, "\"kind\": \"lunch\""), error.Line);
        Assert.StartsWith("the file is not valid JSON", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RestoreAsync_WrongMarker_NotAKithBackup()
    {
        var error = await RefusedAsync(Valid.Replace("\"kith\": \"backup\"", "\"kith\": \"contacts\"", StringComparison.Ordinal));

        Assert.Equal(1, error.Line);
        Assert.Equal("this is not a Kith backup", error.Reason);
    }

    [Fact]
    public async Task RestoreAsync_NoSchemaVersion_NotAKithBackup()
    {
        var error = await RefusedAsync(Valid.Replace("\"schemaVersion\": 1,", "", StringComparison.Ordinal));

        Assert.Equal(1, error.Line);
        Assert.Equal("this is not a Kith backup", error.Reason);
    }

    [Fact]
    public async Task RestoreAsync_AVCardInstead_NotAKithBackup()
    {
        var error = await RefusedAsync("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Lima\r\nEND:VCARD\r\n");

        Assert.Equal(1, error.Line);
        Assert.Equal("this is not a Kith backup", error.Reason);
    }

    [Fact]
    public async Task RestoreAsync_NewerSchema_SaysANewerKithMadeIt()
    {
        var error = await RefusedAsync(Valid.Replace("\"schemaVersion\": 1", "\"schemaVersion\": 2", StringComparison.Ordinal));

        Assert.Equal(3, error.Line);
        Assert.Equal("this backup was made by a newer Kith (schema 2); this Kith reads schema 1", error.Reason);
    }

    [Fact]
    public async Task RestoreAsync_ParticipantNotInTheFile_NamesTheLineAndThePerson()
    {
        var broken = Valid.Replace("\"personId\": 3 }", "\"personId\": 9 }", StringComparison.Ordinal);

        var error = await RefusedAsync(broken);

        Assert.Equal(LineOf(broken, "\"personId\": 9"), error.Line);
        Assert.Equal("interactionParticipants[1]: person 9 is not in this backup", error.Reason);
    }

    [Fact]
    public async Task RestoreAsync_ReportsToSomeoneNotInTheFile_NamesTheLine()
    {
        var broken = Valid.Replace("\"reportsToId\": 3", "\"reportsToId\": 7", StringComparison.Ordinal);

        var error = await RefusedAsync(broken);

        Assert.Equal(LineOf(broken, "\"reportsToId\": 7"), error.Line);
        Assert.Equal("people[1]: reports to person 7, who is not in this backup", error.Reason);
    }

    [Fact]
    public async Task RestoreAsync_UnknownLevel_NamesTheLineTheFieldAndTheChoices()
    {
        var broken = Valid.Replace("\"level\": \"peer\"", "\"level\": \"senior\"", StringComparison.Ordinal);

        var error = await RefusedAsync(broken);

        Assert.Equal(LineOf(broken, "\"senior\""), error.Line);
        Assert.Equal("people[1].level: 'senior' is not one of: unknown, more-senior, peer, more-junior", error.Reason);
    }

    [Fact]
    public async Task RestoreAsync_TimeWithoutZ_RefusedRatherThanReadInThisMachinesZone()
    {
        var broken = Valid.Replace("\"occurredAt\": \"2026-03-10T12:30:00.0000000Z\"", "\"occurredAt\": \"2026-03-10T12:30:00\"", StringComparison.Ordinal);

        var error = await RefusedAsync(broken);

        Assert.Equal(LineOf(broken, "\"occurredAt\""), error.Line);
        Assert.StartsWith("interactions[0].occurredAt: '2026-03-10T12:30:00' is not a UTC time", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RestoreAsync_UnknownColumn_RefusedRatherThanLost()
    {
        var broken = Valid.Replace("\"firstName\": \"Ana\"", "\"firstName\": \"Ana\", \"nickName\": \"Aninha\"", StringComparison.Ordinal);

        var error = await RefusedAsync(broken);

        Assert.Equal(LineOf(broken, "\"nickName\""), error.Line);
        Assert.Contains("nickName", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RestoreAsync_TwoMes_Refused()
    {
        var broken = Valid.Replace("\"isMe\": false, \"firstName\": \"Bruno\"", "\"isMe\": true, \"firstName\": \"Bruno\"", StringComparison.Ordinal);

        var error = await RefusedAsync(broken);

        Assert.Equal(LineOf(broken, "\"Bruno\""), error.Line);
        Assert.Equal("people[2]: a second 'me'; a backup has exactly one", error.Reason);
    }

    [Fact]
    public async Task RestoreAsync_SectionOutOfOrder_Refused()
    {
        var broken = Valid.Replace("\"tags\": [],", "", StringComparison.Ordinal).Replace("\"calendarFeed\": null", "\"calendarFeed\": null, \"tags\": []", StringComparison.Ordinal);

        var error = await RefusedAsync(broken);

        Assert.Equal("'tags' must come before 'calendarFeed'", error.Reason);
    }

    [Fact]
    public async Task RestoreAsync_ErrorAfterSeveralSavedBatches_NothingWritten()
    {
        // Far more people than one batch, so rows have already been saved when the bad participant comes.
        var people = Enumerable.Range(1, 1_200).Select(i =>
            $$"""    { "id": {{i}}, "isMe": {{(i == 1 ? "true" : "false")}}, "firstName": "Person {{i}}", "level": "unknown", "employer": "unknown", "cadenceUnit": "days", "createdAt": "2026-03-02T09:00:00.0000000Z", "updatedAt": "2026-03-02T09:00:00.0000000Z" }""");
        var document = $$"""
            {
              "kith": "backup",
              "schemaVersion": 1,
              "exportedAt": "2026-03-16T09:00:00.0000000Z",
              "people": [
            {{string.Join(",\n", people)}}
              ],
              "interactions": [
                { "id": 1, "occurredAt": "2026-03-10T12:30:00.0000000Z", "kind": "lunch", "summary": "Lunch", "exchange": "gave", "createdAt": "2026-03-10T13:00:00.0000000Z" }
              ],
              "interactionParticipants": [
                { "interactionId": 1, "personId": 1100 },
                { "interactionId": 1, "personId": 5000 }
              ]
            }
            """;

        var error = await RefusedAsync(document);

        Assert.Equal(LineOf(document, "\"personId\": 5000"), error.Line);
        Assert.Equal("interactionParticipants[1]: person 5000 is not in this backup", error.Reason);
    }

    /// <summary>Restores a bad document, expecting a file error, and checks the account is exactly as it was.</summary>
    private async Task<ImportFileException> RefusedAsync(string document)
    {
        var before = WithoutExportedAt(await _db.BackupAsync());

        var error = await Assert.ThrowsAsync<ImportFileException>(() => _db.RestoreAsync(document));

        Assert.Equal(before, WithoutExportedAt(await _db.BackupAsync()));
        return error;
    }
}
