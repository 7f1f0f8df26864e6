using System.Net;
using Kith.Core.Accounts;
using Kith.Core.KeepInTouch;
using Kith.Core.People;

namespace Kith.Web.Tests.Api;

public sealed class SettingsApiTests : IDisposable
{
    private readonly KithWebFactory _factory = new();
    private readonly HttpClient _client;

    public SettingsApiTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task GetSettings_ShowsTheZoneTheAppRunsIn()
    {
        var settings = await _client.GetOkAsync<SettingsView>("/api/v1/settings");

        Assert.Equal("America/Sao_Paulo", settings.TimeZone);
        Assert.Equal(new DateOnly(2026, 3, 16), settings.Today);
    }

    [Fact]
    public async Task PutSettings_ZoneWhereItIsAlreadyTomorrow_MovesTodayAndTheDueDays()
    {
        // 09:00 UTC on Monday 16 March is already evening in Tokyo, still Monday; at 20:00 UTC it is Tuesday there.
        _factory.Clock.Advance(TimeSpan.FromHours(11));
        var ana = await _client.CreatePersonAsync(new PersonInput { FirstName = "Ana" });
        await (await _client.PutJsonAsync($"/api/v1/people/{ana.Id}/cadence", new { every = 1, unit = "days" })).ReadAsync<CadenceView>(HttpStatusCode.OK);
        var before = await _client.GetOkAsync<PersonDetail>($"/api/v1/people/{ana.Id}");

        var settings = await (await _client.PutJsonAsync("/api/v1/settings", new { timeZone = "Asia/Tokyo" })).ReadAsync<SettingsView>(HttpStatusCode.OK);

        Assert.Equal("Asia/Tokyo", settings.TimeZone);
        Assert.Equal(new DateOnly(2026, 3, 17), settings.Today);
        Assert.Equal(new DateOnly(2026, 3, 16), before.NextDueOn);
        Assert.Equal(new DateOnly(2026, 3, 17), (await _client.GetOkAsync<PersonDetail>($"/api/v1/people/{ana.Id}")).NextDueOn);
    }

    [Fact]
    public async Task PutSettings_UnknownZone_IsAProblemNamingTheField()
    {
        var response = await _client.PutJsonAsync("/api/v1/settings", new { timeZone = "Mars/Olympus" });

        var errors = await response.ReadFieldErrorsAsync("timeZone");
        Assert.Contains("Unknown time zone 'Mars/Olympus'", Assert.Single(errors["timeZone"]));
        Assert.Equal("America/Sao_Paulo", (await _client.GetOkAsync<SettingsView>("/api/v1/settings")).TimeZone);
    }
}
