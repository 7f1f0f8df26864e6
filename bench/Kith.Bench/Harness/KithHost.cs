using Kith.Core;
using Kith.Core.Accounts;
using Kith.Core.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

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

    public const string SqlLogVariable = "KITH_BENCH_SQL";

    /// <summary>Opens (migrating if needed) the database; the account's time zone becomes UTC, as the generated data assumes.</summary>
    public static async Task<KithHost> OpenAsync(string path, CancellationToken ct = default)
    {
        var account = new LocalAccount();
        var clock = new BenchClock();
        var services = new ServiceCollection();
        // KITH_BENCH_SQL=1 prints every SQL command Kith sends (with its time), to see why a scenario is slow.
        if (Environment.GetEnvironmentVariable(SqlLogVariable) == "1")
            services.AddLogging(b => b.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning).AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Information));
        var provider = services
            .AddSingleton<TimeProvider>(clock)
            .AddSingleton<ICurrentAccount>(account)
            .AddKithCore(_ => path)
            .BuildServiceProvider();
        await using (var scope = provider.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KithDbContext>();
            account.AccountId = await KithDatabase.PrepareAsync(db, path, clock, "UTC", ct);
        }
        return new KithHost(provider, account.AccountId);
    }

    public async Task<T> RunAsync<TService, T>(Func<TService, Task<T>> work) where TService : notnull
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>Several services in one scope, as one web request that shows several things uses them.</summary>
    public async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
