using System.Collections.Concurrent;

namespace Kith.Core.Health;

/// <summary>
/// The last network-health view computed for each account, kept in this process until the account's
/// data changes (<see cref="Accounts.Account.DataVersion"/>), the day turns or the time zone changes.
/// The view counts everything the account holds (at 100,000 people and a million interactions that
/// takes about half a second), so views in between changes are served from here, and views asked for
/// while one is being computed wait for that one instead of computing it again. Each app node keeps
/// its own; the version is read from the database on every view, so no node serves a stale one.
/// After a change, the web app's HealthRefresher asks for the next view ahead of the visit.
/// </summary>
public sealed class HealthSnapshots
{
    private readonly ConcurrentDictionary<int, Snapshot> _byAccount = new();

    /// <summary>
    /// The view of this version, day and zone: the one kept, the one being computed, or a new one
    /// from <paramref name="compute"/>, which is then kept. A computation that fails is not kept.
    /// </summary>
    public Task<HealthView> GetAsync(int accountId, long version, DateOnly today, string zoneId, Func<Task<HealthView>> compute)
    {
        while (true)
        {
            if (_byAccount.TryGetValue(accountId, out var kept) && kept.Version == version && kept.Today == today && kept.ZoneId == zoneId)
            {
                if (!kept.View.IsFaulted && !kept.View.IsCanceled)
                    return kept.View;
                _byAccount.TryRemove(new KeyValuePair<int, Snapshot>(accountId, kept));
                continue;
            }
            var made = new Snapshot(version, today, zoneId, new Lazy<Task<HealthView>>(() => Run(compute), LazyThreadSafetyMode.ExecutionAndPublication));
            var swapped = kept is null ? _byAccount.TryAdd(accountId, made) : _byAccount.TryUpdate(accountId, made, kept);
            if (swapped)
                return made.View;
        }
    }

    // A computation that throws before its first await fails its task like any other failure.
    private static async Task<HealthView> Run(Func<Task<HealthView>> compute) => await compute();

    /// <summary>The accounts with a view kept here and the data version each view counted.</summary>
    public IReadOnlyList<(int AccountId, long Version)> Kept() =>
        _byAccount.Select(k => (k.Key, k.Value.Version)).ToList();

    private sealed record Snapshot(long Version, DateOnly Today, string ZoneId, Lazy<Task<HealthView>> Computation)
    {
        public Task<HealthView> View => Computation.Value;
    }
}
