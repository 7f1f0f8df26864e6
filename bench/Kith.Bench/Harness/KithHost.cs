using Kith.Core;
using Kith.Core.Accounts;
using Kith.Core.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Kith.Bench.Harness;

/// <summary>
/// Kith's Core services on one database file, wired as the app wires them. Every call gets its own
/// scope (a DbContext from scratch), as every web request does.
/// </summary>
public sealed class KithHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private KithHost(ServiceProvider services, int accountId)
    {
        _services = services;
        AccountId = accountId;
    }

    public int AccountId { get; }

    /// <summary>Opens (migrating if needed) the database; the account's time zone becomes UTC, as the generated data assumes.</summary>
    public static async Task<KithHost> OpenAsync(string path, CancellationToken ct = default)
    {
        var account = new LocalAccount();
        var clock = new BenchClock();
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(clock)
            .AddSingleton<ICurrentAccount>(account)
            .AddKithCore(_ => path)
            .BuildServiceProvider();
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KithDbContext>();
            account.AccountId = await KithDatabase.PrepareAsync(db, path, clock, "UTC", ct);
        }
        return new KithHost(services, account.AccountId);
    }

    public async Task<T> RunAsync<TService, T>(Func<TService, Task<T>> work) where TService : notnull
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
