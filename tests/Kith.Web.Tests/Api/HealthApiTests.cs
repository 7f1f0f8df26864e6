using Kith.Core.Health;
using Kith.Core.People;

namespace Kith.Web.Tests.Api;

/// <summary>
/// Network health over the whole account, so each test gets its own database (a factory per
/// test). The clock starts on Monday 2026-03-16.
/// </summary>
public sealed class HealthApiTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 3, 16);

    private readonly KithWebFactory _factory = new();
    private readonly HttpClient _client;

    public HealthApiTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    private Task<HealthView> HealthAsync() => _client.GetOkAsync<HealthView>("/api/v1/network-health");

    [Fact]
    public async Task GetNetworkHealth_NobodyYet_RecommendsAddingPeople()
    {
        var health = await HealthAsync();

        Assert.Equal(0, health.People);
        Assert.Equal([("no-people", "/people/new")], health.Recommendations.Select(r => (r.Code, r.Link)));
        Assert.Equal(new GiveAsk(0, 0, 0), health.LastYear);
    }

    [Fact]
    public async Task GetNetworkHealth_ANetwork_CountsItAndNamesThePersonIOnlyAskOf()
    {
        var ana = await _client.CreatePersonAsync(new PersonInput { FirstName = "Ana", LastName = "Asked", Department = "Sales", Level = "more-senior", Employer = "outside", Roles = ["mentor"] });
        var bea = await _client.CreatePersonAsync(new PersonInput { FirstName = "Bea", LastName = "Given", Department = "Sales", Level = "peer", Employer = "inside", Roles = ["colleague"] });
        await _client.CreatePersonAsync(new PersonInput { FirstName = "Caio", Department = "Legal", Employer = "inside", Roles = ["colleague"] });
        foreach (var day in new[] { 2, 6, 10 })
            await _client.LogAsync(ana.Id, new DateOnly(2026, 3, day), exchange: "asked");
        await _client.LogAsync(bea.Id, Today.AddDays(-1), exchange: "gave");

        var health = await HealthAsync();

        Assert.Equal(3, health.People);
        Assert.Equal([("Sales", 2), ("Legal", 1)], health.ByDepartment.Select(c => (c.Label, c.Value)));
        Assert.Equal([("more-senior", 1), ("peer", 1), ("more-junior", 0), ("unknown", 1)], health.ByLevel.Select(c => (c.Label, c.Value)));
        Assert.Equal([("inside", 2), ("outside", 1), ("unknown", 0)], health.ByEmployer.Select(c => (c.Label, c.Value)));
        Assert.Equal((1, 2), (health.ByRole.Single(r => r.Label == "mentor").Value, health.ByRole.Single(r => r.Label == "colleague").Value));
        Assert.Equal(new GiveAsk(1, 3, 0), health.LastYear);
        Assert.Equal([("Ana Asked", 0, 3), ("Bea Given", 1, 0)], health.Balances.Select(b => (b.Name, b.Gave, b.Asked)));
        var asks = Assert.Single(health.Recommendations, r => r.Code == "asks-no-gives");
        Assert.Equal((ana.Id, $"/people/{ana.Id}"), (asks.PersonId, asks.Link));
        Assert.StartsWith("Ana Asked: three asks and no gives since March.", asks.Message);
        Assert.Contains(health.Recommendations, r => r.Code == "no-slots");
        var json = await (await _client.GetAsync("/api/v1/network-health")).ReadJsonAsync();
        Assert.Equal(["strong", "steady", "fading", "dormant"], json.GetProperty("byStrength").EnumerateArray().Select(s => s.GetProperty("label").GetString()));
    }
}
