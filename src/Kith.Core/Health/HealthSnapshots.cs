using System.Collections.Concurrent;

namespace Kith.Core.Health;

/// <summary>
/// The last network-health view computed for each account, kept in this process until the account's
/// data changes (<see cref="Accounts.Account.DataVersion"/>), the day turns or the time zone changes.
/// The view counts everything the account holds (at 100,000 people and a million interactions that
/// takes seconds), so views in between changes are served from here. Each app node keeps its own;
/// the version is read from the database on every view, so no node serves a stale one.
/// </summary>
public sealed class HealthSnapshots
{
    private readonly ConcurrentDictionary<int, Snapshot> _byAccount = new();

    public HealthView? Find(int accountId, long version, DateOnly today, string zoneId) =>
        _byAccount.TryGetValue(accountId, out var s) && s.Version == version && s.Today == today && s.ZoneId == zoneId ? s.View : null;

    public void Keep(int accountId, long version, DateOnly today, string zoneId, HealthView view) =>
        _byAccount[accountId] = new Snapshot(version, today, zoneId, view);

    private sealed record Snapshot(long Version, DateOnly Today, string ZoneId, HealthView View);
}
