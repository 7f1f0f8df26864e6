using Kith.Core.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Kith.Tests;

/// <summary>
/// Fresh PostgreSQL databases for tests, when <c>KITH_TEST_POSTGRES</c> holds a connection string to a
/// server whose role may create databases. One template is migrated per test process; every test
/// database is a copy of it (<c>CREATE DATABASE … TEMPLATE</c>, milliseconds) and is dropped after.
/// With <c>KITH_REQUIRE_POSTGRES=1</c> (CI) a missing or unreachable server fails the tests instead
/// of letting them run on SQLite alone.
/// Shared by Kith.Core.Tests and Kith.Web.Tests (linked source).
/// </summary>
internal static class PostgresTestDatabases
{
    public const string Variable = "KITH_TEST_POSTGRES";
    public const string RequireVariable = "KITH_REQUIRE_POSTGRES";

    private static readonly Lazy<string?> ServerValue = new(FindServer, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<string> Template = new(CreateTemplate, LazyThreadSafetyMode.ExecutionAndPublication);

    // Copies of one template must not overlap: PostgreSQL refuses a copy while another session is in the template.
    private static readonly Lock Gate = new();

    private static readonly List<Task> PendingDrops = [];

    /// <summary>The server to use, or null: then the tests run on SQLite (a failure if PostgreSQL is required).</summary>
    public static string? Server => ServerValue.Value;

    public static bool Enabled => Server is not null;

    /// <summary>Why a test that needs PostgreSQL does not run here.</summary>
    public const string NotConfigured = $"Needs PostgreSQL: set {Variable} to a connection string (a role with CREATEDB).";

    /// <summary>Creates an empty, migrated database of its own and returns its connection string.</summary>
    public static string Create()
    {
        var server = Server ?? throw new InvalidOperationException(NotConfigured);
        var template = Template.Value;
        var name = $"kith_test_{Environment.ProcessId}_{Guid.NewGuid():N}";
        lock (Gate)
            Execute(server, $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
        return For(server, name);
    }

    /// <summary>An empty database with no tables at all (for tests of migrating or copying into one).</summary>
    public static string CreateBlank()
    {
        var server = Server ?? throw new InvalidOperationException(NotConfigured);
        var name = $"kith_test_{Environment.ProcessId}_{Guid.NewGuid():N}";
        Execute(server, $"CREATE DATABASE \"{name}\"");
        return For(server, name);
    }

    /// <summary>
    /// Drops a database made by <see cref="Create"/>, closing whatever still holds it. In the
    /// background: a drop waits on the disk, and the next test need not; the process waits for them at exit.
    /// </summary>
    public static void Drop(string connectionString)
    {
        using (var connection = new NpgsqlConnection(connectionString))
            NpgsqlConnection.ClearPool(connection);
        var drop = Task.Run(() => DropNow(connectionString));
        lock (PendingDrops)
            PendingDrops.Add(drop);
    }

    private static void DropNow(string connectionString) =>
        Execute(Server!, $"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(connectionString).Database}\" WITH (FORCE)");

    private static void FinishDrops()
    {
        var template = Template.IsValueCreated ? For(Server!, Template.Value) : null;
        Task[] pending;
        lock (PendingDrops)
            pending = [.. PendingDrops];
        Task.WaitAll(pending, TimeSpan.FromMinutes(1));
        if (template is not null)
            DropNow(template);
    }

    private static string? FindServer()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        var required = Environment.GetEnvironmentVariable(RequireVariable) == "1";
        if (string.IsNullOrWhiteSpace(server))
        {
            return required
                ? throw new InvalidOperationException($"{RequireVariable}=1 but {Variable} is not set: the tests must run on PostgreSQL too.")
                : null;
        }
        try
        {
            Execute(server, "SELECT 1");
        }
        catch (Exception e) when (e is NpgsqlException or ArgumentException)
        {
            // Set but unreachable is never a silent fallback to SQLite: the person meant PostgreSQL.
            throw new InvalidOperationException($"{Variable} is set but PostgreSQL cannot be reached: {e.Message}", e);
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) => FinishDrops();
        return server;
    }

    private static string CreateTemplate()
    {
        var server = Server!;
        DropLeftovers(server);
        var name = $"kith_tpl_{Environment.ProcessId}_{Guid.NewGuid():N}";
        Execute(server, $"CREATE DATABASE \"{name}\"");
        var connectionString = For(server, name);
        var options = new DbContextOptionsBuilder<KithDbContext>();
        options.UseKithPostgres(connectionString);
        using (var db = new KithDbContext(options.Options))
            db.Database.Migrate();
        NpgsqlConnection.ClearAllPools();
        return name;
    }

    /// <summary>A test process stopped before its exit handler ran leaves its databases; the next run removes them.</summary>
    private static void DropLeftovers(string server)
    {
        var names = new List<string>();
        using (var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ConnectionString))
        {
            connection.Open();
            using var command = new NpgsqlCommand(@"SELECT datname FROM pg_database WHERE datname LIKE 'kith\_tpl\_%' OR datname LIKE 'kith\_test\_%'", connection);
            using var reader = command.ExecuteReader();
            while (reader.Read()) names.Add(reader.GetString(0));
        }
        foreach (var name in names)
        {
            if (!int.TryParse(name.Split('_')[2], out var pid) || IsRunning(pid)) continue;
            try
            {
                Execute(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
            }
            catch (PostgresException)
            {
                // Another run is removing it too.
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string For(string server, string database) =>
        new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;

    private static void Execute(string connectionString, string sql)
    {
        // Pooling off: a pooled idle session in the template or a dropped database would block the next copy or drop.
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
