using Kith.Core.Accounts;
using Kith.Core.Data;
using Kith.Core.Import;
using Kith.Core.Interactions;
using Kith.Core.People;
using Kith.Core.Tests.Backup;
using Kith.Tests;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kith.Core.Tests.Data;

/// <summary>
/// Moving a whole database to another engine (<c>kith migrate-db</c>): every table, every account,
/// ids kept, and the app working on the copy. SQLite → SQLite always; SQLite → PostgreSQL with KITH_TEST_POSTGRES.
/// </summary>
public sealed class DatabaseCopierTests
{
    [Fact]
    public void CopyOrder_EveryTableOfTheModel_ComesOnceAfterTheTablesItPointsAt()
    {
        using var db = new KithDbContext(new DbContextOptionsBuilder<KithDbContext>().UseSqlite("Data Source=:memory:").Options);

        var order = DatabaseCopier.CopyOrder(db.Model);

        Assert.Equal(db.Model.GetEntityTypes().Count(), order.Count);
        for (var i = 0; i < order.Count; i++)
        {
            foreach (var fk in order[i].GetForeignKeys().Where(fk => fk.PrincipalEntityType != order[i]))
                Assert.True(order.Take(i).Contains(fk.PrincipalEntityType), $"{order[i].GetTableName()} comes before {fk.PrincipalEntityType.GetTableName()}");
        }
    }

    [Fact]
    public async Task CopyAsync_FullDatabaseToAnEmptySqliteFile_CopiesEveryRowOfEveryTable()
    {
        await using var source = await FullDatabaseAsync();
        await using var copy = await CopyAndOpenAsync(source, DatabaseSettings.Sqlite(TestDatabase.NewSqlitePath()));

        await AssertSameAppAsync(source, copy);
    }

    [SkippableFact]
    public async Task CopyAsync_FullSqliteDatabaseToAnEmptyPostgresDatabase_AppAnswersTheSameAndNewRowsGetNewIds()
    {
        Skip.IfNot(PostgresTestDatabases.Enabled, PostgresTestDatabases.NotConfigured);
        await using var source = await FullDatabaseAsync();

        await using var copy = await CopyAndOpenAsync(source, DatabaseSettings.Postgres(PostgresTestDatabases.CreateBlank()));

        await AssertSameAppAsync(source, copy);
    }

    [Fact]
    public async Task CopyAsync_TargetAlreadyHoldingKithData_IsRefusedAndLeftAsItWas()
    {
        await using var source = await FullDatabaseAsync();
        await using var target = await TestDatabase.CreateAsync(); // the local account and its "me": data
        await target.RunAsync(sp => sp.GetRequiredService<PeopleService>().CreateAsync(new PersonBuilder("Zoe").Build()));

        await using var from = source.OpenUnscoped();
        await using var to = target.OpenUnscoped();
        var refused = await Assert.ThrowsAsync<TargetNotEmptyException>(() => DatabaseCopier.CopyAsync(from, to));

        Assert.Contains(refused.Occupied, t => t.Table == "People" && t.Target == 2);
        var people = await target.RunAsync(sp => sp.GetRequiredService<PeopleService>().ListAsync(new PeopleQuery()));
        Assert.Equal(["Zoe"], people.Items.Select(p => p.DisplayName));
    }

    /// <summary>A SQLite database with a row in every table: a rich account, a second account, and sign-in data.</summary>
    private static async Task<TestDatabase> FullDatabaseAsync()
    {
        var db = await TestDatabase.CreateAsync(engine: DatabaseProvider.Sqlite);
        await RichAccount.BuildAsync(db);
        await using (var other = await OtherAccount.CreateAsync(db, "other"))
            await other.RunAsync(sp => sp.GetRequiredService<PeopleService>().CreateAsync(new PersonBuilder("Olga").Build()));

        await db.RunAsync(sp => sp.GetRequiredService<ImportStore>().SaveAsync(db.AccountId, "people.csv", new MemoryStream("First name\nAna\n"u8.ToArray())));

        await using var context = db.OpenUnscoped();
        var at = TestDatabase.Start.UtcDateTime;
        var user = new KithUser { AccountId = db.AccountId, UserName = "maria", NormalizedUserName = "MARIA", Email = "maria@example.com", IsAdmin = true, CreatedAt = at };
        context.Users.Add(user);
        await context.SaveChangesAsync();
        context.UserClaims.Add(new IdentityUserClaim<int> { UserId = user.Id, ClaimType = "kith:test", ClaimValue = "1" });
        context.UserLogins.Add(new IdentityUserLogin<int> { UserId = user.Id, LoginProvider = "test", ProviderKey = "maria", ProviderDisplayName = "Test" });
        context.UserTokens.Add(new IdentityUserToken<int> { UserId = user.Id, LoginProvider = "test", Name = "refresh", Value = "secret" });
        context.ApiTokens.Add(new ApiToken { AccountId = db.AccountId, UserId = user.Id, Name = "laptop", Prefix = "kith_ab12", SecretHash = new string('a', 64), CreatedAt = at });
        context.Invitations.Add(new Invitation { SecretHash = new string('b', 64), Email = "ana@example.com", CreatedByUserId = user.Id, CreatedAt = at, ExpiresAt = at.AddDays(7) });
        context.DataProtectionKeys.Add(new DataProtectionKeyRow { FriendlyName = "key-1", Xml = "<key id=\"1\" />" });
        await context.SaveChangesAsync();
        return db;
    }

    private static async Task<TestDatabase> CopyAndOpenAsync(TestDatabase source, DatabaseSettings targetSettings)
    {
        CopyResult result;
        var options = new DbContextOptionsBuilder<KithDbContext>();
        options.UseKith(targetSettings);
        await using (var from = source.OpenUnscoped())
        await using (var to = new KithDbContext(options.Options))
            result = await DatabaseCopier.CopyAsync(from, to, batchSize: 3); // small batches, so paging is exercised

        Assert.True(result.Matches, string.Join(", ", result.Tables.Where(t => !t.Matches)));
        Assert.All(result.Tables, t => Assert.True(t.Source > 0, $"{t.Table} has no row in the source, so its copy is not tested"));
        var copy = await TestDatabase.CreateAsync(existing: targetSettings);
        Assert.Equal(source.AccountId, copy.AccountId);
        return copy;
    }

    /// <summary>The copy answers as the original does: people, a timeline, a search; and a new person gets a new id.</summary>
    private static async Task AssertSameAppAsync(TestDatabase source, TestDatabase copy)
    {
        Task<T> Both<T>(TestDatabase db, Func<IServiceProvider, Task<T>> work) => db.RunAsync(work);
        var people = await Both(source, sp => sp.GetRequiredService<PeopleService>().ListAsync(new PeopleQuery { PageSize = 100 }));
        var copied = await Both(copy, sp => sp.GetRequiredService<PeopleService>().ListAsync(new PeopleQuery { PageSize = 100 }));
        Assert.Equal(Json(people.Items), Json(copied.Items));

        var ana = Assert.Single((await Both(copy, sp => sp.GetRequiredService<PeopleService>().ListAsync(new PeopleQuery { Search = "ana.lima@home" }))).Items);
        Assert.Equal(Json(await Both(source, sp => sp.GetRequiredService<PeopleService>().GetAsync(ana.Id))), Json(await Both(copy, sp => sp.GetRequiredService<PeopleService>().GetAsync(ana.Id))));
        var timeline = await Both(source, sp => sp.GetRequiredService<InteractionService>().ListAsync(new InteractionQuery { PersonId = ana.Id }));
        var copiedTimeline = await Both(copy, sp => sp.GetRequiredService<InteractionService>().ListAsync(new InteractionQuery { PersonId = ana.Id }));
        Assert.NotEmpty(timeline.Items);
        Assert.Equal(timeline.Items.Select(i => (i.Id, i.Summary, i.OccurredAt)), copiedTimeline.Items.Select(i => (i.Id, i.Summary, i.OccurredAt)));
        var lisbon = await Both(copy, sp => sp.GetRequiredService<PeopleService>().ListAsync(new PeopleQuery { Search = "lisbon" }));
        Assert.Equal(Json((await Both(source, sp => sp.GetRequiredService<PeopleService>().ListAsync(new PeopleQuery { Search = "lisbon" }))).Items), Json(lisbon.Items));
        Assert.NotEmpty(lisbon.Items);

        var newcomer = await Both(copy, sp => sp.GetRequiredService<PeopleService>().CreateAsync(new PersonBuilder("Nina").Build()));
        await using var check = copy.OpenUnscoped();
        Assert.Equal(await check.People.IgnoreQueryFilters().MaxAsync(p => p.Id), newcomer.Id);
        Assert.Equal(1, await check.People.IgnoreQueryFilters().CountAsync(p => p.Id == newcomer.Id));
        Assert.True(newcomer.Id > people.Items.Max(p => p.Id));
    }

    private static string Json<T>(T value) => System.Text.Json.JsonSerializer.Serialize(value);
}
