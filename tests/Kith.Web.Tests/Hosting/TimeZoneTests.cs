using System.Net.Http.Json;
using System.Text.Json;

namespace Kith.Web.Tests.Hosting;

public sealed class TimeZoneTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    [Fact]
    public async Task Agenda_AfterMidnightUtc_IsStillTodayInTheConfiguredZone()
    {
        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 17, 1, 0, 0, TimeSpan.Zero)); // 22:00 on the 16th in São Paulo

        var agenda = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/agenda");

        Assert.Equal("2026-03-16", agenda.GetProperty("today").GetString());
    }
}
