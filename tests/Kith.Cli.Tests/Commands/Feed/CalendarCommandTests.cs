using System.Text.RegularExpressions;

namespace Kith.Cli.Tests.Commands.Feed;

public sealed class CalendarCommandTests : IDisposable
{
    private readonly CliTestHost _kith = new();
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"kith-feed-{Guid.NewGuid():N}.ics");

    public void Dispose()
    {
        File.Delete(_file);
        _kith.Dispose();
    }

    [Fact]
    public async Task Calendar_PrintsTheSubscriptionAddressWithItsToken()
    {
        var output = await _kith.OkAsync("calendar");

        var url = Regex.Match(output, @"^  (http://127\.0\.0\.1:5080/calendar/([A-Za-z0-9_-]{43})\.ics)$", RegexOptions.Multiline);
        Assert.True(url.Success, output);
        Assert.Contains($"Token: {url.Groups[2].Value}\n", output, StringComparison.Ordinal);
        Assert.Contains("Use the host and port the web app runs on", output, StringComparison.Ordinal);
        Assert.Equal(output, await _kith.OkAsync("calendar"));
    }

    [Fact]
    public async Task Calendar_Regenerate_ChangesTheToken()
    {
        var before = await _kith.JsonAsync("calendar");

        var output = await _kith.OkAsync("calendar", "--regenerate");
        var after = await _kith.JsonAsync("calendar");

        Assert.StartsWith("Your new calendar feed address (the old one no longer works):\n", output, StringComparison.Ordinal);
        Assert.NotEqual(before.GetProperty("token").GetString(), after.GetProperty("token").GetString());
        Assert.Contains(after.GetProperty("url").GetString()!, output, StringComparison.Ordinal);
        Assert.DoesNotContain(before.GetProperty("token").GetString()!, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calendar_BaseUrl_IsUsedInTheAddress()
    {
        var feed = await _kith.JsonAsync("calendar", "--base-url", "https://kith.example.org/");

        Assert.Equal($"https://kith.example.org/calendar/{feed.GetProperty("token").GetString()}.ics", feed.GetProperty("url").GetString());
        Assert.False(feed.GetProperty("regenerated").GetBoolean());
    }

    [Fact]
    public async Task Calendar_BaseUrlNotAWebAddress_FailsNamingIt()
    {
        var result = await _kith.RunAsync("calendar", "--base-url", "ftp://example.org");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.StartsWith("error: --base-url: 'ftp://example.org' is not a web address", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_ToAFile_ParsesBackWithTheSlotAndTheEvent()
    {
        await _kith.OkAsync("add", "Ana Lima");
        await _kith.OkAsync("plan", "slot", "add", "wednesday", "12:00");
        var opportunity = (await _kith.JsonAsync("opportunity", "add", "PMI chapter")).GetProperty("id").GetInt32();
        await _kith.OkAsync("opportunity", "event", $"{opportunity}", "Spring mixer", "--at", "2026-04-02T18:30");

        var output = await _kith.OkAsync("calendar", "export", "-o", _file);

        Assert.Equal($"Wrote your calendar to {_file}.\n", output);
        var calendar = Ical.Net.Calendar.Load(await File.ReadAllTextAsync(_file))!;
        var slot = Assert.Single(calendar.Events, e => e.Uid!.StartsWith("slot-", StringComparison.Ordinal) && e.RecurrenceIdentifier is null);
        Assert.Contains("Wednesday 12:00–13:00, lunch", slot.Summary, StringComparison.Ordinal);
        Assert.Single(calendar.Events, e => e.Summary == "Spring mixer (PMI chapter)");
    }

    [Fact]
    public async Task Export_ToStandardOutput_IsTheSameFeedTheAddressServes()
    {
        await _kith.OkAsync("add", "Ana Lima");
        await _kith.OkAsync("follow-up", "ana", "Send the article", "--due", "2026-03-20");

        var output = await _kith.OkAsync("calendar", "export");

        Assert.StartsWith("BEGIN:VCALENDAR\r\n", output, StringComparison.Ordinal);
        var calendar = Ical.Net.Calendar.Load(output)!;
        Assert.Single(calendar.Events, e => e.Summary == "Follow up with Ana Lima: Send the article");
    }
}
