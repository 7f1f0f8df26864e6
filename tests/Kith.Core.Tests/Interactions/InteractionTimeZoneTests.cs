using Kith.Core.Interactions;
using Kith.Core.People;
using Microsoft.Extensions.DependencyInjection;

namespace Kith.Core.Tests.Interactions;

/// <summary>Times users type are their local time, in the account's zone (here Tokyo, UTC+9), whatever the machine's zone.</summary>
public sealed class InteractionTimeZoneTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync("Asia/Tokyo");
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Theory]
    [InlineData("2026-03-10T08:30", "2026-03-09T23:30:00Z")]
    [InlineData("2026-03-10T08:30:00", "2026-03-09T23:30:00Z")]
    [InlineData("2026-03-10 08:30", "2026-03-09T23:30:00Z")]
    [InlineData("2026-03-10", "2026-03-10T03:00:00Z")] // a bare date means local noon
    [InlineData("2026-03-10T08:30:00Z", "2026-03-10T08:30:00Z")]
    [InlineData("2026-03-10T08:30:00+01:00", "2026-03-10T07:30:00Z")]
    public async Task Log_LocalTimes_AreStoredAsTheMatchingInstant(string typed, string expectedUtc)
    {
        var logged = await _db.RunAsync(async sp =>
        {
            var ana = await sp.GetRequiredService<PeopleService>().CreateAsync(new PersonBuilder("Ana").Build());
            return await sp.GetRequiredService<InteractionService>().LogAsync(new InteractionInput { PersonIds = [ana.Id], OccurredAt = typed, Summary = "Coffee" });
        });

        Assert.Equal(DateTime.Parse(expectedUtc, null, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal), logged.OccurredAt);
    }
}
