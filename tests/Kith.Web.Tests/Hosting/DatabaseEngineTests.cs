using Kith.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kith.Web.Tests.Hosting;

/// <summary>The PostgreSQL pass of the tests must really run the app on PostgreSQL, not quietly on SQLite.</summary>
public sealed class DatabaseEngineTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    [Fact]
    public async Task App_UnderTest_UsesTheEngineTheTestRunAskedFor()
    {
        _ = factory.Server;
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KithDbContext>();

        Assert.Equal(KithWebFactory.IsPostgres ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite, factory.Services.GetRequiredService<DatabaseSettings>().Provider);
        Assert.Equal(KithWebFactory.IsPostgres, db.Database.IsNpgsql());
        Assert.True(await db.People.AnyAsync(p => p.IsMe));
    }
}
