using Kith.Core.Accounts;
using Kith.Core.Common;
using Kith.Core.Data;
using Kith.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kith.Core.Tests.Data;

/// <summary>Rows of one account are invisible and unchangeable from another, by construction.</summary>
public sealed class AccountIsolationTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    private async Task<int> OtherAccountAsync()
    {
        await using var scope = _db.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KithDbContext>();
        var other = new Account { Name = "other", CreatedAt = TestDatabase.Start.UtcDateTime };
        db.Accounts.Add(other);
        await db.SaveChangesAsync();
        return other.Id;
    }

    private KithDbContext ContextFor(int accountId)
    {
        var options = new DbContextOptionsBuilder<KithDbContext>();
        options.UseKithSqlite(_db.Path);
        return new KithDbContext(options.Options, new FixedAccount(accountId));
    }

    [Fact]
    public async Task People_OfAnotherAccount_AreNeitherListedNorFound()
    {
        var ana = await _db.RunAsync(sp => sp.GetRequiredService<PeopleService>().CreateAsync(new PersonBuilder("Ana").Build()));
        var other = await OtherAccountAsync();

        await using var db = ContextFor(other);
        var service = new PeopleService(db, new AccountClock(db, _db.Clock));

        Assert.Equal(0, (await service.ListAsync(new PeopleQuery())).TotalCount);
        await Assert.ThrowsAsync<NotFoundException>(() => service.GetAsync(ana.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => service.UpdateAsync(ana.Id, new PersonBuilder("Mallory").Build()));
        Assert.Equal("Ana", (await _db.RunAsync(sp => sp.GetRequiredService<PeopleService>().GetAsync(ana.Id))).DisplayName);
    }

    [Fact]
    public async Task Save_NewRowsInAnotherAccount_AreStampedWithThatAccount()
    {
        var other = await OtherAccountAsync();
        await using (var db = ContextFor(other))
        {
            var service = new PeopleService(db, new AccountClock(db, _db.Clock));
            await service.CreateAsync(new PersonBuilder("Olga").Build());
        }
        var mine = await _db.RunAsync(sp => sp.GetRequiredService<PeopleService>().ListAsync(new PeopleQuery()));
        Assert.DoesNotContain(mine.Items, p => p.DisplayName == "Olga");
    }
}
