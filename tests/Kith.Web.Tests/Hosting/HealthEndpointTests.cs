using System.Net;
using Kith.Core.Data;
using Kith.Web.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kith.Web.Tests.Hosting;

/// <summary>/healthz tells a monitor whether the database answers, and nothing else about the server or its data.</summary>
public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Get_WhenTheDatabaseAnswers_Is200HealthyAndNothingElse()
    {
        await using var factory = new KithWebFactory();
        using var response = await factory.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"status":"healthy"}""", await response.Content.ReadAsStringAsync());
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoStore, "Cache-Control: no-store");
    }

    [Fact]
    public async Task Get_WhenTheDatabaseIsGone_Is503UnhealthyAndRevealsNothing()
    {
        await using var factory = new KithWebFactory();
        var client = factory.CreateClient();
        // Start-up's warm-up queries run after the gate opens; one still running when the file goes
        // would keep a connection to it, and the check would find the deleted file still readable.
        await factory.Services.GetRequiredService<StartupGate>().Settled;
        if (KithWebFactory.IsPostgres)
        {
            // The server answers, but the database Kith needs is no longer what it was.
            await using var scope = factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<KithDbContext>().Database.ExecuteSqlRawAsync("""DROP TABLE "Accounts" CASCADE""");
        }
        else
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
                File.Delete(factory.DatabasePath + suffix);
        }

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("""{"status":"unhealthy"}""", body);
        Assert.DoesNotContain(Path.GetFileName(factory.DatabasePath), body, StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl?.NoStore, "Cache-Control: no-store");
    }
}
