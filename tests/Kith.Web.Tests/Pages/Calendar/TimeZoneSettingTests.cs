using Kith.Core.Accounts;

namespace Kith.Web.Tests.Pages.Calendar;

/// <summary>The time zone setting on /calendar: the zone slots, "today" and the feed are computed in.</summary>
public sealed class TimeZoneSettingTests : IDisposable
{
    private readonly KithWebFactory _factory = new();
    private readonly PageClient _client;

    public TimeZoneSettingTests() => _client = new PageClient(_factory);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Save_AnotherZone_IsRememberedAndShown()
    {
        var page = await _client.GetAsync("/calendar");
        Assert.Equal("America/Sao_Paulo", page.QuerySelector("#TimeZone option[selected]")?.TextContent);

        var saved = await _client.SubmitAsync(page, "#time-zone form", ("TimeZone", "Europe/Lisbon"));
        var after = await _client.GetAsync(saved.Response.Headers.Location!.OriginalString);

        Assert.Contains("Time zone set to Europe/Lisbon.", after.Text("[role=status]"), StringComparison.Ordinal);
        Assert.Equal("Europe/Lisbon", after.QuerySelector("#TimeZone option[selected]")?.TextContent);
        Assert.Equal("Europe/Lisbon", (await _client.WithServiceAsync<SettingsView, SettingsService>(s => s.GetAsync())).TimeZone);
    }

    [Fact]
    public async Task Save_UnknownZone_ShowsTheErrorNextToTheFieldAndKeepsTheZone()
    {
        var page = await _client.GetAsync("/calendar");

        var posted = await _client.SubmitAsync(page, "#time-zone form", ("TimeZone", "Mars/Olympus"));

        Assert.Contains("Unknown time zone 'Mars/Olympus'", posted.Document.Text("#time-zone .error-summary"), StringComparison.Ordinal);
        Assert.Equal("true", posted.Document.QuerySelector("#TimeZone")?.GetAttribute("aria-invalid"));
        Assert.Equal("America/Sao_Paulo", (await _client.WithServiceAsync<SettingsView, SettingsService>(s => s.GetAsync())).TimeZone);
    }
}
