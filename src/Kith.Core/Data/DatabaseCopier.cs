using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Kith.Core.Data;

/// <summary>How many rows one table holds in the source and, after the copy, in the target.</summary>
public sealed record TableCount(string Table, long Source, long Target)
{
    public bool Matches => Source == Target;
}

/// <summary>What a copy did: the rows of every table on both sides, and whether they all match.</summary>
public sealed record CopyResult(IReadOnlyList<TableCount> Tables)
{
    public bool Matches => Tables.All(t => t.Matches);
}

/// <summary>The target database already holds Kith rows; a copy would mix two databases.</summary>
public sealed class TargetNotEmptyException(IReadOnlyList<TableCount> occupied)
    : Exception($"The target database already holds Kith data ({string.Join(", ", occupied.Select(t => $"{t.Table}: {t.Target}"))}); copy only into an empty database.")
{
    public IReadOnlyList<TableCount> Occupied { get; } = occupied;
}

/// <summary>
/// Copies every row of every table of the model from one Kith database to another, engine to engine
/// (SQLite → PostgreSQL is what <c>kith migrate-db</c> does). The target is migrated first and must be
/// empty. Rows keep their ids; tables go in foreign-key order; a row pointing at a row of its own table
/// (a person's boss) is written without that link first and linked once the whole table is in. Everything
/// is one transaction on the target, streamed in batches, and committed only when every table's row
/// count matches the source's. PostgreSQL's identity sequences are then moved past the copied ids.
/// </summary>
public static class DatabaseCopier
{
    public const int DefaultBatchSize = 1_000;

    /// <param name="source">A context on the database to read, bound to no account (all accounts are copied).</param>
    /// <param name="target">A context on the database to fill, bound to no account.</param>
    /// <param name="progress">Told the table and its rows copied so far, after every batch.</param>
    public static async Task<CopyResult> CopyAsync(KithDbContext source, KithDbContext target, IProgress<(string Table, long Rows)>? progress = null,
        int batchSize = DefaultBatchSize, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        await target.Database.MigrateAsync(ct);
        var tables = CopyOrder(target.Model);

        var occupied = new List<TableCount>();
        foreach (var table in tables)
        {
            var rows = await CountAsync(target, table, ct);
            if (rows > 0) occupied.Add(new TableCount(table.GetTableName()!, 0, rows));
        }
        if (occupied.Count > 0)
            throw new TargetNotEmptyException(occupied);

        target.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await target.Database.BeginTransactionAsync(ct);
        foreach (var table in tables)
        {
            await (Task)CopyTableMethod.MakeGenericMethod(table.ClrType).Invoke(null, [source, target, table, progress, batchSize, ct])!;
        }

        var counts = new List<TableCount>();
        foreach (var table in tables)
            counts.Add(new TableCount(table.GetTableName()!, await CountAsync(source, table, ct), await CountAsync(target, table, ct)));
        var result = new CopyResult(counts);
        if (!result.Matches)
        {
            await transaction.RollbackAsync(ct);
            return result;
        }
        if (target.Database.IsNpgsql())
            await ResetSequencesAsync(target, tables, ct);
        await transaction.CommitAsync(ct);
        return result;
    }

    /// <summary>The tables of the model, every table after the tables its rows point at.</summary>
    public static IReadOnlyList<IEntityType> CopyOrder(IModel model)
    {
        var tables = model.GetEntityTypes().Where(e => e.GetTableName() is not null && !e.IsOwned()).OrderBy(e => e.GetTableName(), StringComparer.Ordinal).ToList();
        var ordered = new List<IEntityType>();
        var placed = new HashSet<IEntityType>();
        while (ordered.Count < tables.Count)
        {
            var next = tables.FirstOrDefault(t => !placed.Contains(t)
                && t.GetForeignKeys().All(fk => fk.PrincipalEntityType == t || placed.Contains(fk.PrincipalEntityType.GetRootType())))
                ?? throw new NotSupportedException("The tables' foreign keys form a cycle: " + string.Join(", ", tables.Where(t => !placed.Contains(t)).Select(t => t.GetTableName())));
            ordered.Add(next);
            placed.Add(next);
        }
        return ordered;
    }

    private static readonly MethodInfo CopyTableMethod = typeof(DatabaseCopier).GetMethod(nameof(CopyTableAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static async Task CopyTableAsync<T>(KithDbContext source, KithDbContext target, IEntityType table, IProgress<(string Table, long Rows)>? progress,
        int batchSize, CancellationToken ct) where T : class
    {
        var name = table.GetTableName()!;
        if (table.GetProperties().FirstOrDefault(p => p.IsShadowProperty()) is { } shadow)
            throw new NotSupportedException($"{name}.{shadow.Name} has no property on {typeof(T).Name}; the copier reads rows as objects and would lose it.");

        // Links to a row of the same table wait until every row of the table is in.
        var selfLinks = table.GetForeignKeys().Where(fk => fk.PrincipalEntityType == table).SelectMany(fk => fk.Properties).ToList();
        if (selfLinks.FirstOrDefault(p => !p.IsNullable) is { } required)
            throw new NotSupportedException($"{name}.{required.Name} points into its own table and cannot be left empty while copying.");
        var key = table.FindPrimaryKey()!.Properties;
        var pendingLinks = new List<(object[] Key, IProperty Property, object Value)>();

        var batch = new List<T>(batchSize);
        long copied = 0;
        var rows = OrderedByKey(source.Set<T>().IgnoreQueryFilters().AsNoTracking(), key);
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(ct))
        {
            foreach (var link in selfLinks)
            {
                if (link.PropertyInfo!.GetValue(row) is not { } value) continue;
                pendingLinks.Add((key.Select(k => k.PropertyInfo!.GetValue(row)!).ToArray(), link, value));
                link.PropertyInfo.SetValue(row, null);
            }
            batch.Add(row);
            if (batch.Count == batchSize)
            {
                copied += await WriteAsync(target, batch, ct);
                progress?.Report((name, copied));
            }
        }
        copied += await WriteAsync(target, batch, ct);
        progress?.Report((name, copied));

        // Straight UPDATEs: these rows belong to every account, and the context (bound to none) only lets rows be added.
        var store = StoreObjectIdentifier.Table(name, table.GetSchema());
        var where = string.Join(" AND ", key.Select((k, i) => $"{Quote(k.GetColumnName(store)!)} = {{{i + 1}}}"));
        foreach (var (keyValues, property, value) in pendingLinks)
        {
#pragma warning disable EF1002 // Names come from the model, not from input, and are quoted; values are parameters.
            await target.Database.ExecuteSqlRawAsync($"UPDATE {Quote(name)} SET {Quote(property.GetColumnName(store)!)} = {{0}} WHERE {where}",
                [value, .. keyValues], ct);
#pragma warning restore EF1002
        }
    }

    private static async Task<int> WriteAsync<T>(KithDbContext target, List<T> batch, CancellationToken ct) where T : class
    {
        if (batch.Count == 0) return 0;
        target.Set<T>().AddRange(batch);
        await target.SaveChangesAsync(ct);
        target.ChangeTracker.Clear();
        var written = batch.Count;
        batch.Clear();
        return written;
    }

    /// <summary>Rows in key order, so a copy reads the same way on every engine.</summary>
    private static IQueryable<T> OrderedByKey<T>(IQueryable<T> rows, IReadOnlyList<IProperty> key)
    {
        var expression = rows.Expression;
        for (var i = 0; i < key.Count; i++)
        {
            var row = Expression.Parameter(typeof(T), "row");
            var lambda = Expression.Lambda(Expression.Property(row, key[i].PropertyInfo!), row);
            expression = Expression.Call(typeof(Queryable), i == 0 ? nameof(Queryable.OrderBy) : nameof(Queryable.ThenBy),
                [typeof(T), key[i].ClrType], expression, Expression.Quote(lambda));
        }
        return rows.Provider.CreateQuery<T>(expression);
    }

    private static Task<int> CountAsync(KithDbContext db, IEntityType table, CancellationToken ct) =>
        (Task<int>)CountMethod.MakeGenericMethod(table.ClrType).Invoke(null, [db, ct])!;

    private static readonly MethodInfo CountMethod = typeof(DatabaseCopier).GetMethod(nameof(CountRowsAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static Task<int> CountRowsAsync<T>(KithDbContext db, CancellationToken ct) where T : class =>
        db.Set<T>().IgnoreQueryFilters().CountAsync(ct);

    /// <summary>Moves every identity sequence past the highest copied id, so the next row gets a new one.</summary>
    private static async Task ResetSequencesAsync(KithDbContext target, IReadOnlyList<IEntityType> tables, CancellationToken ct)
    {
        foreach (var table in tables)
        {
            var name = table.GetTableName()!;
            var store = StoreObjectIdentifier.Table(name, table.GetSchema());
            foreach (var property in table.FindPrimaryKey()!.Properties.Where(p => p.ValueGenerated == ValueGenerated.OnAdd && (p.ClrType == typeof(int) || p.ClrType == typeof(long))))
            {
                var column = property.GetColumnName(store)!;
                var quotedTable = Quote(name);
                var sql = $"""
                    SELECT setval(seq, COALESCE((SELECT MAX({Quote(column)}) FROM {quotedTable}), 0) + 1, false)
                    FROM pg_get_serial_sequence('{quotedTable.Replace("'", "''", StringComparison.Ordinal)}', '{column.Replace("'", "''", StringComparison.Ordinal)}') AS seq
                    WHERE seq IS NOT NULL
                    """;
#pragma warning disable EF1002 // Names come from the model, not from input, and are quoted.
                await target.Database.ExecuteSqlRawAsync(sql, ct);
#pragma warning restore EF1002
            }
        }
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
