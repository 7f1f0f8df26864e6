using Microsoft.Data.Sqlite;
using Npgsql;

namespace Kith.Web.Tests.Accounts;

/// <summary>
/// A database for hosts with accounts, which one or several app processes can share: a SQLite
/// file, or a fresh PostgreSQL database of its own when KITH_TEST_POSTGRES holds a connection
/// string (a role that may create databases; the first migration creates it).
/// </summary>
public sealed class AccountsTestDatabase : IDisposable
{
    private readonly string? _postgres;

    public AccountsTestDatabase()
    {
        if (Environment.GetEnvironmentVariable("KITH_TEST_POSTGRES") is { Length: > 0 } server)
            _postgres = new NpgsqlConnectionStringBuilder(server) { Database = $"kith_accounts_{Guid.NewGuid():N}" }.ConnectionString;
    }

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"kith-accounts-{Guid.NewGuid():N}.db");

    public bool IsPostgres => _postgres is not null;

    /// <summary>The host settings that point the app at this database.</summary>
    public IEnumerable<(string Key, string Value)> Settings() => _postgres is null
        ? [("Kith:Database:Path", Path)]
        : [("Kith:Database:Provider", "postgres"), ("Kith:Database:ConnectionString", _postgres)];

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(Path + suffix);
        if (_postgres is not null)
        {
            NpgsqlConnection.ClearAllPools();
            var name = new NpgsqlConnectionStringBuilder(_postgres).Database;
            using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_postgres) { Database = "postgres", Pooling = false }.ConnectionString);
            connection.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            drop.ExecuteNonQuery();
        }
    }
}
