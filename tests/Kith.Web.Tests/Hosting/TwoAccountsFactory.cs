using Kith.Core.Accounts;
using Kith.Core.Data;
using Kith.Core.People;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Kith.Web.Tests.Hosting;

/// <summary>
/// The app with two accounts on one database, each with its own client. Until sign-in exists the
/// account of a request is chosen by a test-only header; the DbContext's global filter is what is tested.
/// </summary>
public sealed class TwoAccountsFactory : WebApplicationFactory<Program>
{
    public const string First = "first";
    public const string Second = "second";
    private const string Header = "X-Kith-Test-Account";

    private readonly Dictionary<string, int> _accounts = [];
    private readonly SemaphoreSlim _creating = new(1, 1);

    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), $"kith-iso-{Guid.NewGuid():N}.db");

    public FakeTimeProvider Clock { get; } = new(KithWebFactory.Start);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Kith:Database:Path", DatabasePath);
        builder.UseSetting("Kith:TimeZone", KithWebFactory.TimeZone);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddHttpContextAccessor();
            services.RemoveAll<ICurrentAccount>();
            services.AddScoped<ICurrentAccount>(sp => new FixedAccount(
                sp.GetRequiredService<IHttpContextAccessor>().HttpContext?.Request.Headers[Header].ToString() is { Length: > 0 } who
                    && _accounts.TryGetValue(who, out var id) ? id : 0));
        });
    }

    /// <summary>A client that acts for the named account, made on first use with its "me" person.</summary>
    public async Task<HttpClient> SignedInClientAsync(string who)
    {
        _ = Server;
        await _creating.WaitAsync();
        try
        {
            if (!_accounts.ContainsKey(who))
            {
                await using var scope = Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<KithDbContext>();
                var account = who == First
                    ? await db.Accounts.SingleAsync(a => a.Name == LocalAccountBootstrapper.LocalAccountName)
                    : new Account { Name = who, TimeZoneId = KithWebFactory.TimeZone, CreatedAt = Clock.GetUtcNow().UtcDateTime };
                if (account.Id == 0)
                {
                    db.Accounts.Add(account);
                    await db.SaveChangesAsync();
                    var me = new Person { AccountId = account.Id, FirstName = "Me", IsMe = true, CreatedAt = account.CreatedAt, UpdatedAt = account.CreatedAt };
                    me.RefreshSearchText();
                    db.People.Add(me);
                    await db.SaveChangesAsync();
                }
                _accounts[who] = account.Id;
            }
        }
        finally
        {
            _creating.Release();
        }
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(Header, who);
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _creating.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(DatabasePath + suffix);
    }
}
