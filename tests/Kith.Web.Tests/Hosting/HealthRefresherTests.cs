using Kith.Core.Health;
using Kith.Core.People;
using Kith.Web.Hosting;
using Kith.Web.Tests.Api;
using Microsoft.Extensions.DependencyInjection;

namespace Kith.Web.Tests.Hosting;

/// <summary>After a change, the network-health view is computed ahead of the next visit (HealthRefresher), so the visit does not wait for it.</summary>
public sealed class HealthRefresherTests : IDisposable
{
    private readonly KithWebFactory _factory = new();
    private readonly HttpClient _client;

    public HealthRefresherTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task AfterAChange_TheNextViewIsComputedBeforeAnyoneAsks()
    {
        await _client.CreatePersonAsync("Ana");
        var first = await _client.GetOkAsync<HealthView>("/api/v1/network-health");
        var snapshots = _factory.Services.GetRequiredService<HealthSnapshots>();
        var before = Assert.Single(snapshots.Kept()).Version;

        await _client.CreatePersonAsync(new PersonInput { FirstName = "Ben", Department = "Legal" });

        // Nobody asks for the view; the refresher computes it within a few of its rounds.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (Assert.Single(snapshots.Kept()).Version == before && waited.Elapsed < HealthRefresher.Every * 20)
            await Task.Delay(HealthRefresher.Every / 4);
        Assert.NotEqual(before, Assert.Single(snapshots.Kept()).Version);
        var next = await _client.GetOkAsync<HealthView>("/api/v1/network-health");
        Assert.Equal(1, first.People);
        Assert.Equal(2, next.People);
        Assert.Equal(new HealthCount("Legal", 1), next.ByDepartment[0]);
    }
}
