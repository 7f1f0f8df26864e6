using Kith.Core.Import;
using Kith.Tests;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Kith.Web.Tests;

/// <summary>
/// Hosts the real app in-process on its own database, with a fake clock that starts on a
/// fixed Monday (2026-03-16 09:00 UTC, 06:00 in the account's zone, São Paulo, so that every test
/// also checks that "today" is the user's and not the machine's). One factory per test class.
/// The database is a SQLite file, or, when KITH_TEST_POSTGRES is set, a PostgreSQL database of its own.
/// </summary>
public sealed class KithWebFactory : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Start = new(2026, 3, 16, 9, 0, 0, TimeSpan.Zero);

    private readonly Lazy<string> _postgres = new(PostgresTestDatabases.Create);

    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), $"kith-web-{Guid.NewGuid():N}.db");

    /// <summary>True when this host runs on PostgreSQL rather than its SQLite file.</summary>
    public static bool IsPostgres => PostgresTestDatabases.Enabled;

    public FakeTimeProvider Clock { get; } = new(Start);

    /// <summary>The account's zone: UTC−3 all year, so dates are the same as in UTC at the start time.</summary>
    public const string TimeZone = "America/Sao_Paulo";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (IsPostgres)
        {
            builder.UseSetting("Kith:Database:Provider", "postgres");
            builder.UseSetting("Kith:Database:ConnectionString", _postgres.Value);
            // On PostgreSQL uploads would wait in the user's profile; keep this host's beside its own files.
            var imports = DatabasePath + ".imports";
            builder.ConfigureServices(services => services.AddSingleton(sp => new ImportStore(imports, sp.GetRequiredService<TimeProvider>())));
        }
        else
        {
            builder.UseSetting("Kith:Database:Path", DatabasePath);
        }
        builder.UseSetting("Kith:TimeZone", TimeZone);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (_postgres.IsValueCreated)
            PostgresTestDatabases.Drop(_postgres.Value);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(DatabasePath + suffix);
        if (Directory.Exists(DatabasePath + ".imports"))
            Directory.Delete(DatabasePath + ".imports", recursive: true);
    }
}
