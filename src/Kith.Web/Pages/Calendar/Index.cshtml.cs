using System.Net;
using Kith.Core.Accounts;
using Kith.Core.Common;
using Kith.Core.Feed;
using Microsoft.AspNetCore.Mvc;

namespace Kith.Web.Pages.Calendar;

/// <summary>The private calendar subscription: its address, how to subscribe, and a new address when the old one got out.</summary>
public sealed class IndexModel(FeedService feed, SettingsService settings) : KithPageModel
{
    /// <summary>The zone slots, "today" and the feed are computed in.</summary>
    public SettingsView Settings { get; private set; } = null!;

    [BindProperty]
    public string? TimeZone { get; set; }

    /// <summary>The feed's absolute address, as this browser reached Kith.</summary>
    public string FeedUrl { get; private set; } = "";

    /// <summary>The same address for calendar apps that open webcal: links.</summary>
    public string WebcalUrl => "webcal" + FeedUrl[FeedUrl.IndexOf(':', StringComparison.Ordinal)..];

    /// <summary>Kith reached on this computer only: calendar services on the web cannot fetch from here.</summary>
    public bool IsLocalOnly { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        // The token is created on first use; the page is where a person first asks for it.
        FeedUrl = AddressOf(await feed.TokenAsync(ct));
        IsLocalOnly = IsLoopback(Request.Host.Host);
        Settings = await settings.GetAsync(ct);
        TimeZone ??= Settings.TimeZone;
    }

    public async Task<IActionResult> OnPostTimeZoneAsync(CancellationToken ct)
    {
        try
        {
            var saved = await settings.SetAsync(new SettingsInput(TimeZone), ct);
            Flash($"Time zone set to {saved.TimeZone}. Today is {Shared.Show.Day(saved.Today)} there.");
            return RedirectToPage(null, null, "time-zone");
        }
        catch (ValidationFailedException e)
        {
            ShowErrors(e, "");
            await OnGetAsync(ct);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostRegenerateAsync(CancellationToken ct)
    {
        await feed.RegenerateAsync(ct);
        Flash("New address made. The old one no longer works: subscribe again with the address below, and remove the old calendar.");
        return RedirectToPage();
    }

    private string AddressOf(string token) =>
        $"{Request.Scheme}://{Request.Host}{Request.PathBase}/calendar/{Uri.EscapeDataString(token)}.ics";

    private static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
}
