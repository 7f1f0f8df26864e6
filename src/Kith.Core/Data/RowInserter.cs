using System.Data.Common;
using Kith.Core.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Kith.Core.Data;

/// <summary>
/// Inserts new rows of one entity type with a single prepared INSERT, inside the context's current
/// transaction: the way to write tens of thousands of rows. SaveChanges prepares every statement
/// again for every batch, and on SQLite that also recompiles the full-text triggers each time; the
/// benchmark measured it at four times the cost of the write itself (docs/performance.md).
/// Columns and value conversions come from the EF model, so a column added to the entity is
/// written here too, on SQLite and PostgreSQL alike. Rows are stamped with the context's account.
/// </summary>
internal sealed class RowInserter<T> : IAsyncDisposable where T : class, IAccountScoped
{
    private readonly DbCommand _command;
    private readonly (IProperty Property, DbParameter Parameter)[] _columns;
    private readonly IProperty? _generatedKey;
    private readonly int _accountId;

    public RowInserter(KithDbContext db)
    {
        if (db.Database.CurrentTransaction is not { } transaction)
            throw new InvalidOperationException("Rows are inserted inside the caller's transaction.");
        _accountId = db.CurrentAccountId;
        if (_accountId == 0)
            throw new InvalidOperationException("A row needs an account to belong to.");

        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var key = entity.FindPrimaryKey()!;
        _generatedKey = key.Properties is [{ ValueGenerated: ValueGenerated.OnAdd } generated] ? generated : null;
        var properties = entity.GetProperties().Where(p => p != _generatedKey && p.GetColumnName(table) is not null).ToList();

        var sql = db.GetService<ISqlGenerationHelper>();
        _command = db.Database.GetDbConnection().CreateCommand();
        _command.Transaction = transaction.GetDbTransaction();
        _columns = properties.Select((p, i) =>
        {
            var parameter = _command.CreateParameter();
            parameter.ParameterName = "@p" + i;
            _command.Parameters.Add(parameter);
            return (p, parameter);
        }).ToArray();
        _command.CommandText =
            $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)))}) " +
            $"VALUES ({string.Join(", ", _columns.Select(c => c.Parameter.ParameterName))})" +
            (_generatedKey is null ? "" : $" RETURNING {sql.DelimitIdentifier(_generatedKey.GetColumnName(table)!)}");
    }

    /// <summary>Writes the row; a generated key is read back into the entity.</summary>
    public async Task InsertAsync(T row, CancellationToken ct)
    {
        row.AccountId = _accountId;
        foreach (var (property, parameter) in _columns)
        {
            var value = property.GetGetter().GetClrValueUsingContainingEntity(row);
            if (value is not null && property.GetTypeMapping().Converter is { } converter)
                value = converter.ConvertToProvider(value);
            parameter.Value = value ?? DBNull.Value;
        }
        if (_generatedKey is null)
        {
            await _command.ExecuteNonQueryAsync(ct);
            return;
        }
        var id = await _command.ExecuteScalarAsync(ct);
        _generatedKey.PropertyInfo!.SetValue(row, Convert.ChangeType(id, _generatedKey.ClrType, System.Globalization.CultureInfo.InvariantCulture));
    }

    public ValueTask DisposeAsync() => _command.DisposeAsync();
}
