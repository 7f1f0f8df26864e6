using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Kith.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kith.Web.Tests.Hosting;

/// <summary>
/// The database is prepared while Kestrel starts (StartupGate): nothing is served from a database
/// that is not ready, the host reports started only once it is, and a database that cannot be
/// prepared stops the app with a reason and exit code 1.
/// </summary>
public sealed class StartupGateTests
{
    [Fact]
    public async Task Host_OnceStarted_HasItsDatabaseReadyAndReadsTheKeyRingOnlyWhenAPageNeedsIt()
    {
        await using var factory = new KithWebFactory();
        var client = factory.CreateClient();

        Assert.True(factory.Services.GetRequiredService<StartupGate>().IsOpen);
        Assert.DoesNotContain(factory.Services.GetServices<IHostedService>(), s => s.GetType().Name == "DataProtectionHostedService");
        var form = await client.GetStringAsync(new Uri("/people/new", UriKind.Relative));
        Assert.Contains("__RequestVerificationToken", form, StringComparison.Ordinal); // the key ring was read for the form
    }

    [Fact]
    public async Task Gate_WhileTheDatabaseIsPrepared_HoldsRequestsAndTellsMonitorsUnhealthy()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton<StartupGate>();
        builder.Services.AddKithHealthChecks();
        await using var app = builder.Build();
        var served = false;
        app.UseStartupGate();
        app.MapKithHealth();
        app.MapGet("/", () =>
        {
            served = true;
            return "served";
        });
        await app.StartAsync();
        var preparing = new TaskCompletionSource();
        app.Services.GetRequiredService<StartupGate>().Begin(() => preparing.Task);
        var client = app.GetTestClient();

        var page = client.GetAsync(new Uri("/", UriKind.Relative));
        using var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.False(served, "a request went through before the database was ready");
        Assert.False(page.IsCompleted);

        preparing.SetResult();
        using var answer = await page;
        Assert.Equal("served", await answer.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Start_OnADatabaseThatCannotBePrepared_SaysWhyAndExitsWith1()
    {
        // The folder for the file cannot be made: /proc refuses new directories, even to root.
        var (exitCode, said) = await RunAppAsync("/proc/kith-cannot-be-here/kith.db", "http://127.0.0.1:0");

        Assert.Equal(1, exitCode);
        Assert.Contains("Kith did not start: the database could not be prepared.", said, StringComparison.Ordinal);
        Assert.DoesNotContain("Kith is running", said, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_OnAPortInUse_SaysSoAndExitsWith1()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)taken.LocalEndpoint).Port}";
        var folder = Directory.CreateTempSubdirectory("kith-port-");
        int exitCode;
        string said;
        try
        {
            (exitCode, said) = await RunAppAsync(Path.Combine(folder.FullName, "kith.db"), url);
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        Assert.Equal(1, exitCode);
        Assert.Contains($"Kith did not start: {url} is already in use. If Kith is already running, open that address in your browser", said, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", said, StringComparison.Ordinal);
    }

    /// <summary>Runs the built app as its own process until it exits (at most a minute); its exit code and all it wrote.</summary>
    private static async Task<(int ExitCode, string Said)> RunAppAsync(string databasePath, string urls)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment =
            {
                ["Kith__Database__Provider"] = "sqlite",
                ["Kith__Database__Path"] = databasePath,
                ["ASPNETCORE_URLS"] = urls,
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
            },
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Kith.Web.dll"));

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
