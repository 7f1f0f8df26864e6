using Kith.Core.Backup;
using Kith.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kith.Core.Tests.Backup;

/// <summary>
/// The backup must hold everything in an account. These fail when a table or a column is added to
/// the model and not to the backup (or not given a reason for leaving it out).
/// </summary>
public sealed class BackupModelGuardTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task BackupTables_EveryEntityOfTheModel_HasASection()
    {
        var entities = await ModelAsync(model => model.GetEntityTypes().Select(e => e.ClrType)
            .Where(t => !BackupTables.NotBackedUp.ContainsKey(t)).ToList());

        var missing = entities.Except(BackupTables.All.Select(t => t.Entity)).Select(t => t.Name).ToList();

        Assert.Empty(missing);
        Assert.Equal(entities.Count, BackupTables.All.Count);
    }

    [Fact]
    public async Task BackupTables_EveryColumnOfEveryEntity_IsWrittenOrHasAReasonToBeLeftOut()
    {
        var columns = await ModelAsync(model => model.GetEntityTypes()
            .ToDictionary(e => e.ClrType, e => e.GetProperties().Select(p => p.Name).ToList()));
        Assert.All(BackupTables.NotBackedUp.Keys, t => Assert.True(columns.ContainsKey(t), $"{t.Name} is listed as not backed up but is not in the model"));

        var problems = new List<string>();
        foreach (var table in BackupTables.All)
        {
            var model = columns[table.Entity];
            var written = table.Row.GetProperties().Select(p => p.Name).ToList();
            problems.AddRange(model.Where(c => !written.Contains(c) && !table.NotStored.ContainsKey(c))
                .Select(c => $"{table.Entity.Name}.{c} is neither in {table.Row.Name} nor explained in NotStored"));
            problems.AddRange(written.Where(c => !model.Contains(c))
                .Select(c => $"{table.Row.Name}.{c} is not a column of {table.Entity.Name}"));
            problems.AddRange(table.NotStored.Keys.Where(c => !model.Contains(c) || written.Contains(c))
                .Select(c => $"{table.Entity.Name}.{c} is explained as left out but is {(written.Contains(c) ? "written" : "no column")}"));
        }

        Assert.Empty(problems);
    }

    private Task<T> ModelAsync<T>(Func<Microsoft.EntityFrameworkCore.Metadata.IModel, T> read) =>
        _db.RunAsync(sp => Task.FromResult(read(sp.GetRequiredService<KithDbContext>().Model)));
}
