using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Kith.Web.Tests.Browser;

/// <summary>
/// Serves the real app over HTTP on a free loopback port (Kestrel, not the in-memory test server)
/// and drives Debian's Chromium through Playwright. Playwright never downloads a browser here.
/// The fake clock of <see cref="KithWebFactory"/> keeps "today" fixed, so agenda checks are deterministic.
/// </summary>
public sealed class BrowserHost : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string NoChromium = $"Browser tests need Debian's Chromium at {ChromiumPath} (apt-get install chromium); it is not installed.";

    /// <summary>
    /// Skips the calling test, saying why, when Chromium is absent — except where
    /// KITH_REQUIRE_BROWSER=1 (CI sets it), where a missing browser is a failure, never a skip.
    /// </summary>
    public static void RequireChromium()
    {
        if (File.Exists(ChromiumPath)) return;
        if (Environment.GetEnvironmentVariable("KITH_REQUIRE_BROWSER") == "1")
            throw new InvalidOperationException(NoChromium + " KITH_REQUIRE_BROWSER=1 forbids skipping.");
        Skip.If(true, NoChromium);
    }

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public KithWebFactory Factory { get; } = new();

    public Uri BaseAddress { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Factory.UseKestrel(0);
        Factory.StartServer();
        var addresses = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First(a => a.StartsWith("http://", StringComparison.Ordinal)));
        return Task.CompletedTask;
    }

    /// <summary>A fresh browser tab (own cookies) pointed at the app. Call only after checking Chromium exists.</summary>
    public async Task<IPage> NewPageAsync()
    {
        if (_browser is null)
        {
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            });
        }
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString(), Locale = "en-GB" });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        await Factory.DisposeAsync();
    }
}
