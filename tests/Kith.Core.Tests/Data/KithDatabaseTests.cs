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
        return new KithDbContext(options.Options, new FixedAccount(account));
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
