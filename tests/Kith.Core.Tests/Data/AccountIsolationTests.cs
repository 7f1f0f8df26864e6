using Kith.Core.Accounts;
using Kith.Core.Agenda;
using Kith.Core.Interactions;
using Kith.Core.KeepInTouch;
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
        options.UseKith(_db.Settings);
        return new KithDbContext(options.Options) { Account = new FixedAccount(accountId) };
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
    public async Task PooledContext_RentedAgainForAnotherAccount_SeesOnlyThatAccount()
    {
        await _db.RunAsync(sp => sp.GetRequiredService<PeopleService>().CreateAsync(new PersonBuilder("Ana").Build()));
        var other = await OtherAccountAsync();
        var options = new DbContextOptionsBuilder<KithDbContext>();
        options.UseKith(_db.Settings);
        var pool = new KithContextPool(options.Options);

        var first = pool.Rent(new FixedAccount(_db.AccountId));
        Assert.Contains("Ana", await first.People.Select(p => p.FirstName).ToListAsync());
        await first.DisposeAsync();
        await using var second = pool.Rent(new FixedAccount(other));

        // The same instance came back from the pool, bound to the new account only.
        Assert.Same(first, second);
        Assert.Empty(await second.People.Select(p => p.FirstName).ToListAsync());
        var service = new PeopleService(second, new AccountClock(second, _db.Clock));
        await service.CreateAsync(new PersonBuilder("Olga").Build());
        Assert.Equal(["Olga"], (await service.ListAsync(new PeopleQuery())).Items.Select(p => p.DisplayName));
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
        await using var theirs = ContextFor(other);
        var theirPeople = await new PeopleService(theirs, new AccountClock(theirs, _db.Clock)).ListAsync(new PeopleQuery());
        Assert.Equal(["Olga"], theirPeople.Items.Select(p => p.DisplayName));
    }

    [Fact]
    public async Task InteractionsAndFollowUps_OfAnotherAccount_AreInvisibleAndUntouchable()
    {
        var (ana, interaction, followUp) = await _db.RunAsync(async sp =>
        {
            var person = await sp.GetRequiredService<PeopleService>().CreateAsync(new PersonBuilder("Ana").Build());
            var logged = await sp.GetRequiredService<InteractionService>().LogAsync(new InteractionInput { PersonIds = [person.Id], Summary = "Lunch", OccurredAt = "2026-03-10" });
            var promise = await sp.GetRequiredService<KeepInTouchService>().AddFollowUpAsync(new FollowUpInput { PersonId = person.Id, Description = "Send it", DueOn = "2026-03-10" });
            return (person.Id, logged.Id, promise.Id);
        });
        var other = await OtherAccountAsync();

        await using var db = ContextFor(other);
        var clock = new AccountClock(db, _db.Clock);
        var interactions = new InteractionService(db, clock);
        var keepInTouch = new KeepInTouchService(db, clock);

        Assert.Equal(0, (await interactions.ListAsync(new InteractionQuery())).TotalCount);
        await Assert.ThrowsAsync<NotFoundException>(() => interactions.GetAsync(interaction));
        await Assert.ThrowsAsync<NotFoundException>(() => interactions.DeleteAsync(interaction));
        await Assert.ThrowsAsync<NotFoundException>(() => interactions.ListAsync(new InteractionQuery { PersonId = ana }));
        await Assert.ThrowsAsync<ValidationFailedException>(() => interactions.LogAsync(new InteractionInput { PersonIds = [ana], Summary = "Spoofed" }));
        Assert.Equal(0, (await keepInTouch.ListFollowUpsAsync(new FollowUpQuery { Status = "all" })).TotalCount);
        await Assert.ThrowsAsync<NotFoundException>(() => keepInTouch.SetDoneAsync(followUp, true));
        await Assert.ThrowsAsync<NotFoundException>(() => keepInTouch.SetCadenceAsync(ana, new CadenceInput { Every = 1 }));
        Assert.Empty((await new AgendaService(db, clock).GetAsync(AgendaWindow.Week)).Items);

        var mine = await _db.RunAsync(sp => sp.GetRequiredService<KeepInTouchService>().ListFollowUpsAsync(new FollowUpQuery()));
        Assert.Null(Assert.Single(mine.Items).DoneAt);
    }

    [Fact]
    public async Task Save_ARowCarryingAnotherAccountsId_IsRefused()
    {
        var other = await OtherAccountAsync();
        await using var db = ContextFor(_db.AccountId);
        db.Tags.Add(new Tag { AccountId = other, Name = "planted", NameKey = "planted" });
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }
}
