using Kith.Core.Data;
using Kith.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kith.Core.Tests.Data;

/// <summary>The PostgreSQL pass of the tests must really run on PostgreSQL, not quietly on SQLite.</summary>
public sealed class DatabaseEngineTests
{
    [Fact]
    public async Task TestDatabase_UnderTest_UsesTheEngineTheTestRunAskedFor()
    {
        await using var test = await TestDatabase.CreateAsync();

        var onPostgres = await test.RunAsync(sp => Task.FromResult(sp.GetRequiredService<KithDbContext>().Database.IsNpgsql()));

        Assert.Equal(PostgresTestDatabases.Enabled, onPostgres);
        Assert.Equal(PostgresTestDatabases.Enabled, test.IsPostgres);
    }
}
