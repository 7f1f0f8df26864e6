using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Kith.Core.Data;

/// <summary>
/// Applies Kith's SQLite settings to every connection: write-ahead logging so readers never block
/// the writer, a busy timeout so concurrent writers wait instead of failing, and foreign keys.
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    private const string ReadWritePragmas = "PRAGMA journal_mode=WAL; PRAGMA busy_timeout=5000; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;";

    // EF opens a read-only connection to ask whether the file exists; switching the journal mode there would fail.
    private const string ReadOnlyPragmas = "PRAGMA busy_timeout=5000;";

    public static readonly SqlitePragmaInterceptor Instance = new();

    // Microsoft.Data.Sqlite pools native connections, and a native connection keeps its settings, so
    // they are applied once per native connection rather than on each of EF's opens (one per query,
    // about 35 µs each, measured in docs/performance.md).
    private static readonly ConditionalWeakTable<object, object> Configured = new();
    private static readonly object Done = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!FirstOpen(connection, out var handle)) return;
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = PragmasFor(connection);
            command.ExecuteNonQuery();
        }
        catch
        {
            Forget(handle);
            throw;
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!FirstOpen(connection, out var handle)) return;
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = PragmasFor(connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch
        {
            Forget(handle);
            throw;
        }
    }

    /// <summary>True the first time this native connection is opened (or when it cannot be told apart).</summary>
    private static bool FirstOpen(DbConnection connection, out object? handle)
    {
        handle = (connection as SqliteConnection)?.Handle;
        return handle is null || Configured.TryAdd(handle, Done);
    }

    private static void Forget(object? handle)
    {
        if (handle is not null) Configured.Remove(handle);
    }

    private static string PragmasFor(DbConnection connection) =>
        new SqliteConnectionStringBuilder(connection.ConnectionString).Mode == SqliteOpenMode.ReadOnly ? ReadOnlyPragmas : ReadWritePragmas;
}
