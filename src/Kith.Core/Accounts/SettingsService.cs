using Kith.Core.Common;
using Kith.Core.Data;
using Kith.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Kith.Core.Accounts;

/// <summary>The account's settings; for now its time zone.</summary>
public sealed record SettingsView(string TimeZone, string TimeZoneName, DateOnly Today);

public sealed record SettingsInput(string? TimeZone);

/// <summary>Reads and changes the current account's settings.</summary>
public sealed class SettingsService(KithDbContext db, AccountClock clock)
{
    public async Task<SettingsView> GetAsync(CancellationToken ct = default)
    {
        var zone = await clock.ZoneAsync(ct);
        return new SettingsView(zone.Id, zone.DisplayName, await clock.TodayAsync(ct));
    }

    /// <summary>
    /// Changes the zone "today", "this week", slots and the calendar feed are computed in. Due days
    /// depend on the local day of the last contact, so every cadence is recomputed in the same save.
    /// </summary>
    public async Task<SettingsView> SetAsync(SettingsInput input, CancellationToken ct = default)
    {
        var id = PeopleService.Clean(input.TimeZone);
        if (id is null)
            throw ValidationFailedException.For(nameof(input.TimeZone), "Choose a time zone, e.g. Europe/Lisbon.");
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
            throw ValidationFailedException.For(nameof(input.TimeZone), $"Unknown time zone '{id}'; use an IANA name such as Europe/Lisbon or America/Sao_Paulo.");

        var account = await db.Accounts.FirstAsync(a => a.Id == db.CurrentAccountId, ct);
        account.TimeZoneId = zone.Id;
        await foreach (var person in db.People.Where(p => p.CadenceEvery != null).AsAsyncEnumerable().WithCancellation(ct))
            person.RecomputeNextDue(zone);
        await db.SaveChangesAsync(ct);
        return new SettingsView(zone.Id, zone.DisplayName, LocalTime.DayOf(clock.UtcNow, zone));
    }

    /// <summary>The zones this machine knows, by IANA id, for a picker.</summary>
    public static IReadOnlyList<string> Zones() =>
        TimeZoneInfo.GetSystemTimeZones().Select(z => z.HasIanaId ? z.Id : TimeZoneInfo.TryConvertWindowsIdToIanaId(z.Id, out var iana) ? iana : z.Id)
            .Append("UTC").Distinct().Order(StringComparer.Ordinal).ToList();
}
