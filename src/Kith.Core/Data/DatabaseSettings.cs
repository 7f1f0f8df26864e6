using Npgsql;

namespace Kith.Core.Data;

/// <summary>The engines Kith runs on: SQLite for one person's machine, PostgreSQL for a team server.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Which database Kith uses: a SQLite file (the default) or a PostgreSQL server. Read from
/// configuration (<c>Kith:Database:Provider</c>, <c>Kith:Database:Path</c>,
/// <c>Kith:Database:ConnectionString</c>) or the same names as environment variables
/// (<c>Kith__Database__Provider</c>, …), which the CLI reads too.
/// </summary>
public sealed record DatabaseSettings
{
    public const string ProviderKey = "Kith:Database:Provider";
    public const string PathKey = "Kith:Database:Path";
    public const string ConnectionStringKey = "Kith:Database:ConnectionString";

    private DatabaseSettings(DatabaseProvider provider, string target)
    {
        Provider = provider;
        Target = target;
    }

    public DatabaseProvider Provider { get; }

    /// <summary>The SQLite file's full path, or the PostgreSQL connection string.</summary>
    public string Target { get; }

    public bool IsSqlite => Provider == DatabaseProvider.Sqlite;

    /// <summary>The SQLite file; null on PostgreSQL.</summary>
    public string? SqlitePath => IsSqlite ? Target : null;

    public static DatabaseSettings Sqlite(string? path) => new(DatabaseProvider.Sqlite, KithDatabase.ResolvePath(path));

    public static DatabaseSettings Postgres(string connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new ArgumentException("PostgreSQL needs a connection string (Kith:Database:ConnectionString), e.g. \"Host=db;Database=kith;Username=kith;Password=…\".", nameof(connectionString));
        try
        {
            _ = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"The PostgreSQL connection string is not valid: {e.Message}", nameof(connectionString), e);
        }
        return new DatabaseSettings(DatabaseProvider.Postgres, connectionString);
    }

    /// <summary>
    /// Picks the engine from a provider name ("sqlite", the default, or "postgres"/"postgresql"),
    /// a SQLite path and a PostgreSQL connection string; values left null fall back to the environment.
    /// </summary>
    public static DatabaseSettings Resolve(string? provider, string? path, string? connectionString)
    {
        provider = Blank(provider) ?? Blank(Environment.GetEnvironmentVariable("Kith__Database__Provider"));
        connectionString = Blank(connectionString) ?? Blank(Environment.GetEnvironmentVariable("Kith__Database__ConnectionString"));
        path = Blank(path) ?? Blank(Environment.GetEnvironmentVariable("Kith__Database__Path"));
        return ParseProvider(provider) switch
        {
            DatabaseProvider.Postgres => Postgres(connectionString ?? ""),
            _ => Sqlite(path),
        };
    }

    public static DatabaseProvider ParseProvider(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        null or "" or "sqlite" => DatabaseProvider.Sqlite,
        "postgres" or "postgresql" or "npgsql" => DatabaseProvider.Postgres,
        _ => throw new ArgumentException($"Unknown database provider '{name}'. Use \"sqlite\" or \"postgres\".", nameof(name)),
    };

    /// <summary>Where the database is, for logs and messages: the file, or host/port/database without credentials.</summary>
    public string Describe()
    {
        if (IsSqlite)
            return Target;
        var cs = new NpgsqlConnectionStringBuilder(Target);
        return $"PostgreSQL {cs.Host}:{cs.Port}/{cs.Database}";
    }

    /// <summary>Never the connection string: it carries a password.</summary>
    public override string ToString() => Describe();

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
