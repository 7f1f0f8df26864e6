using Kith.Core.Accounts;
using Kith.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Kith.Core.Tests;

/// <summary>
/// A real database with the migrations applied and the local account created, plus the feature
/// services wired as the app wires them, on a fake clock that starts Monday 2026-03-16 09:00 UTC.
/// Each test class (or test) gets its own: a SQLite file, or, when KITH_TEST_POSTGRES is set, a
/// PostgreSQL database of its own (see <see cref="Kith.Tests.PostgresTestDatabases"/>).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 16, 9, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _root;

    private TestDatabase(DatabaseSettings settings, FakeTimeProvider clock, ServiceProvider root, int accountId)
    {
        Settings = settings;
        Clock = clock;
        _root = root;
        AccountId = accountId;
    }

    /// <summary>The engine and database this test uses.</summary>
    public DatabaseSettings Settings { get; }

    public bool IsPostgres => !Settings.IsSqlite;
    public FakeTimeProvider Clock { get; }
    public int AccountId { get; }

    /// <param name="engine">Forces an engine; by default PostgreSQL when KITH_TEST_POSTGRES is set, else SQLite.</param>
    /// <param name="existing">Opens this database (made elsewhere in the test) instead of a new one; it is removed on dispose all the same.</param>
    public static async Task<TestDatabase> CreateAsync(string timeZoneId = "UTC", DatabaseProvider? engine = null, DatabaseSettings? existing = null)
    {
        var settings = existing
            ?? ((engine ?? (Kith.Tests.PostgresTestDatabases.Enabled ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite)) == DatabaseProvider.Postgres
                ? DatabaseSettings.Postgres(Kith.Tests.PostgresTestDatabases.Create())
                : DatabaseSettings.Sqlite(NewSqlitePath()));
        var clock = new FakeTimeProvider(Start);
        var account = new LocalAccount();
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(clock)
            .AddSingleton<ICurrentAccount>(account)
            .AddKithCore(_ => settings)
            .BuildServiceProvider();

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KithDbContext>();
            account.AccountId = await KithDatabase.PrepareAsync(db, settings, clock, timeZoneId);
        }
        return new TestDatabase(settings, clock, services, account.AccountId);
    }

    /// <summary>A file name for a new SQLite database in the temp folder.</summary>
    public static string NewSqlitePath() => System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"kith-core-{Guid.NewGuid():N}.db");

    /// <summary>A context on this database bound to no account, as start-up and <c>kith migrate-db</c> use.</summary>
    public KithDbContext OpenUnscoped()
    {
        var options = new Microsoft.EntityFrameworkCore.DbContextOptionsBuilder<KithDbContext>();
        options.UseKith(Settings);
        return new KithDbContext(options.Options);
    }

    /// <summary>A fresh scope, like one web request or one CLI command.</summary>
    public AsyncServiceScope Scope() => _root.CreateAsyncScope();

    public async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Scope();
        return await work(scope.ServiceProvider);
    }

    public async ValueTask DisposeAsync()
    {
        await _root.DisposeAsync();
        if (IsPostgres)
        {
            Kith.Tests.PostgresTestDatabases.Drop(Settings.Target);
            return;
        }
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(Settings.Target + suffix);
    }
}
