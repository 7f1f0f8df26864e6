using Kith.Core.Feed;

namespace Kith.Web.Tests.Pages.Calendar;

/// <summary>/calendar: the private subscription address, how to subscribe, and regenerating it.</summary>
public sealed class CalendarPageTests(KithWebFactory factory) : IClassFixture<KithWebFactory>
{
    private readonly PageClient _client = new(factory);

    [Fact]
    public async Task Get_ShowsTheAbsoluteFeedAddressOfThisHostInAReadOnlyField()
    {
        var page = await _client.GetAsync("/calendar");

        var field = page.QuerySelector("input#feed-url")!;
        Assert.True(field.HasAttribute("readonly"));
        Assert.Equal("Subscription address", page.Text("label[for=feed-url]"));
        var token = await _client.WithServiceAsync<string, FeedService>(s => s.TokenAsync());
        Assert.Equal($"http://localhost/calendar/{token}.ics", field.GetAttribute("value"));
        Assert.Matches("^[A-Za-z0-9_-]{43}$", token);
        Assert.Equal($"webcal://localhost/calendar/{token}.ics", page.QuerySelector("#address a")!.GetAttribute("href"));
        // Reached on localhost, so web calendars cannot fetch it; the page says so.
        Assert.StartsWith("This address works on this computer only.", page.Text("#address .notice"), StringComparison.Ordinal);
        Assert.Equal(["Google Calendar", "Outlook", "Apple Calendar"], page.Texts("#how-to h3"));
        Assert.Contains("Never notes", page.Text("#privacy"), StringComparison.Ordinal);

        var again = await _client.GetAsync("/calendar");
        Assert.Equal(field.GetAttribute("value"), again.QuerySelector("#feed-url")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Regenerate_GivesANewAddressAndTheOldOneStopsWorking()
    {
        var page = await _client.GetAsync("/calendar");
        var old = page.QuerySelector("#feed-url")!.GetAttribute("value")!;
        Assert.StartsWith("The old address stops working at once.", page.Text("#regenerate details p"), StringComparison.Ordinal);

        var regenerated = await _client.SubmitAsync(page, "#regenerate form");

        Assert.Equal("/calendar", regenerated.Response.Headers.Location!.OriginalString);
        var after = await _client.FollowAsync(regenerated);
        var now = after.QuerySelector("#feed-url")!.GetAttribute("value")!;
        Assert.NotEqual(old, now);
        Assert.StartsWith("New address made. The old one no longer works", after.Text("[role=status]"), StringComparison.Ordinal);
        Assert.Null(await _client.WithServiceAsync<string?, FeedService>(s => s.BuildAsync(TokenOf(old))));
        Assert.StartsWith("BEGIN:VCALENDAR", await _client.WithServiceAsync<string?, FeedService>(s => s.BuildAsync(TokenOf(now))), StringComparison.Ordinal);
    }

    private static string TokenOf(string url) => url["http://localhost/calendar/".Length..^".ics".Length];
}
