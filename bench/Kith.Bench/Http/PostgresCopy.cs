using Kith.Core.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Kith.Bench.Http;

/// <summary>
/// The benchmark's data on a PostgreSQL server, for the HTTP part on the team setup: a database of
/// its own (created on the server given, filled with Kith's own copier, as <c>kith migrate-db</c>
/// fills one), dropped again when the run ends.
/// </summary>
public sealed class PostgresCopy : IAsyncDisposable
{
    private readonly string _server;

    private PostgresCopy(string server, string connectionString)
    {
        _server = server;
        ConnectionString = connectionString;
    }

    /// <summary>The copy's connection string, for the app.</summary>
    public string ConnectionString { get; }

    /// <param name="server">A connection string to the server, as a role that may create databases.</param>
    public static async Task<PostgresCopy> CreateAsync(string server, string sqlitePath, TextWriter log, CancellationToken ct)
    {
        var name = $"kith_bench_{Environment.ProcessId}";
        var target = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", ct);
        await ExecuteAsync(server, $"CREATE DATABASE \"{name}\"", ct);
        var copy = new PostgresCopy(server, target);
        try
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            await using (var source = Open(DatabaseSettings.Sqlite(sqlitePath)))
            await using (var into = Open(DatabaseSettings.Postgres(target)))
            {
                var result = await DatabaseCopier.CopyAsync(source, into, ct: ct);
                if (!result.Matches)
                    throw new InvalidOperationException("Copying the data to PostgreSQL lost rows: " + string.Join(", ", result.Tables.Where(t => t.Source != t.Target).Select(t => $"{t.Table} {t.Source} → {t.Target}")));
            }
            // Planner statistics and the visibility map (index-only scans) for the copy, as a server's
            // autovacuum would make them in time after a bulk load.
            await ExecuteAsync(target, "VACUUM (ANALYZE)", ct);
            await log.WriteLineAsync($"Copied the data to PostgreSQL database {name} in {System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds:0} s.");
            return copy;
        }
        catch
        {
            await copy.DisposeAsync();
            throw;
        }
    }

    private static KithDbContext Open(DatabaseSettings settings)
    {
        var options = new DbContextOptionsBuilder<KithDbContext>();
        options.UseKith(settings);
        return new KithDbContext(options.Options);
    }

    private static async Task ExecuteAsync(string connectionString, string sql, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(_server, $"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(ConnectionString).Database}\" WITH (FORCE)", CancellationToken.None);
    }
}
