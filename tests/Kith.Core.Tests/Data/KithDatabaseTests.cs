using Kith.Core.Accounts;
using Kith.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Kith.Core.Tests.Data;

public sealed class KithDatabaseTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"kith-db-{Guid.NewGuid():N}", "nested", "kith.db");
    private readonly FakeTimeProvider _clock = new(TestDatabase.Start);

    private KithDbContext Open(int account = 0)
    {
        var options = new DbContextOptionsBuilder<KithDbContext>();
        options.UseKithSqlite(_path);
        return new KithDbContext(options.Options) { Account = new FixedAccount(account) };
    }

    [Fact]
    public async Task Prepare_TwiceOnTheSameFile_KeepsOneLocalAccountAndOneMe()
    {
        int first, second;
        await using (var db = Open()) first = await KithDatabase.PrepareAsync(db, _path, _clock);
        await using (var db = Open()) second = await KithDatabase.PrepareAsync(db, _path, _clock);

        Assert.Equal(first, second);
        await using var check = Open(first);
        Assert.Equal(1, await check.Accounts.CountAsync());
        Assert.Equal(1, await check.People.CountAsync(p => p.IsMe));
    }

    [Fact]
    public async Task Prepare_CadencesSavedBeforeTheRankingLine_GetIt()
    {
        int account;
        await using (var db = Open()) account = await KithDatabase.PrepareAsync(db, _path, _clock);
        int id;
        await using (var db = Open(account))
        {
            var person = new Kith.Core.People.Person
            {
                FirstName = "Ana", Roles = Kith.Core.People.PersonRoles.Mentor, CreatedAt = _clock.GetUtcNow().UtcDateTime,
                Cadence = new Kith.Core.KeepInTouch.Cadence(30, 45, Kith.Core.KeepInTouch.CadenceUnit.Days),
                LastInteractionAt = new DateTime(2026, 2, 1, 12, 0, 0, DateTimeKind.Utc),
            };
            person.RecomputeNextDue(TimeZoneInfo.Utc);
            db.People.Add(person);
            await db.SaveChangesAsync();
            id = person.Id;
            // As a database written before migration AgendaRankLine holds it.
            await db.People.Where(p => p.Id == id).ExecuteUpdateAsync(u => u.SetProperty(p => p.RankSlope, (double?)null).SetProperty(p => p.RankOffset, (double?)null));
        }

        await using (var db = Open()) await KithDatabase.PrepareAsync(db, _path, _clock);

        await using var check = Open(account);
        var filled = await check.People.SingleAsync(p => p.Id == id);
        // Mentor weight 1.5 over 30 ideal days, from the last contact on 1 February 2026.
        Assert.Equal(1.5 / 30, filled.RankSlope!.Value, 12);
        Assert.Equal(1.5 / 30 * new DateOnly(2026, 2, 1).DayNumber, filled.RankOffset!.Value, 6);
    }

    [Fact]
    public async Task Prepare_DepartmentsSavedBeforeTheirKey_GetItAsTheCodeComparesThem()
    {
        int account;
        await using (var db = Open()) account = await KithDatabase.PrepareAsync(db, _path, _clock);
        await using (var db = Open(account))
        {
            foreach (var department in new[] { " équipe\t", "Sales", "ÉQUIPE" })
                db.People.Add(new Kith.Core.People.Person { FirstName = "Ana", Department = department, CreatedAt = _clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync();
            // As a database written before migration PlanRankingWalks holds them (its SQL gives "" only to no department).
            await db.People.Where(p => p.Department != null).ExecuteUpdateAsync(u => u.SetProperty(p => p.DepartmentKey, (string?)null));
        }

        await using (var db = Open()) await KithDatabase.PrepareAsync(db, _path, _clock);

        await using var check = Open(account);
        var keys = await check.People.Where(p => p.Department != null).OrderBy(p => p.Id).Select(p => p.DepartmentKey).ToListAsync();
        Assert.Equal(["ÉQUIPE", "SALES", "ÉQUIPE"], keys);
    }

    [Fact]
    public async Task Prepare_AnEmptyExistingFile_MigratesIt()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        await File.WriteAllBytesAsync(_path, []);
        await using var db = Open();
        Assert.True(await KithDatabase.PrepareAsync(db, _path, _clock) > 0);
    }

    [Fact]
    public async Task Connections_UseWriteAheadLoggingAndForeignKeys()
    {
        await using var db = Open();
        await KithDatabase.PrepareAsync(db, _path, _clock);
        await db.Database.OpenConnectionAsync(); // as EF opens it, interceptors included
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode; ";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
        command.CommandText = "PRAGMA foreign_keys;";
        Assert.Equal(1L, (long?)await command.ExecuteScalarAsync());
        command.CommandText = "PRAGMA busy_timeout;";
        Assert.Equal(5000L, (long?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Connections_OpenedAgainFromThePool_KeepForeignKeysAndTheBusyTimeout()
    {
        await using (var db = Open()) await KithDatabase.PrepareAsync(db, _path, _clock);

        // Two at once (two native connections), then each reopened from the pool, several times.
        for (var round = 0; round < 3; round++)
        {
            await using var first = Open();
            await using var second = Open();
            await first.Database.OpenConnectionAsync();
            await second.Database.OpenConnectionAsync();
            foreach (var db in new[] { first, second })
            {
                Assert.Equal(1L, await db.Database.SqlQueryRaw<long>("SELECT foreign_keys AS Value FROM pragma_foreign_keys").SingleAsync());
                Assert.Equal(5000L, await db.Database.SqlQueryRaw<long>("SELECT timeout AS Value FROM pragma_busy_timeout").SingleAsync());
                Assert.Equal("wal", await db.Database.SqlQueryRaw<string>("SELECT journal_mode AS Value FROM pragma_journal_mode").SingleAsync());
            }
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(Path.GetDirectoryName(_path))!, recursive: true);
    }

    [Fact]
    public async Task Prepare_AccountWithoutMe_GetsItsMeBack()
    {
        int account;
        await using (var db = Open()) account = await KithDatabase.PrepareAsync(db, _path, _clock);
        await using (var db = Open(account))
        {
            await db.People.Where(p => p.IsMe).ExecuteDeleteAsync();
        }

        await using (var db = Open()) await KithDatabase.PrepareAsync(db, _path, _clock);

        await using var check = Open(account);
        Assert.Equal(1, await check.People.CountAsync(p => p.IsMe));
    }

    [Fact]
    public async Task Prepare_WithATimeZone_MakesItTheAccountsZone()
    {
        int account;
        await using (var db = Open()) account = await KithDatabase.PrepareAsync(db, _path, _clock, "Asia/Tokyo");
        await using (var db = Open(account))
            Assert.Equal("Asia/Tokyo", await db.Accounts.Select(a => a.TimeZoneId).SingleAsync());
        await using (var db = Open()) await KithDatabase.PrepareAsync(db, _path, _clock);
        await using (var db = Open(account))
            Assert.Equal("Asia/Tokyo", await db.Accounts.Select(a => a.TimeZoneId).SingleAsync()); // kept when not given
    }

    [Fact]
    public async Task Prepare_UnknownTimeZone_SaysWhich()
    {
        await using var db = Open();
        var error = await Assert.ThrowsAsync<ArgumentException>(() => KithDatabase.PrepareAsync(db, _path, _clock, "Mars/Olympus"));
        Assert.Contains("Mars/Olympus", error.Message, StringComparison.Ordinal);
    }
}
