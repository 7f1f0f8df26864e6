using System.Text.Json;
using Kith.Core.Accounts;
using Kith.Core.Backup;
using Kith.Core.Data;
using Kith.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Kith.Core.Tests.Backup.BackupDocuments;

namespace Kith.Core.Tests.Backup;

/// <summary>Backup → restore into an empty account → backup gives the same document.</summary>
public sealed class BackupRoundTripTests : IAsyncLifetime
{
    private TestDatabase _source = null!;
    private TestDatabase _target = null!;

    public async Task InitializeAsync()
    {
        _source = await TestDatabase.CreateAsync();
        _target = await TestDatabase.CreateAsync();
    }

    public async Task DisposeAsync()
    {
        await _source.DisposeAsync();
        await _target.DisposeAsync();
    }

    [Fact]
    public async Task RestoreAsync_RichAccountIntoNewDatabase_BackupAgainIsTheSameDocument()
    {
        await RichAccount.BuildAsync(_source);
        var first = await _source.BackupAsync();

        var counts = await _target.RestoreAsync(first);
        var second = await _target.BackupAsync();

        Assert.Equal(WithoutExportedAt(first), WithoutExportedAt(second));
        using var json = JsonDocument.Parse(first);
        var expected = json.RootElement.EnumerateObject()
            .Where(p => p.Value.ValueKind == JsonValueKind.Array && p.Value.GetArrayLength() > 0 || p.Name is "weeklyPlan" or "calendarFeed")
            .ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.Array ? p.Value.GetArrayLength() : 1);
        Assert.Equal(expected, counts.Rows.Where(r => r.Value > 0).ToDictionary());
        Assert.Equal(7, counts.Rows["people"]);
    }

    [Fact]
    public async Task RestoreAsync_RichAccountIntoAnotherAccountOfTheSameFile_SameDocumentButItsOwnCalendarAddress()
    {
        await RichAccount.BuildAsync(_source);
        var first = await _source.BackupAsync();
        await using var copy = await OtherAccount.CreateAsync(_source, "copy");

        await copy.RestoreAsync(first);
        var second = await copy.BackupAsync();

        // Two accounts cannot answer to one calendar address, so the copy gets a new one; nothing else differs.
        var originalToken = Token(first);
        var copyToken = Token(second);
        Assert.NotEqual(originalToken, copyToken);
        Assert.Equal(WithoutExportedAt(first), WithoutExportedAt(second).Replace(copyToken, originalToken, StringComparison.Ordinal));
        Assert.Equal(WithoutExportedAt(first), WithoutExportedAt(await _source.BackupAsync()));
    }

    [Fact]
    public async Task RestoreAsync_RichAccount_RestoredDataReadsTheSameThroughTheServices()
    {
        await RichAccount.BuildAsync(_source);
        var document = await _source.BackupAsync();

        await _target.RestoreAsync(document);

        var me = await _target.RunAsync(sp => sp.GetRequiredService<PeopleService>().GetMeAsync());
        Assert.Equal("Maria Souza", me.DisplayName);
        var found = await _target.RunAsync(sp => sp.GetRequiredService<PeopleService>().ListAsync(new PeopleQuery { Search = "ana.lima@home" }));
        var ana = await _target.RunAsync(sp => sp.GetRequiredService<PeopleService>().GetAsync(Assert.Single(found.Items).Id));
        Assert.Equal(new DateOnly(1990, 7, 14), ana.Birthday);
        Assert.True(ana.HasPhoto);
        Assert.Equal("São Paulo", Assert.Single(ana.Addresses!).Locality);
        var zone = await _target.RunAsync(sp => sp.GetRequiredService<SettingsService>().GetAsync());
        Assert.Equal("America/Sao_Paulo", zone.TimeZone);
        var meCount = await _target.RunAsync(sp => sp.GetRequiredService<KithDbContext>().People.CountAsync(p => p.IsMe));
        Assert.Equal(1, meCount);
    }

    [Fact]
    public async Task WriteAsync_RichAccount_EverySectionInOrderAndEveryColumnFilledSomewhere()
    {
        await RichAccount.BuildAsync(_source);

        using var document = JsonDocument.Parse(await _source.BackupAsync());

        var names = document.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["kith", "schemaVersion", "exportedAt", .. BackupTables.All.Select(t => t.Section)], names);
        foreach (var table in BackupTables.All)
        {
            var section = document.RootElement.GetProperty(table.Section);
            var rows = section.ValueKind == JsonValueKind.Array ? section.EnumerateArray().ToList() : [section];
            var filled = rows.SelectMany(r => r.EnumerateObject()).Where(p => HasValue(p.Value)).Select(p => p.Name).ToHashSet();
            var columns = table.Row.GetProperties().Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name));
            Assert.All(columns, column => Assert.True(filled.Contains(column), $"{table.Section}.{column} is never filled in the rich account"));
        }
    }

    [Fact]
    public async Task RestoreAsync_ThousandsOfRows_KeepTheirOrderAcrossBatches()
    {
        await _source.RunAsync(async sp =>
        {
            // Straight into the table: the point is the number of rows, not how they were entered.
            var db = sp.GetRequiredService<KithDbContext>();
            var at = TestDatabase.Start.UtcDateTime;
            var people = Enumerable.Range(1, 1_234).Select(i => new Person { FirstName = $"Person {i}", CreatedAt = at, UpdatedAt = at }).ToList();
            foreach (var (person, i) in people.Select((p, i) => (p, i)))
            {
                person.Emails.Add(new PersonEmail { Address = $"p{i}@example.com" });
                if (i % 3 == 0) person.Emails.Add(new PersonEmail { Address = $"p{i}@home.example" });
                person.RefreshSearchText();
            }
            db.People.AddRange(people);
            await db.SaveChangesAsync();
            // Everyone reports to someone added after them, across batch boundaries.
            for (var i = 0; i < people.Count - 1; i++) people[i].ReportsToId = people[(i + 700) % people.Count].Id;
            return await db.SaveChangesAsync();
        });
        var first = await _source.BackupAsync();

        var counts = await _target.RestoreAsync(first);
        var second = await _target.BackupAsync();

        Assert.Equal(1_235, counts.Rows["people"]);
        Assert.Equal(1_234 + 412, counts.Rows["personEmails"]);
        Assert.Equal(WithoutExportedAt(first), WithoutExportedAt(second));
    }

    private static string Token(string document)
    {
        using var json = JsonDocument.Parse(document);
        return json.RootElement.GetProperty("calendarFeed").GetProperty("token").GetString()!;
    }

    private static bool HasValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.False => false,
        JsonValueKind.Number => value.GetDecimal() != 0,
        JsonValueKind.String => value.GetString()!.Length > 0,
        JsonValueKind.Array => value.GetArrayLength() > 0,
        _ => true,
    };
}
