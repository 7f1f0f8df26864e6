using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Kith.Web.Tests;

/// <summary>
/// Hosts the real app in-process on its own database, with a fake clock that starts on a
/// fixed Monday (2026-03-16 09:00 UTC, 06:00 in the account's zone, São Paulo, so that every test
/// also checks that "today" is the user's and not the machine's). One factory per test class.
/// The database is a SQLite file, or, when KITH_TEST_POSTGRES is set, a PostgreSQL database of its own.
/// </summary>
public sealed class KithWebFactory : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Start = new(2026, 3, 16, 9, 0, 0, TimeSpan.Zero);

    private readonly WebTestDatabase _database = new("kith-web");

    /// <summary>The SQLite file, when the tests run on SQLite.</summary>
    public string DatabasePath => _database.Path;

    /// <summary>True when this host runs on PostgreSQL rather than its SQLite file.</summary>
    public static bool IsPostgres => WebTestDatabase.IsPostgres;

    public FakeTimeProvider Clock { get; } = new(Start);

    /// <summary>The account's zone: UTC−3 all year, so dates are the same as in UTC at the start time.</summary>
    public const string TimeZone = "America/Sao_Paulo";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        _database.Configure(builder);
        builder.UseSetting("Kith:TimeZone", TimeZone);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _database.Dispose();
    }
}
