using System.Text.Json;
using Kith.Core.Data;
using Kith.Tests;
using Microsoft.EntityFrameworkCore;

namespace Kith.Cli.Tests.Commands.Data;

public sealed class MigrateDbCommandTests : IDisposable
{
    private readonly CliTestHost _kith = new();

    public void Dispose() => _kith.Dispose();

    [Fact]
    public async Task MigrateDb_WithoutTo_IsAParseErrorThatNamesTheOption()
    {
        var result = await _kith.RunAsync("migrate-db");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("--to", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MigrateDb_MalformedConnectionString_SaysItIsNotValidAndExits2()
    {
        var result = await _kith.RunAsync("migrate-db", "--to", "just some words");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.StartsWith("error: The PostgreSQL connection string is not valid", result.Error, StringComparison.Ordinal);
        Assert.Contains("Nothing was copied.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MigrateDb_UnreachableServer_NamesTheTargetWithoutItsPasswordAndExits1()
    {
        await _kith.AddPersonAsync("Ana Lima");

        var result = await _kith.RunAsync("migrate-db", "--to", "Host=127.0.0.1;Port=1;Database=kith_nowhere;Username=kith;Password=hunter2;Timeout=3");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.StartsWith("error: cannot copy into PostgreSQL 127.0.0.1:1/kith_nowhere", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", result.Error, StringComparison.Ordinal);
        Assert.Equal(1, await _kith.PeopleCountAsync()); // the source is untouched
    }

    [SkippableFact]
    public async Task MigrateDb_PopulatedFileIntoEmptyPostgres_CopiesEveryTableThenRefusesASecondCopy()
    {
        Skip.IfNot(PostgresTestDatabases.Enabled, PostgresTestDatabases.NotConfigured);
        var ana = await _kith.AddPersonAsync("Ana Lima", "--email", "ana@example.com", "--role", "mentor", "--every", "30d");
        await _kith.OkAsync("log", "ana", "--kind", "coffee", "--summary", "Caught up");
        var target = PostgresTestDatabases.CreateBlank();
        try
        {
            var output = await _kith.OkAsync("migrate-db", "--to", target);

            Assert.Contains("every count matches", output, StringComparison.Ordinal);
            Assert.DoesNotContain("kith_pw", output, StringComparison.Ordinal);
            var options = new DbContextOptionsBuilder<KithDbContext>();
            options.UseKithPostgres(target);
            await using (var db = new KithDbContext(options.Options))
            {
                var copied = await db.People.IgnoreQueryFilters().SingleAsync(p => p.Id == ana);
                Assert.Equal("Lima", copied.LastName);
                Assert.Equal(1, await db.Interactions.IgnoreQueryFilters().CountAsync());
            }

            var again = await _kith.RunAsync("migrate-db", "--to", target, "--json");
            Assert.Equal(ExitCodes.InvalidInput, again.ExitCode);
            Assert.Contains("already holds Kith data", again.Error, StringComparison.Ordinal);
            Assert.Contains("Nothing was copied.", again.Error, StringComparison.Ordinal);
        }
        finally
        {
            PostgresTestDatabases.Drop(target);
        }
    }

    [SkippableFact]
    public async Task MigrateDb_Json_ListsEveryTableWithEqualCounts()
    {
        Skip.IfNot(PostgresTestDatabases.Enabled, PostgresTestDatabases.NotConfigured);
        await _kith.AddPersonAsync("Ana Lima");
        var target = PostgresTestDatabases.CreateBlank();
        try
        {
            var json = await _kith.JsonAsync("migrate-db", "--to", target);

            Assert.True(json.GetProperty("matches").GetBoolean());
            var tables = json.GetProperty("tables").EnumerateArray().ToList();
            Assert.Contains(tables, t => t.GetProperty("table").GetString() == "People" && t.GetProperty("source").GetInt64() == 2 && t.GetProperty("target").GetInt64() == 2);
            Assert.All(tables, t => Assert.Equal(t.GetProperty("source").GetInt64(), t.GetProperty("target").GetInt64()));
        }
        finally
        {
            PostgresTestDatabases.Drop(target);
        }
    }
}
