using Kith.Core.Accounts;
using Kith.Core.People;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Kith.Core.Data;

/// <summary>Where Kith keeps its SQLite file, and how a context is pointed at it.</summary>
public static class KithDatabase
{
    /// <summary>The assembly that owns the SQLite migrations.</summary>
    public const string SqliteMigrationsAssembly = "Kith.Migrations.Sqlite";

    /// <summary>The assembly that owns the PostgreSQL migrations.</summary>
    public const string PostgresMigrationsAssembly = "Kith.Migrations.Postgres";

    /// <summary>The environment variable that points the app and the CLI at another database file.</summary>
    public const string PathVariable = "KITH_DB";

    /// <summary>The environment variable that sets the time zone "today" is computed in (an IANA name).</summary>
    public const string TimeZoneVariable = "KITH_TIMEZONE";

    /// <summary>
    /// The database file: an explicit path (<c>--db</c>, configuration) wins, then <c>KITH_DB</c>,
    /// then <c>kith.db</c> in the user's data directory (~/.local/share/kith on Linux).
    /// </summary>
    public static string ResolvePath(string? explicitPath)
    {
        var path = !string.IsNullOrWhiteSpace(explicitPath) ? explicitPath
            : Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } fromEnv ? fromEnv
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "kith", "kith.db");
        return Path.GetFullPath(path);
    }

    /// <summary>Points a context at the engine and database the settings name.</summary>
    public static DbContextOptionsBuilder UseKith(this DbContextOptionsBuilder options, DatabaseSettings settings) =>
        settings.IsSqlite ? options.UseKithSqlite(settings.Target) : options.UseKithPostgres(settings.Target);

    public static DbContextOptionsBuilder UseKithPostgres(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, pg => pg.MigrationsAssembly(PostgresMigrationsAssembly));

    public static DbContextOptionsBuilder UseKithSqlite(this DbContextOptionsBuilder options, string databasePath)
    {
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        return options
            .UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly))
            .AddInterceptors(SqlitePragmaInterceptor.Instance);
    }

    /// <summary>
    /// Creates the folder, applies pending migrations and makes sure the local account exists.
    /// A time zone given here (or in KITH_TIMEZONE) becomes the account's; otherwise the stored one stays.
    /// </summary>
    public static Task<int> PrepareAsync(KithDbContext db, string databasePath, TimeProvider clock, string? timeZoneId = null, CancellationToken ct = default) =>
        PrepareAsync(db, DatabaseSettings.Sqlite(databasePath), clock, timeZoneId, ct);

    /// <inheritdoc cref="PrepareAsync(KithDbContext, string, TimeProvider, string?, CancellationToken)"/>
    public static async Task<int> PrepareAsync(KithDbContext db, DatabaseSettings settings, TimeProvider clock, string? timeZoneId = null, CancellationToken ct = default)
    {
        if (settings.SqlitePath is { } databasePath && Path.GetDirectoryName(databasePath) is { Length: > 0 } folder)
            Directory.CreateDirectory(folder);
        // Migrate only when a migration is pending: MigrateAsync also diffs the whole model against
        // the last migration, which cost 0.4 s of every start (measured in docs/performance.md).
        var migrate = (await db.Database.GetPendingMigrationsAsync(ct)).Any();
        if (migrate)
            await db.Database.MigrateAsync(ct);
        var zone = !string.IsNullOrWhiteSpace(timeZoneId) ? timeZoneId.Trim()
            : Environment.GetEnvironmentVariable(TimeZoneVariable) is { Length: > 0 } fromEnv ? fromEnv.Trim()
            : null;
        var accountId = await LocalAccountBootstrapper.EnsureLocalAccountAsync(db, clock, zone, ct);
        await FillAgendaRanksAsync(db, ct);
        await FillDepartmentKeysAsync(db, ct);
        // A migration may have made new indexes, which have no statistics yet: analyse everything once.
        await RefreshStatisticsAsync(db, migrate ? Statistics.Rebuild : Statistics.AtStart, ct);
        return accountId;
    }

    /// <summary>
    /// Computes <see cref="Person.RankSlope"/> and <see cref="Person.RankOffset"/> for cadences that
    /// have none: those saved before the columns existed (migration AgendaIndexAndDataVersion). The
    /// check reads the agenda's partial index; the work is done once, in one transaction.
    /// </summary>
    private static async Task FillAgendaRanksAsync(KithDbContext db, CancellationToken ct)
    {
        var missing = db.People.IgnoreQueryFilters().Where(p => p.NextDueOn != null && p.RankSlope == null);
        if (!await missing.AnyAsync(ct)) return;
        var zones = (await db.Accounts.Select(a => new { a.Id, a.TimeZoneId }).ToListAsync(ct))
            .ToDictionary(a => a.Id, a => TimeZoneInfo.TryFindSystemTimeZoneById(a.TimeZoneId, out var z) ? z : TimeZoneInfo.Utc);
        var rows = await missing
            .Select(p => new Person
            {
                Id = p.Id, AccountId = p.AccountId, FirstName = "", IsMe = p.IsMe, Roles = p.Roles, MetOn = p.MetOn,
                CadenceEvery = p.CadenceEvery, CadenceMax = p.CadenceMax, CadenceUnit = p.CadenceUnit,
                LastInteractionAt = p.LastInteractionAt, NextDueOn = p.NextDueOn,
            })
            .ToListAsync(ct);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var connection = db.Database.GetDbConnection();
        await using var update = connection.CreateCommand();
        update.Transaction = transaction.GetDbTransaction();
        update.CommandText = "UPDATE \"People\" SET \"RankSlope\" = @slope, \"RankOffset\" = @offset WHERE \"Id\" = @id";
        var slope = Parameter(update, "@slope", System.Data.DbType.Double);
        var offset = Parameter(update, "@offset", System.Data.DbType.Double);
        var id = Parameter(update, "@id", System.Data.DbType.Int32);
        foreach (var person in rows)
        {
            person.RefreshAgendaRank(zones.GetValueOrDefault(person.AccountId, TimeZoneInfo.Utc));
            slope.Value = (object?)person.RankSlope ?? DBNull.Value;
            offset.Value = (object?)person.RankOffset ?? DBNull.Value;
            id.Value = person.Id;
            await update.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
    }

    /// <summary>
    /// Computes <see cref="Person.DepartmentKey"/> where it is missing: rows with a department saved
    /// before the column existed (migration PlanRankingWalks). Once, in one transaction, a statement
    /// per distinct department.
    /// </summary>
    private static async Task FillDepartmentKeysAsync(KithDbContext db, CancellationToken ct)
    {
        var missing = db.People.IgnoreQueryFilters().Where(p => p.DepartmentKey == null);
        if (!await missing.AnyAsync(ct)) return;
        var departments = await missing.Select(p => p.Department).Distinct().ToListAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var department in departments)
        {
            var key = Person.DepartmentKeyOf(department);
            await db.People.IgnoreQueryFilters().Where(p => p.DepartmentKey == null && p.Department == department)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.DepartmentKey, key), ct);
        }
        await transaction.CommitAsync(ct);
    }

    private static System.Data.Common.DbParameter Parameter(System.Data.Common.DbCommand command, string name, System.Data.DbType type)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = type;
        command.Parameters.Add(parameter);
        return parameter;
    }

    /// <summary>
    /// Lets SQLite's query planner know how the data is spread. Without statistics it takes any
    /// equality for a selective one, so "AccountId = ?" (every row, on a one-user file) looked as good
    /// as a primary key and a ten-row timeline scanned every interaction (measured in
    /// docs/performance.md). PRAGMA optimize analyses only tables never analysed (at start) or
    /// that changed a lot since; analysis_limit keeps each look to a sample, milliseconds even at
    /// a million rows. PostgreSQL's autovacuum keeps its own statistics.
    /// </summary>
    public static async Task RefreshStatisticsAsync(KithDbContext db, Statistics when = Statistics.AfterBulkWrite, CancellationToken ct = default)
    {
        if (!db.Database.IsSqlite()) return;
        await db.Database.ExecuteSqlRawAsync(when switch
        {
            Statistics.Rebuild => "PRAGMA analysis_limit=1000; ANALYZE;",
            Statistics.AtStart => "PRAGMA analysis_limit=1000; PRAGMA optimize=0x10002;",
            _ => "PRAGMA analysis_limit=1000; PRAGMA optimize;",
        }, ct);
    }

    /// <summary>How thoroughly <see cref="RefreshStatisticsAsync"/> looks.</summary>
    public enum Statistics
    {
        /// <summary>Only tables whose size changed a lot since they were last analysed.</summary>
        AfterBulkWrite,
        /// <summary>Also tables never analysed.</summary>
        AtStart,
        /// <summary>Every table and index, after a migration.</summary>
        Rebuild,
    }
}
