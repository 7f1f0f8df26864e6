using Kith.Core.Accounts;
using Kith.Core.Data;
using Kith.Core.People;
using Microsoft.Extensions.DependencyInjection;

namespace Kith.Core.Tests.Backup;

/// <summary>
/// A second account in the same database file, with its own "me", reached through the services
/// wired as the app wires them (on the same fake clock).
/// </summary>
public sealed class OtherAccount : IAsyncDisposable
{
    private readonly ServiceProvider _root;

    private OtherAccount(ServiceProvider root, int accountId)
    {
        _root = root;
        AccountId = accountId;
    }

    public int AccountId { get; }

    public static async Task<OtherAccount> CreateAsync(TestDatabase db, string name, string timeZoneId = "UTC")
    {
        var current = new LocalAccount();
        var root = new ServiceCollection()
            .AddSingleton<TimeProvider>(db.Clock)
            .AddSingleton<ICurrentAccount>(current)
            .AddKithCore(_ => db.Settings)
            .BuildServiceProvider();

        await using (var scope = root.CreateAsyncScope())
        {
            // A context bound to no account may create an account's first rows, as start-up does.
            var context = scope.ServiceProvider.GetRequiredService<KithDbContext>();
            var now = db.Clock.GetUtcNow().UtcDateTime;
            var account = new Account { Name = name, TimeZoneId = timeZoneId, CreatedAt = now };
            context.Accounts.Add(account);
            await context.SaveChangesAsync();
            var me = new Person { AccountId = account.Id, FirstName = "Me", IsMe = true, CreatedAt = now, UpdatedAt = now };
            me.RefreshSearchText();
            context.People.Add(me);
            await context.SaveChangesAsync();
            current.AccountId = account.Id;
        }
        return new OtherAccount(root, current.AccountId);
    }

    public async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = _root.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public ValueTask DisposeAsync() => _root.DisposeAsync();
}
