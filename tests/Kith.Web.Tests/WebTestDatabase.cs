using Kith.Tests;
using Microsoft.AspNetCore.Hosting;

namespace Kith.Web.Tests;

/// <summary>
/// The database of one test host: its own SQLite file, or, when KITH_TEST_POSTGRES is set, its own
/// PostgreSQL database (see <see cref="PostgresTestDatabases"/>). Removed when the host is disposed.
/// </summary>
public sealed class WebTestDatabase(string prefix) : IDisposable
{
    private readonly Lazy<string> _postgres = new(PostgresTestDatabases.Create);

    /// <summary>True when the tests run on PostgreSQL rather than SQLite files.</summary>
    public static bool IsPostgres => PostgresTestDatabases.Enabled;

    /// <summary>The SQLite file, when the tests run on SQLite.</summary>
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}.db");

    /// <summary>Points the app's configuration at this database.</summary>
    public void Configure(IWebHostBuilder builder)
    {
        if (!IsPostgres)
        {
            builder.UseSetting("Kith:Database:Path", Path);
            return;
        }
        builder.UseSetting("Kith:Database:Provider", "postgres");
        builder.UseSetting("Kith:Database:ConnectionString", _postgres.Value);
    }

    public void Dispose()
    {
        if (_postgres.IsValueCreated)
            PostgresTestDatabases.Drop(_postgres.Value);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(Path + suffix);
    }
}
