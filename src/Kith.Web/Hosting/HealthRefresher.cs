using Kith.Core.Data;
using Kith.Core.Health;
using Kith.Web.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Kith.Web.Hosting;

/// <summary>
/// Keeps the network-health views kept on this node (<see cref="HealthSnapshots"/>) current: once a
/// second it reads the data versions of the accounts that have one, and an account whose data changed
/// since its view, and then stayed the same for a round (so a burst of edits or an import is counted
/// once, at its end), gets its next view computed. The next visit to /health then finds it ready
/// instead of waiting for it (about half a second at 100,000 people and a million interactions).
/// Only accounts that looked at their health on this node are refreshed; others compute on their visit.
/// </summary>
internal sealed class HealthRefresher(IServiceScopeFactory scopes, HealthSnapshots snapshots, ILogger<HealthRefresher> log) : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(1);

    /// <summary>Account → the changed data version seen in the last round, not yet refreshed.</summary>
    private readonly Dictionary<int, long> _changed = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Real time, not the app's TimeProvider: this is the app's own housekeeping, not the user's calendar.
        using var timer = new PeriodicTimer(Every);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RoundAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // By type only: messages can carry data. The next visit computes the view itself.
                log.LogWarning("Refreshing network health ahead of a visit failed ({Error}).", e.GetType().Name);
            }
        }
    }

    private async Task RoundAsync(CancellationToken ct)
    {
        var kept = snapshots.Kept();
        if (kept.Count == 0)
            return;
        var ids = kept.Select(k => k.AccountId).ToList();
        Dictionary<int, long> versions;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KithDbContext>();
            versions = await db.Accounts.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.DataVersion, ct);
        }
        foreach (var (account, version) in kept)
        {
            if (!versions.TryGetValue(account, out var current) || current == version)
            {
                _changed.Remove(account);
                continue;
            }
            if (!_changed.TryGetValue(account, out var seen) || seen != current)
            {
                _changed[account] = current; // changed, maybe still changing: next round
                continue;
            }
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentAccount>().ActFor(account);
            await scope.ServiceProvider.GetRequiredService<HealthService>().GetAsync(ct);
            _changed.Remove(account);
        }
    }
}
