using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Kith.Web.Tests;

/// <summary>
/// Hosts the real app in-process on its own SQLite file, with a fake clock that starts on a
/// fixed Monday (2026-03-16 09:00 UTC). One factory per test class (IClassFixture).
/// </summary>
public sealed class KithWebFactory : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Start = new(2026, 3, 16, 9, 0, 0, TimeSpan.Zero);

    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), $"kith-web-{Guid.NewGuid():N}.db");

    public FakeTimeProvider Clock { get; } = new(Start);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Kith:Database:Path", DatabasePath);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(DatabasePath + suffix);
    }
}
